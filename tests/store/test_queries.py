"""Every query view and every filter, on hand-built documents."""

from __future__ import annotations

import dataclasses

import pytest

from conftest import ATTACK, simple_doc
from thucydides.errors import StoreError
from thucydides.store import Database, actors, dyads, events
from thucydides.store.export import ROW_COLUMNS

pytestmark = pytest.mark.store


def kinds(db: Database, **filters: str) -> list[str]:
    return [e.event for e in events(db, **filters)]


@pytest.mark.parametrize(
    ("filters", "expected"),
    [
        ({}, ["PROTEST", "ASSAULT", "THREATEN", "ASSAULT"]),
        ({"actor": "RUS"}, ["ASSAULT"]),
        ({"actor": "russia"}, ["ASSAULT"]),  # entity name, any case
        ({"actor": "IGO"}, ["ASSAULT"]),
        ({"recipient": "RUS"}, ["THREATEN", "ASSAULT"]),
        ({"recipient": "ukr"}, ["ASSAULT"]),
        ({"type": "assault"}, ["ASSAULT", "ASSAULT"]),
        ({"mode": "aerial"}, ["ASSAULT"]),
        ({"mode": "demo"}, ["PROTEST"]),
        ({"context": "military"}, ["ASSAULT", "THREATEN", "ASSAULT"]),
        ({"context": "economic"}, ["PROTEST"]),
        ({"modality": "hypothetical"}, ["ASSAULT"]),
        ({"modality": "negated"}, []),
        ({"since": "2024-11-01"}, ["PROTEST", "ASSAULT", "THREATEN"]),
        ({"until": "2024-11-17"}, ["ASSAULT", "THREATEN", "ASSAULT"]),
        ({"since": "2024-11-17", "until": "2024-11-17"}, ["ASSAULT", "THREATEN"]),
        ({"place": "kyiv"}, ["PROTEST", "ASSAULT"]),
        ({"place": "Kursk Oblast"}, ["ASSAULT"]),
        ({"place": "RUS"}, ["ASSAULT"]),  # country code of the place
        ({"text": "50%"}, ["PROTEST"]),
        ({"text": "50_"}, []),  # LIKE wildcards in the text are literal
        ({"text": "WARNED"}, ["THREATEN"]),
        ({"type": "ASSAULT", "since": "2024-11-01"}, ["ASSAULT"]),
        ({"actor": "USA", "recipient": "RUS", "context": "diplomatic"}, ["THREATEN"]),
    ],
)
def test_event_filters(filled: Database, filters: dict[str, str], expected: list[str]) -> None:
    found = events(filled, **filters)
    assert [e.event for e in found] == expected


def test_newest_first_with_limit_and_offset(filled: Database) -> None:
    everything = events(filled)
    assert [e.date for e in everything] == ["2024-12-01", "2024-11-17", "2024-11-17", "2024-10-01"]
    page = events(filled, limit=2, offset=1)
    assert [e.id for e in page] == [e.id for e in everything[1:3]]
    assert events(filled, limit=None) == everything


def test_event_record_contents(filled: Database) -> None:
    (threat,) = events(filled, type="THREATEN")
    assert [a.code for a in threat.actor] == ["USA"] and threat.actor[0].text == "Washington"
    assert threat.recipient[0].wikidata == "Q159"
    assert threat.attribution is not None and threat.attribution.actor is not None
    assert threat.attribution.actor.text == "Washington"
    assert threat.context == ("diplomatic", "military")
    assert threat.text == "Washington warned that NATO would respond."
    assert threat.doc_id and threat.url == "https://example.org/a"
    (strike,) = events(filled, modality="hypothetical")
    assert strike.location is not None and strike.location.geonameid == 538555


def test_unknown_filter_is_an_error(filled: Database) -> None:
    with pytest.raises(TypeError):
        events(filled, colour="red")


def test_actors_with_counts(filled: Database) -> None:
    found = {(a.code, a.sector): a for a in actors(filled)}
    assert set(found) == {("RUS", ""), ("RUS", "GOV"), ("UKR", ""), ("UKR", "CVL"), ("USA", "GOV"),
                          ("IGO", "")}
    assert (found[("RUS", "GOV")].events, found[("RUS", "GOV")].as_recipient) == (2, 2)
    assert found[("RUS", "")].as_actor == 1
    assert sorted(a.sector for a in actors(filled, code="ukr")) == ["", "CVL"]
    assert [(a.code, a.sector) for a in actors(filled, sector="gov")] == [("RUS", "GOV"), ("USA", "GOV")]
    assert len(actors(filled, limit=2)) == 2


def test_dyads(filled: Database) -> None:
    found = {(d.actor, d.recipient): d for d in dyads(filled)}
    assert set(found) == {("RUS", "UKR"), ("USA", "RUS"), ("IGO", "RUS")}  # the protest has none
    assert found[("RUS", "UKR")].mean_intensity == -9.5 and found[("RUS", "UKR")].events == 1
    assert found[("IGO", "RUS")].mentions == 1
    assert {(d.actor, d.recipient) for d in dyads(filled, type="ASSAULT")} == {("RUS", "UKR"), ("IGO", "RUS")}
    assert dyads(filled, since="2025-01-01") == []


def test_dyads_average_over_events(db: Database) -> None:
    a = simple_doc("One. " + ATTACK)
    b = simple_doc("Two. " + ATTACK, date="2024-11-19")
    b = dataclasses.replace(b, events=(dataclasses.replace(b.events[0], date=None, intensity=-7.5),))
    db.save_document(a)
    db.save_document(b)
    (pair,) = dyads(db)
    assert (pair.events, pair.mentions, pair.mean_intensity) == (2, 2, -8.5)


def test_pandas_frames(filled: Database) -> None:
    frame = events(filled, as_frame="pandas")
    assert list(frame.columns) == list(ROW_COLUMNS)
    assert len(frame) == 4 and frame["num_mentions"].sum() == 4
    assert list(actors(filled, as_frame="pandas").columns)[:3] == ["code", "name", "sector"]
    assert len(dyads(filled, as_frame="pandas")) == 3


def test_polars_frames(filled: Database) -> None:
    polars = pytest.importorskip("polars")
    frame = events(filled, as_frame="polars")
    assert isinstance(frame, polars.DataFrame)
    assert frame.columns == list(ROW_COLUMNS) and frame.height == 4
    assert events(filled, type="CONSULT", as_frame="polars").height == 0


def test_unknown_frame_kind(filled: Database) -> None:
    with pytest.raises(StoreError, match="T503"):
        events(filled, as_frame="arrow")  # type: ignore[arg-type]


def test_views_accept_a_url(filled: Database, db_url: str) -> None:
    assert len(events(db_url)) == 4
