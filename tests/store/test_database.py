"""Database: schema from migrations, idempotent and atomic saves, concurrent writers."""

from __future__ import annotations

import dataclasses
import multiprocessing

import pytest
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from sqlalchemy import func, inspect, select, text

from conftest import ATTACK, BASE_TEXT, attack_doc, make_event
from thucydides.errors import StoreError
from thucydides.extract import document_id
from thucydides.records import Document, Quantity
from thucydides.store import Database, normalise_url, show
from thucydides.store.identity import row_id
from thucydides.store.migrate import current, head
from thucydides.store.schema import ALL_TABLES, documents, events, metadata

pytestmark = pytest.mark.store


def table_counts(db: Database) -> dict[str, int]:
    with db.read() as conn:
        return {t.name: conn.execute(select(func.count()).select_from(t)).scalar_one() for t in ALL_TABLES}


def variant(n: int) -> Document:
    """A distinct article (different text and id) with the same records."""
    text = BASE_TEXT + f" Update {n}: " + " ".join(f"word{n}x{i}" for i in range(40))
    return attack_doc(text, url=f"https://example.org/{n}")


def test_migrations_create_the_schema_from_empty(db: Database) -> None:
    with db.read() as conn:
        names = set(inspect(conn).get_table_names())
        assert {t.name for t in ALL_TABLES} | {"alembic_version"} <= names
        assert current(conn) == head()
        # the migrated database is exactly the schema the code queries
        assert compare_metadata(MigrationContext.configure(conn), metadata) == []


def test_open_again_keeps_the_data(db_url: str) -> None:
    with Database.open(db_url) as db:
        assert db.save_document(attack_doc())
    with Database.open(db_url) as db:
        assert db.has_document(attack_doc().id)


def test_url_normalisation() -> None:
    assert normalise_url("postgresql://u:p@h/db") == "postgresql+psycopg://u:p@h/db"
    assert normalise_url("postgres://u@h/db") == "postgresql+psycopg://u@h/db"
    assert normalise_url("sqlite:///x.db") == "sqlite:///x.db"


def test_default_url_is_sqlite_in_cwd(tmp_path, monkeypatch) -> None:
    monkeypatch.chdir(tmp_path)
    monkeypatch.delenv("THUCYDIDES_DB", raising=False)
    with Database.open() as db:
        assert db.dialect == "sqlite"
    assert (tmp_path / "thucydides.db").exists()


def test_bad_url_is_a_store_error() -> None:
    with pytest.raises(StoreError, match="T500"):
        Database.open("not a url")


def test_save_twice_adds_nothing(db: Database) -> None:
    doc = attack_doc()
    assert db.save_document(doc, source="example") is True
    before = table_counts(db)
    assert db.save_document(doc, source="example") is False
    assert db.save_document(doc) is False
    assert table_counts(db) == before
    assert before["documents"] == 1 and before["events"] == 2 and before["event_mentions"] == 2


def test_has_document(db: Database) -> None:
    doc = attack_doc()
    assert not db.has_document(doc.id)
    db.save_document(doc)
    assert db.has_document(doc.id)


def test_show_gives_the_document_back(db: Database) -> None:
    doc = attack_doc()
    db.save_document(doc, source="example")
    stored = show(db, doc.id)
    assert stored.document == doc
    assert stored.source == "example"
    assert stored.cluster_id == doc.id and stored.copies == ()
    assert len(stored.event_ids) == 2


def test_show_unknown_document(db: Database) -> None:
    with pytest.raises(StoreError, match="T501"):
        show(db, "0000000000000000")


def test_a_failure_midway_leaves_nothing(db: Database) -> None:
    # The document's last rows (its own quantities) violate NOT NULL, after the document row, its
    # bands, entities, events and mentions were written: all of it must roll back.
    doc = attack_doc()
    broken = Quantity(text="x", value=1, bound=None, object="", start=0, end=1)  # type: ignore[arg-type]
    bad = dataclasses.replace(doc, quantities=(*doc.quantities, broken))
    with pytest.raises(StoreError, match="T500"):
        db.save_document(bad)
    assert not db.has_document(doc.id)
    assert all(n == 0 for n in table_counts(db).values())
    # and the same document, repaired, saves normally afterwards
    assert db.save_document(doc)


