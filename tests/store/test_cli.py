"""The query and export commands, run through the CLI entry point."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import pytest

from conftest import corpus
from thucydides.cli import main
from thucydides.store import Database

pytestmark = pytest.mark.store


def test_events_json(filled: Database, db_url: str, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["events", "--db", db_url, "--format", "json", "--type", "ASSAULT"]) == 0
    rows = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    assert [r["actor_codes"] for r in rows] == ["RUS", "IGO"]


def test_events_table_and_limit(filled: Database, db_url: str, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["events", "--db", db_url, "--limit", "1"]) == 0
    out = capsys.readouterr().out
    assert "PROTEST" in out and "THREATEN" not in out


def test_actors_csv(filled: Database, db_url: str, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["actors", "--db", db_url, "--format", "csv", "--code", "RUS"]) == 0
    rows = list(csv.DictReader(io.StringIO(capsys.readouterr().out)))
    assert {(r["code"], r["sector"]) for r in rows} == {("RUS", ""), ("RUS", "GOV")}


def test_dyads_json(filled: Database, db_url: str, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["dyads", "--db", db_url, "--format", "json", "--since", "2024-11-01"]) == 0
    rows = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    assert {(r["actor"], r["recipient"]) for r in rows} == {("RUS", "UKR"), ("USA", "RUS")}


def test_show(filled: Database, db_url: str, capsys: pytest.CaptureFixture[str]) -> None:
    doc = corpus()[0]
    assert main(["show", doc.id, "--db", db_url, "--format", "json"]) == 0
    shown = json.loads(capsys.readouterr().out)
    assert shown["id"] == doc.id and shown["text"] == doc.text and len(shown["events"]) == 2
    assert main(["show", doc.id, "--db", db_url]) == 0
    assert "Kyiv under fire" in capsys.readouterr().out


def test_show_missing(filled: Database, db_url: str, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["show", "ffffffffffffffff", "--db", db_url]) == 1
    assert "T501" in capsys.readouterr().err


def test_export(filled: Database, db_url: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    out = tmp_path / "e.jsonl"
    assert main(["export", "--format", "plover", str(out), "--db", db_url, "--modality", "asserted"]) == 0
    assert len(out.read_text().splitlines()) == 3
    assert "wrote 3 events" in capsys.readouterr().err
