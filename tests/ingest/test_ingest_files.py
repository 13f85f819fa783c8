"""Plain-text and HTML files, folders, and dispatch of a SOURCE string."""

from __future__ import annotations

from pathlib import Path

from ingest_helpers import ENGLISH, FRENCH, article_html

from thucydides.errors import InputError
from thucydides.ingest import read_html_file, read_path, read_source, read_text_file
from thucydides.ingest.text import read_bytes
from thucydides.records import Article


def _one(items: list[Article | InputError]) -> Article | InputError:
    assert len(items) == 1
    return items[0]


def test_text_file(tmp_path: Path) -> None:
    path = tmp_path / "a.txt"
    path.write_bytes(b"\xef\xbb\xbf" + ENGLISH.replace("\n", "\r\n").encode())
    article = _one(list(read_text_file(path)))
    assert article == Article(text=ENGLISH, source=str(path))


def test_undecodable_text_file_is_t101_with_offset(tmp_path: Path) -> None:
    path = tmp_path / "latin1.txt"
    path.write_bytes("Le ministère a annoncé".encode("latin-1"))
    error = _one(list(read_text_file(path)))
    assert isinstance(error, InputError)
    assert error.code == "T101"
    assert "0xe8 at offset 9" in error.message and str(path) in error.message


def test_empty_and_whitespace_files_are_t102(tmp_path: Path) -> None:
    (tmp_path / "empty.txt").write_bytes(b"")
    (tmp_path / "blank.txt").write_text(" \n\n\t\n")
    errors = list(read_path(tmp_path))
    assert [e.code for e in errors if isinstance(e, InputError)] == ["T102", "T102"]


def test_short_and_foreign_files(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text("Breaking: more soon.")
    (tmp_path / "b.txt").write_text(FRENCH)
    assert [getattr(e, "code", None) for e in read_path(tmp_path)] == ["T104", "T105"]


def test_oversized_file_is_refused_before_reading(tmp_path: Path) -> None:
    path = tmp_path / "big.txt"
    path.write_bytes(b"x" * 2000)
    error = read_bytes(path, max_bytes=1000)
    assert isinstance(error, InputError) and error.code == "T110"


def test_missing_path_is_t100(tmp_path: Path) -> None:
    error = _one(list(read_source(str(tmp_path / "nope.txt"))))
    assert isinstance(error, InputError) and error.code == "T100"


def test_unsupported_scheme_is_t107() -> None:
    error = _one(list(read_source("ftp://example.org/a.txt")))
    assert isinstance(error, InputError) and error.code == "T107"


def test_html_file_main_text_and_metadata(tmp_path: Path) -> None:
    head = (
        '<meta property="article:published_time" content="2019-03-04T08:00:00Z">'
        '<link rel="canonical" href="https://news.example.org/france-mali">'
    )
    path = tmp_path / "page.html"
    path.write_text(article_html(extra_head=head))
    article = _one(list(read_html_file(path)))
    assert isinstance(article, Article)
    assert article.text == ENGLISH  # nav, footer and the repeated <h1> are gone
    assert article.title == "France sends troops to Mali"
    assert article.date == "2019-03-04"
    assert article.url == "https://news.example.org/france-mali"


def test_html_without_text_is_t102(tmp_path: Path) -> None:
    path = tmp_path / "empty.html"
    path.write_text("<html><head><title>x</title></head><body><script>var a;</script></body></html>")
    error = _one(list(read_html_file(path)))
    assert isinstance(error, InputError) and error.code == "T102"


def test_folder_is_recursive_sorted_and_by_extension(tmp_path: Path) -> None:
    (tmp_path / "b").mkdir()
    (tmp_path / "b" / "2.txt").write_text(ENGLISH + " Two.")
    (tmp_path / "a.htm").write_text(article_html(title="One"))
    (tmp_path / "c.txt").write_text(ENGLISH + " Three.")
    (tmp_path / ".hidden.txt").write_text(ENGLISH)
    (tmp_path / "photo.jpg").write_bytes(b"\xff\xd8\xff")
    (tmp_path / ".git").mkdir()
    (tmp_path / ".git" / "x.txt").write_text(ENGLISH)
    articles = list(read_path(tmp_path))
    names = [Path(a.source or "").name for a in articles if isinstance(a, Article)]
    assert names == ["a.htm", "2.txt", "c.txt"]


def test_unknown_extension_is_sniffed(tmp_path: Path) -> None:
    page = tmp_path / "page"
    page.write_text(article_html())
    note = tmp_path / "note.md"
    note.write_text(ENGLISH)
    html_article = _one(list(read_source(str(page))))
    text_article = _one(list(read_source(str(note))))
    assert isinstance(html_article, Article) and html_article.title == "France sends troops to Mali"
    assert isinstance(text_article, Article) and text_article.text == ENGLISH
