"""Event reading on hand-built parses: arguments, modality, attribution, threat frames."""

from __future__ import annotations

from spacy.tokens import Doc

from tests.unit.handmade import Row, parsed, small_knowledge
from thucydides.nlp.actors import make_thuc_actors
from thucydides.nlp.annotations import Block, EventNote
from thucydides.nlp.events import make_thuc_events
from thucydides.nlp.extensions import annotations_of
from thucydides.nlp.places import make_thuc_places
from thucydides.nlp.quantities import thuc_quantities

KNOWLEDGE = small_knowledge()


def events_of(rows: list[Row], ents: list[tuple[int, int, str]], kind: str = "paragraph") -> list[EventNote]:
    doc: Doc = parsed(rows, ents)
    annotations_of(doc).blocks = [Block(0, len(doc), kind)]
    for component in (make_thuc_actors(KNOWLEDGE), make_thuc_places(KNOWLEDGE), thuc_quantities,
                      make_thuc_events(KNOWLEDGE)):
        doc = component(doc)
    return annotations_of(doc).events


DEPLOY = [  # Pyongyang might deploy up to 100,000 troops to support Russia .
    ("Pyongyang", "NNP", "PROPN", "nsubj", 2, "Pyongyang"),
    ("might", "MD", "AUX", "aux", 2, "might"),
    ("deploy", "VB", "VERB", "ROOT", 2, "deploy"),
    ("up", "IN", "ADP", "quantmod", 5, "up"),
    ("to", "IN", "ADP", "quantmod", 5, "to"),
    ("100,000", "CD", "NUM", "nummod", 6, "100,000"),
    ("troops", "NNS", "NOUN", "dobj", 2, "troop"),
    ("to", "TO", "PART", "aux", 8, "to"),
    ("support", "VB", "VERB", "advcl", 2, "support"),
    ("Russia", "NNP", "PROPN", "dobj", 8, "Russia"),
    (".", ".", "PUNCT", "punct", 2, "."),
]


def test_hypothetical_deployment_with_its_quantity_and_purpose_recipient() -> None:
    events = events_of(DEPLOY, [(0, 1, "GPE"), (9, 10, "GPE")])
    mobilize = next(e for e in events if e.event == "MOBILIZE")
    assert [a.code for a in mobilize.actors] == ["PRK"] and mobilize.actors[0].sector == "GOV"
    assert [r.code for r in mobilize.recipients] == ["RUS"]
    assert mobilize.modality == "hypothetical"
    assert [(q.value, q.bound) for q in mobilize.quantities] == [(100000, "upper")]
    support = next(e for e in events if e.event == "SUPPORT")
    assert support.modality == "hypothetical" and [a.code for a in support.actors] == ["PRK"]


NEGATED = [  # Russia did not attack Ukraine .
    ("Russia", "NNP", "PROPN", "nsubj", 3, "Russia"),
    ("did", "VBD", "AUX", "aux", 3, "do"),
    ("not", "RB", "PART", "neg", 3, "not"),
    ("attack", "VB", "VERB", "ROOT", 3, "attack"),
    ("Ukraine", "NNP", "PROPN", "dobj", 3, "Ukraine"),
    (".", ".", "PUNCT", "punct", 3, "."),
]


def test_negation_is_kept_and_actor_recipient_come_from_the_clause() -> None:
    [event] = events_of(NEGATED, [(0, 1, "GPE"), (4, 5, "GPE")])
    assert (event.event, event.modality) == ("ASSAULT", "negated")
    assert [a.code for a in event.actors] == ["RUS"] and [r.code for r in event.recipients] == ["UKR"]


def test_headings_and_captions_yield_no_events() -> None:
    assert events_of(NEGATED, [(0, 1, "GPE"), (4, 5, "GPE")], kind="heading") == []
    assert events_of(NEGATED, [(0, 1, "GPE"), (4, 5, "GPE")], kind="caption") == []


PASSIVE = [  # Russian protesters were arrested by police in Kursk .
    ("Russian", "JJ", "ADJ", "amod", 1, "russian"),
    ("protesters", "NNS", "NOUN", "nsubjpass", 3, "protester"),
    ("were", "VBD", "AUX", "auxpass", 3, "be"),
    ("arrested", "VBN", "VERB", "ROOT", 3, "arrest"),
    ("by", "IN", "ADP", "agent", 3, "by"),
    ("police", "NNS", "NOUN", "pobj", 4, "police"),
    ("in", "IN", "ADP", "prep", 3, "in"),
    ("Kursk", "NNP", "PROPN", "pobj", 6, "Kursk"),
    (".", ".", "PUNCT", "punct", 3, "."),
]


