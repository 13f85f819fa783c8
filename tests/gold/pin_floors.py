"""Measure the gold sets and pin the gate's floors (tests/gold/floors.json) at measured - margin.

Usage: .venv/bin/python tests/gold/pin_floors.py [--margin 0.02] [--dry-run]

Run it when a change is meant to move the numbers, review the diff of floors.json, and commit it
with the change. It records the date and the commit measured at (with "+dirty" when the working
tree had uncommitted changes under src/).
"""

from __future__ import annotations

import argparse
import datetime
import json
import math
import subprocess
from pathlib import Path

from thucydides.cli.evaluate import evaluate_file, evaluate_gsr, gold_paths
from thucydides.evaluate import aggregate

HERE = Path(__file__).resolve().parent
FLOORS = HERE / "floors.json"


def measure() -> dict[str, dict[str, float | None]]:
    wikinews = aggregate([evaluate_file(p) for p in gold_paths([str(HERE / "wikinews")])])
    gsr = evaluate_gsr(HERE / "plover-gsr" / "PLOVER_GSR_CAMEO.txt")
    return {
        "wikinews": {
            "required_recall": wikinews.required.value,
            "recall": wikinews.recall.value,
            "precision": wikinews.precision.value,
        },
        "plover_gsr": {
            "type_accuracy": gsr.accuracy.value,
            "actor_f1": gsr.actor.f1,
            "recipient_f1": gsr.recipient.f1,
        },
    }


def commit() -> str:
    def git(*args: str) -> str:
        return subprocess.run(["git", *args], cwd=HERE, capture_output=True, text=True, check=True).stdout.strip()

    head = git("rev-parse", "--short", "HEAD")
    return head + ("+dirty" if git("status", "--porcelain", "--", "../../src") else "")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--margin", type=float, default=0.02)
    parser.add_argument("--dry-run", action="store_true")
    args = parser.parse_args()
    floors = json.loads(FLOORS.read_text(encoding="utf-8"))
    today, at = datetime.date.today().isoformat(), commit()
    for group, scores in measure().items():
        for name, value in scores.items():
            measured = round(value or 0.0, 3)
            # Round down, so the margin below the measured value is never less than asked.
            floor = max(0.0, math.floor(round((measured - args.margin) * 100, 6)) / 100)
            floors[group][name] = {"floor": floor, "measured": measured, "date": today, "commit": at}
            print(f"{group}.{name}: measured {measured:.3f}, floor {floor:.2f}")
    if not args.dry_run:
        FLOORS.write_text(json.dumps(floors, indent=2) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
