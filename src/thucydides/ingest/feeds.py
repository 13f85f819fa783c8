"""RSS and Atom feeds (a file or a URL) through feedparser.

An entry that carries the full article (content or summary of at least FULL_TEXT_MIN_WORDS words)
is read from the feed itself; otherwise the entry's link is fetched and read as a web page.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import feedparser
import httpx
import lxml.html
from lxml import etree

from thucydides.errors import InputError
from thucydides.ingest._article import make_article
from thucydides.ingest._options import ReadOptions
from thucydides.ingest.html import html_to_article
from thucydides.ingest.text import read_bytes
from thucydides.ingest.web import fetch, is_url, new_client
from thucydides.records import Article

# Feeds usually carry a teaser of 20-80 words; a body of 150 words or more is taken as the full
# article (the shortest Wikinews 2019/2020 news article has about 140 words after its dateline).
FULL_TEXT_MIN_WORDS = 150

_BLOCKS = ("p", "div", "br", "li", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote", "tr", "section")
_WORDS = re.compile(r"\S+")


def read_feed(path: str | Path, options: ReadOptions | None = None) -> Iterator[Article | InputError]:
    """Every entry of a feed file, in feed order; links are fetched when entries lack full text."""
    options = options or ReadOptions()
    content = read_bytes(Path(path))
    if isinstance(content, InputError):
        yield content
        return
    with new_client(options) as client:
        yield from read_feed_content(content, source=str(path), client=client, options=options)


def read_feed_content(
    content: bytes, *, source: str, client: httpx.Client, options: ReadOptions
) -> Iterator[Article | InputError]:
    """The entries of a feed already in memory (read from a file or fetched)."""
    parsed = feedparser.parse(content)
    if not parsed.entries:
        reason = str(parsed.get("bozo_exception") or "no entries")
        yield InputError("T109", source=source, reason=f"not an RSS/Atom feed or an empty one: {reason}")
        return
    for number, entry in enumerate(parsed.entries, start=1):
        yield _entry_article(entry, f"{source}#entry-{number}", client, options)


def _entry_article(
    entry: Any, fallback_source: str, client: httpx.Client, options: ReadOptions
) -> Article | InputError:
    link = entry.get("link") or None
    if link is not None and not is_url(link):
        link = None  # feedparser falls back to the entry id (e.g. "urn:uuid:..."), not a web page
    title = entry.get("title") or None
    date = entry.get("published_parsed") or entry.get("updated_parsed")
    body = _entry_body(entry)
    source = link or fallback_source
    if link is None or len(_WORDS.findall(body)) >= FULL_TEXT_MIN_WORDS:
        return make_article(body, source=source, title=title, date=date, url=link)
    try:
        page = fetch(link, client, options)
    except InputError as exc:
        return exc
    article = html_to_article(page.content, source=link, url=link)
    if isinstance(article, InputError):
        return article
    # The feed's title and date are the publisher's own metadata: prefer them to guesses from HTML.
    return make_article(article.text, source=link, title=title or article.title,
                        date=date or article.date, url=link)


def _entry_body(entry: Any) -> str:
    """The longest text the entry carries (full content or summary), as plain text."""
    candidates = [part.get("value", "") for part in entry.get("content") or ()]
    candidates.append(entry.get("summary") or "")
    texts = [fragment_text(value) for value in candidates if value]
    return max(texts, key=len, default="")


def fragment_text(fragment: str) -> str:
    """Plain text of an HTML fragment, with a blank line after each block element."""
    if "<" not in fragment:
        return fragment
    try:
        root = lxml.html.fragment_fromstring(fragment, create_parent="div")
    except (etree.ParserError, ValueError):
        return fragment
    for element in root.iter(*_BLOCKS):
        element.tail = "\n\n" + (element.tail or "")
    return str(root.text_content())
