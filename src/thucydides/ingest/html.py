"""HTML pages: main text, title, date and URL through trafilatura (boilerplate removed)."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import trafilatura

from thucydides.errors import InputError
from thucydides.ingest._article import make_article
from thucydides.ingest._options import ReadOptions
from thucydides.ingest.text import read_bytes
from thucydides.records import Article

# htmldate's extensive search guesses dates from loose text such as "Copyright 2019" (-> 2019-01-01);
# a wrong date codes actors by the wrong roles, so only the page's date markup (meta tags, <time>,
# structured data, the URL) is trusted, and the publication date is preferred to the last update.
_DATE_PARAMS = {"extensive_search": False, "original_date": True}


def html_to_article(
    content: bytes | str, *, source: str, url: str | None = None, date: str | None = None
) -> Article | InputError:
    """The article in an HTML page. `url`/`date` (from a crawl or feed) win over the page's own."""
    try:
        extracted = trafilatura.bare_extraction(
            content, url=url, with_metadata=True, date_extraction_params=_DATE_PARAMS
        )
    except (ValueError, TypeError) as exc:
        return InputError("T109", source=source, reason=f"unreadable HTML: {exc}")
    if extracted is None:
        return InputError("T102", source=source)
    found = extracted if isinstance(extracted, dict) else extracted.as_dict()
    title = found.get("title") or None
    return make_article(
        _paragraphs(found.get("text") or "", title), source=source, title=title,
        date=date or found.get("date"), url=url or found.get("url"),
    )


def _paragraphs(text: str, title: str | None) -> str:
    """trafilatura puts one paragraph per line; the extractor expects blank lines between them.

    A first line repeating the title is dropped: the title travels as metadata, and a page's <h1>
    should not change the document's text (and hence its id) compared with a plain-text copy.
    """
    lines = [line.strip() for line in text.split("\n") if line.strip()]
    if lines and title and lines[0] == title.strip():
        lines = lines[1:]
    return "\n\n".join(lines)


def read_html_file(path: str | Path, options: ReadOptions | None = None) -> Iterator[Article | InputError]:
    """One HTML file as one article."""
    content = read_bytes(Path(path))
    if isinstance(content, InputError):
        yield content
        return
    yield html_to_article(content, source=str(path))
