"""Frozen record types: the typed output of extraction (DESIGN.md, "The output contract").

`to_dict()` gives exactly the JSON contract (plus documented extensions); `from_dict()` reads it
back, so stores, workers and Spark partitions can move records as plain JSON.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, Literal

Modality = Literal["asserted", "negated", "hypothetical", "conditional", "future", "historical"]
Bound = Literal["exact", "approximate", "upper", "lower"]
AttributionKind = Literal["named", "unnamed"]

MODALITIES: tuple[str, ...] = ("asserted", "negated", "hypothetical", "conditional", "future", "historical")
BOUNDS: tuple[str, ...] = ("exact", "approximate", "upper", "lower")


@dataclass(frozen=True, slots=True)
class Entity:
    """An actor as coded: `code` is ISO 3166 alpha-3 or a non-state code (IGO, NGO, ...).

    `role` (extension) says which dated role decided the code, e.g. "head of government of RUS
    (role valid on 2024-11-18)" or "... (latest role; document has no date)".
    """

    text: str
    name: str
    code: str
    sector: str = ""
    wikidata: str | None = None
    role: str | None = None

    def to_dict(self) -> dict[str, Any]:
        return {
            "text": self.text, "name": self.name, "code": self.code, "sector": self.sector,
            "wikidata": self.wikidata, "role": self.role,
        }

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Entity:
        return cls(
            text=data["text"], name=data["name"], code=data["code"], sector=data.get("sector") or "",
            wikidata=data.get("wikidata"), role=data.get("role"),
        )


@dataclass(frozen=True, slots=True)
class Mention:
    """An actor mention: the entity plus its character offsets in the document."""

    entity: Entity
    start: int
    end: int

    def to_dict(self) -> dict[str, Any]:
        return {**self.entity.to_dict(), "start": self.start, "end": self.end}

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Mention:
        return cls(entity=Entity.from_dict(data), start=data["start"], end=data["end"])


@dataclass(frozen=True, slots=True)
class Place:
    text: str
    name: str
    country: str
    lat: float
    lon: float
    geonameid: int | None = None
    feature: str = ""
    start: int | None = None
    end: int | None = None

    def to_dict(self) -> dict[str, Any]:
        return {
            "text": self.text, "name": self.name, "country": self.country, "lat": self.lat,
            "lon": self.lon, "geonameid": self.geonameid, "feature": self.feature,
            "start": self.start, "end": self.end,
        }

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Place:
        return cls(
            text=data["text"], name=data["name"], country=data["country"], lat=float(data["lat"]),
            lon=float(data["lon"]), geonameid=data.get("geonameid"), feature=data.get("feature") or "",
            start=data.get("start"), end=data.get("end"),
        )


@dataclass(frozen=True, slots=True)
class Quantity:
    text: str
    value: float
    bound: Bound
    object: str
    start: int
    end: int

    def to_dict(self) -> dict[str, Any]:
        value: float | int = int(self.value) if float(self.value).is_integer() else self.value
        return {
            "text": self.text, "value": value, "bound": self.bound, "object": self.object,
            "start": self.start, "end": self.end,
        }

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Quantity:
        return cls(
            text=data["text"], value=data["value"], bound=data["bound"], object=data.get("object") or "",
            start=data["start"], end=data["end"],
        )


@dataclass(frozen=True, slots=True)
class Attribution:
    """Who says so: a named source ("according to X", "X said") or an unnamed one ("reportedly")."""

    text: str
    kind: AttributionKind
    actor: Entity | None = None

    def to_dict(self) -> dict[str, Any]:
        return {"text": self.text, "kind": self.kind, "actor": self.actor.to_dict() if self.actor else None}

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Attribution:
        actor = data.get("actor")
        return cls(text=data["text"], kind=data["kind"], actor=Entity.from_dict(actor) if actor else None)


@dataclass(frozen=True, slots=True)
class Event:
    """One PLOVER event with its evidence. `start`/`end` are the evidence sentence's offsets.

    Extensions beyond the contract: `cameo` (CAMEO root code), `trigger_start`/`trigger_end`.
    """

    id: str
    event: str
    mode: str | None
    context: tuple[str, ...]
    actor: tuple[Entity, ...]
    recipient: tuple[Entity, ...]
    modality: Modality
    attribution: Attribution | None
    quantities: tuple[Quantity, ...]
    location: Place | None
    date: str | None
    quad_class: int
    intensity: float
    trigger: str
    text: str
    start: int
    end: int
    cameo: str = ""
    trigger_start: int | None = None
    trigger_end: int | None = None

    def to_dict(self) -> dict[str, Any]:
        return {
            "id": self.id, "event": self.event, "mode": self.mode, "context": list(self.context),
            "actor": [a.to_dict() for a in self.actor],
            "recipient": [r.to_dict() for r in self.recipient],
            "modality": self.modality,
            "attribution": self.attribution.to_dict() if self.attribution else None,
            "quantities": [q.to_dict() for q in self.quantities],
            "location": self.location.to_dict() if self.location else None,
            "date": self.date, "quad_class": self.quad_class, "intensity": self.intensity,
            "trigger": self.trigger, "text": self.text, "start": self.start, "end": self.end,
            "cameo": self.cameo, "trigger_start": self.trigger_start, "trigger_end": self.trigger_end,
        }

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Event:
        attribution = data.get("attribution")
        location = data.get("location")
        return cls(
            id=data["id"], event=data["event"], mode=data.get("mode"),
            context=tuple(data.get("context") or ()),
            actor=tuple(Entity.from_dict(a) for a in data.get("actor") or ()),
            recipient=tuple(Entity.from_dict(r) for r in data.get("recipient") or ()),
            modality=data["modality"],
            attribution=Attribution.from_dict(attribution) if attribution else None,
            quantities=tuple(Quantity.from_dict(q) for q in data.get("quantities") or ()),
            location=Place.from_dict(location) if location else None,
            date=data.get("date"), quad_class=int(data["quad_class"]), intensity=float(data["intensity"]),
            trigger=data["trigger"], text=data["text"], start=data["start"], end=data["end"],
            cameo=data.get("cameo") or "", trigger_start=data.get("trigger_start"),
            trigger_end=data.get("trigger_end"),
        )


@dataclass(frozen=True, slots=True)
class Document:
    """An article and everything extracted from it.

    `text` is the full input text (offsets point into it); it is left out of `to_dict()` unless
    asked for, to keep the JSON contract lean. `notes` (extension) carries what a reader should
    know about the whole record, e.g. "no document date: roles taken as latest".
    """

    id: str
    title: str | None
    date: str | None
    url: str | None
    caption: str | None
    text: str
    events: tuple[Event, ...] = ()
    actors: tuple[Mention, ...] = ()
    places: tuple[Place, ...] = ()
    quantities: tuple[Quantity, ...] = ()
    notes: tuple[str, ...] = field(default=())

    def to_dict(self, *, include_text: bool = False) -> dict[str, Any]:
        data: dict[str, Any] = {
            "id": self.id, "title": self.title, "date": self.date, "url": self.url, "caption": self.caption,
            "events": [e.to_dict() for e in self.events],
            "actors": [m.to_dict() for m in self.actors],
            "places": [p.to_dict() for p in self.places],
            "quantities": [q.to_dict() for q in self.quantities],
            "notes": list(self.notes),
        }
        if include_text:
            data["text"] = self.text
        return data

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Document:
        return cls(
            id=data["id"], title=data.get("title"), date=data.get("date"), url=data.get("url"),
            caption=data.get("caption"), text=data.get("text") or "",
            events=tuple(Event.from_dict(e) for e in data.get("events") or ()),
            actors=tuple(Mention.from_dict(m) for m in data.get("actors") or ()),
            places=tuple(Place.from_dict(p) for p in data.get("places") or ()),
            quantities=tuple(Quantity.from_dict(q) for q in data.get("quantities") or ()),
            notes=tuple(data.get("notes") or ()),
        )


@dataclass(frozen=True, slots=True)
class Article:
    """Input to extraction: the text and the metadata a reader found beside it."""

    text: str
    title: str | None = None
    date: str | None = None
    url: str | None = None
    source: str | None = None
