"""Writing one Document with all its records, inside a transaction the caller owns.

Ids: every row id is computed here from the row's natural key (identity.py), never by the database,
so a document's rows are the same whichever run, process or backend writes them.

Concurrency: rows shared between documents (entities, places, events) are created with
INSERT ... ON CONFLICT DO NOTHING, always in sorted key order so two writers never wait on each other
in opposite orders. Event rows are locked (FOR UPDATE on PostgreSQL; SQLite has a
single writer) before their counts are recomputed, so a concurrent writer's mentions are counted.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any
from urllib.parse import urlsplit

from sqlalchemy import Connection, Table, distinct, func, select
from sqlalchemy.dialects import postgresql, sqlite

from thucydides.records import Document, Entity, Event, Place, Quantity
from thucydides.store import dedup
from thucydides.store.identity import codes, event_id, event_key, place_key, row_id
from thucydides.store.schema import (
    document_actors,
    document_places,
    documents,
    entities,
    event_actors,
    event_contexts,
    event_mentions,
    events,
    minhash_bands,
    places,
    quantities,
    sentences,
)

EntityKey = tuple[str, str, str]


@dataclass(slots=True)
class _Ids:
    """Database ids of the shared rows one document refers to."""

    entities: dict[EntityKey, int]
    places: dict[str, int]
    sentences: dict[tuple[int, int], int]


def now_iso() -> str:
    return datetime.now(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


def source_key(source: str | None, url: str | None) -> str | None:
    """What counts as one information source: the caller's label, else the URL's host."""
    if source:
        return source
    if url:
        host = urlsplit(url).hostname
        return host.removeprefix("www.") if host else None
    return None


def insert_ignore(
    conn: Connection, table: Table, rows: list[dict[str, Any]], on: tuple[str, ...] | None = None
) -> int:
    """INSERT ... ON CONFLICT DO NOTHING on either backend; returns the number of rows inserted.

    `on` names the unique columns whose conflict is ignored (default: any conflict). Rows keyed by
    a hashed id pass their natural key here, so that two keys colliding on one id violate the
    primary key and fail the document instead of being silently taken for the same row.
    """
    if not rows:
        return 0
    dialect = postgresql if conn.dialect.name == "postgresql" else sqlite
    # Rows go in as parameters (not .values(rows)), so SQLAlchemy compiles the statement once and
    # caches it; RETURNING yields only the rows really inserted (psycopg's rowcount is -1 here).
    statement = (
        dialect.insert(table)
        .on_conflict_do_nothing(index_elements=list(on) if on else None)
        .returning(*table.primary_key.columns)
    )
    return len(conn.execute(statement, rows).all())


def save(conn: Connection, doc: Document, source: str | None) -> bool:
    """Write `doc`; False (and nothing written) when a document with its id is already stored."""
    now = now_iso()
    minhash = dedup.signature(doc.text)
    row = _document_row(doc, source, now, minhash)
    if insert_ignore(conn, documents, [row]) == 0:
        return False
    _link_near_duplicates(conn, doc.id, minhash)
    ids = _Ids(
        entities=_entity_ids(conn, _all_entities(doc)),
        places=_place_ids(conn, _all_places(doc)),
        sentences=_sentence_ids(conn, doc),
    )
    event_ids = _save_events(conn, doc, ids, now)
    _save_document_lists(conn, doc, ids)
    recount(conn, event_ids)
    return True


def _document_row(doc: Document, source: str | None, now: str, minhash: Any) -> dict[str, Any]:
    return {
        "id": doc.id, "url": doc.url, "title": doc.title, "date": doc.date, "text": doc.text,
        "caption": doc.caption, "source": source, "source_key": source_key(source, doc.url),
        "notes": "\n".join(doc.notes), "ingested_at": now, "cluster_id": doc.id,
        "minhash": dedup.to_bytes(minhash),
    }


def _link_near_duplicates(conn: Connection, doc_id: str, minhash: Any) -> None:
    """Join the cluster of the most similar earlier copy, and store this document's bands."""
    hashes = dedup.band_hashes(minhash.hashvalues)
    candidates = conn.execute(
        select(minhash_bands.c.doc_id, func.count().label("hits"))
        .where(minhash_bands.c.hash.in_(hashes), minhash_bands.c.doc_id != doc_id)
        .group_by(minhash_bands.c.doc_id)
        .order_by(func.count().desc(), minhash_bands.c.doc_id)
        .limit(dedup.MAX_CANDIDATES)
    ).all()
    best = _best_copy(conn, [c.doc_id for c in candidates], minhash.hashvalues)
    if best is not None:
        conn.execute(documents.update().where(documents.c.id == doc_id).values(cluster_id=best))
    conn.execute(
        minhash_bands.insert(),
        [{"doc_id": doc_id, "band": band, "hash": h} for band, h in enumerate(hashes)],
    )


