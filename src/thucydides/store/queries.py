"""One query function per view: events, actors, dyads, show. The CLI, the HTTP API and the web
dashboard all call these; every value reaches SQL as a bound parameter.

Each function takes a Database (or a URL, opened and closed around the call) and returns frozen
records, or a pandas/Polars DataFrame with `as_frame="pandas"|"polars"`.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from dataclasses import asdict, dataclass, fields
from typing import Any, Literal

from sqlalchemy import ColumnElement, Connection, Row, and_, case, distinct, func, or_, select

from thucydides.errors import DependencyError, StoreError
from thucydides.records import Attribution, Document, Entity, Event, Mention, Place, Quantity
from thucydides.store import schema
from thucydides.store.database import Database
from thucydides.store.schema import (
    document_actors,
    document_places,
    documents,
    entities,
    event_actors,
    event_contexts,
    event_mentions,
    places,
    quantities,
    sentences,
)

FrameKind = Literal["pandas", "polars"]
# the events table; the name `events` belongs to the view function below
ev = schema.events
DEFAULT_LIMIT = 100


@dataclass(frozen=True, slots=True)
class EventFilter:
    """Filters shared by events(), dyads() and export. `actor`/`recipient` match an entity code
    (RUS, IGO) or an entity name (case-insensitive); `place` a place name or its country code;
    `text` a substring of any evidence sentence; `since`/`until` are inclusive YYYY-MM-DD."""

    actor: str | None = None
    recipient: str | None = None
    type: str | None = None
    mode: str | None = None
    context: str | None = None
    modality: str | None = None
    since: str | None = None
    until: str | None = None
    place: str | None = None
    text: str | None = None


@dataclass(frozen=True, slots=True)
class StoredEvent:
    """One distinct event with its GDELT-style counts and the evidence of its first mention."""

    id: str
    event: str
    mode: str | None
    context: tuple[str, ...]
    modality: str
    date: str | None
    actor: tuple[Entity, ...]
    recipient: tuple[Entity, ...]
    location: Place | None
    attribution: Attribution | None
    cameo: str
    quad_class: int
    intensity: float
    num_mentions: int
    num_sources: int
    num_articles: int
    doc_id: str
    url: str | None
    title: str | None
    text: str
    trigger: str
    start: int
    end: int
    first_seen: str
    in_lead: bool

    def to_dict(self) -> dict[str, Any]:
        data = {f.name: getattr(self, f.name) for f in fields(self)}
        data["context"] = list(self.context)
        data["actor"] = [a.to_dict() for a in self.actor]
        data["recipient"] = [r.to_dict() for r in self.recipient]
        data["location"] = self.location.to_dict() if self.location else None
        data["attribution"] = self.attribution.to_dict() if self.attribution else None
        return data

    def to_row(self) -> dict[str, Any]:
        """A flat row (CSV, Parquet, DataFrames): entity lists become 'CODE:SECTOR:name' joined by ';'."""
        return {
            "id": self.id, "date": self.date, "event": self.event, "mode": self.mode,
            "context": ";".join(self.context), "modality": self.modality,
            "actor": _entities_text(self.actor), "actor_codes": ";".join(e.code for e in self.actor),
            "recipient": _entities_text(self.recipient),
            "recipient_codes": ";".join(e.code for e in self.recipient),
            "place": self.location.name if self.location else None,
            "country": self.location.country if self.location else None,
            "lat": self.location.lat if self.location else None,
            "lon": self.location.lon if self.location else None,
            "attribution_kind": self.attribution.kind if self.attribution else None,
            "attribution_text": self.attribution.text if self.attribution else None,
            "cameo": self.cameo, "quad_class": self.quad_class, "intensity": self.intensity,
            "num_mentions": self.num_mentions, "num_sources": self.num_sources,
            "num_articles": self.num_articles, "doc_id": self.doc_id, "url": self.url,
            "title": self.title, "trigger": self.trigger, "text": self.text,
            "start": self.start, "end": self.end,
        }


@dataclass(frozen=True, slots=True)
class ActorCount:
    code: str
    name: str
    sector: str
    wikidata: str | None
    events: int
    as_actor: int
    as_recipient: int

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)

    to_row = to_dict


@dataclass(frozen=True, slots=True)
class Dyad:
    actor: str
    recipient: str
    events: int
    mentions: int
    mean_intensity: float

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)

    to_row = to_dict


@dataclass(frozen=True, slots=True)
class StoredDocument:
    """An article as stored, with its extracted records; `event_ids[i]` is the distinct event that
    `document.events[i]` was counted under; `copies` are its near-duplicates (same cluster)."""

    document: Document
    source: str | None
    ingested_at: str
    cluster_id: str
    copies: tuple[str, ...]
    event_ids: tuple[str, ...]

    def to_dict(self) -> dict[str, Any]:
        return {
            **self.document.to_dict(include_text=True), "source": self.source,
            "ingested_at": self.ingested_at, "cluster_id": self.cluster_id, "copies": list(self.copies),
            "event_ids": list(self.event_ids),
        }


# ---------------------------------------------------------------------------------------------
# views


def events(
    db: Database | str | None = None,
    *,
    limit: int | None = DEFAULT_LIMIT,
    offset: int = 0,
    as_frame: FrameKind | None = None,
    **filters: str | None,
) -> Any:
    """Distinct events matching the filters (EventFilter's fields), newest first."""
    where = EventFilter(**filters)
    with _database(db) as database, database.read() as conn:
        found = fetch_events(conn, where, limit=limit, offset=offset)
    return _maybe_frame(found, as_frame)


def actors(
    db: Database | str | None = None,
    *,
    code: str | None = None,
    sector: str | None = None,
    limit: int | None = DEFAULT_LIMIT,
    offset: int = 0,
    as_frame: FrameKind | None = None,
) -> Any:
    """Entities with how many distinct events they take part in, most active first."""
    ea, en = event_actors, entities
    as_role = {
        role: func.count(distinct(_case_event(ea.c.role == role, ea.c.event_id)))
        for role in ("actor", "recipient")
    }
    query = (
        select(
            en.c.code, en.c.name, en.c.sector, en.c.wikidata,
            func.count(distinct(ea.c.event_id)).label("events"),
            as_role["actor"].label("as_actor"), as_role["recipient"].label("as_recipient"),
        )
        .select_from(en.join(ea, ea.c.entity_id == en.c.id))
        .group_by(en.c.id, en.c.code, en.c.name, en.c.sector, en.c.wikidata)
        .order_by(func.count(distinct(ea.c.event_id)).desc(), en.c.code, en.c.name, en.c.sector)
        .limit(limit)
        .offset(offset)
    )
    if code:
        query = query.where(en.c.code == code.upper())
    if sector:
        query = query.where(en.c.sector == sector.upper())
    with _database(db) as database, database.read() as conn:
        found = [ActorCount(**row._asdict()) for row in conn.execute(query)]
    return _maybe_frame(found, as_frame)


def dyads(
    db: Database | str | None = None,
    *,
    limit: int | None = DEFAULT_LIMIT,
    offset: int = 0,
    as_frame: FrameKind | None = None,
    **filters: str | None,
) -> Any:
    """(actor code, recipient code) pairs: distinct events, mentions and mean intensity."""
    where = EventFilter(**filters)
    side = {role: _codes_by_role(role) for role in ("actor", "recipient")}
    a, r = side["actor"], side["recipient"]
    count = func.count()
    query = (
        select(
            a.c.code.label("actor"), r.c.code.label("recipient"), count.label("events"),
            func.sum(ev.c.num_mentions).label("mentions"),
            func.avg(ev.c.intensity).label("mean_intensity"),
        )
        .select_from(
            a.join(r, r.c.event_id == a.c.event_id).join(ev, ev.c.id == a.c.event_id)
        )
        .where(*event_conditions(where))
        .group_by(a.c.code, r.c.code)
        .order_by(count.desc(), a.c.code, r.c.code)
        .limit(limit)
        .offset(offset)
    )
    with _database(db) as database, database.read() as conn:
        found = [
            Dyad(row.actor, row.recipient, int(row.events), int(row.mentions or 0),
                 round(float(row.mean_intensity), 4))
            for row in conn.execute(query)
        ]
    return _maybe_frame(found, as_frame)


def show(db: Database | str | None, doc_id: str) -> StoredDocument:
    """The stored article with its events; StoreError T501 when there is no such document."""
    with _database(db) as database, database.read() as conn:
        row = conn.execute(select(documents).where(documents.c.id == doc_id)).first()
        if row is None:
            raise StoreError("T501", doc_id=doc_id)
        return _stored_document(conn, row)


# ---------------------------------------------------------------------------------------------
# events: query building and loading


def event_conditions(where: EventFilter) -> list[ColumnElement[bool]]:
    """SQL conditions on `events` for each filter that is set."""
    e = ev.c
    conditions: list[ColumnElement[bool]] = []
    for role in ("actor", "recipient"):
        value = getattr(where, role)
        if value:
            conditions.append(e.id.in_(_events_with_entity(role, value)))
    simple = {"type": (e.event, str.upper), "mode": (e.mode, str.lower), "modality": (e.modality, str.lower)}
    for name, (column, norm) in simple.items():
        value = getattr(where, name)
        if value:
            conditions.append(column == norm(value))
    if where.context:
        contexts = select(event_contexts.c.event_id).where(event_contexts.c.context == where.context.lower())
        conditions.append(e.id.in_(contexts))
    if where.since:
        conditions.append(e.date >= where.since)
    if where.until:
        conditions.append(e.date <= where.until)
    if where.place:
        conditions.append(e.place_id.in_(_places_named(where.place)))
    if where.text:
        conditions.append(e.id.in_(_events_with_text(where.text)))
    return conditions


def _events_with_entity(role: str, value: str) -> Any:
    match = or_(entities.c.code == value.upper(), func.lower(entities.c.name) == value.lower())
    return (
        select(event_actors.c.event_id)
        .join(entities, entities.c.id == event_actors.c.entity_id)
        .where(event_actors.c.role == role, match)
    )


def _places_named(value: str) -> Any:
    return select(places.c.id).where(
        or_(func.lower(places.c.name) == value.lower(), places.c.country == value.upper())
    )


def _events_with_text(value: str) -> Any:
    return (
        select(event_mentions.c.event_id)
        .join(sentences, sentences.c.id == event_mentions.c.sentence_id)
        .where(func.lower(sentences.c.text).contains(value.lower(), autoescape=True))
    )


def _codes_by_role(role: str) -> Any:
    return (
        select(event_actors.c.event_id, entities.c.code)
        .join(entities, entities.c.id == event_actors.c.entity_id)
        .where(event_actors.c.role == role)
        .distinct()
        .subquery(f"{role}_codes")
    )


def _case_event(condition: ColumnElement[bool], value: Any) -> Any:
    return case((condition, value), else_=None)


def fetch_events(
    conn: Connection, where: EventFilter, *, limit: int | None, offset: int = 0
) -> list[StoredEvent]:
    """One page of distinct events, newest first (undated last), with their first mention.

    The first mention is the earliest one in the event's first document (mention ids are hashes,
    so "first" is a position, never the smallest id).
    """
    m = event_mentions
    first = (
        select(m.c.event_id, m.c.doc_id, func.min(m.c.ordinal).label("ordinal"))
        .group_by(m.c.event_id, m.c.doc_id)
        .subquery("first_mention")
    )
    lead = select(event_mentions.c.event_id).where(event_mentions.c.ordinal == 0)
    query = (
        select(
            ev, m.c.id.label("mention_id"), m.c.trigger, m.c.start, m.c.end,
            m.c.attribution_entity_text,
            sentences.c.text.label("evidence"), documents.c.url, documents.c.title,
            ev.c.id.in_(lead).label("in_lead"),
        )
        .select_from(
            ev.join(first, and_(first.c.event_id == ev.c.id, first.c.doc_id == ev.c.first_doc_id))
            .join(m, and_(m.c.doc_id == first.c.doc_id, m.c.ordinal == first.c.ordinal))
            .join(sentences, sentences.c.id == m.c.sentence_id)
            .join(documents, documents.c.id == ev.c.first_doc_id)
        )
        .where(*event_conditions(where))
        .order_by(ev.c.date.desc().nulls_last(), ev.c.id)
        .limit(limit)
        .offset(offset)
    )
    rows = conn.execute(query).all()
    return _load_events(conn, rows)


def iter_events(conn: Connection, where: EventFilter, *, page: int = 1000) -> Iterator[StoredEvent]:
    """Every matching event, a page at a time (exports)."""
    offset = 0
    while True:
        batch = fetch_events(conn, where, limit=page, offset=offset)
        yield from batch
        if len(batch) < page:
            return
        offset += page


def _load_events(conn: Connection, rows: Sequence[Row[Any]]) -> list[StoredEvent]:
    mention_ids = [r.mention_id for r in rows]
    event_ids = [r.id for r in rows]
    by_mention = _mention_entities(conn, mention_ids)
    contexts = _contexts(conn, event_ids)
    place_rows = _rows_by_id(conn, places, {r.place_id for r in rows if r.place_id is not None})
    entity_rows = _rows_by_id(
        conn, entities, {r.attribution_entity_id for r in rows if r.attribution_entity_id is not None}
    )
    result = []
    for r in rows:
        attribution = None
        if r.attribution_kind:
            entity_row = entity_rows.get(r.attribution_entity_id)
            actor = None
            if entity_row is not None:
                actor = _entity(entity_row, r.attribution_entity_text or entity_row.name)
            attribution = Attribution(text=r.attribution_text or "", kind=r.attribution_kind, actor=actor)
        place_row = place_rows.get(r.place_id)
        result.append(
            StoredEvent(
                id=r.id, event=r.event, mode=r.mode, context=tuple(contexts.get(r.id, ())),
                modality=r.modality, date=r.date,
                actor=tuple(by_mention[(r.mention_id, "actor")]),
                recipient=tuple(by_mention[(r.mention_id, "recipient")]),
                location=_place(place_row, place_row.name) if place_row is not None else None,
                attribution=attribution, cameo=r.cameo, quad_class=r.quad_class,
                intensity=float(r.intensity), num_mentions=r.num_mentions, num_sources=r.num_sources,
                num_articles=r.num_articles, doc_id=r.first_doc_id, url=r.url, title=r.title,
                text=r.evidence, trigger=r.trigger, start=r.start, end=r.end,
                first_seen=r.first_seen, in_lead=bool(r.in_lead),
            )
        )
    return result


def _mention_entities(conn: Connection, mention_ids: list[int]) -> dict[tuple[int, str], list[Entity]]:
    found: dict[tuple[int, str], list[Entity]] = defaultdict(list)
    if not mention_ids:
        return found
    query = (
        select(event_actors.c.mention_id, event_actors.c.role, event_actors.c.text,
               event_actors.c.role_note, entities)
        .join(entities, entities.c.id == event_actors.c.entity_id)
        .where(event_actors.c.mention_id.in_(mention_ids))
        .order_by(event_actors.c.mention_id, event_actors.c.role, event_actors.c.position)
    )
    for row in conn.execute(query):
        found[(row.mention_id, row.role)].append(_entity(row, row.text, row.role_note))
    return found


def _contexts(conn: Connection, event_ids: list[str]) -> dict[str, list[str]]:
    found: dict[str, list[str]] = defaultdict(list)
    if event_ids:
        query = (
            select(event_contexts)
            .where(event_contexts.c.event_id.in_(event_ids))
            .order_by(event_contexts.c.event_id, event_contexts.c.context)
        )
        for row in conn.execute(query):
            found[row.event_id].append(row.context)
    return found


def _rows_by_id(conn: Connection, table: Any, ids: set[int]) -> dict[int, Row[Any]]:
    if not ids:
        return {}
    return {row.id: row for row in conn.execute(select(table).where(table.c.id.in_(sorted(ids))))}


def _entity(row: Any, text: str, role: str | None = None) -> Entity:
    return Entity(
        text=text, name=row.name, code=row.code, sector=row.sector, wikidata=row.wikidata, role=role
    )


def _place(row: Any, text: str, start: int | None = None, end: int | None = None) -> Place:
    return Place(
        text=text, name=row.name, country=row.country, lat=row.lat, lon=row.lon,
        geonameid=row.geonameid, feature=row.feature, start=start, end=end,
    )


def _entities_text(group: tuple[Entity, ...]) -> str:
    return ";".join(f"{e.code}:{e.sector}:{e.name}" for e in group)


# ---------------------------------------------------------------------------------------------
# show: rebuild the Document


def _stored_document(conn: Connection, row: Row[Any]) -> StoredDocument:
    doc_id = row.id
    mentions = conn.execute(
        select(event_mentions, sentences.c.text.label("evidence"))
        .join(sentences, sentences.c.id == event_mentions.c.sentence_id)
        .where(event_mentions.c.doc_id == doc_id)
        .order_by(event_mentions.c.ordinal)
    ).all()
    quantity_rows = conn.execute(
        select(quantities).where(quantities.c.doc_id == doc_id).order_by(quantities.c.position)
    ).all()
    by_mention = _mention_entities(conn, [m.id for m in mentions])
    document = Document(
        id=doc_id, title=row.title, date=row.date, url=row.url, caption=row.caption, text=row.text,
        events=tuple(_mention_event(conn, m, by_mention, quantity_rows) for m in mentions),
        actors=_document_actors(conn, doc_id),
        places=_document_places(conn, doc_id),
        quantities=tuple(_quantity(q) for q in quantity_rows if q.mention_id is None),
        notes=tuple(row.notes.split("\n")) if row.notes else (),
    )
    copies = conn.execute(
        select(documents.c.id)
        .where(documents.c.cluster_id == row.cluster_id, documents.c.id != doc_id)
        .order_by(documents.c.id)
    ).scalars()
    return StoredDocument(
        document=document, source=row.source, ingested_at=row.ingested_at, cluster_id=row.cluster_id,
        copies=tuple(copies), event_ids=tuple(m.event_id for m in mentions),
    )


def _mention_event(
    conn: Connection,
    m: Row[Any],
    by_mention: dict[tuple[int, str], list[Entity]],
    quantity_rows: Sequence[Row[Any]],
) -> Event:
    location = None
    if m.place_id is not None:
        place_row = _rows_by_id(conn, places, {m.place_id})[m.place_id]
        location = _place(place_row, m.place_text or place_row.name, m.place_start, m.place_end)
    attribution = None
    if m.attribution_kind:
        actor = None
        if m.attribution_entity_id is not None:
            entity_row = _rows_by_id(conn, entities, {m.attribution_entity_id})[m.attribution_entity_id]
            actor = _entity(entity_row, m.attribution_entity_text or entity_row.name)
        attribution = Attribution(text=m.attribution_text or "", kind=m.attribution_kind, actor=actor)
    return Event(
        id=m.record_id, event=_event_type(conn, m.event_id), mode=m.mode,
        context=tuple(m.contexts.split()) if m.contexts else (),
        actor=tuple(by_mention[(m.id, "actor")]), recipient=tuple(by_mention[(m.id, "recipient")]),
        modality=_event_modality(conn, m.event_id), attribution=attribution,
        quantities=tuple(_quantity(q) for q in quantity_rows if q.mention_id == m.id),
        location=location, date=m.date, quad_class=m.quad_class, intensity=float(m.intensity),
        trigger=m.trigger, text=m.evidence, start=m.start, end=m.end, cameo=m.cameo,
        trigger_start=m.trigger_start, trigger_end=m.trigger_end,
    )


def _event_type(conn: Connection, event_id: str) -> str:
    return str(conn.execute(select(ev.c.event).where(ev.c.id == event_id)).scalar_one())


def _event_modality(conn: Connection, event_id: str) -> Any:
    return conn.execute(select(ev.c.modality).where(ev.c.id == event_id)).scalar_one()


def _quantity(row: Row[Any]) -> Quantity:
    return Quantity(
        text=row.text, value=row.value, bound=row.bound, object=row.object, start=row.start, end=row.end
    )


def _document_actors(conn: Connection, doc_id: str) -> tuple[Mention, ...]:
    rows = conn.execute(
        select(document_actors.c.text, document_actors.c.role_note, document_actors.c.start,
               document_actors.c.end, entities)
        .join(entities, entities.c.id == document_actors.c.entity_id)
        .where(document_actors.c.doc_id == doc_id)
        .order_by(document_actors.c.position)
    )
    return tuple(Mention(_entity(r, r.text, r.role_note), r.start, r.end) for r in rows)


def _document_places(conn: Connection, doc_id: str) -> tuple[Place, ...]:
    rows = conn.execute(
        select(document_places.c.text.label("mention_text"), document_places.c.start,
               document_places.c.end, places)
        .join(places, places.c.id == document_places.c.place_id)
        .where(document_places.c.doc_id == doc_id)
        .order_by(document_places.c.position)
    )
    return tuple(_place(r, r.mention_text, r.start, r.end) for r in rows)


# ---------------------------------------------------------------------------------------------
# plumbing


@contextmanager
def _database(db: Database | str | None) -> Iterator[Database]:
    """Use the caller's Database, or open (and close) one from a URL."""
    if isinstance(db, Database):
        yield db
        return
    with Database.open(db) as opened:
        yield opened


def _maybe_frame(records: list[Any], as_frame: FrameKind | None) -> Any:
    if as_frame is None:
        return records
    return to_frame([r.to_row() for r in records], as_frame)


def to_frame(rows: list[dict[str, Any]], kind: FrameKind) -> Any:
    """A pandas or Polars DataFrame from flat rows, importing the library only now."""
    if kind == "pandas":
        try:
            import pandas
        except ImportError as exc:
            feature = "as_frame='pandas'"
            raise DependencyError("T400", feature=feature, extra="parquet", reason=str(exc)) from exc
        return pandas.DataFrame.from_records(rows)
    if kind == "polars":
        try:
            import polars
        except ImportError as exc:
            feature = "as_frame='polars'"
            raise DependencyError("T400", feature=feature, extra="polars", reason=str(exc)) from exc
        return polars.from_dicts(rows, infer_schema_length=None) if rows else polars.DataFrame()
    raise StoreError("T503", what="frame kind", value=kind, expected="pandas, polars")


__all__ = [
    "ActorCount",
    "Dyad",
    "EventFilter",
    "StoredDocument",
    "StoredEvent",
    "actors",
    "dyads",
    "events",
    "fetch_events",
    "iter_events",
    "show",
    "to_frame",
]
