"""Extraction throughput: `extract_many` over the Wikinews 2019+2020 CSVs, in this one process.

    .venv/bin/python benchmarks/extract_throughput.py [CORPUS_DIR] [--repeat N] [--limit N] [--output FILE]

Start-up (the first `extract` of a short text: model and knowledge loading) is timed apart from
the corpus run, so the corpus figures are the extraction core alone: no reading, no storage.
Results go to benchmarks/results/extract_throughput.json.
"""

from __future__ import annotations

import argparse
import csv
import datetime
import json
import os
import platform
import resource
import subprocess
import time
from collections import Counter
from pathlib import Path
from typing import Any

import spacy

import thucydides

ROOT = Path(__file__).resolve().parents[1]
DEFAULT_CORPUS = ROOT.parent / "shared" / "corpus"
RESULTS = ROOT / "benchmarks" / "results"
FILES = ("wikinews_2019.csv", "wikinews_2020.csv")
WARM_UP = "Russia attacked Ukraine on Monday."


def main() -> int:
    args = _parse()
    articles = _read(args.corpus) * args.repeat
    if args.limit is not None:
        articles = articles[: args.limit]
    words = sum(len(a.text.split()) for a in articles)

    started = time.perf_counter()
    thucydides.extract(WARM_UP, date="2024-11-18")
    startup = time.perf_counter() - started

    by_type: Counter[str] = Counter()
    by_modality: Counter[str] = Counter()
    documents = failed = 0
    started = time.perf_counter()
    for result in thucydides.extract_many(articles):
        if isinstance(result, thucydides.InputError):
            failed += 1
            continue
        documents += 1
        by_type.update(e.event for e in result.events)
        by_modality.update(e.modality for e in result.events)
    seconds = time.perf_counter() - started

    result: dict[str, Any] = {
        "date": datetime.datetime.now(datetime.UTC).isoformat(timespec="seconds"),
        "commit": _commit(),
        "corpus": list(FILES), "repeat": args.repeat, "limit": args.limit,
        "startup_s": round(startup, 3),
        "documents": documents, "failed": failed, "words": words,
        "seconds": round(seconds, 2),
        "docs_per_s": round(documents / seconds, 2), "words_per_s": round(words / seconds, 1),
        "events": by_type.total(),
        "events_by_type": dict(by_type.most_common()),
        "events_by_modality": dict(by_modality.most_common()),
        # ru_maxrss is in kilobytes on Linux
        "peak_rss_mb": round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024, 1),
        "machine": {
            "python": platform.python_version(), "spacy": spacy.__version__, "cpus": os.cpu_count(),
            "platform": platform.platform(),
        },
    }
    args.output.parent.mkdir(parents=True, exist_ok=True)
    args.output.write_text(json.dumps(result, indent=2) + "\n")
    print(
        f"start-up {startup:.2f} s; {documents} documents ({failed} failed), {words} words in {seconds:.1f} s: "
        f"{result['docs_per_s']} docs/s, {result['words_per_s']:.0f} words/s; {result['events']} events; "
        f"peak RSS {result['peak_rss_mb']} MB; commit {result['commit']}\n-> {args.output}"
    )
    return 0


def _parse() -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("corpus", nargs="?", type=Path, default=DEFAULT_CORPUS)
    parser.add_argument("--repeat", type=_positive, default=1, help="run over the corpus N times (default 1)")
    parser.add_argument("--limit", type=_positive, default=None, help="extract at most N documents")
    parser.add_argument("--output", type=Path, default=RESULTS / "extract_throughput.json")
    return parser.parse_args()


def _positive(value: str) -> int:
    number = int(value)
    if number < 1:
        raise argparse.ArgumentTypeError(f"expected a positive integer, got {value}")
    return number


def _read(corpus: Path) -> list[thucydides.Article]:
    if not corpus.is_dir():
        raise SystemExit(f"corpus directory not found: {corpus} (pass the directory holding {', '.join(FILES)})")
    csv.field_size_limit(10**9)
    articles = []
    for name in FILES:
        path = corpus / name
        if not path.is_file():
            raise SystemExit(f"corpus file not found: {path}")
        with path.open(newline="", encoding="utf-8") as handle:
            articles.extend(
                thucydides.Article(text=row["text"], title=row["title"] or None, date=row["date"] or None,
                                   url=row["url"] or None)
                for row in csv.DictReader(handle)
            )
    return articles


def _commit() -> str:
    def git(*command: str) -> str:
        return subprocess.run(["git", *command], cwd=ROOT, capture_output=True, text=True, check=True).stdout.strip()

    try:
        commit = git("rev-parse", "--short", "HEAD")
        return commit + ("+dirty" if git("status", "--porcelain", "src") else "")
    except (OSError, subprocess.CalledProcessError):
        return "unknown"


if __name__ == "__main__":
    raise SystemExit(main())
