"""Ingest throughput: the Wikinews 2019+2020 CSVs into a temporary SQLite database, 1 and 2 workers.

    .venv/bin/python benchmarks/ingest_throughput.py [CORPUS_DIR] [--workers 1 2] [--output FILE]

Each run is the real command (`python -m thucydides ingest ... --workers N`) in a subprocess on
an empty database, timed from start to exit (so model loading is included). Peak memory is
sampled from /proc every 0.2 s over the command and its worker processes: their sum, and the
largest single process. Results go to benchmarks/results/
ingest_throughput.json.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import re
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path
from typing import Any

from thucydides.ingest import read_sources
from thucydides.records import Article

ROOT = Path(__file__).resolve().parents[1]
DEFAULT_CORPUS = ROOT.parent / "shared" / "corpus"
RESULTS = ROOT / "benchmarks" / "results"
FILES = ("wikinews_2019.csv", "wikinews_2020.csv")
SUMMARY = re.compile(r"(\d+) documents stored \((\d+) events\), (\d+) already stored, (\d+) failed")
SAMPLE_EVERY_S = 0.2


def main() -> int:
    args = _parse()
    sources = [str(args.corpus / name) for name in FILES]
    articles = [a for a in read_sources(sources) if isinstance(a, Article)]
    words = sum(len(a.text.split()) for a in articles)
    runs = [_run(sources, workers, words) for workers in args.workers]
    result = {
        "corpus": [Path(s).name for s in sources], "documents_read": len(articles), "words": words,
        "machine": {
            "cpus": os.cpu_count(), "python": platform.python_version(), "platform": platform.platform(),
        },
        "runs": runs,
    }
    args.output.parent.mkdir(parents=True, exist_ok=True)
    args.output.write_text(json.dumps(result, indent=2) + "\n")
    print(json.dumps(result, indent=2))
    return 0


def _parse() -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("corpus", nargs="?", type=Path, default=DEFAULT_CORPUS)
    parser.add_argument("--workers", type=int, nargs="+", default=[1, 2])
    parser.add_argument("--output", type=Path, default=RESULTS / "ingest_throughput.json")
    return parser.parse_args()


def _run(sources: list[str], workers: int, words: int) -> dict[str, Any]:
    with tempfile.TemporaryDirectory() as tmp:
        command = [sys.executable, "-m", "thucydides", "ingest", *sources, "--db",
                   f"sqlite:///{Path(tmp) / 'bench.db'}", "--workers", str(workers)]
        started = time.monotonic()
        process = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
        sampler = _RssSampler(process.pid)
        sampler.start()
        _, stderr = process.communicate()
        seconds = time.monotonic() - started
        sampler.stop()
    match = SUMMARY.search(stderr)
    if match is None:
        raise SystemExit(f"ingest failed (exit {process.returncode}):\n{stderr}")
    stored, events, skipped, failed = (int(g) for g in match.groups())
    return {
        "workers": workers, "seconds": round(seconds, 2), "documents_stored": stored,
        "failed": failed, "skipped": skipped, "events": events,
        "docs_per_s": round(stored / seconds, 2), "words_per_s": round(words / seconds, 1),
        "peak_rss_mb_total": round(sampler.peak_total_kb / 1024, 1),
        "peak_rss_mb_largest_process": round(sampler.peak_single_kb / 1024, 1),
        "exit_code": process.returncode,
    }


class _RssSampler(threading.Thread):
    """Peak of the summed resident memory of a process and its descendants (Linux /proc)."""

    def __init__(self, pid: int) -> None:
        super().__init__(daemon=True)
        self.pid = pid
        self.peak_total_kb = 0
        self.peak_single_kb = 0
        self._done = threading.Event()

    def run(self) -> None:
        while not self._done.wait(SAMPLE_EVERY_S):
            sizes = [_rss_kb(pid) for pid in _tree(self.pid)]
            self.peak_total_kb = max(self.peak_total_kb, sum(sizes))
            self.peak_single_kb = max(self.peak_single_kb, *sizes)

    def stop(self) -> None:
        self._done.set()
        self.join()


def _tree(root: int) -> list[int]:
    parents: dict[int, int] = {}
    for entry in Path("/proc").iterdir():
        if entry.name.isdigit():
            try:
                # the command name may hold spaces or parentheses: read the fields after the last ")"
                stat = (entry / "stat").read_text().rsplit(")", 1)[1].split()
                parents[int(entry.name)] = int(stat[1])
            except (OSError, IndexError, ValueError):
                continue  # the process ended while we looked
    tree, frontier = [root], [root]
    while frontier:
        frontier = [pid for pid, parent in parents.items() if parent in frontier]
        tree.extend(frontier)
    return tree


def _rss_kb(pid: int) -> int:
    try:
        for line in Path(f"/proc/{pid}/status").read_text().splitlines():
            if line.startswith("VmRSS:"):
                return int(line.split()[1])
    except (OSError, ValueError):
        return 0
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
