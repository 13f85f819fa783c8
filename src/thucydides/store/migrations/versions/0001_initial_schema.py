"""Initial schema: documents, sentences, entities, places, events and their mentions.

Revision ID: 0001
Revises:
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0001"
down_revision = None
branch_labels = None
depends_on = None

# Row ids are hashes of natural keys (store/identity.py row_id), never database-generated: BIGINT,
# and INTEGER on SQLite so that the id is the rowid. autoincrement=False keeps PostgreSQL from
# attaching a sequence (a sequence is what made a killed-then-rerun ingest differ from a clean one).
ROW_ID = sa.BigInteger().with_variant(sa.Integer(), "sqlite")


def upgrade() -> None:
    op.create_table(
        "documents",
        sa.Column("id", sa.String(length=32), nullable=False),
        sa.Column("url", sa.Text(), nullable=True),
        sa.Column("title", sa.Text(), nullable=True),
        sa.Column("date", sa.String(length=10), nullable=True),
        sa.Column("text", sa.Text(), nullable=False),
        sa.Column("caption", sa.Text(), nullable=True),
        sa.Column("source", sa.Text(), nullable=True),
        sa.Column("source_key", sa.Text(), nullable=True),
        sa.Column("notes", sa.Text(), nullable=False),
        sa.Column("ingested_at", sa.String(length=20), nullable=False),
        sa.Column("cluster_id", sa.String(length=32), nullable=False),
        sa.Column("minhash", sa.LargeBinary(), nullable=True),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_documents")),
    )
    with op.batch_alter_table("documents", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_documents_cluster_id"), ["cluster_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_documents_date"), ["date"], unique=False)
        batch_op.create_index(batch_op.f("ix_documents_url"), ["url"], unique=False)

    op.create_table(
        "entities",
        sa.Column("id", ROW_ID, autoincrement=False, nullable=False),
        sa.Column("code", sa.String(length=16), nullable=False),
        sa.Column("name", sa.Text(), nullable=False),
        sa.Column("sector", sa.String(length=16), nullable=False),
        sa.Column("wikidata", sa.String(length=32), nullable=True),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_entities")),
        sa.UniqueConstraint("code", "name", "sector", name=op.f("uq_entities_code_name_sector")),
    )
    with op.batch_alter_table("entities", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_entities_code"), ["code"], unique=False)

    op.create_table(
        "places",
        sa.Column("id", ROW_ID, autoincrement=False, nullable=False),
        sa.Column("key", sa.Text(), nullable=False),
        sa.Column("name", sa.Text(), nullable=False),
        sa.Column("country", sa.String(length=8), nullable=False),
        sa.Column("lat", sa.Float(), nullable=False),
        sa.Column("lon", sa.Float(), nullable=False),
        sa.Column("geonameid", sa.BigInteger(), nullable=True),
        sa.Column("feature", sa.String(length=16), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_places")),
        sa.UniqueConstraint("key", name=op.f("uq_places_key")),
    )
    op.create_table(
        "document_actors",
        sa.Column("doc_id", sa.String(length=32), nullable=False),
        sa.Column("position", sa.Integer(), autoincrement=False, nullable=False),
        sa.Column("entity_id", ROW_ID, nullable=False),
        sa.Column("text", sa.Text(), nullable=False),
        sa.Column("role_note", sa.Text(), nullable=True),
        sa.Column("start", sa.Integer(), nullable=False),
        sa.Column("end", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["doc_id"], ["documents.id"], name=op.f("fk_document_actors_doc_id_documents"), ondelete="CASCADE"
        ),
        sa.ForeignKeyConstraint(
            ["entity_id"], ["entities.id"], name=op.f("fk_document_actors_entity_id_entities")
        ),
        sa.PrimaryKeyConstraint("doc_id", "position", name=op.f("pk_document_actors")),
    )
    with op.batch_alter_table("document_actors", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_document_actors_entity_id"), ["entity_id"], unique=False)

    op.create_table(
        "document_places",
        sa.Column("doc_id", sa.String(length=32), nullable=False),
        sa.Column("position", sa.Integer(), autoincrement=False, nullable=False),
        sa.Column("place_id", ROW_ID, nullable=False),
        sa.Column("text", sa.Text(), nullable=False),
        sa.Column("start", sa.Integer(), nullable=True),
        sa.Column("end", sa.Integer(), nullable=True),
        sa.ForeignKeyConstraint(
            ["doc_id"], ["documents.id"], name=op.f("fk_document_places_doc_id_documents"), ondelete="CASCADE"
        ),
        sa.ForeignKeyConstraint(["place_id"], ["places.id"], name=op.f("fk_document_places_place_id_places")),
        sa.PrimaryKeyConstraint("doc_id", "position", name=op.f("pk_document_places")),
    )
    op.create_table(
        "events",
        sa.Column("id", sa.String(length=32), nullable=False),
        sa.Column("event", sa.String(length=16), nullable=False),
        sa.Column("mode", sa.String(length=32), nullable=True),
        sa.Column("modality", sa.String(length=16), nullable=False),
        sa.Column("date", sa.String(length=10), nullable=True),
        sa.Column("place_id", ROW_ID, nullable=True),
        sa.Column("actor_codes", sa.Text(), nullable=False),
        sa.Column("recipient_codes", sa.Text(), nullable=False),
        sa.Column("cameo", sa.String(length=8), nullable=False),
        sa.Column("quad_class", sa.Integer(), nullable=False),
        sa.Column("intensity", sa.Float(), nullable=False),
        sa.Column("attribution_kind", sa.String(length=16), nullable=True),
        sa.Column("attribution_text", sa.Text(), nullable=True),
        sa.Column("attribution_entity_id", ROW_ID, nullable=True),
        sa.Column("first_doc_id", sa.String(length=32), nullable=False),
        sa.Column("first_seen", sa.String(length=20), nullable=False),
        sa.Column("num_mentions", sa.Integer(), nullable=False),
        sa.Column("num_sources", sa.Integer(), nullable=False),
        sa.Column("num_articles", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["attribution_entity_id"], ["entities.id"], name=op.f("fk_events_attribution_entity_id_entities")
        ),
        sa.ForeignKeyConstraint(
            ["first_doc_id"], ["documents.id"], name=op.f("fk_events_first_doc_id_documents")
        ),
        sa.ForeignKeyConstraint(["place_id"], ["places.id"], name=op.f("fk_events_place_id_places")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_events")),
    )
    with op.batch_alter_table("events", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_events_date"), ["date"], unique=False)
        batch_op.create_index(batch_op.f("ix_events_event_mode"), ["event", "mode"], unique=False)

    op.create_table(
        "minhash_bands",
        sa.Column("doc_id", sa.String(length=32), nullable=False),
        sa.Column("band", sa.Integer(), autoincrement=False, nullable=False),
        sa.Column("hash", sa.BigInteger(), nullable=False),
        sa.ForeignKeyConstraint(
            ["doc_id"], ["documents.id"], name=op.f("fk_minhash_bands_doc_id_documents"), ondelete="CASCADE"
        ),
        sa.PrimaryKeyConstraint("doc_id", "band", name=op.f("pk_minhash_bands")),
    )
    with op.batch_alter_table("minhash_bands", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_minhash_bands_hash"), ["hash"], unique=False)

    op.create_table(
        "sentences",
        sa.Column("id", ROW_ID, autoincrement=False, nullable=False),
        sa.Column("doc_id", sa.String(length=32), nullable=False),
        sa.Column("start", sa.Integer(), nullable=False),
        sa.Column("end", sa.Integer(), nullable=False),
        sa.Column("text", sa.Text(), nullable=False),
        sa.ForeignKeyConstraint(
            ["doc_id"], ["documents.id"], name=op.f("fk_sentences_doc_id_documents"), ondelete="CASCADE"
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_sentences")),
        sa.UniqueConstraint("doc_id", "start", "end", name=op.f("uq_sentences_doc_id_start_end")),
    )
    op.create_table(
        "event_contexts",
        sa.Column("event_id", sa.String(length=32), nullable=False),
        sa.Column("context", sa.String(length=32), nullable=False),
        sa.ForeignKeyConstraint(
            ["event_id"], ["events.id"], name=op.f("fk_event_contexts_event_id_events"), ondelete="CASCADE"
        ),
        sa.PrimaryKeyConstraint("event_id", "context", name=op.f("pk_event_contexts")),
    )
    with op.batch_alter_table("event_contexts", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_event_contexts_context"), ["context"], unique=False)

    op.create_table(
        "event_mentions",
        sa.Column("id", ROW_ID, autoincrement=False, nullable=False),
        sa.Column("event_id", sa.String(length=32), nullable=False),
        sa.Column("doc_id", sa.String(length=32), nullable=False),
        sa.Column("ordinal", sa.Integer(), nullable=False),
        sa.Column("record_id", sa.String(length=64), nullable=False),
        sa.Column("sentence_id", ROW_ID, nullable=False),
        sa.Column("mode", sa.String(length=32), nullable=True),
        sa.Column("contexts", sa.Text(), nullable=False),
        sa.Column("trigger", sa.Text(), nullable=False),
        sa.Column("trigger_start", sa.Integer(), nullable=True),
        sa.Column("trigger_end", sa.Integer(), nullable=True),
        sa.Column("start", sa.Integer(), nullable=False),
        sa.Column("end", sa.Integer(), nullable=False),
        sa.Column("date", sa.String(length=10), nullable=True),
        sa.Column("place_id", ROW_ID, nullable=True),
        sa.Column("place_text", sa.Text(), nullable=True),
        sa.Column("place_start", sa.Integer(), nullable=True),
        sa.Column("place_end", sa.Integer(), nullable=True),
        sa.Column("attribution_kind", sa.String(length=16), nullable=True),
        sa.Column("attribution_text", sa.Text(), nullable=True),
        sa.Column("attribution_entity_id", ROW_ID, nullable=True),
        sa.Column("attribution_entity_text", sa.Text(), nullable=True),
        sa.Column("cameo", sa.String(length=8), nullable=False),
        sa.Column("quad_class", sa.Integer(), nullable=False),
        sa.Column("intensity", sa.Float(), nullable=False),
        sa.ForeignKeyConstraint(
            ["attribution_entity_id"],
            ["entities.id"],
            name=op.f("fk_event_mentions_attribution_entity_id_entities"),
        ),
        sa.ForeignKeyConstraint(
            ["doc_id"], ["documents.id"], name=op.f("fk_event_mentions_doc_id_documents"), ondelete="CASCADE"
        ),
        sa.ForeignKeyConstraint(
            ["event_id"], ["events.id"], name=op.f("fk_event_mentions_event_id_events"), ondelete="CASCADE"
        ),
        sa.ForeignKeyConstraint(["place_id"], ["places.id"], name=op.f("fk_event_mentions_place_id_places")),
        sa.ForeignKeyConstraint(
            ["sentence_id"], ["sentences.id"], name=op.f("fk_event_mentions_sentence_id_sentences")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_event_mentions")),
        sa.UniqueConstraint("doc_id", "ordinal", name=op.f("uq_event_mentions_doc_id_ordinal")),
    )
    with op.batch_alter_table("event_mentions", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_event_mentions_event_id"), ["event_id"], unique=False)

    op.create_table(
        "event_actors",
        sa.Column("mention_id", ROW_ID, nullable=False),
        sa.Column("role", sa.String(length=16), nullable=False),
        sa.Column("position", sa.Integer(), autoincrement=False, nullable=False),
        sa.Column("event_id", sa.String(length=32), nullable=False),
        sa.Column("entity_id", ROW_ID, nullable=False),
        sa.Column("text", sa.Text(), nullable=False),
        sa.Column("role_note", sa.Text(), nullable=True),
        sa.ForeignKeyConstraint(
            ["entity_id"], ["entities.id"], name=op.f("fk_event_actors_entity_id_entities")
        ),
        sa.ForeignKeyConstraint(
            ["event_id"], ["events.id"], name=op.f("fk_event_actors_event_id_events"), ondelete="CASCADE"
        ),
        sa.ForeignKeyConstraint(
            ["mention_id"],
            ["event_mentions.id"],
            name=op.f("fk_event_actors_mention_id_event_mentions"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("mention_id", "role", "position", name=op.f("pk_event_actors")),
    )
    with op.batch_alter_table("event_actors", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_event_actors_entity_id_role"), ["entity_id", "role"], unique=False
        )
        batch_op.create_index(batch_op.f("ix_event_actors_event_id"), ["event_id"], unique=False)

    op.create_table(
        "quantities",
        sa.Column("id", ROW_ID, autoincrement=False, nullable=False),
        sa.Column("doc_id", sa.String(length=32), nullable=False),
        sa.Column("mention_id", ROW_ID, nullable=True),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("text", sa.Text(), nullable=False),
        sa.Column("value", sa.Float(), nullable=False),
        sa.Column("bound", sa.String(length=16), nullable=False),
        sa.Column("object", sa.Text(), nullable=False),
        sa.Column("start", sa.Integer(), nullable=False),
        sa.Column("end", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["doc_id"], ["documents.id"], name=op.f("fk_quantities_doc_id_documents"), ondelete="CASCADE"
        ),
        sa.ForeignKeyConstraint(
            ["mention_id"],
            ["event_mentions.id"],
            name=op.f("fk_quantities_mention_id_event_mentions"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_quantities")),
    )
    with op.batch_alter_table("quantities", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_quantities_doc_id"), ["doc_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_quantities_mention_id"), ["mention_id"], unique=False)


def downgrade() -> None:
    with op.batch_alter_table("quantities", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_quantities_mention_id"))
        batch_op.drop_index(batch_op.f("ix_quantities_doc_id"))

    op.drop_table("quantities")
    with op.batch_alter_table("event_actors", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_event_actors_event_id"))
        batch_op.drop_index(batch_op.f("ix_event_actors_entity_id_role"))

    op.drop_table("event_actors")
    with op.batch_alter_table("event_mentions", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_event_mentions_event_id"))

    op.drop_table("event_mentions")
    with op.batch_alter_table("event_contexts", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_event_contexts_context"))

    op.drop_table("event_contexts")
    op.drop_table("sentences")
    with op.batch_alter_table("minhash_bands", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_minhash_bands_hash"))

    op.drop_table("minhash_bands")
    with op.batch_alter_table("events", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_events_event_mode"))
        batch_op.drop_index(batch_op.f("ix_events_date"))

    op.drop_table("events")
    op.drop_table("document_places")
    with op.batch_alter_table("document_actors", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_document_actors_entity_id"))

    op.drop_table("document_actors")
    op.drop_table("places")
    with op.batch_alter_table("entities", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_entities_code"))

    op.drop_table("entities")
    with op.batch_alter_table("documents", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_documents_url"))
        batch_op.drop_index(batch_op.f("ix_documents_date"))
        batch_op.drop_index(batch_op.f("ix_documents_cluster_id"))

    op.drop_table("documents")
