"""Hand-built parsed Docs and a small Knowledge, so component tests need no model."""

from __future__ import annotations

from collections import defaultdict

from spacy.lang.en import English
from spacy.tokens import Doc, Span

from thucydides.knowledge.base import ActorEntry, Knowledge, LexEntry, PlaceEntry, Role
from thucydides.knowledge.tables import bundled_path, read_rows

VOCAB = English().vocab  # a blank English pipeline: lexical attributes, no model

# (word, tag, pos, dep, head index, lemma)
Row = tuple[str, str, str, str, int, str]


def parsed(rows: list[Row], ents: list[tuple[int, int, str]] = (), sentence_starts: tuple[int, ...] = (0,)) -> Doc:  # type: ignore[assignment]
    words = [r[0] for r in rows]
    doc = Doc(
        VOCAB, words=words, spaces=[True] * len(words), tags=[r[1] for r in rows],
        pos=[r[2] for r in rows], deps=[r[3] for r in rows], heads=[r[4] for r in rows], lemmas=[r[5] for r in rows],
        sent_starts=[i in sentence_starts for i in range(len(words))],
    )
    doc.ents = [Span(doc, start, end, label=label) for start, end, label in ents]
    return doc


def small_knowledge() -> Knowledge:
    knowledge = Knowledge()
    countries = {"RUS": ("Russia", "Russian"), "UKR": ("Ukraine", "Ukrainian"), "PRK": ("North Korea", "North Korean"),
                 "USA": ("United States", "American")}
    for code, (name, demonym) in countries.items():
        knowledge.actors[name] = ActorEntry(name, code, "", "country")
        knowledge.actors[demonym] = ActorEntry(name, code, "", "demonym")
    knowledge.actors["Pyongyang"] = ActorEntry("North Korea", "PRK", "GOV", "capital")
    knowledge.actors["Putin"] = ActorEntry(
        "Vladimir Putin", "RUS", "GOV", "person", roles=(Role("RUS", "head_of_state", "GOV", "2012-05-07", ""),)
    )
    knowledge.sectors.update({"troops": ("MIL", "group"), "police": ("COP", "group"),
                              "administration": ("GOV", "group"), "protesters": ("CVL", "group"),
                              "workers": ("LAB", "group")})
    knowledge.actors["Abu Sayyaf"] = ActorEntry("Abu Sayyaf", "PHL", "REB", "org")
    knowledge.places["Jolo"] = PlaceEntry("Jolo", "PHL", 6.05, 121.0, 1710519, "PPL", 87000)
    knowledge.places["Kursk"] = PlaceEntry("Kursk", "RUS", 51.73, 36.19, 538560, "PPLA", 440000)
    knowledge.places["Russia"] = PlaceEntry("Russia", "RUS", 55.75, 37.62, 2017370, "PCLI", 140000000)
    knowledge.lexicon = defaultdict(list)
    for entry in (
        LexEntry("deploy", "VERB", "MOBILIZE", "troops", "152", ("military",), frozenset(), frozenset()),
        LexEntry("attack", "VERB", "ASSAULT", None, "18", (), frozenset(), frozenset()),
        LexEntry("arrest", "VERB", "COERCE", "arrest", "173", (), frozenset(), frozenset()),
        LexEntry("support", "VERB", "SUPPORT", None, "05", (), frozenset(), frozenset()),
        LexEntry("support", "NOUN", "SUPPORT", None, "05", (), frozenset(), frozenset()),
        LexEntry("warn", "VERB", "THREATEN", None, "13", (), frozenset(), frozenset()),
        LexEntry("resort", "VERB", "ASSAULT", None, "18", (), frozenset({"weapon"}), frozenset({"to"})),
        LexEntry("deployment", "NOUN", "MOBILIZE", "troops", "152", ("military",), frozenset(), frozenset()),
        LexEntry("block", "VERB", "COERCE", "restrict", "172", (), frozenset(), frozenset()),
        LexEntry("injure", "VERB", "ASSAULT", None, "18", (), frozenset(), frozenset()),
        LexEntry("bombing", "NOUN", "ASSAULT", "explosives", "183", (), frozenset(), frozenset()),
    ):
        knowledge.lexicon[(entry.lemma, entry.pos)].append(entry)
    cues: dict[str, set[str]] = defaultdict(set)
    for row in read_rows(bundled_path("cues.tsv"), ("kind", "word")):
        cues[row["kind"]].add(row["word"])
    knowledge.cues = {kind: frozenset(words) for kind, words in cues.items()}
    knowledge.contexts = {"nuclear": "cbrn"}
    return knowledge
