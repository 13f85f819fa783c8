"""Finding event triggers: a verb or noun whose lemma is in the lexicon, with the entry's object,
preposition and modifier conditions checked against the parse."""

from __future__ import annotations

from spacy.tokens import Token

from thucydides.knowledge.base import Knowledge, LexEntry

NAMED_ENTITY_TYPES = frozenset({"ORG", "WORK_OF_ART", "LAW", "EVENT", "PERSON", "GPE", "NORP", "FAC", "PRODUCT"})
OBJECT_DEPS = frozenset({"dobj", "nsubjpass", "attr", "oprd"})
# Nouns that make a trigger noun something else: a "press release", a "news conference".
NOUN_BLOCKERS = frozenset({"press", "news", "media", "film", "book", "software", "data", "video"})


def trigger_pos(token: Token) -> str | None:
    if token.pos_ == "VERB":
        return "VERB"
    if token.pos_ == "NOUN":
        return "NOUN"
    return None


def match_trigger(token: Token, knowledge: Knowledge) -> LexEntry | None:
    pos = trigger_pos(token)
    if pos is None or token.ent_type_ in NAMED_ENTITY_TYPES:
        return None
    if pos == "VERB" and token.dep_ == "amod":
        return None  # an attributive participle describes, it does not report: "a banned organisation"
    if pos == "VERB" and token.tag_ == "VBN" and token.dep_ in ("dobj", "pobj", "nsubj", "nsubjpass"):
        return None  # a participle as a noun: "visiting the wounded", "among the injured"
    if pos == "NOUN" and any(c.dep_ == "compound" and c.lower_ in NOUN_BLOCKERS for c in token.children):
        return None
    if pos == "NOUN" and (_object_of_phrase(token, knowledge) or _claimed(token)):
        return None
    for entry in knowledge.triggers(token.lemma_.lower(), pos):
        if _fits(token, entry):
            return None if entry.event == "NONE" else entry
    return None


def _claimed(noun: Token) -> bool:
    """ "claimed responsibility for the attacks" is coded once, on the claim (the claimant attacked)."""
    prep = noun.head
    return noun.dep_ == "pobj" and prep.lower_ == "for" and prep.head.lemma_.lower() in ("responsibility", "credit")


def _object_of_phrase(noun: Token, knowledge: Knowledge) -> bool:
    """The noun completes a verb phrase that is the event ("lodged a protest", "signed an agreement",
    "provided aid"): the phrase is coded once, on its verb."""
    verb = noun.head
    if noun.dep_ not in OBJECT_DEPS or verb.pos_ != "VERB" or verb.i == noun.i:
        return False
    lemma = noun.lemma_.lower()
    entries = knowledge.triggers(verb.lemma_.lower(), "VERB")
    return any(lemma in entry.objects and _fits(verb, entry) for entry in entries)


def _fits(token: Token, entry: LexEntry) -> bool:
    if entry.modifier and not any(
        c.lower_ == entry.modifier and c.dep_ in ("compound", "amod") for c in token.children
    ):
        return False
    if entry.objects and not (object_lemmas(token) & entry.objects):
        return False
    return not (entry.preps and not (attached_preps(token) & entry.preps))


def object_lemmas(token: Token) -> set[str]:
    """Lemmas of the things a verb acts on: direct object, passive subject, prepositional objects."""
    lemmas: set[str] = set()
    for child in token.children:
        if child.dep_ in OBJECT_DEPS:
            lemmas |= {t.lemma_.lower() for t in (child, *child.conjuncts)}
        elif child.dep_ == "prep":
            lemmas |= {g.lemma_.lower() for g in child.children if g.dep_ == "pobj"}
    if token.dep_ == "relcl" or (token.dep_ == "acl" and token.tag_ == "VBN"):
        lemmas.add(token.head.lemma_.lower())
    return lemmas


def attached_preps(token: Token) -> set[str]:
    """Prepositions and particles on the verb or on its object ("use missiles against")."""
    found = {c.lower_ for c in token.children if c.dep_ in ("prep", "prt", "agent")}
    for conjunct in token.conjuncts:  # "police fired and landed a round on a protester"
        found |= {c.lower_ for c in conjunct.children if c.dep_ == "prep"}
    for child in token.children:
        if child.dep_ in OBJECT_DEPS:
            found |= {g.lower_ for g in child.children if g.dep_ == "prep"}
    if token.pos_ == "NOUN" and token.dep_ == "dobj":
        # "opened a hearing Wednesday into ...": the phrase may hang off the verb
        found |= {c.lower_ for c in token.head.children if c.dep_ == "prep"}
    return found
