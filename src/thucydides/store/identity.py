"""Event identity: when two mentions (in one article or in many) are the same event.

The identity key of an event mention is

    (date, PLOVER type, mode, sorted actor codes, sorted recipient codes, modality, location)

- date: the event's own date, else its document's date. A mention with neither is only ever merged
  within its own document (the key then carries the document id): without a date, "Russia attacked
  Ukraine" in two unrelated articles would otherwise collapse into one event.
- actor and recipient codes are the Entity codes (ISO alpha-3 or IGO/NGO/...), deduplicated and
  sorted, without sectors: "Russian troops attacked" and "Russia attacked" on the same day at the
  same place are one event reported twice (GDELT and ICEWS dedupe the same way on country codes).
- modality is part of the identity: a denied attack is not the attack.
- location: the gazetteer place (geonameid, else name|country), empty when the event has none.

The event's id is the first 16 hex digits of SHA-256 over the key, so every writer, in any process,
computes the same id without asking the database.

Every other row id (entities, places, sentences, mentions, quantities) is derived the same way from
the row's natural key, as a positive 63-bit integer (`row_id`): no sequences, so a transaction rolled
back or killed midway burns nothing, and a rerun after a crash writes exactly the ids a clean run
writes, on SQLite and PostgreSQL alike. Integers keep the joins and indexes narrow (and on SQLite
the id is the rowid itself). Two natural keys meeting on one id has odds of about n^2 / 2^64 (1e-5
at ten million rows); write.py makes such a collision fail the document loudly, never merge rows.
"""

from __future__ import annotations

import hashlib
import json

from thucydides.records import Entity, Event, Place


def place_key(place: Place) -> str:
    """One gazetteer place: its geonameid when known, else its name and country."""
    if place.geonameid is not None:
        return f"gn:{place.geonameid}"
    return f"{place.name}|{place.country}"


def codes(entities: tuple[Entity, ...]) -> tuple[str, ...]:
    return tuple(sorted({e.code for e in entities}))


def event_key(event: Event, doc_id: str, doc_date: str | None) -> tuple[str, ...]:
    """The identity key of one event mention (see the module docstring)."""
    date = event.date or doc_date
    return (
        date or f"undated:{doc_id}",
        event.event,
        event.mode or "",
        " ".join(codes(event.actor)),
        " ".join(codes(event.recipient)),
        event.modality,
        place_key(event.location) if event.location else "",
    )


def event_id(key: tuple[str, ...]) -> str:
    return hashlib.sha256(json.dumps(key).encode("utf-8")).hexdigest()[:16]


def row_id(table: str, *key: str | int | None) -> int:
    """A positive 63-bit id from a row's table and natural key (fits BIGINT and SQLite's rowid)."""
    digest = hashlib.sha256(json.dumps([table, *key]).encode("utf-8")).digest()
    return int.from_bytes(digest[:8], "big") >> 1
