"""URL fetching against a real HTTP server on 127.0.0.1: pages, feeds, timeouts, errors, size cap."""

from __future__ import annotations

from ingest_helpers import ENGLISH, LocalServer, Route, article_html

from thucydides.errors import InputError
from thucydides.ingest import ReadOptions, read_source, read_url
from thucydides.records import Article

FAST = ReadOptions(timeout=0.5, max_bytes=100_000)


def _only(items: list[Article | InputError]) -> Article | InputError:
    assert len(items) == 1
    return items[0]


def _error(items: list[Article | InputError], code: str) -> InputError:
    error = _only(items)
    assert isinstance(error, InputError), error
    assert error.code == code
    return error


def test_page_is_fetched_with_our_user_agent(http_server: LocalServer) -> None:
    http_server.routes["/a"] = Route(body=article_html().encode())
    url = http_server.url("/a")
    article = _only(list(read_source(url, FAST)))
    assert isinstance(article, Article)
    assert (article.text, article.title, article.url, article.source) == (
        ENGLISH, "France sends troops to Mali", url, url
    )
    assert http_server.user_agents[0].startswith("thucydides/")


def test_redirect_is_followed(http_server: LocalServer) -> None:
    http_server.routes["/a"] = Route(body=article_html().encode())
    http_server.routes["/old"] = Route(status=301, headers={"Location": "/a"})
    article = _only(list(read_url(http_server.url("/old"), FAST)))
    assert isinstance(article, Article) and article.text == ENGLISH


def test_not_found_is_t108(http_server: LocalServer) -> None:
    error = _error(list(read_url(http_server.url("/nowhere"), FAST)), "T108")
    assert "HTTP 404" in error.message and http_server.url("/nowhere") in error.message


def test_server_error_is_t108(http_server: LocalServer) -> None:
    http_server.routes["/boom"] = Route(status=503, body=b"down", content_type="text/plain")
    error = _error(list(read_url(http_server.url("/boom"), FAST)), "T108")
    assert "HTTP 503" in error.message


def test_timeout_is_t108(http_server: LocalServer) -> None:
    http_server.routes["/slow"] = Route(body=article_html().encode(), delay=1.0)
    error = _error(list(read_url(http_server.url("/slow"), FAST)), "T108")
    assert "timed out after 0.5 s" in error.message


def test_oversize_with_content_length_is_t108(http_server: LocalServer) -> None:
    http_server.routes["/big"] = Route(body=b"<p>" + b"x" * 200_000 + b"</p>")
    error = _error(list(read_url(http_server.url("/big"), FAST)), "T108")
    assert "too large" in error.message


def test_oversize_without_content_length_is_t108(http_server: LocalServer) -> None:
    http_server.routes["/stream"] = Route(body=b"<p>" + b"x" * 300_000 + b"</p>", chunked=True)
    error = _error(list(read_url(http_server.url("/stream"), FAST)), "T108")
    assert "too large (over 100000 bytes)" in error.message


def test_connection_refused_is_t108() -> None:
    error = _error(list(read_url("http://127.0.0.1:9/none", FAST)), "T108")
    assert "127.0.0.1:9" in error.message


def test_feed_url_yields_its_entries(http_server: LocalServer) -> None:
    http_server.routes["/page"] = Route(body=article_html(title="Page title").encode())
    feed = (
        '<?xml version="1.0"?><rss version="2.0"><channel><title>T</title>'
        f"<item><title>Feed title</title><link>{http_server.url('/page')}</link>"
        "<pubDate>Mon, 04 Mar 2019 08:00:00 GMT</pubDate><description>Teaser.</description></item>"
        "</channel></rss>"
    )
    http_server.routes["/feed"] = Route(body=feed.encode(), content_type="application/rss+xml")
    article = _only(list(read_source(http_server.url("/feed"), FAST)))
    assert isinstance(article, Article)
    assert (article.text, article.title, article.date) == (ENGLISH, "Feed title", "2019-03-04")
