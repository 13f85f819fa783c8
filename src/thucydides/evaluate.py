"""Scoring extraction against gold. Pure: parsed JSON and Documents in, result records out.

Two kinds of gold:

* files in the seed's format (tests/gold/seed/article-000.gold.json, read its "about"): gold events
  anchored in the text, must_not cases, document-level quantities, actors and places;
* the PLOVER GSR (tests/gold/plover-gsr/): one coded sentence per entry, in the older PLOVER type
  set and with CAMEO-style actor codes, both normalised here.

Reading files and running extraction belong to the caller (the `evaluate` command, the gate test).
"""

from __future__ import annotations

import math
import re
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

from thucydides.errors import KnowledgeError
from thucydides.records import Document, Entity, Event, Place, Quantity

_SPACE = re.compile(r"\s+")
_WORD = re.compile(r"[a-z]+")


def _norm(text: str) -> str:
    """Whitespace collapsed: anchors are written on one line, evidence may span a line break."""
    return _SPACE.sub(" ", text).strip()


# --------------------------------------------------------------------------------------------------
# Counters


@dataclass(frozen=True, slots=True)
class Ratio:
    """`hit` out of `total`; adds up across documents (micro-averaging)."""

    hit: int = 0
    total: int = 0

    @property
    def value(self) -> float | None:
        return self.hit / self.total if self.total else None

    def __add__(self, other: Ratio) -> Ratio:
        return Ratio(self.hit + other.hit, self.total + other.total)

    def __str__(self) -> str:
        value = self.value
        return f"{self.hit}/{self.total} = {value:.2f}" if value is not None else f"{self.hit}/0 = n/a"

    def to_dict(self) -> dict[str, Any]:
        return {"hit": self.hit, "total": self.total, "value": self.value}


def _ratio(flags: Iterable[bool]) -> Ratio:
    items = list(flags)
    return Ratio(sum(items), len(items))


@dataclass(frozen=True, slots=True)
class PRF:
    """True positives, false positives and false negatives of a set comparison (actor codes)."""

    tp: int = 0
    fp: int = 0
    fn: int = 0

    def __add__(self, other: PRF) -> PRF:
        return PRF(self.tp + other.tp, self.fp + other.fp, self.fn + other.fn)

    @property
    def precision(self) -> float | None:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else None

    @property
    def recall(self) -> float | None:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else None

    @property
    def f1(self) -> float | None:
        p, r = self.precision, self.recall
        if p is None or r is None:
            return None
        return 2 * p * r / (p + r) if p + r else 0.0

    def __str__(self) -> str:
        def fmt(x: float | None) -> str:
            return f"{x:.2f}" if x is not None else "n/a"

        return f"P {fmt(self.precision)} R {fmt(self.recall)} F1 {fmt(self.f1)}"

    def to_dict(self) -> dict[str, Any]:
        return {
            "tp": self.tp, "fp": self.fp, "fn": self.fn,
            "precision": self.precision, "recall": self.recall, "f1": self.f1,
        }


def _compare_sets(predicted: set[str], gold: set[str]) -> PRF:
    return PRF(len(predicted & gold), len(predicted - gold), len(gold - predicted))


# --------------------------------------------------------------------------------------------------
# Gold records (seed format)


@dataclass(frozen=True, slots=True)
class GoldQuantity:
    value: float
    bound: str
    object: str = ""
    anchor: str = ""


@dataclass(frozen=True, slots=True)
class GoldPlace:
    name: str
    lat: float
    lon: float
    within_km: float
    country: str = ""


@dataclass(frozen=True, slots=True)
class GoldActor:
    text: str
    code: str
    sectors: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class GoldEvent:
    """One gold event. Empty `actor`/`recipient` tuples accept anything."""

    id: str
    anchor: str
    actor: tuple[str, ...]
    recipient: tuple[str, ...]
    event: tuple[str, ...]
    modality: tuple[str, ...]
    required: bool
    attribution: str | None = None
    quantity: GoldQuantity | None = None
    location: GoldPlace | None = None
    context: str | None = None


@dataclass(frozen=True, slots=True)
class MustNot:
    """An event that would be wrong. `None` lists mean "any"; with both None any event is a hit."""

    anchor: str
    event: tuple[str, ...] | None
    modality: tuple[str, ...] | None
    why: str = ""


