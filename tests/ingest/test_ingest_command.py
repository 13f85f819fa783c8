"""`thucydides ingest` without the model: extraction is replaced by a stand-in that keeps the text.

What is tested here is the command's own logic: skipping stored documents before extraction, the
error report, exit codes, --limit, duplicates within one run. The real pipeline runs in
test_ingest_end_to_end.py.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator
from pathlib import Path

import pytest
from ingest_helpers import ENGLISH, table_rows

from thucydides.cli import main
from thucydides.errors import InputError
from thucydides.extract import document_id
from thucydides.records import Article, Document
from thucydides.store import Database

pytestmark = pytest.mark.store


def _stand_in(articles: Iterable[Article], *, options: object = None) -> Iterator[Document | InputError]:
    for article in articles:
        yield Document(id=document_id(article.text), title=article.title, date=article.date,
                       url=article.url, caption=None, text=article.text)


@pytest.fixture
def extracted(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """Replace the pipeline with the stand-in; the list collects the texts that were extracted."""
    seen: list[str] = []

    def recording(articles: Iterable[Article], *, options: object = None) -> Iterator[Document | InputError]:
        for article in articles:
            seen.append(article.text)
            yield from _stand_in([article])

    monkeypatch.setattr("thucydides.ingest.parallel.extract_many", recording)
    return seen


def _corpus(folder: Path, count: int) -> list[str]:
    folder.mkdir(exist_ok=True)
    texts = [f"{ENGLISH} Item {n}." for n in range(count)]
    for n, text in enumerate(texts):
        (folder / f"{n:02d}.txt").write_text(text)
    return texts


def test_ingest_stores_and_a_rerun_adds_nothing(
    tmp_path: Path, db_url: str, extracted: list[str], capsys: pytest.CaptureFixture[str]
) -> None:
    texts = _corpus(tmp_path / "in", 3)
    assert main(["ingest", str(tmp_path / "in"), "--db", db_url]) == 0
    assert "3 documents stored (0 events), 0 already stored, 0 failed" in capsys.readouterr().err
    before = table_rows(db_url)
    assert main(["ingest", str(tmp_path / "in"), "--db", db_url]) == 0
    assert "0 documents stored (0 events), 3 already stored, 0 failed" in capsys.readouterr().err
    assert extracted == texts  # the rerun extracted nothing: stored documents are skipped first
    assert table_rows(db_url) == before


def test_bad_inputs_are_reported_and_the_run_goes_on(
    tmp_path: Path, db_url: str, extracted: list[str], capsys: pytest.CaptureFixture[str]
) -> None:
    folder = tmp_path / "in"
    _corpus(folder, 2)
    (folder / "empty.txt").write_text("")
    (folder / "latin1.txt").write_bytes("Le ministère".encode("latin-1"))
    report = tmp_path / "errors.jsonl"
    assert main(["ingest", str(folder), "--db", db_url, "--errors", str(report)]) == 1
    err = capsys.readouterr().err
    assert err.count("thucydides: [T10") == 2
    assert "2 documents stored (0 events), 0 already stored, 2 failed" in err
    rows = [json.loads(line) for line in report.read_text().splitlines()]
    found = [(Path(r["source"]).name, r["code"]) for r in rows]
    assert found == [("empty.txt", "T102"), ("latin1.txt", "T101")]
    assert all(r["message"].startswith(f"[{r['code']}]") for r in rows)


def test_extraction_errors_name_the_article(
    tmp_path: Path, db_url: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    def failing(articles: Iterable[Article], *, options: object = None) -> Iterator[Document | InputError]:
        for _ in articles:
            yield InputError("T106", value="2019-13-45")

    monkeypatch.setattr("thucydides.ingest.parallel.extract_many", failing)
    _corpus(tmp_path / "in", 1)
    report = tmp_path / "errors.jsonl"
    assert main(["ingest", str(tmp_path / "in"), "--db", db_url, "--errors", str(report)]) == 1
    (row,) = [json.loads(line) for line in report.read_text().splitlines()]
    assert row["source"].endswith("00.txt") and row["code"] == "T106"


def test_limit_and_duplicates_within_a_run(
    tmp_path: Path, db_url: str, extracted: list[str], capsys: pytest.CaptureFixture[str]
) -> None:
    folder = tmp_path / "in"
    texts = _corpus(folder, 4)
    (folder / "99-copy.txt").write_text(texts[0])
    assert main(["ingest", str(folder), "--db", db_url, "--limit", "2"]) == 0
    assert extracted == texts[:2]
    assert main(["ingest", str(folder), "--db", db_url]) == 0
    assert extracted == texts  # the copy of the first text was skipped, not extracted again
    assert "2 documents stored (0 events), 3 already stored" in capsys.readouterr().err.splitlines()[-1]
    with Database.open(db_url) as db:
        assert all(db.has_document(document_id(t)) for t in texts)


def test_csv_column_flags(tmp_path: Path, db_url: str, extracted: list[str]) -> None:
    path = tmp_path / "news.csv"
    path.write_text('headline,body,published\n"A title","' + ENGLISH + '","4 January 2019"\n')
    argv = ["ingest", str(path), "--db", db_url, "--text-col", "body", "--title-col", "headline",
            "--date-col", "published"]
    assert main(argv) == 0
    rows = table_rows(db_url)["documents"]
    assert len(rows) == 1 and "A title" in rows[0] and "2019-01-04" in rows[0]


def test_workers_must_be_positive(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit):
        main(["ingest", "x", "--workers", "0"])
    assert "expected a positive number" in capsys.readouterr().err