def _best_copy(conn: Connection, candidate_ids: list[str], hashvalues: Any) -> str | None:
    """The cluster id of the candidate most similar to the new document, if any is similar enough."""
    if not candidate_ids:
        return None
    rows = conn.execute(
        select(documents.c.id, documents.c.cluster_id, documents.c.minhash).where(
            documents.c.id.in_(candidate_ids)
        )
    ).all()
    scored = [
        (dedup.jaccard(hashvalues, dedup.from_bytes(r.minhash)), r.cluster_id)
        for r in rows
        if r.minhash is not None
    ]
    similar = [s for s in scored if s[0] >= dedup.NEAR_DUPLICATE_JACCARD]
    if not similar:
        return None
    # highest similarity first; on ties the smallest cluster id, so the choice is deterministic
    return str(min(similar, key=lambda s: (-s[0], s[1]))[1])


def _all_entities(doc: Document) -> list[Entity]:
    found: list[Entity] = [m.entity for m in doc.actors]
    for event in doc.events:
        found.extend(event.actor)
        found.extend(event.recipient)
        if event.attribution and event.attribution.actor:
            found.append(event.attribution.actor)
    return found


def _all_places(doc: Document) -> list[Place]:
    return list(doc.places) + [e.location for e in doc.events if e.location is not None]


def entity_key(entity: Entity) -> EntityKey:
    return (entity.code, entity.name, entity.sector or "")


def _entity_ids(conn: Connection, found: Iterable[Entity]) -> dict[EntityKey, int]:
    unique = {entity_key(e): e for e in found}
    ids = {key: row_id("entities", *key) for key in unique}
    rows = [
        {"id": ids[key], "code": key[0], "name": key[1], "sector": key[2],
         "wikidata": unique[key].wikidata}
        for key in sorted(unique)
    ]
    insert_ignore(conn, entities, rows, on=("code", "name", "sector"))
    return ids


def _place_ids(conn: Connection, found: Iterable[Place]) -> dict[str, int]:
    unique = {place_key(p): p for p in found}
    ids = {key: row_id("places", key) for key in unique}
    rows = [
        {
            "id": ids[key], "key": key, "name": place.name, "country": place.country,
            "lat": place.lat, "lon": place.lon, "geonameid": place.geonameid,
            "feature": place.feature or "",
        }
        for key, place in sorted(unique.items())
    ]
    insert_ignore(conn, places, rows, on=("key",))
    return ids


def _sentence_ids(conn: Connection, doc: Document) -> dict[tuple[int, int], int]:
    spans = {(e.start, e.end): e.text for e in doc.events}
    ids = {span: row_id("sentences", doc.id, *span) for span in spans}
    rows = [
        {"id": ids[(start, end)], "doc_id": doc.id, "start": start, "end": end, "text": text}
        for (start, end), text in sorted(spans.items())
    ]
    if rows:
        conn.execute(sentences.insert(), rows)
    return ids


def _save_events(conn: Connection, doc: Document, ids: _Ids, now: str) -> list[str]:
    """Create or find each distinct event, lock them, then add this document's mentions."""
    keyed = [(event_id(event_key(e, doc.id, doc.date)), e) for e in doc.events]
    first_rows: dict[str, dict[str, Any]] = {}
    for eid, event in keyed:
        first_rows.setdefault(eid, _event_row(eid, event, doc, ids, now))
    for eid in sorted(first_rows):
        insert_ignore(conn, events, [first_rows[eid]])
    unique_ids = sorted(first_rows)
    if unique_ids:
        # Row locks serialise concurrent writers of the same events (no-op on SQLite).
        conn.execute(select(events.c.id).where(events.c.id.in_(unique_ids)).with_for_update()).all()
    for ordinal, (eid, event) in enumerate(keyed):
        _save_mention(conn, doc, ordinal, eid, event, ids)
    return unique_ids


def _event_row(eid: str, event: Event, doc: Document, ids: _Ids, now: str) -> dict[str, Any]:
    attribution = event.attribution
    return {
        "id": eid, "event": event.event, "mode": event.mode, "modality": event.modality,
        "date": event.date or doc.date,
        "place_id": ids.places[place_key(event.location)] if event.location else None,
        "actor_codes": " ".join(codes(event.actor)),
        "recipient_codes": " ".join(codes(event.recipient)),
        "cameo": event.cameo, "quad_class": event.quad_class, "intensity": event.intensity,
        "attribution_kind": attribution.kind if attribution else None,
        "attribution_text": attribution.text if attribution else None,
        "attribution_entity_id": _attribution_entity(event, ids),
        "first_doc_id": doc.id, "first_seen": now,
        "num_mentions": 0, "num_sources": 0, "num_articles": 0,
    }


def _attribution_entity(event: Event, ids: _Ids) -> int | None:
    if event.attribution is None or event.attribution.actor is None:
        return None
    return ids.entities[entity_key(event.attribution.actor)]


