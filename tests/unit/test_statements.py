"""Coding rules that read a statement as a whole (hand-built parses, no model)."""

from __future__ import annotations

from tests.unit.test_events import events_of


def test_workers_blocking_a_road_protest_rather_than_coerce() -> None:
    rows = [
        ("Workers", "NNS", "NOUN", "nsubj", 1, "worker"),
        ("blocked", "VBD", "VERB", "ROOT", 1, "block"),
        ("roads", "NNS", "NOUN", "dobj", 1, "road"),
        ("in", "IN", "ADP", "prep", 1, "in"),
        ("Jolo", "NNP", "PROPN", "pobj", 3, "Jolo"),
    ]
    [event] = events_of(rows, [(4, 5, "GPE")])
    assert (event.event, event.mode) == ("PROTEST", "obstruct")


def test_no_one_hurt_is_a_negated_attack() -> None:
    rows = [
        ("No", "DT", "DET", "det", 1, "no"),
        ("troops", "NNS", "NOUN", "nsubjpass", 3, "troop"),
        ("were", "VBD", "AUX", "auxpass", 3, "be"),
        ("injured", "VBN", "VERB", "ROOT", 3, "injure"),
    ]
    [event] = events_of(rows, [])
    assert (event.event, event.modality) == ("ASSAULT", "negated")


def test_a_plain_future_of_cooperation_states_an_intent_to_agree() -> None:
    rows = [
        ("Russia", "NNP", "PROPN", "nsubj", 2, "Russia"),
        ("will", "MD", "AUX", "aux", 2, "will"),
        ("support", "VB", "VERB", "ROOT", 2, "support"),
        ("Ukraine", "NNP", "PROPN", "dobj", 2, "Ukraine"),
    ]
    events = events_of(rows, [(0, 1, "GPE"), (3, 4, "GPE")])
    assert [(e.event, e.modality) for e in events] == [("AGREE", "asserted"), ("SUPPORT", "future")]
    assert [r.code for r in events[0].recipients] == ["UKR"]


def test_a_claim_of_responsibility_names_the_attacker_of_an_unattributed_bombing() -> None:
    rows = [  # A bombing hit Jolo . Abu Sayyaf claimed responsibility for the bombing .
        ("A", "DT", "DET", "det", 1, "a"),
        ("bombing", "NN", "NOUN", "nsubj", 2, "bombing"),
        ("hit", "VBD", "VERB", "ROOT", 2, "hit"),
        ("Jolo", "NNP", "PROPN", "dobj", 2, "Jolo"),
        (".", ".", "PUNCT", "punct", 2, "."),
        ("Abu", "NNP", "PROPN", "compound", 6, "Abu"),
        ("Sayyaf", "NNP", "PROPN", "nsubj", 7, "Sayyaf"),
        ("claimed", "VBD", "VERB", "ROOT", 7, "claim"),
        ("responsibility", "NN", "NOUN", "dobj", 7, "responsibility"),
        ("for", "IN", "ADP", "prep", 8, "for"),
        ("the", "DT", "DET", "det", 11, "the"),
        ("bombing", "NN", "NOUN", "pobj", 9, "bombing"),
        (".", ".", "PUNCT", "punct", 7, "."),
    ]
    events = events_of(rows, [(3, 4, "GPE"), (5, 7, "ORG")])
    first = next(e for e in events if e.trigger == 1)
    assert [(a.code, a.sector) for a in first.actors] == [("PHL", "REB")]
