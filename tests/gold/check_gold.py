"""Check gold annotation files: anchors, ids, types, modalities, and self-consistency.

Usage:
    python tests/gold/check_gold.py [DIR ...] [--csv PATH]

With no DIR, checks tests/gold/wikinews next to this file. With --csv, also verifies that each
document is byte-identical to the `text` column of the CSV row with the same url.
Exit status 1 when any error is found. Standard library only; importing this module has no
side effects.
"""

from __future__ import annotations

import argparse
import csv
import json
import re
import sys
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

EVENT_TYPES = frozenset(
    {
        "AGREE",
        "SUPPORT",
        "CONCEDE",
        "COOPERATE",
        "AID",
        "CONSULT",
        "RETREAT",
        "REQUEST",
        "REJECT",
        "ACCUSE",
        "THREATEN",
        "PROTEST",
        "SANCTION",
        "MOBILIZE",
        "COERCE",
        "ASSAULT",
    }
)
MODALITIES = frozenset({"asserted", "negated", "hypothetical", "conditional", "future", "historical"})
BOUNDS = frozenset({"exact", "approximate", "upper", "lower"})
ATTRIBUTIONS = frozenset({"named", "unnamed"})
CODE_RE = re.compile(r"^[A-Z]{3}$")
DATE_RE = re.compile(r"^\d{4}-\d{2}-\d{2}$")
META_KEYS = ("title", "date", "url", "license", "document", "about")
MIN_ANCHOR_WORDS, MAX_ANCHOR_WORDS = 3, 10
MAX_EVENT_TYPES = 3

# A sentence ends at . ! or ? (optionally followed by closing quotes/brackets) and whitespace,
# when the next sentence starts with a capital, a digit, or an opening quote/bracket.
_BOUNDARY_RE = re.compile(r"[.!?][\"”’)\]]*(?=\s+[\"“(\[]?[A-Z0-9])")
# Tokens ending in a period that do not end a sentence (U.S., p.m., Dr., ...).
_ABBREV_RE = re.compile(r"(?:[A-Za-z]\.)+|(?:Mr|Mrs|Ms|Dr|St|Gen|Jr|Sr|No|vs|Sen|Rep|Gov)\.")


@dataclass
class Report:
    errors: list[str] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)

    def error(self, where: str, msg: str) -> None:
        self.errors.append(f"{where}: {msg}")

    def warn(self, where: str, msg: str) -> None:
        self.warnings.append(f"{where}: {msg}")


@dataclass
class Counts:
    articles: int = 0
    events: int = 0
    required: int = 0
    must_not: int = 0
    quantities: int = 0
    locations: int = 0


def sentence_spans(text: str) -> list[tuple[int, int]]:
    """Split text into (start, end) sentence spans: lines first, then sentence ends."""
    spans: list[tuple[int, int]] = []
    pos = 0
    for line in text.splitlines(keepends=True):
        start = pos
        pos += len(line)
        body_end = start + len(line.rstrip("\r\n"))
        cut = start
        for m in _BOUNDARY_RE.finditer(text, start, body_end):
            head = text[cut : m.start() + 1]
            token = head.split()[-1] if head.split() else ""
            token = token.lstrip('"“([')
            if text[m.start()] == "." and _ABBREV_RE.fullmatch(token):
                continue
            spans.append((cut, m.end()))
            cut = m.end()
        if text[cut:body_end].strip():
            spans.append((cut, body_end))
    return spans


def sentences_with(text: str, spans: Sequence[tuple[int, int]], anchor: str) -> set[int]:
    """Indices of the sentences that contain an occurrence of anchor."""
    found: set[int] = set()
    for m in re.finditer(re.escape(anchor), text):
        for i, (s, e) in enumerate(spans):
            if s <= m.start() and m.end() <= e:
                found.add(i)
    return found


def _check_codes(rep: Report, where: str, value: object, name: str) -> None:
    if not isinstance(value, list):
        rep.error(where, f"{name} must be a list")
        return
    for code in value:
        if not isinstance(code, str) or not CODE_RE.match(code):
            rep.error(where, f"{name} code {code!r} is not three capital letters")


def _check_list(rep: Report, where: str, value: object, valid: frozenset[str], name: str) -> None:
    if not isinstance(value, list) or not value:
        rep.error(where, f"{name} must be a non-empty list")
        return
    for item in value:
        if item not in valid:
            rep.error(where, f"{name} {item!r} is not valid")


