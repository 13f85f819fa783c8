"""Crash safety: `thucydides ingest` killed with SIGKILL midway, then rerun, equals a clean run.

Real processes and a real kill: the first run is a subprocess killed as soon as it has stored a
document (often in the middle of the next document's transaction); the rerun of the same command
must leave every table equal, row for row (timestamps aside), to a clean run's.
"""

from __future__ import annotations

import csv
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from ingest_helpers import PG_URL, reset_postgres, table_rows

from thucydides.extract import document_id
from thucydides.ingest import read_csv
from thucydides.records import Article
from thucydides.store import Database

pytestmark = [pytest.mark.model, pytest.mark.slow, pytest.mark.store]

SAMPLE = Path(__file__).parents[1] / "data" / "wikinews_2019_sample.csv"
STARTUP_TIMEOUT_S = 300


def _kill_input(path: Path) -> list[str]:
    """24 documents: each sample article whole, and its first and second halves.

    More than one extraction batch (16), so the killed run is caught with work left to do.
    """
    with SAMPLE.open(newline="", encoding="utf-8") as handle:
        rows = list(csv.DictReader(handle))
    out: list[dict[str, str]] = []
    for row in rows:
        paragraphs = row["text"].split("\n\n")
        half = len(paragraphs) // 2
        for part, text in (("", row["text"]), ("#1", "\n\n".join(paragraphs[:half])),
                           ("#2", "\n\n".join(paragraphs[half:]))):
            out.append({**row, "url": row["url"] + part, "text": text})
    with path.open("w", newline="", encoding="utf-8") as handle:
        writer = csv.DictWriter(handle, fieldnames=list(rows[0]))
        writer.writeheader()
        writer.writerows(out)
    return [document_id(a.text) for a in read_csv(path) if isinstance(a, Article)]


def _command(source: Path, url: str) -> list[str]:
    return [sys.executable, "-m", "thucydides", "ingest", str(source), "--db", url]


def _stored(url: str, ids: list[str]) -> int:
    with Database.open(url) as db:
        return sum(db.has_document(i) for i in ids)


def _run_and_kill(source: Path, url: str, ids: list[str]) -> int:
    """Start the ingest, SIGKILL it once a document is stored; return how many were stored."""
    Database.open(url).close()  # create the schema first, so polling never races the migration
    process = subprocess.Popen(_command(source, url), stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    deadline = time.monotonic() + STARTUP_TIMEOUT_S
    try:
        while _stored(url, ids) == 0:
            if process.poll() is not None:
                pytest.fail(f"ingest ended before it could be killed: {process.stderr.read()!r}")  # type: ignore[union-attr]
            if time.monotonic() > deadline:
                pytest.fail("ingest stored nothing in time")
            time.sleep(0.01)
        os.kill(process.pid, signal.SIGKILL)
    finally:
        process.wait()
    assert process.returncode == -signal.SIGKILL
    return _stored(url, ids)


def _fresh(backend: str, tmp_path: Path, name: str) -> str:
    if backend == "sqlite":
        return f"sqlite:///{tmp_path / name}"
    assert PG_URL is not None
    reset_postgres(PG_URL)
    return PG_URL


@pytest.mark.parametrize("backend", ["sqlite", "postgresql"])
def test_kill_and_rerun_equals_a_clean_run(backend: str, tmp_path: Path) -> None:
    if backend == "postgresql" and not PG_URL:
        pytest.skip("THUCYDIDES_TEST_PG is not set (.ci/run starts PostgreSQL and sets it)")
    source = tmp_path / "kill.csv"
    ids = _kill_input(source)
    assert len(set(ids)) == 24

    clean_url = _fresh(backend, tmp_path, "clean.db")
    subprocess.run(_command(source, clean_url), check=True, capture_output=True)
    clean = table_rows(clean_url)
    assert len(clean["documents"]) == 24

    url = _fresh(backend, tmp_path, "killed.db")
    stored_at_kill = _run_and_kill(source, url, ids)
    assert 0 < stored_at_kill < 24, "the kill must land midway"
    rerun = subprocess.run(_command(source, url), capture_output=True, text=True)
    assert rerun.returncode == 0, rerun.stderr
    assert f"{stored_at_kill} already stored" in rerun.stderr
    assert table_rows(url) == clean


def test_ctrl_c_stops_cleanly_and_the_rerun_finishes(tmp_path: Path) -> None:
    source = tmp_path / "kill.csv"
    ids = _kill_input(source)
    url = f"sqlite:///{tmp_path / 'interrupted.db'}"
    Database.open(url).close()
    # Its own process group, as a shell's foreground job: Ctrl-C reaches the workers too.
    process = subprocess.Popen([*_command(source, url), "--workers", "2"], stdout=subprocess.DEVNULL,
                               stderr=subprocess.PIPE, text=True, start_new_session=True)
    deadline = time.monotonic() + STARTUP_TIMEOUT_S
    while _stored(url, ids) == 0 and process.poll() is None and time.monotonic() < deadline:
        time.sleep(0.01)
    os.killpg(process.pid, signal.SIGINT)
    _, stderr = process.communicate(timeout=30)
    assert process.returncode == 130, stderr
    assert stderr.splitlines()[-1].startswith("interrupted: ") and "Traceback" not in stderr
    rerun = subprocess.run(_command(source, url), capture_output=True, text=True)
    assert rerun.returncode == 0, rerun.stderr
    assert _stored(url, ids) == 24
