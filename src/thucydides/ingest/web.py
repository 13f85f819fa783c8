"""URLs: fetch a page over HTTP(S) with httpx (timeouts, a size cap, a User-Agent naming us).

A failed fetch is one InputError T108 with the reason in plain words (timed out, HTTP 404, too
large, connection refused); the run goes on with the next source.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass

import httpx

from thucydides.errors import InputError
from thucydides.ingest._options import ReadOptions
from thucydides.records import Article


@dataclass(frozen=True, slots=True)
class Fetched:
    """A fetched resource: the final URL after redirects, the body and its declared type."""

    url: str
    content: bytes
    content_type: str

    @property
    def is_feed(self) -> bool:
        if any(kind in self.content_type for kind in ("rss", "atom", "/xml", "+xml")):
            return "html" not in self.content_type
        return looks_like_feed(self.content)


def looks_like_feed(content: bytes) -> bool:
    """True when the first bytes hold an RSS, RDF or Atom root element."""
    head = content[:2048].lstrip().lower()
    return any(tag in head for tag in (b"<rss", b"<feed", b"<rdf:rdf"))


def is_url(source: str) -> bool:
    return source.lower().startswith(("http://", "https://"))


def new_client(options: ReadOptions) -> httpx.Client:
    """One client per batch of fetches, so connections to the same host are reused."""
    return httpx.Client(
        timeout=httpx.Timeout(options.timeout),
        follow_redirects=True,
        headers={"User-Agent": options.user_agent},
    )


def fetch(url: str, client: httpx.Client, options: ReadOptions) -> Fetched:
    """Download `url`, refusing bodies above options.max_bytes; raise InputError T108 on failure."""
    try:
        with client.stream("GET", url) as response:
            if response.status_code >= 400:
                reason = f"HTTP {response.status_code} {response.reason_phrase}".strip()
                raise InputError("T108", url=url, reason=reason)
            content = _read_capped(response, url, options.max_bytes)
            return Fetched(str(response.url), content, response.headers.get("content-type", "").lower())
    except httpx.TimeoutException as exc:
        raise InputError("T108", url=url, reason=f"timed out after {options.timeout:g} s") from exc
    except httpx.HTTPError as exc:
        raise InputError("T108", url=url, reason=str(exc) or type(exc).__name__) from exc


def _read_capped(response: httpx.Response, url: str, max_bytes: int) -> bytes:
    declared = response.headers.get("content-length", "")
    if declared.isdigit() and int(declared) > max_bytes:
        raise InputError("T108", url=url, reason=f"too large ({declared} bytes; the limit is {max_bytes})")
    chunks: list[bytes] = []
    size = 0
    for chunk in response.iter_bytes():
        size += len(chunk)
        if size > max_bytes:
            # Servers may omit or understate Content-Length; stop reading as soon as we pass the cap.
            raise InputError("T108", url=url, reason=f"too large (over {max_bytes} bytes)")
        chunks.append(chunk)
    return b"".join(chunks)


def read_url(url: str, options: ReadOptions | None = None) -> Iterator[Article | InputError]:
    """One web page as an article, or every entry of a feed when the URL serves RSS/Atom."""
    from thucydides.ingest.feeds import read_feed_content
    from thucydides.ingest.html import html_to_article

    options = options or ReadOptions()
    with new_client(options) as client:
        try:
            fetched = fetch(url, client, options)
        except InputError as exc:
            yield exc
            return
        if fetched.is_feed:
            yield from read_feed_content(fetched.content, source=url, client=client, options=options)
        else:
            yield html_to_article(fetched.content, source=url, url=url)
