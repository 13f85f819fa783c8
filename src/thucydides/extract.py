"""extract(): one article in, one Document of typed records out. Pure: no I/O, no printing."""

from __future__ import annotations

import hashlib
import re
import unicodedata
from collections.abc import Iterable, Iterator
from typing import TypeVar

from thucydides.errors import InputError
from thucydides.records import Article, Document
from thucydides.settings import MAX_DOCUMENT_CHARS, PIPE_BATCH_SIZE, Options

_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")
_SPACE = re.compile(r"\s+")
T = TypeVar("T")


def normalise_text(text: str) -> str:
    """The text a document's identity is computed from: NFC, whitespace collapsed, stripped."""
    return _SPACE.sub(" ", unicodedata.normalize("NFC", text)).strip()


def document_id(text: str) -> str:
    """Stable id of a document: the first 16 hex digits of SHA-256 of its normalised text."""
    return hashlib.sha256(normalise_text(text).encode("utf-8")).hexdigest()[:16]


def check_article(article: Article) -> None:
    """Raise InputError when an article cannot be extracted (empty, too large, bad date)."""
    source = article.source or article.url or article.title or "document"
    if not article.text or not article.text.strip():
        raise InputError("T102", source=source)
    if len(article.text) > MAX_DOCUMENT_CHARS:
        raise InputError("T103", source=source, size=len(article.text), limit=MAX_DOCUMENT_CHARS)
    if article.date is not None and not _DATE.match(article.date):
        raise InputError("T106", value=article.date)


def extract(
    text: str | Article,
    *,
    date: str | None = None,
    title: str | None = None,
    url: str | None = None,
    options: Options | None = None,
) -> Document:
    """Extract events, actors, places and quantities from one article."""
    article = text if isinstance(text, Article) else Article(text=text, title=title, date=date, url=url)
    return next(iter(_extract_checked([article], options or Options())))


def extract_many(
    articles: Iterable[Article], *, options: Options | None = None
) -> Iterator[Document | InputError]:
    """Extract a stream of articles in order; a bad article yields its InputError, the rest go on."""
    options = options or Options()
    for batch in batched(articles, PIPE_BATCH_SIZE):
        good: list[Article] = []
        verdicts: list[InputError | None] = []
        for article in batch:
            try:
                check_article(article)
            except InputError as exc:
                verdicts.append(exc)
                continue
            verdicts.append(None)
            good.append(article)
        documents = iter(_extract_unchecked(good, options))
        for verdict in verdicts:
            yield verdict if verdict is not None else next(documents)


def _extract_checked(articles: list[Article], options: Options) -> Iterator[Document]:
    for article in articles:
        check_article(article)
    yield from _extract_unchecked(articles, options)


def _extract_unchecked(articles: list[Article], options: Options) -> Iterator[Document]:
    from thucydides.nlp.pipeline import annotate_many
    from thucydides.nlp.to_records import doc_to_records

    for article, doc in annotate_many(articles, options):
        yield doc_to_records(doc, article, document_id(article.text))


def batched(items: Iterable[T], size: int) -> Iterator[list[T]]:
    """Lists of `size` items (the last may be shorter); itertools.batched arrives in Python 3.12."""
    batch: list[T] = []
    for item in items:
        batch.append(item)
        if len(batch) == size:
            yield batch
            batch = []
    if batch:
        yield batch