def test_passive_agent_is_the_actor_and_subject_the_recipient_placed_in_its_city() -> None:
    [event] = events_of(PASSIVE, [(0, 1, "NORP"), (7, 8, "GPE")])
    assert event.event == "COERCE" and event.mode == "arrest"
    assert [(a.code, a.sector) for a in event.actors] == [("", "COP")]  # country filled in by to_records
    assert [(r.code, r.sector) for r in event.recipients] == [("RUS", "CVL")]
    assert event.place is not None and event.place.place.name == "Kursk"


THREAT = [  # Putin warned that Russia would resort to nuclear weapons if Ukraine attacked .
    ("Putin", "NNP", "PROPN", "nsubj", 1, "Putin"),
    ("warned", "VBD", "VERB", "ROOT", 1, "warn"),
    ("that", "IN", "SCONJ", "mark", 4, "that"),
    ("Russia", "NNP", "PROPN", "nsubj", 5, "Russia"),
    ("would", "MD", "AUX", "aux", 5, "would"),
    ("resort", "VB", "VERB", "ccomp", 1, "resort"),
    ("to", "IN", "ADP", "prep", 5, "to"),
    ("nuclear", "JJ", "ADJ", "amod", 8, "nuclear"),
    ("weapons", "NNS", "NOUN", "pobj", 6, "weapon"),
    ("if", "IN", "SCONJ", "mark", 11, "if"),
    ("Ukraine", "NNP", "PROPN", "nsubj", 11, "Ukraine"),
    ("attacked", "VBD", "VERB", "advcl", 5, "attack"),
    (".", ".", "PUNCT", "punct", 1, "."),
]


def test_warning_is_an_asserted_threat_and_the_strike_inside_it_is_conditional() -> None:
    events = events_of(THREAT, [(0, 1, "PERSON"), (3, 4, "GPE"), (10, 11, "GPE")])
    by_trigger = {e.trigger: e for e in events}
    warn, resort, attack = by_trigger[1], by_trigger[5], by_trigger[11]
    assert (warn.event, warn.modality, [a.code for a in warn.actors]) == ("THREATEN", "asserted", ["RUS"])
    assert (resort.event, resort.modality) == ("ASSAULT", "conditional")
    assert "cbrn" in resort.contexts and "cbrn" in warn.contexts
    assert (attack.event, attack.modality) == ("ASSAULT", "conditional")
    assert resort.attribution is not None and resort.attribution.kind == "named"
    assert resort.attribution.actor is not None and resort.attribution.actor.code == "RUS"


NOMINAL = [  # the deployment of North Korean troops to Russia
    ("the", "DT", "DET", "det", 1, "the"),
    ("deployment", "NN", "NOUN", "ROOT", 1, "deployment"),
    ("of", "IN", "ADP", "prep", 1, "of"),
    ("North", "NNP", "PROPN", "amod", 5, "north"),
    ("Korean", "NNP", "PROPN", "amod", 5, "korean"),
    ("troops", "NNS", "NOUN", "pobj", 2, "troop"),
    ("to", "IN", "ADP", "prep", 1, "to"),
    ("Russia", "NNP", "PROPN", "pobj", 6, "Russia"),
]


def test_nominal_event_reads_of_phrase_owner_and_to_phrase_recipient() -> None:
    [event] = events_of(NOMINAL, [(3, 5, "NORP"), (7, 8, "GPE")])
    assert event.event == "MOBILIZE"
    assert [(a.code, a.sector) for a in event.actors] == [("PRK", "MIL")]
    assert [r.code for r in event.recipients] == ["RUS"]
    assert event.modality == "asserted"


COORDINATED = [  # Russia and North Korea support Ukraine .  (counterfactual, for the parse only)
    ("Russia", "NNP", "PROPN", "nsubj", 3, "Russia"),
    ("and", "CC", "CCONJ", "cc", 0, "and"),
    ("Korea", "NNP", "PROPN", "conj", 0, "Korea"),
    ("support", "VBP", "VERB", "ROOT", 3, "support"),
    ("Ukraine", "NNP", "PROPN", "dobj", 3, "Ukraine"),
]


def test_coordinated_subjects_are_all_actors() -> None:
    KNOWLEDGE.actors.setdefault("Korea", KNOWLEDGE.actors["North Korea"])
    [event] = events_of(COORDINATED, [(0, 1, "GPE"), (2, 3, "GPE"), (4, 5, "GPE")])
    assert [a.code for a in event.actors] == ["RUS", "PRK"]
