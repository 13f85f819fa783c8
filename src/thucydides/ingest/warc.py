"""Web crawls in WARC files (.warc, .warc.gz) through warcio.

Only HTTP 200 responses (and resource records) holding HTML or plain text are documents; requests,
metadata, redirects, error pages and non-text payloads (images, scripts) are crawl plumbing, not
articles, and are passed over. HTML goes through trafilatura, as for single pages.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

from warcio.archiveiterator import ArchiveIterator
from warcio.exceptions import ArchiveLoadFailed

from thucydides.errors import InputError
from thucydides.ingest._article import make_article, normalise_date
from thucydides.ingest._options import ReadOptions
from thucydides.ingest.html import html_to_article
from thucydides.ingest.text import decode_utf8
from thucydides.records import Article

_TEXT_TYPES = ("text/html", "application/xhtml+xml", "text/plain")


def read_warc(path: str | Path, options: ReadOptions | None = None) -> Iterator[Article | InputError]:
    """Every HTML or text page captured in a WARC file, in file order."""
    try:
        stream = open(path, "rb")  # noqa: SIM115 - closed below, also when the generator is closed
    except OSError as exc:
        yield InputError("T100", path=str(path), reason=exc.strerror or str(exc))
        return
    with stream:
        try:
            for record in ArchiveIterator(stream, check_digests=True):
                if record.format != "warc":
                    # warcio falls back to the old ARC format on anything it cannot read as WARC.
                    yield InputError("T100", path=str(path), reason="not a WARC file")
                    return
                yield from _record_article(record, str(path))
        except (ArchiveLoadFailed, OSError, EOFError, ValueError) as exc:
            # A corrupt archive: keep what was read, report the rest as unreadable.
            yield InputError("T100", path=str(path), reason=f"not a readable WARC file ({exc})")


def _record_article(record: Any, path: str) -> Iterator[Article | InputError]:
    content_type = _content_type(record)
    if content_type is None:
        return
    url = record.rec_headers.get_header("WARC-Target-URI")
    source = f"{path}#{url}" if url else path
    date = normalise_date(record.rec_headers.get_header("WARC-Date"))
    content = record.content_stream().read()
    if record.digest_checker.passed is False:
        yield InputError("T109", source=source, reason="damaged WARC record (payload digest mismatch)")
        return
    if content_type == "text/plain":
        text = decode_utf8(content, source)
        yield text if isinstance(text, InputError) else make_article(text, source=source, url=url, date=date)
    else:
        # The crawl's URL is where the page was found; the page's own date wins over the capture
        # date, which stands in when the page has none (as GDELT dates articles by their crawl).
        article = html_to_article(content, source=source, url=url)
        if isinstance(article, Article) and article.date is None and date:
            article = Article(article.text, article.title, date, article.url, article.source)
        yield article


def _content_type(record: Any) -> str | None:
    """The payload's media type when the record is a document we read, else None."""
    if record.rec_type == "response":
        headers = record.http_headers
        if headers is None or headers.get_statuscode() != "200":
            return None
        declared = headers.get_header("Content-Type") or ""
    elif record.rec_type == "resource":
        declared = record.rec_headers.get_header("Content-Type") or ""
    else:
        return None
    media = declared.split(";")[0].strip().lower()
    return media if media in _TEXT_TYPES else None
