"""Actor recognition: entity-ruler patterns from the actor tables and the gazetteer (placed in
front of spaCy's NER, which otherwise calls Kursk a PRODUCT and Trump an ORG), and the component
`thuc_actors` that links entities to actor entries and codes people by the role valid on the
document's date."""

from __future__ import annotations

from collections import defaultdict
from typing import Any

from spacy.language import Language
from spacy.matcher import PhraseMatcher
from spacy.tokens import Doc, Span
from spacy.util import filter_spans

from thucydides.knowledge.base import ActorEntry, Knowledge, resolve_role
from thucydides.nlp.annotations import ActorMention, ActorRef
from thucydides.nlp.extensions import annotations_of

ACTOR_LABELS = {"country": "GPE", "capital": "GPE", "seat": "ORG", "demonym": "NORP", "org": "ORG",
                "person": "PERSON"}
# Gazetteer places get a ruler pattern only when they are unambiguous enough to override NER:
# capitals, regions named with their kind ("Kursk region"), and cities of at least this size.
# 250k keeps "Reading"- and "Mobile"-like English words out while catching Kursk (440k).
RULER_MIN_CITY_POPULATION = 250_000
ENTITY_LABELS = frozenset({"PERSON", "ORG", "GPE", "NORP", "FAC", "LOC"})


def ruler_patterns(knowledge: Knowledge) -> list[dict[str, Any]]:
    patterns: list[dict[str, Any]] = []
    for alias, entry in knowledge.actors.items():
        if _usable_alias(alias):
            patterns.append({"label": ACTOR_LABELS.get(entry.kind, "ORG"), "pattern": alias, "id": f"actor|{alias}"})
    for alias, place in knowledge.places.items():
        if alias in knowledge.actors or not _usable_alias(alias) or not _ruler_worthy(alias, place.feature,
                                                                                       place.population):
            continue
        label = "GPE" if place.feature.startswith(("PCL", "PPL")) else "LOC"
        patterns.append({"label": label, "pattern": alias, "id": f"place|{alias}"})
    return patterns


class KnowledgeRuler:
    """Component `thuc_ruler`: our actor and place names as entities, in front of spaCy's NER.

    A PhraseMatcher over token texts (spaCy's EntityRuler took 7 s to add the same 19,500 patterns
    because it runs the pipeline over each; the tokenizer alone takes 0.3 s). Longest match wins,
    and our names override NER's own overlapping entities.
    """

    def __init__(self, nlp: Language, knowledge: Knowledge) -> None:
        self.matcher = PhraseMatcher(nlp.vocab)
        by_key: dict[str, list[str]] = defaultdict(list)
        for pattern in ruler_patterns(knowledge):
            by_key[f"{pattern['label']}\t{pattern['id']}"].append(pattern["pattern"])
        keys = list(by_key)
        texts = [text for key in keys for text in by_key[key]]
        docs = (nlp.make_doc(text) for text in texts)  # the tokenizer only, no pipeline
        for key in keys:
            self.matcher.add(key, [next(docs) for _ in by_key[key]])

    def __call__(self, doc: Doc) -> Doc:
        spans = []
        for match_id, start, end in self.matcher(doc):
            label, span_id = doc.vocab.strings[match_id].split("\t", 1)
            spans.append(Span(doc, start, end, label=label, span_id=span_id))
        kept = filter_spans(spans)
        taken = {i for span in kept for i in range(span.start, span.end)}
        others = [e for e in doc.ents if not any(i in taken for i in range(e.start, e.end))]
        doc.ents = sorted([*kept, *others], key=lambda span: span.start)
        return doc


def _usable_alias(alias: str) -> bool:
    return len(alias) > 1 and alias[0].isupper()


def _ruler_worthy(alias: str, feature: str, population: int) -> bool:
    if feature.startswith("PCL") or feature == "PPLC":
        return True
    if feature.startswith("ADM"):
        return " " in alias
    return population >= RULER_MIN_CITY_POPULATION


