"""WARC crawls written with warcio in the test: only HTML/text pages that answered 200 are read."""

from __future__ import annotations

import io
from pathlib import Path

import pytest
from ingest_helpers import ENGLISH, article_html
from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

from thucydides.errors import InputError
from thucydides.ingest import read_source, read_warc
from thucydides.records import Article

WARC_DATE = "2019-05-06T07:08:09Z"


def _response(writer: WARCWriter, url: str, status: str, content_type: str, body: bytes) -> None:
    http = StatusAndHeaders(status, [("Content-Type", content_type)], protocol="HTTP/1.1")
    record = writer.create_warc_record(
        url, "response", payload=io.BytesIO(body), http_headers=http,
        warc_headers_dict={"WARC-Date": WARC_DATE},
    )
    writer.write_record(record)


def _write_crawl(path: Path, *, gzip: bool) -> None:
    with path.open("wb") as handle:
        writer = WARCWriter(handle, gzip=gzip)
        writer.write_record(writer.create_warcinfo_record(path.name, {"software": "test"}))
        request = writer.create_warc_record(
            "https://news.example.org/a", "request", payload=io.BytesIO(b"GET /a HTTP/1.1\r\n\r\n")
        )
        writer.write_record(request)
        page = article_html().encode()
        _response(writer, "https://news.example.org/a", "200 OK", "text/html; charset=utf-8", page)
        _response(writer, "https://news.example.org/missing", "404 Not Found", "text/html", page)
        _response(writer, "https://news.example.org/logo.png", "200 OK", "image/png", b"\x89PNG....")
        _response(writer, "https://news.example.org/b.txt", "200 OK", "text/plain", ENGLISH.encode())
        _response(writer, "https://news.example.org/c.txt", "200 OK", "text/plain", b"caf\xe9")


@pytest.mark.parametrize("name", ["crawl.warc", "crawl.warc.gz"])
def test_warc_reads_html_and_text_responses(tmp_path: Path, name: str) -> None:
    path = tmp_path / name
    _write_crawl(path, gzip=name.endswith(".gz"))
    items = list(read_source(str(path)))
    assert len(items) == 3
    page, text, bad = items
    assert isinstance(page, Article) and isinstance(text, Article)
    assert page.text == ENGLISH and page.title == "France sends troops to Mali"
    assert page.url == "https://news.example.org/a"
    assert page.date == "2019-05-06"  # the page carries no date: the capture date stands in
    assert page.source == f"{path}#https://news.example.org/a"
    assert text.text == ENGLISH and text.url == "https://news.example.org/b.txt"
    assert isinstance(bad, InputError) and bad.code == "T101"


def test_corrupt_warc_is_reported(tmp_path: Path) -> None:
    path = tmp_path / "broken.warc"
    path.write_bytes(b"this is not a warc file at all\n" * 10)
    items = list(read_warc(path))
    assert len(items) == 1
    assert isinstance(items[0], InputError) and items[0].code == "T100"


def test_truncated_warc_keeps_what_was_read(tmp_path: Path) -> None:
    path = tmp_path / "crawl.warc.gz"
    _write_crawl(path, gzip=True)
    data = path.read_bytes()
    path.write_bytes(data[: len(data) * 3 // 4])
    items = list(read_warc(path))
    assert isinstance(items[0], Article) and items[0].url == "https://news.example.org/a"


def test_damaged_record_is_t109(tmp_path: Path) -> None:
    path = tmp_path / "crawl.warc"
    _write_crawl(path, gzip=False)
    data = path.read_bytes()
    damaged = data.replace(b"two hundred troops", b"two hundred tanks!", 1)
    assert damaged != data
    path.write_bytes(damaged)
    items = list(read_warc(path))
    assert isinstance(items[0], InputError) and items[0].code == "T109"
    assert isinstance(items[1], Article)  # the next record is read as usual
