"""RSS and Atom feed files: full-text entries are read in place, teasers through their links."""

from __future__ import annotations

from pathlib import Path

from ingest_helpers import ENGLISH, PARAGRAPHS, LocalServer, Route, article_html

from thucydides.errors import InputError
from thucydides.ingest import ReadOptions, read_feed, read_source
from thucydides.ingest.feeds import fragment_text
from thucydides.records import Article

FAST = ReadOptions(timeout=0.5)
# Over FULL_TEXT_MIN_WORDS: the feed carries the whole article.
LONG = "\n\n".join(PARAGRAPHS * 4)


def _rss(server: LocalServer) -> str:
    full = "".join(f"<p>{p}</p>" for p in LONG.split("\n\n"))
    return f"""<?xml version="1.0" encoding="utf-8"?>
<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/"><channel>
<title>Example News</title><link>{server.base}</link><description>News</description>
<item><title>Full text entry</title><link>{server.url("/full")}</link>
  <pubDate>Fri, 04 Jan 2019 10:00:00 GMT</pubDate><description>Short teaser.</description>
  <content:encoded><![CDATA[{full}]]></content:encoded></item>
<item><title>Teaser entry</title><link>{server.url("/teaser")}</link>
  <pubDate>Sat, 05 Jan 2019 10:00:00 GMT</pubDate><description>France sends troops.</description></item>
<item><title>Dead link</title><link>{server.url("/gone")}</link><description>Gone.</description></item>
</channel></rss>"""


def test_rss_file(tmp_path: Path, http_server: LocalServer) -> None:
    http_server.routes["/teaser"] = Route(body=article_html(title="Page title").encode())
    path = tmp_path / "news.rss"
    path.write_text(_rss(http_server))
    full, teaser, gone = list(read_feed(path, FAST))
    assert isinstance(full, Article) and isinstance(teaser, Article)
    assert (full.text, full.title, full.date, full.url) == (LONG, "Full text entry", "2019-01-04",
                                                           http_server.url("/full"))
    assert (teaser.text, teaser.title, teaser.date) == (ENGLISH, "Teaser entry", "2019-01-05")
    assert isinstance(gone, InputError) and gone.code == "T108" and "HTTP 404" in gone.message
    assert "/full" not in http_server.routes  # the full-text entry was never fetched


def test_atom_file_with_full_content(tmp_path: Path) -> None:
    body = "".join(f"&lt;p&gt;{p}&lt;/p&gt;" for p in LONG.split("\n\n"))
    atom = f"""<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom"><title>Example</title><id>urn:x</id>
<updated>2019-01-04T10:00:00Z</updated>
<entry><title>Atom entry</title><id>urn:x:1</id><updated>2019-01-04T10:00:00Z</updated>
<published>2019-01-03T10:00:00Z</published>
<content type="html">{body}</content></entry>
<entry><title>No link, short</title><id>urn:x:2</id><updated>2019-01-04T10:00:00Z</updated>
<summary>Only a teaser.</summary></entry>
</feed>"""
    path = tmp_path / "news.atom"
    path.write_text(atom)
    entry, short = list(read_source(str(path), FAST))
    assert isinstance(entry, Article)
    assert (entry.text, entry.title, entry.date, entry.url) == (LONG, "Atom entry", "2019-01-03", None)
    assert entry.source == f"{path}#entry-1"
    assert isinstance(short, InputError) and short.code == "T104"


def test_xml_that_is_not_a_feed_is_t109(tmp_path: Path) -> None:
    path = tmp_path / "data.xml"
    path.write_text('<?xml version="1.0"?><catalog><book>x</book></catalog>')
    (error,) = list(read_source(str(path)))
    assert isinstance(error, InputError) and error.code == "T109"


def test_fragment_text_separates_blocks() -> None:
    assert fragment_text("<p>One.</p><p>Two <b>bold</b>.</p>").split() == ["One.", "Two", "bold."]
    assert "\n\n" in fragment_text("<p>One.</p><p>Two.</p>")
    assert fragment_text("plain words") == "plain words"