@dataclass(frozen=True, slots=True)
class Gold:
    """A parsed gold file. `exhaustive`: every event in the text is annotated, so precision is real."""

    source: str
    document: str
    date: str | None
    title: str | None
    exhaustive: bool
    events: tuple[GoldEvent, ...]
    must_not: tuple[MustNot, ...] = ()
    quantities: tuple[GoldQuantity, ...] = ()
    actors: tuple[GoldActor, ...] = ()
    places: tuple[GoldPlace, ...] = ()


def _bad(source: str, reason: str) -> KnowledgeError:
    return KnowledgeError("T201", path=source, reason=reason)


class _Reader:
    """Typed access to one JSON object of a gold file; every failure names the file and the field."""

    def __init__(self, data: Any, source: str, where: str) -> None:
        if not isinstance(data, dict):
            raise _bad(source, f"{where} is not an object")
        self.data, self.source, self.where = data, source, where

    def fail(self, key: str, expected: str) -> KnowledgeError:
        return _bad(self.source, f"{self.where}: {key!r} must be {expected}")

    def text(self, key: str, default: str | None = None) -> str:
        value = self.data.get(key, default)
        if not isinstance(value, str):
            raise self.fail(key, "a string")
        return value

    def optional_text(self, key: str) -> str | None:
        value = self.data.get(key)
        if value is not None and not isinstance(value, str):
            raise self.fail(key, "a string or absent")
        return value

    def number(self, key: str, default: float | None = None) -> float:
        value = self.data.get(key, default)
        if isinstance(value, bool) or not isinstance(value, int | float):
            raise self.fail(key, "a number")
        return float(value)

    def strings(self, key: str) -> tuple[str, ...] | None:
        """A list of strings (a lone string is read as a list of one); None when absent."""
        value = self.data.get(key)
        if value is None:
            return None
        if isinstance(value, str):
            return (value,)
        if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
            raise self.fail(key, "a list of strings")
        return tuple(value)

    def each(self, key: str) -> list[_Reader]:
        """Readers over a list of objects (absent = empty)."""
        value = self.data.get(key, [])
        if not isinstance(value, list):
            raise self.fail(key, "a list")
        return [_Reader(item, self.source, f"{key}[{i}]") for i, item in enumerate(value)]


def parse_gold(data: Any, source: str) -> Gold:
    """Read a seed-format gold object; KnowledgeError T201 names what is wrong."""
    top = _Reader(data, source, "gold file")
    exhaustive = top.data.get("exhaustive", False)
    if not isinstance(exhaustive, bool):
        raise top.fail("exhaustive", "true or false")
    events = tuple(_gold_event(r) for r in top.each("events"))
    ids = [e.id for e in events]
    if len(set(ids)) != len(ids):
        raise _bad(source, "gold event ids are not unique")
    return Gold(
        source=source,
        document=top.text("document"),
        date=top.optional_text("date"),
        title=top.optional_text("title"),
        exhaustive=exhaustive,
        events=events,
        must_not=tuple(_must_not(r) for r in top.each("must_not")),
        quantities=tuple(_gold_quantity(r) for r in top.each("quantities")),
        actors=tuple(_gold_actor(r) for r in top.each("actors")),
        places=tuple(_gold_place(r) for r in top.each("places")),
    )


def _gold_event(r: _Reader) -> GoldEvent:
    types = r.strings("event")
    modality = r.strings("modality")
    if not types:
        raise r.fail("event", "a non-empty list of PLOVER types")
    if not modality:
        raise r.fail("modality", "a non-empty list of modalities")
    required = r.data.get("required", True)
    if not isinstance(required, bool):
        raise r.fail("required", "true or false")
    quantity = r.data.get("quantity")
    location = r.data.get("location")
    return GoldEvent(
        id=r.text("id"),
        anchor=_norm(r.text("anchor")),
        actor=r.strings("actor") or (),
        recipient=r.strings("recipient") or (),
        event=types,
        modality=modality,
        required=required,
        attribution=r.optional_text("attribution"),
        quantity=_gold_quantity(_Reader(quantity, r.source, f"{r.where}.quantity")) if quantity else None,
        location=_gold_place(_Reader(location, r.source, f"{r.where}.location")) if location else None,
        context=r.optional_text("context"),
    )