def _check_anchor(rep: Report, where: str, text: str, anchor: object, *, words: bool) -> bool:
    if not isinstance(anchor, str) or not anchor:
        rep.error(where, "anchor missing")
        return False
    n = text.count(anchor)
    if n == 0:
        rep.error(where, f"anchor not found in document: {anchor!r}")
        return False
    if n > 1:
        rep.error(where, f"anchor occurs {n} times (must be unique): {anchor!r}")
    if "\n" in anchor:
        rep.error(where, f"anchor spans a line break: {anchor!r}")
    if words and not MIN_ANCHOR_WORDS <= len(anchor.split()) <= MAX_ANCHOR_WORDS:
        rep.error(where, f"anchor has {len(anchor.split())} words (want 3-10): {anchor!r}")
    return True


def _check_quantity(rep: Report, where: str, q: object) -> None:
    if not isinstance(q, dict):
        rep.error(where, "quantity must be an object")
        return
    if not isinstance(q.get("value"), int | float) or isinstance(q.get("value"), bool):
        rep.error(where, "quantity value must be a number")
    if q.get("bound") not in BOUNDS:
        rep.error(where, f"quantity bound {q.get('bound')!r} is not valid")


def _check_location(rep: Report, where: str, loc: object) -> None:
    if not isinstance(loc, dict):
        rep.error(where, "location must be an object")
        return
    for key in ("name", "country", "lat", "lon", "within_km"):
        if key not in loc:
            rep.error(where, f"location lacks {key!r}")
    lat, lon, km = loc.get("lat"), loc.get("lon"), loc.get("within_km")
    if not isinstance(lat, int | float) or not -90 <= lat <= 90:
        rep.error(where, "location lat out of range")
    if not isinstance(lon, int | float) or not -180 <= lon <= 180:
        rep.error(where, "location lon out of range")
    if not isinstance(km, int | float) or km <= 0:
        rep.error(where, "location within_km must be positive")
    if not isinstance(loc.get("country"), str) or not CODE_RE.match(loc.get("country", "")):
        rep.error(where, "location country must be an alpha-3 code")


def _check_event(rep: Report, where: str, text: str, ev: dict) -> None:
    _check_anchor(rep, where, text, ev.get("anchor"), words=True)
    _check_codes(rep, where, ev.get("actor"), "actor")
    _check_codes(rep, where, ev.get("recipient"), "recipient")
    _check_list(rep, where, ev.get("event"), EVENT_TYPES, "event")
    if isinstance(ev.get("event"), list) and len(ev["event"]) > MAX_EVENT_TYPES:
        rep.error(where, "more than three acceptable event types")
    _check_list(rep, where, ev.get("modality"), MODALITIES, "modality")
    if not isinstance(ev.get("required"), bool):
        rep.error(where, "required must be true or false")
    if "attribution" in ev and ev["attribution"] not in ATTRIBUTIONS:
        rep.error(where, f"attribution {ev['attribution']!r} is not valid")
    if "quantity" in ev:
        _check_quantity(rep, where, ev["quantity"])
    if "location" in ev:
        _check_location(rep, where, ev["location"])


def _check_conflicts(rep: Report, name: str, text: str, events: list, must_not: list) -> None:
    """A must_not entry must not match a gold event in the same sentence (type and modality)."""
    spans = sentence_spans(text)
    ev_sents = [
        (ev, sentences_with(text, spans, ev["anchor"]))
        for ev in events
        if isinstance(ev, dict) and isinstance(ev.get("anchor"), str)
    ]
    for i, mn in enumerate(must_not):
        if not isinstance(mn, dict) or not isinstance(mn.get("anchor"), str):
            continue
        m_sents = sentences_with(text, spans, mn["anchor"])
        for ev, sents in ev_sents:
            if not sents & m_sents:
                continue
            types_clash = "event" not in mn or set(mn["event"]) & set(ev.get("event", []))
            mods_clash = "modality" not in mn or set(mn["modality"]) & set(ev.get("modality", []))
            if types_clash and mods_clash:
                rep.error(
                    f"{name} must_not[{i}]",
                    f"would match gold event {ev.get('id')} in the same sentence ({mn['anchor']!r})",
                )


