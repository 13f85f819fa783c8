"""`thucydides evaluate GOLD... [--gsr FILE] [--json] [--show-misses]`: score extraction against gold.

Reads the gold files and their documents, runs extraction, and prints what thucydides.evaluate
scored. The last three lines of the text output are the key numbers (a hook reads them):

    required recall 10/10 = 1.00 · recall ... · precision ... · must_not hits 0
    quantities 2/2 · places 2/2 · ...
    PASS
"""

from __future__ import annotations

import argparse
import dataclasses
import json
import sys
from collections.abc import Iterator, Sequence
from pathlib import Path
from typing import Any

from thucydides.errors import InputError, KnowledgeError, ThucydidesError
from thucydides.evaluate import (
    DocumentResult,
    Gold,
    GsrEntry,
    GsrResult,
    Summary,
    aggregate,
    gsr_raw_codes,
    parse_gold,
    parse_gsr,
    score_document,
    score_gsr,
)
from thucydides.records import Article, Document

GOLD_SUFFIX = ".gold.json"


def register(subparsers: Any) -> None:
    parser = subparsers.add_parser(
        "evaluate",
        help="score extraction against gold files and the PLOVER GSR",
        description="Score extraction against gold files in the seed's format (a directory means all "
        "*.gold.json inside) and, with --gsr, against the PLOVER GSR. Exit code 0 when it ran.",
    )
    parser.add_argument("gold", nargs="*", metavar="GOLD", help="gold JSON file or directory of them")
    parser.add_argument("--gsr", metavar="FILE", help="PLOVER GSR JSON array (PLOVER_GSR_CAMEO.txt)")
    parser.add_argument("--json", action="store_true", help="print one JSON object instead of text")
    parser.add_argument("--show-misses", action="store_true", help="list misses, must_not hits, extras")
    parser.add_argument("--min-required", type=float, default=1.0, metavar="X",
                        help="PASS needs required recall >= X (default 1.0)")
    parser.add_argument("--min-precision", type=float, default=0.0, metavar="X",
                        help="PASS needs precision >= X (default 0)")
    parser.add_argument("--min-type-accuracy", type=float, default=0.0, metavar="X",
                        help="PASS needs GSR event-type accuracy >= X (default 0)")
    parser.add_argument("--min-actor-f1", type=float, default=0.0, metavar="X",
                        help="PASS needs GSR actor-code F1 >= X (default 0)")
    parser.set_defaults(handler=run)


def run(args: argparse.Namespace) -> int:
    if not args.gold and not args.gsr:
        print("thucydides evaluate: give at least one GOLD file or --gsr FILE", file=sys.stderr)
        return 2
    text_out = not args.json
    results: list[DocumentResult] = []
    failed = 0
    for path in gold_paths(args.gold):
        try:
            result = evaluate_file(path)
        except ThucydidesError as exc:
            print(f"thucydides: {exc}", file=sys.stderr)
            failed += 1
            continue
        results.append(result)
        if text_out:
            print_file(result, show_misses=args.show_misses)
    gsr = evaluate_gsr(Path(args.gsr)) if args.gsr else None
    summary = aggregate(results) if results else None
    reasons = verdict(args, summary, gsr, failed)
    if args.json:
        payload = {"files": results, "summary": summary, "gsr": gsr, "pass": not reasons, "reasons": reasons}
        print(json.dumps(jsonable(payload), ensure_ascii=False))
    else:
        print_summary(summary, gsr, reasons, show_misses=args.show_misses)
    return 1 if failed else 0


# --------------------------------------------------------------------------------------------------
# Loading (the file I/O thucydides.evaluate itself does not do)


def gold_paths(items: Sequence[str]) -> Iterator[Path]:
    """Each GOLD argument, a directory expanding to its *.gold.json files in name order."""
    for item in items:
        path = Path(item)
        if path.is_dir():
            yield from sorted(path.glob(f"*{GOLD_SUFFIX}"))
        else:
            yield path