def _must_not(r: _Reader) -> MustNot:
    return MustNot(
        anchor=_norm(r.text("anchor")), event=r.strings("event"), modality=r.strings("modality"),
        why=r.text("why", ""),
    )


def _gold_quantity(r: _Reader) -> GoldQuantity:
    return GoldQuantity(
        value=r.number("value"), bound=r.text("bound", "exact"), object=r.text("object", ""),
        anchor=_norm(r.text("anchor", "")),
    )


def _gold_place(r: _Reader) -> GoldPlace:
    name = r.data.get("name", r.data.get("text"))
    if not isinstance(name, str):
        raise r.fail("name' or 'text", "a string")
    return GoldPlace(
        name=name, lat=r.number("lat"), lon=r.number("lon"), within_km=r.number("within_km", 100.0),
        country=r.text("country", ""),
    )


def _gold_actor(r: _Reader) -> GoldActor:
    return GoldActor(text=r.text("text"), code=r.text("code"), sectors=r.strings("sector") or ("",))


# --------------------------------------------------------------------------------------------------
# Matching one predicted event against one gold event


def anchor_spans(document_text: str, anchor: str) -> list[tuple[int, int]]:
    """Every [start, end) where `anchor` occurs in the document, any run of whitespace matching a space."""
    words = anchor.split()
    if not words or not document_text:
        return []
    pattern = re.compile(r"\s+".join(re.escape(w) for w in words))
    return [(m.start(), m.end()) for m in pattern.finditer(document_text)]


def anchor_ok(event: Event, anchor: str, spans: Sequence[tuple[int, int]]) -> bool:
    """The event's evidence contains the anchor (case-sensitive, whitespace-normalised).

    When the anchor spans a sentence boundary no single evidence sentence contains it, so an event
    whose [start, end] overlaps the anchor's position in the document is accepted too.
    """
    if anchor in _norm(event.text):
        return True
    return any(event.start < end and start < event.end for start, end in spans)


def codes(entities: Iterable[Entity]) -> set[str]:
    return {e.code for e in entities if e.code}


def event_failures(gold: GoldEvent, event: Event) -> list[str]:
    """Why `event` does not match `gold` (anchor aside); empty when it matches."""
    failures: list[str] = []
    if event.event not in gold.event:
        failures.append(f"type {event.event} not in {'/'.join(gold.event)}")
    actors, recipients = codes(event.actor), codes(event.recipient)
    if gold.actor and not actors & set(gold.actor):
        failures.append(f"actor {_codes_text(actors)} does not meet {'/'.join(gold.actor)}")
    if gold.recipient and not recipients & set(gold.recipient):
        failures.append(f"recipient {_codes_text(recipients)} does not meet {'/'.join(gold.recipient)}")
    if event.modality not in gold.modality:
        failures.append(f"modality {event.modality} not in {'/'.join(gold.modality)}")
    return failures


def _codes_text(found: set[str]) -> str:
    return "/".join(sorted(found)) or "(none)"


