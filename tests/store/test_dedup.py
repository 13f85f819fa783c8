"""Near-duplicate clusters and GDELT-style event counting."""

from __future__ import annotations

import dataclasses

import pytest
from sqlalchemy import func, select

from conftest import ATTACK, attack_doc, make_event, simple_doc
from thucydides.extract import document_id
from thucydides.records import Document
from thucydides.store import Database, events, show
from thucydides.store.schema import minhash_bands

pytestmark = pytest.mark.store

WIRE = (
    "Russian forces launched a large drone attack on Kyiv overnight, the city's military "
    "administration said on Monday. Air defences shot down most of the drones, but debris fell on "
    "several districts, damaging homes and a school. Russia attacked Ukraine with drones overnight, "
    "killing 12 people in Kyiv. Ukrainian officials called for more air defence systems from "
    "Western partners, while Moscow said it had targeted military infrastructure. The attack was "
    "the largest on the capital in weeks, according to local authorities."
)


def copy_of(text: str) -> str:
    """A wire copy: another outlet's dateline and byline, the last sentence dropped."""
    return "KYIV (Wire) - " + text.rsplit(" The attack", 1)[0] + " Reporting by Staff."


def wire_doc(text: str, url: str, date: str = "2024-11-18") -> Document:
    return simple_doc(text, url=url, date=date)


def test_wire_copies_join_one_cluster(db: Database) -> None:
    original = wire_doc(WIRE, "https://a.example/1")
    copy = wire_doc(copy_of(WIRE), "https://b.example/2")
    unrelated = attack_doc(url="https://c.example/3")
    for doc in (original, copy, unrelated):
        assert db.save_document(doc)
    assert show(db, copy.id).cluster_id == original.id
    assert show(db, original.id).copies == (copy.id,)
    assert show(db, unrelated.id).cluster_id == unrelated.id


def test_an_event_in_several_articles_is_counted_not_repeated(db: Database) -> None:
    a = wire_doc(WIRE, "https://www.reuters.example/a")
    b = wire_doc(copy_of(WIRE), "https://apnews.example/b")
    c = wire_doc("Kyiv, Monday. " + ATTACK + " Rescue work goes on.", "https://reuters.example/c")
    for doc in (a, b, c):
        db.save_document(doc)
    found = events(db, type="ASSAULT")
    assert len(found) == 1
    event = found[0]
    # three articles; two sources (reuters.example twice, www. stripped), three mentions
    assert (event.num_mentions, event.num_articles, event.num_sources) == (3, 3, 2)


def test_two_mentions_in_one_article(db: Database) -> None:
    doc = attack_doc()
    again = make_event(ATTACK, doc.text, record_id="e3")
    db.save_document(dataclasses.replace(doc, events=(*doc.events, again)))
    event = events(db, type="ASSAULT")[0]
    assert (event.num_mentions, event.num_articles, event.num_sources) == (2, 1, 1)


def test_explicit_source_wins_over_url(db: Database) -> None:
    a = wire_doc(WIRE, "https://one.example/a")
    b = wire_doc("Breaking. " + ATTACK, "https://two.example/b")
    db.save_document(a, source="agency")
    db.save_document(b, source="agency")
    assert events(db)[0].num_sources == 1


def test_different_modality_or_date_is_another_event(db: Database) -> None:
    text = f"{ATTACK} Officials denied it. Last year: {ATTACK}"
    denied = make_event(ATTACK, text, modality="negated", record_id="n")
    earlier = make_event(ATTACK, text, date="2023-11-17", record_id="o")
    doc = simple_doc(text)
    db.save_document(dataclasses.replace(doc, events=(*doc.events, denied, earlier)))
    assert len(events(db, type="ASSAULT")) == 3


def test_undated_events_merge_only_within_their_article(db: Database) -> None:
    first = attack_doc(url="https://x.example/1", date=None)
    second_text = "Breaking. " + first.text
    second = attack_doc(second_text, url="https://y.example/2", date=None)
    for doc in (first, second):
        undated = tuple(dataclasses.replace(e, date=None) for e in doc.events)
        db.save_document(dataclasses.replace(doc, events=undated))
    assert len(events(db, type="ASSAULT")) == 2


def test_near_duplicate_index_is_rebuildable(db: Database) -> None:
    original = wire_doc(WIRE, "https://a.example/1")
    db.save_document(original)
    with db.read() as conn:
        before = conn.execute(select(minhash_bands).order_by(minhash_bands.c.band)).all()
    assert db.rebuild_near_duplicate_index() == 1
    with db.read() as conn:
        after = conn.execute(select(minhash_bands).order_by(minhash_bands.c.band)).all()
        assert conn.execute(select(func.count()).select_from(minhash_bands)).scalar_one() == 32
    assert before == after
    # a copy saved after the rebuild still finds the original
    copy = wire_doc(copy_of(WIRE), "https://b.example/2")
    db.save_document(copy)
    assert show(db, document_id(copy_of(WIRE))).cluster_id == original.id
