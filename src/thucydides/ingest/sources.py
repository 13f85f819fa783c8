"""A SOURCE string (a path or a URL) to the reader that handles it.

    read_sources(["news.csv", "crawl.warc.gz", "https://example.org/feed.xml"]) -> Article | InputError

URLs are fetched once and read as a feed when they serve RSS/Atom, else as an HTML page; paths go
to the file reader for their extension (folders recursively).
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator

from thucydides.errors import InputError
from thucydides.ingest._options import ReadOptions
from thucydides.ingest.files import read_path
from thucydides.ingest.web import is_url, read_url
from thucydides.records import Article


def read_source(source: str, options: ReadOptions | None = None) -> Iterator[Article | InputError]:
    """The articles of one source, in order; a bad item is an InputError and the stream goes on."""
    options = options or ReadOptions()
    if is_url(source):
        return read_url(source, options)
    if "://" in source:
        scheme = source.split("://", 1)[0]
        return iter([InputError("T107", source=source, reason=f"unsupported URL scheme {scheme!r}")])
    return read_path(source, options)


def read_sources(
    sources: Iterable[str], options: ReadOptions | None = None
) -> Iterator[Article | InputError]:
    """The articles of several sources, one after the other."""
    for source in sources:
        yield from read_source(source, options)
