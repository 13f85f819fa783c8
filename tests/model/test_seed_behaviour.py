"""The extractor on the seed article (needs the spaCy model)."""

from __future__ import annotations

import pytest

import thucydides

pytestmark = pytest.mark.model


def test_caption_and_headings_yield_no_events(seed_document) -> None:  # type: ignore[no-untyped-def]
    assert seed_document.caption is not None and seed_document.caption.startswith("Joe Biden during a speech")
    for event in seed_document.events:
        assert "Joe Biden during a speech" not in event.text
        assert not event.text.startswith(("Putin's Warning", "North Korean Troops And", "Rising Urgency"))


def test_every_event_carries_checkable_evidence(seed_document, seed_text) -> None:  # type: ignore[no-untyped-def]
    for event in seed_document.events:
        assert seed_text[event.start:event.end] == event.text
        assert event.trigger in event.text
        assert event.actor, event


def test_kursk_is_placed_in_russia(seed_document) -> None:  # type: ignore[no-untyped-def]
    strike = next(e for e in seed_document.events if e.location and "Kursk" in e.location.name)
    assert strike.event == "ASSAULT" and strike.modality != "asserted"
    assert strike.location.country == "RUS"
    assert abs(strike.location.lat - 51.73) < 1.5 and abs(strike.location.lon - 36.19) < 1.5


def test_nuclear_threat_is_asserted_but_the_strike_is_not(seed_document) -> None:  # type: ignore[no-untyped-def]
    in_sentence = [e for e in seed_document.events if "resort to nuclear weapons" in e.text]
    assert any(e.event == "THREATEN" and e.modality == "asserted" and "cbrn" in e.context for e in in_sentence)
    assert not any(e.event == "ASSAULT" and e.modality == "asserted" for e in in_sentence)


def test_quantities_with_bounds(seed_document) -> None:  # type: ignore[no-untyped-def]
    found = {(q.value, q.bound, q.object) for q in seed_document.quantities}
    assert {(100000, "upper", "troops"), (12000, "approximate", "troops")} <= found


def test_no_date_means_latest_role_said_in_the_record(seed_document) -> None:  # type: ignore[no-untyped-def]
    assert any("latest role" in note for note in seed_document.notes)
    putin = next(m for m in seed_document.actors if m.entity.name == "Vladimir Putin")
    assert putin.entity.code == "RUS" and putin.entity.role and "latest role" in putin.entity.role


def test_document_date_decides_roles_and_relative_event_dates() -> None:
    text = "Russia attacked Ukraine on Monday. Trump criticized the attack."
    document = thucydides.extract(text, date="2019-01-04")
    attack = next(e for e in document.events if e.event == "ASSAULT")
    assert attack.date == "2018-12-31"
    trump = next(m for m in document.actors if m.entity.name == "Donald Trump")
    assert trump.entity.role == "head_of_state of USA on 2019-01-04"


def test_bad_input_is_a_clear_error() -> None:
    with pytest.raises(thucydides.InputError, match="T102"):
        thucydides.extract("   \n ")
    with pytest.raises(thucydides.InputError, match="T106"):
        thucydides.extract("Russia attacked Ukraine.", date="18/11/2024")


def test_a_users_actor_table_codes_people_we_did_not_know(tmp_path) -> None:  # type: ignore[no-untyped-def]
    table = tmp_path / "people.tsv"
    table.write_text(
        "name\taliases\tcode\trole\tsector\tstart\tend\twikidata\n"
        "Jane Roe\tRoe|Jane Roe\tFRA\tdefence_minister\tGOV\t2020-01-01\t\t\n",
        encoding="utf-8",
    )
    text = "Jane Roe condemned Russia on Monday."
    document = thucydides.extract(text, date="2024-05-01", options=thucydides.Options(actor_files=(str(table),)))
    [event] = document.events
    assert event.event == "ACCUSE"
    assert ([a.code for a in event.actor], [r.code for r in event.recipient]) == (["FRA"], ["RUS"])
    assert event.actor[0].role == "defence_minister of FRA on 2024-05-01"
    assert event.date == "2024-04-29"
