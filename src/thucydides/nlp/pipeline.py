"""Assembling the pipeline: the English spaCy model, our name matcher in front of its NER, and our
stages. One pipeline per process and options (cached); never pickle it: workers build their own."""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from functools import lru_cache

import spacy
from spacy.language import Language
from spacy.tokens import Doc

import thucydides.nlp.components  # noqa: F401  (registers our factories)
from thucydides.errors import ModelError
from thucydides.nlp.extensions import annotations_of, register_extensions
from thucydides.records import Article
from thucydides.settings import MAX_DOCUMENT_CHARS, MODEL_PACKAGE, PIPE_BATCH_SIZE, Options


@lru_cache(maxsize=4)
def build_pipeline(model: str, actor_files: tuple[str, ...]) -> Language:
    register_extensions()
    try:
        nlp = spacy.load(model)
    except OSError as exc:
        raise ModelError("T300", name=model, reason=str(exc).splitlines()[0], package=MODEL_PACKAGE) from exc
    nlp.max_length = MAX_DOCUMENT_CHARS + 1
    config = {"actor_files": list(actor_files)}
    nlp.add_pipe("thuc_blocks", after="tagger")
    nlp.add_pipe("thuc_ruler", before="ner", config=config)
    nlp.add_pipe("thuc_actors", config=config)
    nlp.add_pipe("thuc_places", config=config)
    nlp.add_pipe("thuc_quantities")
    nlp.add_pipe("thuc_events", config=config)
    return nlp


def pipeline_for(options: Options) -> Language:
    return build_pipeline(options.model, options.actor_files)


def annotate_many(articles: list[Article], options: Options) -> Iterator[tuple[Article, Doc]]:
    nlp = pipeline_for(options)
    docs = nlp.pipe(_prepared(nlp, articles), batch_size=PIPE_BATCH_SIZE)
    yield from zip(articles, docs, strict=True)


def _prepared(nlp: Language, articles: Iterable[Article]) -> Iterator[Doc]:
    for article in articles:
        doc = nlp.make_doc(article.text)
        annotations_of(doc).date = article.date
        yield doc