def entry_for(span: Span, knowledge: Knowledge) -> ActorEntry | None:
    if span.ent_id_.startswith("actor|"):
        return knowledge.actors.get(span.ent_id_.split("|", 1)[1])
    if span.label_ not in ENTITY_LABELS:
        return None
    text = span.text.removeprefix("the ").removeprefix("The ")
    return knowledge.actors.get(text) or knowledge.actors.get(text.removesuffix("'s"))


def ref_for(entry: ActorEntry, text: str, date: str | None) -> ActorRef:
    if entry.kind == "person":
        verdict = resolve_role(entry, date)
        return ActorRef(text, entry.name, verdict.code, verdict.sector, entry.wikidata, verdict.note or None)
    return ActorRef(text, entry.name, entry.code, entry.sector, entry.wikidata, None)


def titled_person(span: Span, knowledge: Knowledge, mentions: list[ActorMention]) -> ActorRef | None:
    """An unlisted person introduced with a title: "Health Minister Veronika Skvortsova"."""
    head = span.root
    titles = [t for t in head.lefts if t.i < span.start and t.lower_ in knowledge.sectors]
    before = span.doc[max(0, span.start - 4):span.start]  # "Secretary of State Warren Christopher"
    titles += [t for t in before if t.lower_ in knowledge.sectors]
    if not titles:
        return None
    sector = knowledge.sectors[titles[-1].lower_][0]
    # The first country in the title is the person's own: "US Ambassador to Germany Richard Grenell".
    in_title = [m for m in mentions if span.start - 6 <= m.start < span.start and m.ref.code
                and m.entry.kind in ("country", "demonym", "org", "capital")]
    code = in_title[0].ref.code if in_title else ""
    return ActorRef(span.text, span.text, code, sector, None, None)


def same_person(span: Span, mentions: list[ActorMention]) -> ActorRef | None:
    """A later mention by surname ("Lam" after "Carrie Lam") is the same person."""
    surname = span[-1].text
    for mention in reversed(mentions):
        if mention.start < span.start and mention.entry.kind == "person" and mention.ref.name.split()[-1] == surname:
            return ActorRef(span.text, mention.ref.name, mention.ref.code, mention.ref.sector, mention.ref.wikidata,
                            mention.ref.role)
    return None


def unknown_person(span: Span) -> ActorRef | None:
    """A person we know nothing of: coded later with the country of the event or the article, as the
    people a news story quotes and names mostly belong to the country it is about. A lone word is
    too often NER's mistake ("Twin bombings") to be taken for a person."""
    if len(span) < 2:
        return None
    return ActorRef(span.text, span.text, "", "", None, None)


def sector_organisation(span: Span, knowledge: Knowledge) -> ActorRef | None:
    """An unlisted organisation named by a sector word: "the Emergencies Ministry"."""
    for token in reversed(list(span)):
        found = knowledge.sectors.get(token.lower_)
        if found and found[1] == "group":
            return ActorRef(span.text, span.text, "", found[0], None, None)
    return None


def make_thuc_actors(knowledge: Knowledge) -> Any:
    def thuc_actors(doc: Doc) -> Doc:
        notes = annotations_of(doc)
        mentions: list[ActorMention] = []
        for span in doc.ents:
            entry = entry_for(span, knowledge)
            if entry is not None:
                mentions.append(ActorMention(span.start, span.end, entry, ref_for(entry, span.text, notes.date)))
        linked = {m.start for m in mentions}
        for span in doc.ents:
            if span.start in linked:
                continue
            ref = None
            if span.label_ == "PERSON":
                ref = titled_person(span, knowledge, mentions) or same_person(span, mentions) or unknown_person(span)
            elif span.label_ == "ORG":
                ref = sector_organisation(span, knowledge)
            if ref is not None:
                entry = ActorEntry(ref.name, ref.code, ref.sector, "person" if span.label_ == "PERSON" else "org")
                mentions.append(ActorMention(span.start, span.end, entry, ref))
        notes.actors = sorted(mentions, key=lambda m: m.start)
        if notes.date is None and any(m.entry.kind == "person" and m.entry.roles for m in mentions):
            notes.notes.append("no document date: people are coded by their latest role")
        return doc

    return thuc_actors
