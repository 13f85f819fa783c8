"""The store's tables (SQLAlchemy Core). Migrations in `migrations/versions/` create exactly these;
a test compares the migrated database with this metadata, so the two cannot drift apart.

Dates are ISO strings (YYYY-MM-DD; timestamps YYYY-MM-DDTHH:MM:SSZ): they sort and compare the same
way on SQLite and PostgreSQL, and the records carry them as strings anyway.
"""

from __future__ import annotations

from sqlalchemy import (
    BigInteger,
    Column,
    Float,
    ForeignKey,
    Index,
    Integer,
    LargeBinary,
    MetaData,
    String,
    Table,
    Text,
    UniqueConstraint,
)

# Named constraints, so that migrations can address them on both backends.
metadata = MetaData(
    naming_convention={
        "ix": "ix_%(table_name)s_%(column_0_N_name)s",
        "uq": "uq_%(table_name)s_%(column_0_N_name)s",
        "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
        "pk": "pk_%(table_name)s",
    }
)

documents = Table(
    "documents",
    metadata,
    # Document.id: a hash of the normalised text; the primary key is what makes saving idempotent.
    Column("id", String(32), primary_key=True),
    Column("url", Text),
    Column("title", Text),
    Column("date", String(10)),
    Column("text", Text, nullable=False),
    Column("caption", Text),
    Column("source", Text),
    # source, else the URL's host: what num_sources counts (see write.py).
    Column("source_key", Text),
    Column("notes", Text, nullable=False, default=""),
    Column("ingested_at", String(20), nullable=False),
    # id of the earliest document of its near-duplicate cluster (itself when it has no copy).
    Column("cluster_id", String(32), nullable=False),
    Column("minhash", LargeBinary),
    Index(None, "date"),
    Index(None, "cluster_id"),
    Index(None, "url"),
)

# LSH bands of each document's MinHash; the hash includes the band number, so one indexed
# equality finds candidates. Rebuildable from documents.minhash.
minhash_bands = Table(
    "minhash_bands",
    metadata,
    Column("doc_id", String(32), ForeignKey("documents.id", ondelete="CASCADE"), primary_key=True),
    Column("band", Integer, primary_key=True, autoincrement=False),
    Column("hash", BigInteger, nullable=False),
    Index(None, "hash"),
)

sentences = Table(
    "sentences",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("doc_id", String(32), ForeignKey("documents.id", ondelete="CASCADE"), nullable=False),
    Column("start", Integer, nullable=False),
    Column("end", Integer, nullable=False),
    Column("text", Text, nullable=False),
    UniqueConstraint("doc_id", "start", "end"),
)

entities = Table(
    "entities",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("code", String(16), nullable=False),
    Column("name", Text, nullable=False),
    Column("sector", String(16), nullable=False, default=""),
    Column("wikidata", String(32)),
    UniqueConstraint("code", "name", "sector"),
    Index(None, "code"),
)

places = Table(
    "places",
    metadata,
    Column("id", Integer, primary_key=True),
    # "gn:<geonameid>" or "<name>|<country>": one row per gazetteer place.
    Column("key", Text, nullable=False, unique=True),
    Column("name", Text, nullable=False),
    Column("country", String(8), nullable=False),
    Column("lat", Float, nullable=False),
    Column("lon", Float, nullable=False),
    Column("geonameid", BigInteger),
    Column("feature", String(16), nullable=False, default=""),
)

events = Table(
    "events",
    metadata,
    # A hash of the event identity key (identity.py): one row per distinct event.
    Column("id", String(32), primary_key=True),
    Column("event", String(16), nullable=False),
    Column("mode", String(32)),
    Column("modality", String(16), nullable=False),
    Column("date", String(10)),
    Column("place_id", Integer, ForeignKey("places.id")),
    Column("actor_codes", Text, nullable=False, default=""),
    Column("recipient_codes", Text, nullable=False, default=""),
    Column("cameo", String(8), nullable=False, default=""),
    Column("quad_class", Integer, nullable=False),
    Column("intensity", Float, nullable=False),
    Column("attribution_kind", String(16)),
    Column("attribution_text", Text),
    Column("attribution_entity_id", Integer, ForeignKey("entities.id")),
    Column("first_doc_id", String(32), ForeignKey("documents.id"), nullable=False),
    Column("first_seen", String(20), nullable=False),
    Column("num_mentions", Integer, nullable=False, default=0),
    Column("num_sources", Integer, nullable=False, default=0),
    Column("num_articles", Integer, nullable=False, default=0),
    Index(None, "date"),
    Index(None, "event", "mode"),
)

