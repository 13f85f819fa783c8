"""`thucydides extract` end to end, in a subprocess, as a user runs it."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

pytestmark = pytest.mark.model

SEED = Path(__file__).resolve().parents[1] / "gold" / "seed" / "article-000.txt"


def run_cli(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "thucydides", "extract", *args], capture_output=True, text=True,
                          timeout=300)


def test_json_lines_follow_the_contract_and_bad_files_are_named(tmp_path: Path) -> None:
    bad = tmp_path / "latin1.txt"
    bad.write_bytes("Caf\xe9 attacked".encode("latin-1"))
    missing = tmp_path / "missing.txt"
    result = run_cli(str(SEED), str(missing), str(bad), "--json", "--title", "Seed")
    assert result.returncode == 1
    lines = [json.loads(line) for line in result.stdout.splitlines()]
    assert len(lines) == 1 and lines[0]["title"] == "Seed" and lines[0]["events"]
    event = lines[0]["events"][0]
    assert set(event) >= {"id", "event", "mode", "context", "actor", "recipient", "modality", "attribution",
                          "quantities", "location", "date", "quad_class", "intensity", "trigger", "text", "start",
                          "end"}
    errors = result.stderr.strip().splitlines()
    assert any("missing.txt" in line and "T100" in line for line in errors)
    assert any("latin1.txt" in line and "T101" in line for line in errors)


def test_table_output_lists_the_events() -> None:
    result = run_cli(str(SEED))
    assert result.returncode == 0, result.stderr
    assert "MOBILIZE" in result.stdout and "THREATEN" in result.stdout