def test_failure_does_not_touch_earlier_documents(db: Database) -> None:
    db.save_document(attack_doc())
    before = table_counts(db)
    other = variant(1)
    # a mention without a trigger fails at NOT NULL after its event row was created
    bad_event = dataclasses.replace(make_event(ATTACK, other.text), trigger=None)
    with pytest.raises(StoreError):
        db.save_document(dataclasses.replace(other, events=(bad_event,)))
    assert table_counts(db) == before


def test_one_entity_row_per_actor(db: Database) -> None:
    for n in range(5):
        db.save_document(variant(n))
    with db.read() as conn:
        from thucydides.store.schema import entities

        names = conn.execute(select(entities.c.code, entities.c.name, entities.c.sector)).all()
    assert len(names) == len(set(names)) == 5  # RUS, RUS GOV, UKR, USA GOV, IGO NATO


def _save_all(url: str, ids: list[int]) -> list[bool]:
    with Database.open(url) as db:
        return [db.save_document(variant(n), source=f"src{n % 3}") for n in ids]


def test_concurrent_writers(db_url: str) -> None:
    """Four processes save overlapping document sets at once: each document is stored once."""
    Database.open(db_url).close()
    plans = [list(range(0, 12)), list(range(6, 18)), list(range(11, -1, -1)), list(range(17, 5, -1))]
    with multiprocessing.get_context("spawn").Pool(4) as pool:
        results = pool.starmap(_save_all, [(db_url, plan) for plan in plans])
    assert sum(sum(r) for r in results) == 18  # True exactly once per document
    with Database.open(db_url) as db:
        counts = table_counts(db)
        assert counts["documents"] == 18
        assert counts["event_mentions"] == 36
        with db.read() as conn:
            counted = select(events.c.num_mentions, events.c.num_articles, events.c.num_sources)
            rows = conn.execute(counted).all()
    # all 18 articles report the same two events (same date, actors, place)
    assert sorted(rows) == [(18, 18, 3), (18, 18, 3)]


def test_document_ids_are_text_hashes(db: Database) -> None:
    doc = attack_doc()
    assert doc.id == document_id(doc.text)
    db.save_document(doc)
    with db.read() as conn:
        assert conn.execute(select(documents.c.id)).scalar_one() == document_id(BASE_TEXT)


def test_a_database_from_a_newer_version_is_refused(db_url: str) -> None:
    with Database.open(db_url) as db, db.transaction() as conn:
        conn.execute(text("UPDATE alembic_version SET version_num = 'fffffff'"))
    with pytest.raises(StoreError, match="T502"):
        Database.open(db_url)


def _rows_without_timestamps(db: Database) -> dict[str, list[tuple[object, ...]]]:
    kept = {t.name: [c for c in t.columns if c.name not in ("ingested_at", "first_seen")] for t in ALL_TABLES}
    with db.read() as conn:
        return {name: sorted(map(tuple, conn.execute(select(*cols))), key=repr) for name, cols in kept.items()}


def test_a_rolled_back_document_burns_no_ids(db: Database, tmp_path) -> None:
    """Ids come from content, not sequences: a failed save, then the same saves, equals a clean run
    row for row, ids included, and the ids are the same on every backend (the clean run is SQLite)."""
    broken = Quantity(text="x", value=1, bound=None, object="", start=0, end=1)  # type: ignore[arg-type]
    with pytest.raises(StoreError, match="T500"):
        db.save_document(dataclasses.replace(variant(1), quantities=(broken,)))
    db.save_document(variant(2), source="a")
    db.save_document(variant(1), source="b")
    with Database.open(f"sqlite:///{tmp_path / 'clean.db'}") as clean:
        clean.save_document(variant(2), source="a")
        clean.save_document(variant(1), source="b")
        assert _rows_without_timestamps(db) == _rows_without_timestamps(clean)


def test_row_ids_are_hashes_of_natural_keys(db: Database) -> None:
    db.save_document(attack_doc())
    with db.read() as conn:
        from thucydides.store.schema import entities, places

        entity_ids = dict(conn.execute(select(entities.c.code + entities.c.sector, entities.c.id)).all())
        place_ids = dict(conn.execute(select(places.c.key, places.c.id)).all())
    assert entity_ids["RUSGOV"] == row_id("entities", "RUS", "Russia", "GOV")
    assert place_ids["gn:703448"] == row_id("places", "gn:703448")
    assert 0 < place_ids["gn:703448"] < 2**63
