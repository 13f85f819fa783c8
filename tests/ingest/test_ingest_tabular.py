"""CSV and JSON Lines batches with default and custom columns."""

from __future__ import annotations

import csv
import json
from pathlib import Path

from ingest_helpers import ENGLISH

from thucydides.errors import InputError
from thucydides.ingest import ReadOptions, read_csv, read_jsonl, read_source
from thucydides.records import Article

CUSTOM = ReadOptions(text_col="body", title_col="headline", date_col="published", url_col="link")


def _write_csv(path: Path, header: list[str], rows: list[list[str]]) -> None:
    with path.open("w", newline="", encoding="utf-8") as handle:
        writer = csv.writer(handle)
        writer.writerow(header)
        writer.writerows(rows)


def test_csv_default_columns(tmp_path: Path) -> None:
    path = tmp_path / "news.csv"
    _write_csv(path, ["url", "date", "title", "text"], [["https://x.org/a", "2019-01-04", "A", ENGLISH]])
    assert list(read_csv(path)) == [Article(ENGLISH, "A", "2019-01-04", "https://x.org/a", f"{path}:2")]


def test_csv_custom_columns_dates_and_bad_rows(tmp_path: Path) -> None:
    path = tmp_path / "news.csv"
    rows = [
        ["One", "4 January 2019", ENGLISH + " One.", "https://x.org/1"],
        ["Two", "sometime", "", "https://x.org/2"],  # no text: reported, the file goes on
        ["Three", "", ENGLISH + " Three.", ""],
    ]
    _write_csv(path, ["headline", "published", "body", "link"], rows)
    items = list(read_csv(path, CUSTOM))
    assert [getattr(i, "code", None) for i in items] == [None, "T102", None]
    first, _, third = items
    assert isinstance(first, Article) and isinstance(third, Article)
    assert (first.title, first.date, first.url) == ("One", "2019-01-04", "https://x.org/1")
    assert (third.title, third.date, third.url) == ("Three", None, None)
    # Multi-line quoted fields: each source names the line where its record starts.
    assert first.source == f"{path}:2" and third.source == f"{path}:{2 + ENGLISH.count(chr(10)) + 2}"


def test_csv_with_huge_field(tmp_path: Path) -> None:
    path = tmp_path / "big.csv"
    long_text = (ENGLISH + "\n\n") * 600  # about 200 KB: over csv's default 128 KiB field limit
    _write_csv(path, ["text"], [[long_text]])
    (article,) = list(read_csv(path))
    assert isinstance(article, Article) and len(article.text) > 131072


def test_csv_without_text_column_is_t109(tmp_path: Path) -> None:
    path = tmp_path / "news.csv"
    _write_csv(path, ["headline", "content"], [["A", ENGLISH]])
    (error,) = list(read_csv(path))
    assert isinstance(error, InputError) and error.code == "T109"
    assert "'text'" in error.message and "headline, content" in error.message


def test_csv_undecodable_keeps_earlier_rows(tmp_path: Path) -> None:
    path = tmp_path / "news.csv"
    good = ENGLISH.replace("\n", " ")
    path.write_bytes(f"text\n\"{good}\"\n".encode() + b"\"caf\xe9 " + good.encode() + b"\"\n" * 3000)
    items = list(read_csv(path))
    assert isinstance(items[0], Article)
    assert isinstance(items[-1], InputError) and items[-1].code == "T101"
    assert f"{path}:3" in items[-1].message


def test_empty_csv_is_t109(tmp_path: Path) -> None:
    path = tmp_path / "empty.csv"
    path.write_text("")
    (error,) = list(read_source(str(path)))
    assert isinstance(error, InputError) and error.code == "T109"


def test_jsonl_custom_columns_and_bad_lines(tmp_path: Path) -> None:
    path = tmp_path / "news.jsonl"
    lines = [
        json.dumps({"body": ENGLISH, "headline": "A", "published": "2019-01-04T10:00:00Z", "link": "u"}),
        "",
        "{not json",
        json.dumps(["a list"]),
        json.dumps({"headline": "no body"}),
        json.dumps({"body": 42}),
        json.dumps({"body": ENGLISH + " B.", "published": "garbage 99"}),
    ]
    path.write_text("\n".join(lines) + "\n")
    items = list(read_jsonl(path, CUSTOM))
    assert [getattr(i, "code", None) for i in items] == [None, "T109", "T109", "T109", "T109", None]
    assert items[0] == Article(ENGLISH, "A", "2019-01-04", "u", f"{path}:1")
    assert items[2].message.startswith(f"[T109] {path}:4:")  # type: ignore[union-attr]
    last = items[-1]
    assert isinstance(last, Article) and last.date is None and last.source == f"{path}:7"
