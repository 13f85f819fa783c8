"""The event store: SQLite (default) or PostgreSQL, one transaction per document, GDELT-style counts.

    >>> from thucydides import store
    >>> with store.Database.open("sqlite:///events.db") as db:        # doctest: +SKIP
    ...     db.save_document(doc, source="reuters")
    ...     store.events(db, actor="RUS", since="2024-11-01")
    ...     store.dyads(db, type="ASSAULT", as_frame="pandas")

Event identity (when mentions in several articles are one event) is documented in identity.py.
"""

from thucydides.store.database import DEFAULT_URL, Database, normalise_url
from thucydides.store.identity import event_id, event_key
from thucydides.store.queries import (
    ActorCount,
    Dyad,
    EventFilter,
    StoredDocument,
    StoredEvent,
    actors,
    dyads,
    events,
    show,
)

__all__ = [
    "DEFAULT_URL",
    "ActorCount",
    "Database",
    "Dyad",
    "EventFilter",
    "StoredDocument",
    "StoredEvent",
    "actors",
    "dyads",
    "event_id",
    "event_key",
    "events",
    "normalise_url",
    "show",
]