def read_json(path: Path) -> Any:
    try:
        raw = path.read_text(encoding="utf-8")
    except OSError as exc:
        raise InputError("T100", path=path, reason=exc.strerror or exc) from exc
    except UnicodeDecodeError as exc:
        raise InputError("T101", path=path, reason=exc.reason) from exc
    try:
        return json.loads(raw)
    except json.JSONDecodeError as exc:
        raise KnowledgeError("T201", path=path, reason=f"invalid JSON: {exc}") from exc


def load_gold(path: Path) -> tuple[Gold, str]:
    """The parsed gold file and the text of the document it names (relative to the gold file)."""
    gold = parse_gold(read_json(path), str(path))
    text_path = path.parent / gold.document
    try:
        return gold, text_path.read_text(encoding="utf-8")
    except OSError as exc:
        raise InputError("T100", path=text_path, reason=exc.strerror or exc) from exc
    except UnicodeDecodeError as exc:
        raise InputError("T101", path=text_path, reason=exc.reason) from exc


def evaluate_file(path: Path) -> DocumentResult:
    from thucydides.extract import extract

    gold, text = load_gold(path)
    return score_document(gold, extract(text, date=gold.date, title=gold.title))


def evaluate_gsr(path: Path) -> GsrResult:
    """Extract every GSR sentence (with its entry's date) and score the lot."""
    data = read_json(path)
    entries = parse_gsr(data, str(path))
    return score_gsr(entries, extract_gsr(entries), gsr_raw_codes(data))


def extract_gsr(entries: Sequence[GsrEntry]) -> list[Document]:
    from thucydides.extract import extract_many

    articles = [Article(text=e.text, date=e.date, source=e.id) for e in entries]
    documents: list[Document] = []
    for entry, outcome in zip(entries, extract_many(articles), strict=True):
        if isinstance(outcome, InputError):
            # An unusable sentence scores as "no prediction"; say which one.
            print(f"thucydides: {entry.id}: {outcome}", file=sys.stderr)
            outcome = Document(id=entry.id, title=None, date=None, url=None, caption=None, text=entry.text)
        documents.append(outcome)
    return documents


# --------------------------------------------------------------------------------------------------
# Verdict and output


def verdict(
    args: argparse.Namespace, summary: Summary | None, gsr: GsrResult | None, failed: int
) -> list[str]:
    """Why the run does not PASS (empty: it passes)."""
    reasons: list[str] = []
    if failed:
        reasons.append(f"{failed} gold file(s) could not be scored")
    if summary is not None:
        reasons += _below("required recall", summary.required.value, args.min_required)
        reasons += _below("precision", summary.precision.value, args.min_precision)
        if summary.must_not_hits:
            reasons.append(f"{summary.must_not_hits} must_not hit(s)")
    if gsr is not None:
        reasons += _below("GSR type accuracy", gsr.accuracy.value, args.min_type_accuracy)
        reasons += _below("GSR actor F1", gsr.actor.f1, args.min_actor_f1)
    return reasons


def _below(name: str, value: float | None, floor: float) -> list[str]:
    if floor <= 0:
        return []
    if value is None or value < floor:
        shown = "n/a" if value is None else f"{value:.2f}"
        return [f"{name} {shown} < {floor:.2f}"]
    return []


def print_file(result: DocumentResult, *, show_misses: bool) -> None:
    print(
        f"{result.source}: required {result.required} · recall {result.recall} · precision "
        f"{result.precision}{'' if result.exhaustive else '*'} · must_not hits {len(result.must_not_hits)} · "
        f"quantities {result.quantities.hit}/{result.quantities.total} · "
        f"places {result.places.hit}/{result.places.total}"
    )
    if not show_misses:
        return
    for miss in result.misses:
        kind = "required" if miss.required else "optional"
        closest = f" — closest: {miss.closest}" if miss.closest else ""
        print(f"  miss {miss.gold_id} ({kind}) «{miss.anchor}»: {'; '.join(miss.reasons)}{closest}")
    for hit in result.must_not_hits:
        print(f"  must_not «{hit.anchor}» hit by {hit.event} ({hit.why})")
    for extra in result.extra:
        print(f"  unmatched {extra}: «{_clip(extra.text)}»")