event_contexts = Table(
    "event_contexts",
    metadata,
    Column("event_id", String(32), ForeignKey("events.id", ondelete="CASCADE"), primary_key=True),
    Column("context", String(32), primary_key=True),
    Index(None, "context"),
)

event_mentions = Table(
    "event_mentions",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("event_id", String(32), ForeignKey("events.id", ondelete="CASCADE"), nullable=False),
    Column("doc_id", String(32), ForeignKey("documents.id", ondelete="CASCADE"), nullable=False),
    # position of the Event in Document.events, so show() gives the events back in order.
    Column("ordinal", Integer, nullable=False),
    Column("record_id", String(64), nullable=False),
    Column("sentence_id", Integer, ForeignKey("sentences.id"), nullable=False),
    Column("mode", String(32)),
    Column("contexts", Text, nullable=False, default=""),
    Column("trigger", Text, nullable=False),
    Column("trigger_start", Integer),
    Column("trigger_end", Integer),
    Column("start", Integer, nullable=False),
    Column("end", Integer, nullable=False),
    Column("date", String(10)),
    Column("place_id", Integer, ForeignKey("places.id")),
    Column("place_text", Text),
    Column("place_start", Integer),
    Column("place_end", Integer),
    Column("attribution_kind", String(16)),
    Column("attribution_text", Text),
    Column("attribution_entity_id", Integer, ForeignKey("entities.id")),
    Column("attribution_entity_text", Text),
    Column("cameo", String(8), nullable=False, default=""),
    Column("quad_class", Integer, nullable=False),
    Column("intensity", Float, nullable=False),
    UniqueConstraint("doc_id", "ordinal"),
    Index(None, "event_id"),
)

event_actors = Table(
    "event_actors",
    metadata,
    Column("mention_id", Integer, ForeignKey("event_mentions.id", ondelete="CASCADE"), primary_key=True),
    Column("role", String(16), primary_key=True),  # "actor" | "recipient"
    Column("position", Integer, primary_key=True, autoincrement=False),
    # denormalised from the mention: the actor/recipient filters and dyads work per event.
    Column("event_id", String(32), ForeignKey("events.id", ondelete="CASCADE"), nullable=False),
    Column("entity_id", Integer, ForeignKey("entities.id"), nullable=False),
    Column("text", Text, nullable=False),
    Column("role_note", Text),
    Index(None, "entity_id", "role"),
    Index(None, "event_id"),
)

quantities = Table(
    "quantities",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("doc_id", String(32), ForeignKey("documents.id", ondelete="CASCADE"), nullable=False),
    # NULL for the document's own quantity list; set for a quantity tied to an event mention.
    Column("mention_id", Integer, ForeignKey("event_mentions.id", ondelete="CASCADE")),
    Column("position", Integer, nullable=False),
    Column("text", Text, nullable=False),
    Column("value", Float, nullable=False),
    Column("bound", String(16), nullable=False),
    Column("object", Text, nullable=False, default=""),
    Column("start", Integer, nullable=False),
    Column("end", Integer, nullable=False),
    Index(None, "doc_id"),
    Index(None, "mention_id"),
)

document_actors = Table(
    "document_actors",
    metadata,
    Column("doc_id", String(32), ForeignKey("documents.id", ondelete="CASCADE"), primary_key=True),
    Column("position", Integer, primary_key=True, autoincrement=False),
    Column("entity_id", Integer, ForeignKey("entities.id"), nullable=False),
    Column("text", Text, nullable=False),
    Column("role_note", Text),
    Column("start", Integer, nullable=False),
    Column("end", Integer, nullable=False),
    Index(None, "entity_id"),
)

document_places = Table(
    "document_places",
    metadata,
    Column("doc_id", String(32), ForeignKey("documents.id", ondelete="CASCADE"), primary_key=True),
    Column("position", Integer, primary_key=True, autoincrement=False),
    Column("place_id", Integer, ForeignKey("places.id"), nullable=False),
    Column("text", Text, nullable=False),
    Column("start", Integer),
    Column("end", Integer),
)

ALL_TABLES: tuple[Table, ...] = tuple(metadata.sorted_tables)
