"""`thucydides ingest` with the real pipeline on eight Wikinews 2019 articles (CC BY 2.5)."""

from __future__ import annotations

import csv
from pathlib import Path

import pytest
from ingest_helpers import table_rows

from thucydides.cli import main
from thucydides.ingest import extract_stream, read_csv
from thucydides.records import Article, Document

pytestmark = [pytest.mark.model, pytest.mark.slow, pytest.mark.store]

SAMPLE = Path(__file__).parents[1] / "data" / "wikinews_2019_sample.csv"


def _sample_articles() -> list[Article]:
    articles = [a for a in read_csv(SAMPLE) if isinstance(a, Article)]
    assert len(articles) == 8
    return articles


def test_ingest_sample_then_rerun_adds_nothing(
    db_url: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    report = tmp_path / "errors.jsonl"
    assert main(["ingest", str(SAMPLE), "--db", db_url, "--errors", str(report)]) == 0
    summary = capsys.readouterr().err.splitlines()[-1]
    assert summary.startswith("8 documents stored (") and "0 failed" in summary
    assert report.read_text() == ""
    first = table_rows(db_url)
    assert len(first["documents"]) == 8 and len(first["events"]) > 0
    assert main(["ingest", str(SAMPLE), "--db", db_url]) == 0
    assert "0 documents stored (0 events), 8 already stored" in capsys.readouterr().err
    assert table_rows(db_url) == first


def test_two_workers_store_what_one_stores(tmp_path: Path) -> None:
    one, two = (f"sqlite:///{tmp_path / name}" for name in ("one.db", "two.db"))
    assert main(["ingest", str(SAMPLE), "--db", one]) == 0
    assert main(["ingest", str(SAMPLE), "--db", two, "--workers", "2"]) == 0
    assert table_rows(one) == table_rows(two)


def test_pool_returns_documents_in_input_order() -> None:
    articles = _sample_articles()
    serial = list(extract_stream(articles, workers=1))
    pooled = list(extract_stream(articles, workers=2))
    assert [a for a, _ in pooled] == articles
    assert all(isinstance(d, Document) for _, d in pooled)
    assert [d.to_dict(include_text=True) for _, d in pooled] == [
        d.to_dict(include_text=True) for _, d in serial  # type: ignore[union-attr]
    ]


def test_sample_is_the_licensed_wikinews_subset() -> None:
    with SAMPLE.open(newline="", encoding="utf-8") as handle:
        rows = list(csv.DictReader(handle))
    assert all(r["url"].startswith("https://en.wikinews.org/") for r in rows)
    assert (SAMPLE.parent / "LICENSE-wikinews.md").exists()