def _save_mention(
    conn: Connection, doc: Document, ordinal: int, eid: str, event: Event, ids: _Ids
) -> None:
    attribution = event.attribution
    location = event.location
    mention_id = row_id("event_mentions", doc.id, ordinal)
    conn.execute(
        event_mentions.insert()
        .values(
            id=mention_id, event_id=eid, doc_id=doc.id, ordinal=ordinal, record_id=event.id,
            sentence_id=ids.sentences[(event.start, event.end)], mode=event.mode,
            contexts=" ".join(event.context), trigger=event.trigger,
            trigger_start=event.trigger_start, trigger_end=event.trigger_end,
            start=event.start, end=event.end, date=event.date,
            place_id=ids.places[place_key(location)] if location else None,
            place_text=location.text if location else None,
            place_start=location.start if location else None,
            place_end=location.end if location else None,
            attribution_kind=attribution.kind if attribution else None,
            attribution_text=attribution.text if attribution else None,
            attribution_entity_id=_attribution_entity(event, ids),
            attribution_entity_text=attribution.actor.text if attribution and attribution.actor else None,
            cameo=event.cameo, quad_class=event.quad_class, intensity=event.intensity,
        )
    )
    _save_event_actors(conn, mention_id, eid, event, ids)
    insert_ignore(conn, event_contexts, [{"event_id": eid, "context": c} for c in sorted(set(event.context))])
    _save_quantities(conn, doc.id, mention_id, event.quantities)


def _save_event_actors(conn: Connection, mention_id: int, eid: str, event: Event, ids: _Ids) -> None:
    rows = [
        {
            "mention_id": mention_id, "role": role, "position": position, "event_id": eid,
            "entity_id": ids.entities[entity_key(entity)], "text": entity.text, "role_note": entity.role,
        }
        for role, group in (("actor", event.actor), ("recipient", event.recipient))
        for position, entity in enumerate(group)
    ]
    if rows:
        conn.execute(event_actors.insert(), rows)


def _save_quantities(
    conn: Connection, doc_id: str, mention_id: int | None, found: tuple[Quantity, ...]
) -> None:
    rows = [
        {
            "id": row_id("quantities", doc_id, mention_id, position),
            "doc_id": doc_id, "mention_id": mention_id, "position": position, "text": q.text,
            "value": float(q.value), "bound": q.bound, "object": q.object or "",
            "start": q.start, "end": q.end,
        }
        for position, q in enumerate(found)
    ]
    if rows:
        conn.execute(quantities.insert(), rows)


def _save_document_lists(conn: Connection, doc: Document, ids: _Ids) -> None:
    """The document's own actor mentions, places and quantities (show() gives them back)."""
    actor_rows = [
        {
            "doc_id": doc.id, "position": i, "entity_id": ids.entities[entity_key(m.entity)],
            "text": m.entity.text, "role_note": m.entity.role, "start": m.start, "end": m.end,
        }
        for i, m in enumerate(doc.actors)
    ]
    place_rows = [
        {
            "doc_id": doc.id, "position": i, "place_id": ids.places[place_key(p)], "text": p.text,
            "start": p.start, "end": p.end,
        }
        for i, p in enumerate(doc.places)
    ]
    if actor_rows:
        conn.execute(document_actors.insert(), actor_rows)
    if place_rows:
        conn.execute(document_places.insert(), place_rows)
    _save_quantities(conn, doc.id, None, doc.quantities)


def recount(conn: Connection, event_ids: list[str]) -> None:
    """GDELT-style counts: mentions, distinct articles, distinct sources.

    A document without a source label or URL counts as its own near-duplicate cluster: copies of
    one text with no provenance are taken as one source.
    """
    if not event_ids:
        return
    m, d = event_mentions, documents
    source = func.coalesce(d.c.source_key, d.c.cluster_id)
    conn.execute(
        events.update()
        .where(events.c.id.in_(event_ids))
        .values(
            num_mentions=select(func.count()).where(m.c.event_id == events.c.id).scalar_subquery(),
            num_articles=select(func.count(distinct(m.c.doc_id)))
            .where(m.c.event_id == events.c.id)
            .scalar_subquery(),
            num_sources=select(func.count(distinct(source)))
            .select_from(m.join(d, d.c.id == m.c.doc_id))
            .where(m.c.event_id == events.c.id)
            .scalar_subquery(),
        )
    )


def rebuild_bands(conn: Connection) -> int:
    """Recompute every document's LSH bands from its stored signature; returns documents done.

    The bands are derived data: after a change of BANDS/ROWS (or a damaged table) this rebuilds
    the near-duplicate index from documents.minhash alone.
    """
    conn.execute(minhash_bands.delete())
    done = 0
    for row in conn.execute(select(documents.c.id, documents.c.minhash).order_by(documents.c.id)):
        if row.minhash is None:
            continue
        hashes = dedup.band_hashes(dedup.from_bytes(row.minhash))
        conn.execute(
            minhash_bands.insert(),
            [{"doc_id": row.id, "band": band, "hash": h} for band, h in enumerate(hashes)],
        )
        done += 1
    return done
