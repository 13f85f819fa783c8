"""Component `thuc_blocks`: document structure before the parser sees it.

Splits the text into blocks (dateline, leading image caption, headings, paragraphs) and starts a
sentence at each block, so a heading without a final stop never glues onto the next sentence.
Runs after the tagger (the caption test needs part-of-speech tags) and before the parser.
"""

from __future__ import annotations

import re

from spacy.tokens import Doc

from thucydides.nlp.annotations import Block
from thucydides.nlp.extensions import annotations_of
from thucydides.settings import CAPTION_MAX_WORDS, HEADING_MAX_WORDS

FINITE_TAGS = frozenset({"VBD", "VBZ", "VBP", "MD"})
FINAL_PUNCT = tuple(".!?:;\"'”’)")
_DATELINE = re.compile(
    r"^\s*(?:(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday),?\s+)?"
    r"(?:January|February|March|April|May|June|July|August|September|October|November|December)"
    r"\s+\d{1,2},?\s+\d{4}\s*$"
)
_CAPTION_PREFIX = re.compile(r"^(?:Image|Photo|Picture|Pictured|File photo|Caption)\s*:", re.IGNORECASE)


def line_spans(text: str) -> list[tuple[int, int]]:
    """Character spans of the non-empty lines, stripped."""
    spans = []
    for match in re.finditer(r"[^\n]+", text):
        start, end = match.span()
        stripped = match.group()
        start += len(stripped) - len(stripped.lstrip())
        end -= len(stripped) - len(stripped.rstrip())
        if end > start:
            spans.append((start, end))
    return spans


def is_heading_line(line: str) -> bool:
    """A short line without a final stop whose words are mostly capitalised."""
    words = line.split()
    if not words or len(words) > HEADING_MAX_WORDS or line.endswith(FINAL_PUNCT):
        return False
    content = [w for w in words if w[0].isalpha() and len(w) > 3]
    capitalised = [w for w in content if w[0].isupper()]
    return not content or len(capitalised) >= 0.6 * len(content)


def is_dateline(line: str) -> bool:
    return bool(_DATELINE.match(line))


def is_caption(tokens_tags: list[str], line: str) -> bool:
    """A leading line that describes a picture: an explicit prefix, or no finite verb at all."""
    if _CAPTION_PREFIX.match(line):
        return True
    words = line.split()
    return len(words) <= CAPTION_MAX_WORDS and not any(tag in FINITE_TAGS for tag in tokens_tags)


def classify_blocks(doc: Doc) -> list[Block]:
    blocks: list[Block] = []
    text = doc.text  # built anew on every access: read it once
    lines = line_spans(text)
    for index, (start, end) in enumerate(lines):
        span = doc.char_span(start, end, alignment_mode="expand")
        if span is None or len(span) == 0:
            continue
        line = text[start:end]
        kind = _kind(line, [t.tag_ for t in span], index, len(lines), blocks)
        blocks.append(Block(span.start, span.end, kind))
    return blocks


def _kind(line: str, tags: list[str], index: int, n_lines: int, before: list[Block]) -> str:
    if index == 0 and is_dateline(line):
        return "dateline"
    first_content = all(b.kind == "dateline" for b in before)
    if first_content and n_lines > 1 and index < 2 and is_caption(tags, line):
        return "caption"
    if n_lines > 1 and is_heading_line(line):
        return "heading"
    return "paragraph"


def set_block_boundaries(doc: Doc, blocks: list[Block]) -> None:
    starts = {b.start for b in blocks} | {b.end for b in blocks if b.end < len(doc)}
    for token in doc:
        if token.i in starts or (token.i > 0 and doc[token.i - 1].is_space and "\n" in doc[token.i - 1].text):
            token.is_sent_start = True


def thuc_blocks(doc: Doc) -> Doc:
    blocks = classify_blocks(doc)
    set_block_boundaries(doc, blocks)
    annotations_of(doc).blocks = blocks
    return doc
