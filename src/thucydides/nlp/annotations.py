"""What our pipeline components attach to a spaCy Doc, as plain typed objects.

Everything lives under one Doc extension, `doc._.thuc` (an Annotations); `to_records` is the only
reader that turns it into output records. Token indices refer to the Doc.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from thucydides.knowledge.base import ActorEntry, PlaceEntry

BLOCK_KINDS = ("dateline", "caption", "heading", "paragraph")


@dataclass(frozen=True, slots=True)
class Block:
    start: int  # first token
    end: int  # one past the last token
    kind: str


@dataclass(frozen=True, slots=True)
class ActorRef:
    """An actor as coded in one place of the text. `code` "" means a sector-only actor ("police")
    whose country was not stated; to_records fills it from the event's or document's country.
    `placeholder` marks a stand-in the text never named ("unidentified attackers", "civilians")."""

    text: str
    name: str
    code: str
    sector: str
    wikidata: str | None = None
    role: str | None = None
    placeholder: bool = False


@dataclass(frozen=True, slots=True)
class ActorMention:
    start: int
    end: int
    entry: ActorEntry
    ref: ActorRef


@dataclass(frozen=True, slots=True)
class PlaceMention:
    start: int
    end: int
    text: str
    place: PlaceEntry


@dataclass(frozen=True, slots=True)
class QuantityMention:
    start: int
    end: int
    value: float
    bound: str
    object: str
    head: int  # token index of the counted noun (or the number itself when there is none)


@dataclass(frozen=True, slots=True)
class AttributionNote:
    text: str
    kind: str
    actor: ActorRef | None


@dataclass
class EventNote:
    trigger: int
    trigger_end: int
    event: str
    mode: str | None
    cameo: str
    contexts: list[str]
    actors: list[ActorRef]
    recipients: list[ActorRef]
    modality: str = "asserted"
    attribution: AttributionNote | None = None
    quantities: list[QuantityMention] = field(default_factory=list)
    place: PlaceMention | None = None
    date: str | None = None


@dataclass
class Annotations:
    date: str | None = None
    blocks: list[Block] = field(default_factory=list)
    actors: list[ActorMention] = field(default_factory=list)
    places: list[PlaceMention] = field(default_factory=list)
    quantities: list[QuantityMention] = field(default_factory=list)
    events: list[EventNote] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)