def haversine_km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    """Great-circle distance on a sphere of the Earth's mean radius (6371 km)."""
    p1, p2 = math.radians(lat1), math.radians(lat2)
    dp, dl = p2 - p1, math.radians(lon2 - lon1)
    a = math.sin(dp / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    return 2 * 6371.0 * math.asin(min(1.0, math.sqrt(a)))


def place_within(place: Place | None, gold: GoldPlace) -> bool:
    if place is None:
        return False
    return haversine_km(place.lat, place.lon, gold.lat, gold.lon) <= gold.within_km


def _same_value(a: float, b: float) -> bool:
    return math.isclose(a, b, rel_tol=1e-9, abs_tol=1e-9)


def quantity_matches(quantity: Quantity, gold: GoldQuantity, *, check_object: bool) -> bool:
    """Value and bound equal; with `check_object`, the objects share a word.

    Gold objects are short phrases ("troops", "civilians killed", "Armed Forces personnel killed")
    and extracted ones a noun phrase or its head ("North Korean troops", "personnel"): one shared
    word of three letters or more, compared without a final "s", is enough.
    """
    if not _same_value(quantity.value, gold.value) or quantity.bound != gold.bound:
        return False
    if not check_object or not gold.object:
        return True
    return bool(_object_words(gold.object) & _object_words(quantity.object))


def _object_words(text: str) -> set[str]:
    return {w[:-1] if w.endswith("s") else w for w in _WORD.findall(text.lower()) if len(w) > 2}


@dataclass(frozen=True, slots=True)
class Attributes:
    """The optional per-event checks of one gold event against its matched event (None = not asked)."""

    quantity: bool | None = None
    location: bool | None = None
    attribution: bool | None = None
    context: bool | None = None

    def score(self) -> int:
        return sum(1 for v in (self.quantity, self.location, self.attribution, self.context) if v)


def event_attributes(gold: GoldEvent, event: Event | None) -> Attributes:
    """Quantity, location, attribution kind and context of `gold` checked on `event` (None: all fail)."""

    def check(wanted: object, test: Callable[[Event], bool]) -> bool | None:
        if wanted is None:
            return None
        return event is not None and test(event)

    quantity, location, attribution = gold.quantity, gold.location, gold.attribution
    return Attributes(
        quantity=check(quantity, lambda e: quantity is not None and any(
            quantity_matches(q, quantity, check_object=False) for q in e.quantities)),
        location=check(location, lambda e: location is not None and place_within(e.location, location)),
        attribution=check(attribution, lambda e: _attribution_kind(e) == attribution),
        context=check(gold.context, lambda e: gold.context in e.context),
    )


def _attribution_kind(event: Event) -> str:
    return event.attribution.kind if event.attribution else "none"


# --------------------------------------------------------------------------------------------------
# One-to-one assignment


def assign(candidates: Mapping[int, Sequence[int]], order: Sequence[int]) -> dict[int, int]:
    """Maximum one-to-one matching of gold -> predicted (augmenting paths, Kuhn's algorithm).

    Gold items are taken in `order`; an augmenting path never unmatches a gold item already matched,
    so putting required events first maximises required matches before any optional one is added.
    Each candidate list is tried in its order, so callers put preferred events first.
    """
    owner: dict[int, int] = {}  # predicted index -> gold index

    def augment(gold: int, seen: set[int]) -> bool:
        for pred in candidates.get(gold, ()):
            if pred in seen:
                continue
            seen.add(pred)
            if pred not in owner or augment(owner[pred], seen):
                owner[pred] = gold
                return True
        return False

    for gold in order:
        augment(gold, set())
    return {gold: pred for pred, gold in owner.items()}


# --------------------------------------------------------------------------------------------------
# Document results


@dataclass(frozen=True, slots=True)
class EventView:
    """A predicted event as a developer needs to see it in a miss report."""

    id: str
    event: str
    modality: str
    actor: tuple[str, ...]
    recipient: tuple[str, ...]
    trigger: str
    text: str

    @classmethod
    def of(cls, event: Event) -> EventView:
        return cls(
            id=event.id, event=event.event, modality=event.modality, actor=tuple(sorted(codes(event.actor))),
            recipient=tuple(sorted(codes(event.recipient))), trigger=event.trigger, text=_norm(event.text),
        )

    def __str__(self) -> str:
        who = f"{'/'.join(self.actor) or '?'}->{'/'.join(self.recipient) or '?'}"
        return f"{self.event} {who} {self.modality} (trigger {self.trigger!r})"


@dataclass(frozen=True, slots=True)
class Miss:
    """A gold event no predicted event matched, with the closest event of its sentence and why."""

    gold_id: str
    anchor: str
    required: bool
    reasons: tuple[str, ...]
    closest: EventView | None = None


@dataclass(frozen=True, slots=True)
class MustNotHit:
    anchor: str
    why: str
    event: EventView


@dataclass(frozen=True, slots=True)
class TypeCounts:
    """Per PLOVER type: gold events (by their first listed type) found, predicted events correct."""

    gold: Ratio = Ratio()
    predicted: Ratio = Ratio()

    def __add__(self, other: TypeCounts) -> TypeCounts:
        return TypeCounts(self.gold + other.gold, self.predicted + other.predicted)


@dataclass(frozen=True, slots=True)
class DocumentResult:
    source: str
    exhaustive: bool
    required: Ratio
    recall: Ratio
    precision: Ratio
    must_not_hits: tuple[MustNotHit, ...]
    quantities: Ratio
    actors: Ratio
    places: Ratio
    event_quantity: Ratio
    event_location: Ratio
    attribution: Ratio
    context: Ratio
    per_type: dict[str, TypeCounts]
    misses: tuple[Miss, ...]
    extra: tuple[EventView, ...]  # predicted events matching no gold event
    matches: dict[str, str] = field(default_factory=dict)  # gold id -> predicted event id


def score_document(gold: Gold, document: Document) -> DocumentResult:
    """Score one extracted document against its gold file."""
    events = list(document.events)
    spans = {g.id: anchor_spans(document.text, g.anchor) for g in gold.events}
    candidates = {i: _candidates(g, events, spans[g.id]) for i, g in enumerate(gold.events)}
    order = sorted(range(len(gold.events)), key=lambda i: not gold.events[i].required)
    matched = assign(candidates, order)
    attrs = [event_attributes(g, events[matched[i]] if i in matched else None)
             for i, g in enumerate(gold.events)]
    used = set(matched.values())
    required = [i for i, g in enumerate(gold.events) if g.required]
    return DocumentResult(
        source=gold.source,
        exhaustive=gold.exhaustive,
        required=Ratio(sum(1 for i in required if i in matched), len(required)),
        recall=Ratio(len(matched), len(gold.events)),
        precision=Ratio(len(used), len(events)),
        must_not_hits=tuple(must_not_hits(gold.must_not, events, document.text)),
        quantities=score_quantities(gold.quantities, document.quantities),
        actors=_ratio(actor_found(a, document) for a in gold.actors),
        places=_ratio(place_found(p, document.places) for p in gold.places),
        event_quantity=_ratio(a.quantity for a in attrs if a.quantity is not None),
        event_location=_ratio(a.location for a in attrs if a.location is not None),
        attribution=_ratio(a.attribution for a in attrs if a.attribution is not None),
        context=_ratio(a.context for a in attrs if a.context is not None),
        per_type=_per_type(gold.events, events, matched),
        misses=tuple(
            _diagnose(g, events, spans[g.id], candidates[i], matched, gold.events)
            for i, g in enumerate(gold.events) if i not in matched
        ),
        extra=tuple(EventView.of(e) for j, e in enumerate(events) if j not in used),
        matches={gold.events[i].id: events[j].id for i, j in matched.items()},
    )


def _candidates(gold: GoldEvent, events: Sequence[Event], spans: Sequence[tuple[int, int]]) -> list[int]:
    """Indices of events matching `gold`, those that also meet its optional checks first."""
    found = [
        j for j, e in enumerate(events) if anchor_ok(e, gold.anchor, spans) and not event_failures(gold, e)
    ]
    return sorted(found, key=lambda j: -event_attributes(gold, events[j]).score())


def _per_type(
    golds: Sequence[GoldEvent], events: Sequence[Event], matched: Mapping[int, int]
) -> dict[str, TypeCounts]:
    table: dict[str, TypeCounts] = {}
    used = set(matched.values())
    for i, g in enumerate(golds):
        table[g.event[0]] = table.get(g.event[0], TypeCounts()) + TypeCounts(gold=Ratio(int(i in matched), 1))
    for j, e in enumerate(events):
        table[e.event] = table.get(e.event, TypeCounts()) + TypeCounts(predicted=Ratio(int(j in used), 1))
    return table


def _diagnose(
    gold: GoldEvent,
    events: Sequence[Event],
    spans: Sequence[tuple[int, int]],
    candidates: Sequence[int],
    matched: Mapping[int, int],
    golds: Sequence[GoldEvent],
) -> Miss:
    """Explain an unmatched gold event by the closest predicted event in its sentence."""
    if candidates:
        taker = {j: i for i, j in matched.items()}
        owners = sorted({golds[taker[j]].id for j in candidates if j in taker})
        closest = EventView.of(events[candidates[0]])
        return Miss(gold.id, gold.anchor, gold.required, (f"its match went to {', '.join(owners)}",), closest)
    near = [e for e in events if anchor_ok(e, gold.anchor, spans)]
    if not near:
        return Miss(gold.id, gold.anchor, gold.required, ("no event in the anchor's sentence",))
    best = min(near, key=lambda e: len(event_failures(gold, e)))
    return Miss(gold.id, gold.anchor, gold.required, tuple(event_failures(gold, best)), EventView.of(best))


# --------------------------------------------------------------------------------------------------
# must_not, document-level quantities, actors, places


def must_not_hits(cases: Sequence[MustNot], events: Sequence[Event], document_text: str) -> list[MustNotHit]:
    """Predicted events that a must_not case forbids.

    A case with an event or modality list forbids the event *at the anchor*, not every event of its
    sentence: the seed's "might deploy up to 100,000" (modality asserted) shares its sentence with
    the gold asserted ACCUSE "gravely concerned", which must stay allowed. So when the event's
    trigger is known it must lie inside the anchor. A case with neither list (captions, headings)
    is hit by any event whose evidence contains the anchor.
    """
    hits: list[MustNotHit] = []
    for case in cases:
        spans = anchor_spans(document_text, case.anchor)
        for event in events:
            if _forbidden(case, event, spans):
                hits.append(MustNotHit(case.anchor, case.why, EventView.of(event)))
    return hits


def _forbidden(case: MustNot, event: Event, spans: Sequence[tuple[int, int]]) -> bool:
    if case.anchor not in _norm(event.text):
        return False
    if case.event is None and case.modality is None:
        return True
    if case.event is not None and event.event not in case.event:
        return False
    if case.modality is not None and event.modality not in case.modality:
        return False
    return _trigger_in_anchor(event, case.anchor, spans)


def _trigger_in_anchor(event: Event, anchor: str, spans: Sequence[tuple[int, int]]) -> bool:
    if event.trigger_start is not None and event.trigger_end is not None and spans:
        start, end = event.trigger_start, event.trigger_end
        return any(start < s_end and s_start < end for s_start, s_end in spans)
    if event.trigger:
        return _norm(event.trigger).lower() in anchor.lower()
    return True  # nothing to tell the event's position by: the sentence decides


def score_quantities(golds: Sequence[GoldQuantity], found: Sequence[Quantity]) -> Ratio:
    """One-to-one: each gold quantity needs its own extracted quantity of equal value, bound and object."""
    left = list(found)
    hit = 0
    for gold in golds:
        match = next((q for q in left if quantity_matches(q, gold, check_object=True)), None)
        if match is not None:
            left.remove(match)
            hit += 1
    return Ratio(hit, len(golds))


def _same_text(gold_text: str, found: str) -> bool:
    """The gold text inside the found mention, case-insensitively ("the Biden administration's")."""
    return _norm(gold_text).lower() in _norm(found).lower()


def actor_found(gold: GoldActor, document: Document) -> bool:
    """A mention with the gold text, code and one of the gold sectors."""
    return any(
        _same_text(gold.text, m.entity.text)
        and m.entity.code == gold.code
        and m.entity.sector in gold.sectors
        for m in document.actors
    )


def place_found(gold: GoldPlace, places: Sequence[Place]) -> bool:
    """A place named like the gold one, in its country when both say, within `within_km`."""
    for place in places:
        named = _same_text(gold.name, place.text) or _same_text(gold.name, place.name)
        country_ok = not gold.country or not place.country or gold.country == place.country
        if named and country_ok and place_within(place, gold):
            return True
    return False


# --------------------------------------------------------------------------------------------------
# Aggregate over files (micro-averaged)


@dataclass(frozen=True, slots=True)
class Summary:
    files: int
    exhaustive: bool  # every file's gold is exhaustive, so precision is a true precision
    required: Ratio
    recall: Ratio
    precision: Ratio
    must_not_hits: int
    quantities: Ratio
    actors: Ratio
    places: Ratio
    event_quantity: Ratio
    event_location: Ratio
    attribution: Ratio
    context: Ratio
    per_type: dict[str, TypeCounts]


def aggregate(results: Sequence[DocumentResult]) -> Summary:
    """Micro-average: counts are added over files, then divided."""
    def total(name: str) -> Ratio:
        return sum((getattr(r, name) for r in results), Ratio())

    per_type: dict[str, TypeCounts] = {}
    for result in results:
        for name, counts in result.per_type.items():
            per_type[name] = per_type.get(name, TypeCounts()) + counts
    return Summary(
        files=len(results),
        exhaustive=bool(results) and all(r.exhaustive for r in results),
        must_not_hits=sum(len(r.must_not_hits) for r in results),
        per_type=dict(sorted(per_type.items())),
        required=total("required"), recall=total("recall"), precision=total("precision"),
        quantities=total("quantities"), actors=total("actors"), places=total("places"),
        event_quantity=total("event_quantity"), event_location=total("event_location"),
        attribution=total("attribution"), context=total("context"),
    )


# --------------------------------------------------------------------------------------------------
# PLOVER GSR

# Older PLOVER types in the GSR (v0.5b1) -> current type and mode (shared/eval/README.md).
GSR_TYPE_MAP: dict[str, tuple[str, str | None]] = {
    "DEMAND": ("REQUEST", None),
    "DISAPPROVE": ("ACCUSE", "disapprove"),
    "INVESTIGATE": ("ACCUSE", "investigate"),
    "FIGHT": ("ASSAULT", None),
}

# CAMEO-style codes that are not ISO 3166 alpha-3. The first three are every such code in
# PLOVER_GSR_CAMEO.txt (checked over all its source and target codes); the rest are withdrawn ISO
# codes that older CAMEO dictionaries still use. Codes not listed pass through unchanged.
CAMEO_TO_ISO: dict[str, str] = {
    "JAP": "JPN",  # Japan
    "ITL": "ITA",  # Italy
    "VTN": "VNM",  # Viet Nam ("Vietnamese-led forces")
    "ROM": "ROU",  # Romania, ISO code until 2002
    "ZAR": "COD",  # Zaire, ISO code until 1997
    "TMP": "TLS",  # East Timor, ISO code until 2002
    "YUG": "SRB",  # Yugoslavia, continued by Serbia
}

# PLOVER/CAMEO sector codes: a code that is only a sector names no country or organisation.
# The last six are CAMEO-only sectors; "CIV" is left out: it is Côte d'Ivoire's country code.
SECTOR_CODES: frozenset[str] = frozenset((
    "COP", "GOV", "JUD", "LEG", "MIL", "PRM", "PTY", "REB", "SPY", "UAF", "UNK", "AGR", "BUS", "CRM",
    "CVL", "EDU", "ELI", "JRN", "LAB", "MED", "REF", "OPP", "PRE", "REL", "SOC",
    "ENV", "HLH", "HRI", "INS", "MOD", "RAD",
))


def normalise_code(code: str) -> str:
    """A CAMEO-style actor code as ISO alpha-3; non-state codes (IGO, UNO, NGO...) kept; sector-only -> ""."""
    code = code.strip().upper()
    if code in SECTOR_CODES:
        return ""
    return CAMEO_TO_ISO.get(code, code)


@dataclass(frozen=True, slots=True)
class GsrEntry:
    id: str
    text: str
    date: str | None
    event: str  # current PLOVER type
    original_event: str  # as coded in the GSR
    mode: str | None
    event_text: str
    source: tuple[str, ...]  # normalised codes, "" dropped
    target: tuple[str, ...]


def parse_gsr(data: Any, source: str) -> list[GsrEntry]:
    """The GSR's JSON array as entries with current types and ISO codes; DOCUMENT entries skipped."""
    if not isinstance(data, list):
        raise _bad(source, "the PLOVER GSR must be a JSON array")
    entries: list[GsrEntry] = []
    for i, item in enumerate(data):
        r = _Reader(item, source, f"entry {i}")
        original = r.text("event")
        if original == "DOCUMENT":
            continue
        event, mode = GSR_TYPE_MAP.get(original, (original, r.optional_text("mode") or None))
        entries.append(GsrEntry(
            id=r.text("id"), text=r.text("text"), date=r.optional_text("date"), event=event,
            original_event=original, mode=mode, event_text=r.text("eventText", ""),
            source=_gsr_codes(r, "source"), target=_gsr_codes(r, "target"),
        ))
    return entries


def _gsr_codes(r: _Reader, key: str) -> tuple[str, ...]:
    # "target" is sometimes "" or a stray string ("diplomatic") in the file: no coded actor.
    value = r.data.get(key)
    if not isinstance(value, list):
        return ()
    found: list[str] = []
    for actor in value:
        code = normalise_code(str(actor.get("code") or "")) if isinstance(actor, dict) else ""
        if code and code not in found:
            found.append(code)
    return tuple(found)


def choose_event(events: Sequence[Event], event_text: str) -> Event | None:
    """The predicted event that the gold eventText is about: the first whose trigger word appears
    in it, else the first event. Words of 2 letters or fewer ("to", "in") do not count."""
    wanted = set(_WORD.findall(event_text.lower()))
    for event in events:
        words = [w for w in _WORD.findall(event.trigger.lower()) if len(w) > 2]
        if any(w in wanted for w in words):
            return event
    return events[0] if events else None


@dataclass(frozen=True, slots=True)
class GsrTypeCounts:
    accuracy: Ratio = Ratio()
    actor: PRF = PRF()
    recipient: PRF = PRF()

    def __add__(self, other: GsrTypeCounts) -> GsrTypeCounts:
        return GsrTypeCounts(
            self.accuracy + other.accuracy, self.actor + other.actor, self.recipient + other.recipient
        )


@dataclass(frozen=True, slots=True)
class GsrMiss:
    id: str
    gold: str
    predicted: str | None
    event_text: str
    text: str
    gold_actor: tuple[str, ...]
    predicted_actor: tuple[str, ...]
    gold_recipient: tuple[str, ...]
    predicted_recipient: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class GsrResult:
    accuracy: Ratio  # over all sentences; no prediction counts as wrong
    accuracy_predicted: Ratio  # over sentences with at least one predicted event
    actor: PRF
    recipient: PRF
    per_type: dict[str, GsrTypeCounts]
    misses: tuple[GsrMiss, ...]
    type_map: dict[str, tuple[str, str | None]] = field(default_factory=lambda: dict(GSR_TYPE_MAP))
    code_map: dict[str, str] = field(default_factory=dict)  # the CAMEO->ISO rows the file needed


def score_gsr(
    entries: Sequence[GsrEntry], documents: Sequence[Document], raw_codes: Iterable[str] = ()
) -> GsrResult:
    """Score one extracted Document per GSR entry (same order). `raw_codes`: the file's codes, to
    report which rows of the CAMEO->ISO table were used."""
    if len(entries) != len(documents):
        raise ValueError(f"{len(entries)} GSR entries but {len(documents)} documents")
    per_type: dict[str, GsrTypeCounts] = {}
    misses: list[GsrMiss] = []
    for entry, document in zip(entries, documents, strict=True):
        counts, miss = _score_gsr_entry(entry, document)
        per_type[entry.event] = per_type.get(entry.event, GsrTypeCounts()) + counts
        if miss is not None:
            misses.append(miss)
    total = sum(per_type.values(), GsrTypeCounts())
    predicted = [d for d in documents if d.events]
    correct_predicted = total.accuracy.hit  # a correct type needs a prediction
    return GsrResult(
        accuracy=total.accuracy,
        accuracy_predicted=Ratio(correct_predicted, len(predicted)),
        actor=total.actor,
        recipient=total.recipient,
        per_type=dict(sorted(per_type.items())),
        misses=tuple(misses),
        code_map={c: CAMEO_TO_ISO[c] for c in sorted(set(raw_codes)) if c in CAMEO_TO_ISO},
    )


def _score_gsr_entry(entry: GsrEntry, document: Document) -> tuple[GsrTypeCounts, GsrMiss | None]:
    chosen = choose_event(document.events, entry.event_text)
    actors = {normalise_code(c) for c in codes(chosen.actor)} - {""} if chosen else set()
    recipients = {normalise_code(c) for c in codes(chosen.recipient)} - {""} if chosen else set()
    correct = chosen is not None and chosen.event == entry.event
    counts = GsrTypeCounts(
        accuracy=Ratio(int(correct), 1),
        actor=_compare_sets(actors, set(entry.source)),
        recipient=_compare_sets(recipients, set(entry.target)),
    )
    if correct and actors == set(entry.source) and recipients == set(entry.target):
        return counts, None
    miss = GsrMiss(
        id=entry.id, gold=entry.event, predicted=chosen.event if chosen else None,
        event_text=entry.event_text, text=entry.text,
        gold_actor=entry.source, predicted_actor=tuple(sorted(actors)),
        gold_recipient=entry.target, predicted_recipient=tuple(sorted(recipients)),
    )
    return counts, miss


def gsr_raw_codes(data: Any) -> set[str]:
    """Every source/target code as written in the GSR file (for reporting the mapping used)."""
    found: set[str] = set()
    for item in data if isinstance(data, list) else []:
        for key in ("source", "target"):
            value = item.get(key) if isinstance(item, dict) else None
            for actor in value if isinstance(value, list) else []:
                if isinstance(actor, dict) and isinstance(actor.get("code"), str):
                    found.add(actor["code"])
    return found