def _clip(text: str, limit: int = 120) -> str:
    return text if len(text) <= limit else text[: limit - 1] + "…"


def print_summary(
    summary: Summary | None, gsr: GsrResult | None, reasons: list[str], *, show_misses: bool
) -> None:
    key_lines = print_gsr(gsr, show_misses=show_misses) if gsr is not None else []
    if summary is not None:
        # With both, the GSR's key lines go above and the gold's take the last lines.
        for line in key_lines:
            print(line)
        print_types(summary)
        key_lines = summary_lines(summary)
    for line in key_lines:
        print(line)
    print("PASS" if not reasons else "FAIL: " + "; ".join(reasons))


def print_types(summary: Summary) -> None:
    print(f"== {summary.files} file(s); per type: recall of gold events (by first listed type), "
          "precision of predicted events")
    for name, counts in summary.per_type.items():
        print(f"  {name:<10} recall {counts.gold!s:<16} precision {counts.predicted}")


def summary_lines(summary: Summary) -> list[str]:
    note = "" if summary.exhaustive else " (gold not exhaustive: a lower bound)"
    return [
        f"required recall {summary.required} · recall {summary.recall} · precision {summary.precision}{note}"
        f" · must_not hits {summary.must_not_hits}",
        f"quantities {summary.quantities.hit}/{summary.quantities.total} · places "
        f"{summary.places.hit}/{summary.places.total} · actors {summary.actors.hit}/{summary.actors.total}"
        f" · event quantities {summary.event_quantity.hit}/{summary.event_quantity.total}"
        f" · event locations {summary.event_location.hit}/{summary.event_location.total}"
        f" · attributions {summary.attribution.hit}/{summary.attribution.total}",
    ]


def print_gsr(gsr: GsrResult, *, show_misses: bool) -> list[str]:
    """Print the GSR detail; return its two key lines."""
    types = ", ".join(
        f"{old}->{new}" + (f" ({mode})" if mode else "") for old, (new, mode) in gsr.type_map.items()
    )
    code_rows = ", ".join(f"{old}->{new}" for old, new in gsr.code_map.items()) or "none needed"
    print(f"== PLOVER GSR: {gsr.accuracy.total} sentences; types mapped {types}; actor codes {code_rows}")
    for name, counts in gsr.per_type.items():
        print(f"  {name:<10} accuracy {counts.accuracy!s:<16} actor {counts.actor}"
              f" · recipient {counts.recipient}")
    if show_misses:
        for miss in gsr.misses:
            print(
                f"  gsr {miss.id}: gold {miss.gold} {'/'.join(miss.gold_actor) or '?'}->"
                f"{'/'.join(miss.gold_recipient) or '?'}, predicted {miss.predicted or 'nothing'} "
                f"{'/'.join(miss.predicted_actor) or '?'}->{'/'.join(miss.predicted_recipient) or '?'}"
                f" [{miss.event_text}]: «{_clip(miss.text)}»"
            )
    return [
        f"GSR event type accuracy {gsr.accuracy}"
        f" · among sentences with a prediction {gsr.accuracy_predicted}",
        f"GSR actor codes {gsr.actor} · recipient codes {gsr.recipient}",
    ]


def jsonable(value: Any) -> Any:
    """Result records as JSON: Ratio/PRF through their to_dict, other dataclasses field by field."""
    if hasattr(value, "to_dict"):
        return value.to_dict()
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        return {f.name: jsonable(getattr(value, f.name)) for f in dataclasses.fields(value)}
    if isinstance(value, dict):
        return {str(k): jsonable(v) for k, v in value.items()}
    if isinstance(value, list | tuple):
        return [jsonable(v) for v in value]
    return value