def check_file(path: Path, rep: Report, counts: Counts) -> dict | None:
    """Check one gold file; returns the parsed JSON (or None when it cannot be read)."""
    name = path.name
    try:
        gold = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, json.JSONDecodeError) as exc:
        rep.error(name, f"cannot read: {exc}")
        return None
    doc_name = gold.get("document")
    if not isinstance(doc_name, str):
        rep.error(name, "document missing")
        return None
    doc_path = path.parent / doc_name
    try:
        with doc_path.open(encoding="utf-8", newline="") as fh:
            text = fh.read()
    except OSError as exc:
        rep.error(name, f"cannot read document {doc_name}: {exc}")
        return None
    if name.startswith("wn"):
        for key in META_KEYS:
            if not isinstance(gold.get(key), str) or not gold[key]:
                rep.error(name, f"metadata {key!r} missing")
        if isinstance(gold.get("date"), str) and not DATE_RE.match(gold["date"]):
            rep.error(name, "date must be YYYY-MM-DD")
    if not isinstance(gold.get("exhaustive", False), bool):
        rep.error(name, "exhaustive must be true or false")
    events = gold.get("events", [])
    must_not = gold.get("must_not", [])
    quantities = gold.get("quantities", [])
    ids: set[str] = set()
    for i, ev in enumerate(events):
        where = f"{name} event[{i}]"
        if not isinstance(ev, dict):
            rep.error(where, "not an object")
            continue
        eid = ev.get("id")
        if not isinstance(eid, str) or not eid:
            rep.error(where, "id missing")
        elif eid in ids:
            rep.error(where, f"duplicate id {eid}")
        else:
            ids.add(eid)
        _check_event(rep, f"{name} {eid}", text, ev)
        counts.events += 1
        counts.required += ev.get("required") is True
        counts.locations += "location" in ev
    for i, mn in enumerate(must_not):
        where = f"{name} must_not[{i}]"
        if not isinstance(mn, dict):
            rep.error(where, "not an object")
            continue
        _check_anchor(rep, where, text, mn.get("anchor"), words=False)
        if not isinstance(mn.get("why"), str) or not mn["why"]:
            rep.error(where, "why missing")
        if "event" in mn:
            _check_list(rep, where, mn["event"], EVENT_TYPES, "event")
        if "modality" in mn:
            _check_list(rep, where, mn["modality"], MODALITIES, "modality")
        counts.must_not += 1
    for i, q in enumerate(quantities):
        where = f"{name} quantity[{i}]"
        if not isinstance(q, dict):
            rep.error(where, "not an object")
            continue
        _check_anchor(rep, where, text, q.get("anchor"), words=False)
        _check_quantity(rep, where, q)
        if not isinstance(q.get("object"), str) or not q["object"]:
            rep.error(where, "object missing")
        counts.quantities += 1
    for key in ("actors", "places"):
        for i, item in enumerate(gold.get(key, [])):
            mention = item.get("text") if isinstance(item, dict) else None
            if not isinstance(mention, str) or mention not in text:
                rep.error(f"{name} {key}[{i}]", f"text {mention!r} not found in document")
            if key == "actors" and isinstance(item, dict):
                _check_codes(rep, f"{name} {key}[{i}]", [item.get("code")], "actor")
    _check_conflicts(rep, name, text, events, must_not)
    counts.articles += 1
    print(
        f"{name}: {len(events)} events ({sum(e.get('required') is True for e in events)} required), "
        f"{len(must_not)} must_not, {len(quantities)} quantities"
    )
    gold["_text"] = text
    return gold


def check_csv(csv_path: Path, golds: Iterable[tuple[Path, dict]], rep: Report) -> None:
    """Verify each document equals the CSV text of the row with the same url."""
    csv.field_size_limit(1 << 30)
    with csv_path.open(encoding="utf-8", newline="") as fh:
        by_url = {row["url"]: row for row in csv.DictReader(fh)}
    for path, gold in golds:
        row = by_url.get(gold.get("url", ""))
        if row is None:
            rep.error(path.name, "url not found in CSV")
            continue
        if row["text"] != gold["_text"]:
            rep.error(path.name, "document differs from the CSV text")
        if row["date"] != gold.get("date") or row["title"] != gold.get("title"):
            rep.error(path.name, "date or title differs from the CSV")


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawTextHelpFormatter)
    parser.add_argument("dirs", nargs="*", type=Path, help="directories holding *.gold.json files")
    parser.add_argument("--csv", type=Path, help="source CSV to compare documents against")
    args = parser.parse_args(argv)
    dirs = args.dirs or [Path(__file__).resolve().parent / "wikinews"]
    rep, counts = Report(), Counts()
    golds: list[tuple[Path, dict]] = []
    for d in dirs:
        for path in sorted(d.glob("*.gold.json")):
            gold = check_file(path, rep, counts)
            if gold is not None:
                golds.append((path, gold))
    if args.csv:
        check_csv(args.csv, golds, rep)
    for w in rep.warnings:
        print(f"WARNING {w}")
    for e in rep.errors:
        print(f"ERROR {e}")
    print(
        f"TOTAL: {counts.articles} articles, {counts.events} events ({counts.required} required), "
        f"{counts.must_not} must_not, {counts.quantities} quantities, "
        f"{counts.locations} event locations; {len(rep.errors)} errors"
    )
    return 1 if rep.errors else 0


if __name__ == "__main__":
    sys.exit(main())
