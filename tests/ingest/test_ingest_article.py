"""The shared guards and normalisation every reader goes through."""

from __future__ import annotations

import time
from datetime import date, datetime

import pytest
from ingest_helpers import ENGLISH, FRENCH

from thucydides.errors import InputError
from thucydides.ingest import check_text, clean_text, make_article, normalise_date, source_of
from thucydides.records import Article
from thucydides.settings import MAX_DOCUMENT_CHARS


def test_clean_text_keeps_paragraphs_and_drops_noise() -> None:
    raw = "\ufeffFirst line\r\n\r\n\r\n\r\nSecond\x00 line  \nthird"
    assert clean_text(raw) == "First line\n\nSecond line\nthird"


def test_english_article_passes() -> None:
    assert check_text(ENGLISH, "s") is None


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("", "T102"),
        ("Too short to be an article.", "T104"),
        (FRENCH, "T105"),
        ("word " * (MAX_DOCUMENT_CHARS // 5 + 1), "T103"),
    ],
)
def test_guards(text: str, code: str) -> None:
    error = check_text(text, "src")
    assert isinstance(error, InputError)
    assert error.code == code
    assert "src" in error.message


def test_make_article_normalises_metadata() -> None:
    article = make_article(ENGLISH, source="s", title="  A   title ", date="2019-01-04T10:00:00Z", url="")
    assert article == Article(ENGLISH, "A title", "2019-01-04", None, "s")


def test_make_article_keeps_record_with_bad_date() -> None:
    article = make_article(ENGLISH, source="s", date="not a date 12")
    assert isinstance(article, Article)
    assert article.date is None


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("2019-01-04", "2019-01-04"),
        ("2019-01-04T23:59:00+02:00", "2019-01-04"),
        ("Fri, 04 Jan 2019 10:00:00 GMT", "2019-01-04"),
        ("4 January 2019", "2019-01-04"),
        ("January 4, 2019", "2019-01-04"),
        (datetime(2019, 1, 4, 12, 0), "2019-01-04"),
        (date(2019, 1, 4), "2019-01-04"),
        (time.strptime("2019-01-04", "%Y-%m-%d"), "2019-01-04"),
        ("yesterday", None),
        ("2019-02-30", None),
        ("", None),
        (None, None),
    ],
)
def test_normalise_date(value: object, expected: str | None) -> None:
    assert normalise_date(value) == expected


def test_source_of_reads_path_source_or_url() -> None:
    assert source_of(InputError("T101", path="a.txt", reason="x")) == "a.txt"
    assert source_of(InputError("T108", url="http://x", reason="x")) == "http://x"
    assert source_of(InputError("T106", value="x"), "fallback") == "fallback"
