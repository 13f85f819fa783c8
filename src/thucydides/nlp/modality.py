"""Modality: is the event stated as fact, denied, conditional, hypothetical, future or past history?

We climb from the trigger through the clauses it depends on, collecting cues (modal verbs, "if"
clauses, negations, verbs such as "avoid" or "plan" that take the event as complement), and stop at a
reporting or speech verb: what is embedded in a speech act keeps its own modality.
"""

from __future__ import annotations

from spacy.tokens import Token

from thucydides.knowledge.base import Knowledge

# Strongest first: a negated conditional is reported as negated.
PRECEDENCE = ("negated", "conditional", "hypothetical", "future")
HYPOTHETICAL_TAGS = frozenset({"MD"})
FINITE = frozenset({"VBD", "VBZ", "VBP"})


def modality_of(trigger: Token, knowledge: Knowledge) -> str:
    cues = clause_cues(trigger, knowledge)
    if "negated" in cues and _prohibited(trigger):
        cues = (cues - {"negated"}) | {"hypothetical"}  # "must not send weapons" is a demand, not a denial
    for modality in PRECEDENCE:
        if modality in cues:
            return modality
    return "asserted"


def clause_cues(trigger: Token, knowledge: Knowledge) -> set[str]:
    cues: set[str] = set()
    current = trigger
    for _ in range(10):
        cues |= own_cues(current, knowledge, is_trigger=current.i == trigger.i)
        head = current.head
        if current.dep_ in ("nsubj", "nsubjpass") and _mark(head, knowledge):
            cues.add("conditional")  # "if initial strikes are approved"
        if head.i == current.i or not climbs(current, head, knowledge):
            break
        cues |= governor_cues(head, current, knowledge)
        if current.dep_ in ("acl", "advcl") and _infinitive(current):
            cues.add("hypothetical")  # a purpose: "weapons to target sites", "deploy troops to support"
        current = head
    return cues


def climbs(child: Token, head: Token, knowledge: Knowledge) -> bool:
    """Whether the cues of `head` bear on `child`'s event.

    A subject noun does not take its verb's modality ("the support could complicate ..." is still
    support given); a noun in a prepositional phrase takes it only from a noun or a light verb
    ("the potential for aid", "carried out with attacks"), not from any verb ("does not align
    with Ukraine's requests" leaves the requests made)."""
    dep = child.dep_
    if dep == "advcl" and _mark(child, knowledge):
        return False  # the condition clause itself: its own cue ("if") is already counted
    if dep == "nsubjpass" and knowledge.cue("report", head.lemma_):
        return True  # "protests were not reported in Mosul"
    if knowledge.speech_word(head.lemma_) and dep != "xcomp":
        return False
    if dep == "conj" and child.tag_ in FINITE and head.tag_ not in FINITE:
        return False  # "urged the embassy to reconsider and spoke with Pompeo": the speaking happened
    if dep in ("dobj", "attr", "oprd", "compound", "amod", "conj", "xcomp", "acomp", "pcomp", "appos"):
        return True
    if dep in ("advcl", "acl", "ccomp"):
        return child.pos_ in ("VERB", "AUX")
    if dep == "nsubjpass":
        return knowledge.cue("light", head.lemma_)
    if dep == "pobj":
        return True
    if dep == "prep":
        return head.pos_ in ("NOUN", "ADJ") or knowledge.cue("light", head.lemma_) or child.lower_ == "without"
    return False


def _prohibited(verb: Token) -> bool:
    return any(c.dep_ == "aux" and c.lower_ in ("must", "should", "shall") for c in verb.children)


def _nobody(subject: Token) -> bool:
    return subject.lower_ in ("nobody", "none", "nothing", "no-one") or any(
        c.dep_ == "det" and c.lower_ == "no" for c in subject.children)


def _present(verb: Token) -> bool:
    return verb.tag_ in ("VBZ", "VBP") or any(c.dep_ in ("aux", "auxpass") and c.tag_ in ("VBZ", "VBP")
                                              for c in verb.children)


def _infinitive(clause: Token) -> bool:
    return any(c.dep_ == "aux" and c.lower_ == "to" for c in clause.children)


def own_cues(token: Token, knowledge: Knowledge, *, is_trigger: bool) -> set[str]:
    cues: set[str] = set()
    for child in token.children:
        word = child.lower_
        if child.dep_ == "neg" or (child.dep_ == "det" and word == "no") or (
                child.dep_ == "dobj" and word in ("nothing", "none")):
            cues.add("negated")
        elif child.dep_ in ("aux", "auxpass"):
            if knowledge.cue("future", word) or word == "'ll":
                cues.add("future")
            elif knowledge.cue("hypothetical", word) or child.tag_ in HYPOTHETICAL_TAGS:
                cues.add("hypothetical")
        elif child.dep_ in ("advmod", "amod", "acomp") and knowledge.cue("hypothetical", word):
            cues.add("hypothetical")
        elif child.dep_ == "amod" and knowledge.cue("future", word):
            cues.add("future")  # "a planned shopping centre bombing"
        elif child.dep_ in ("advcl", "mark") and (_mark(child, knowledge) or knowledge.cue("condition", word)):
            cues.add("conditional")
        elif child.dep_ in ("nsubj", "nsubjpass") and _nobody(child):
            cues.add("negated")  # "No Coalition troops were injured", "nobody was killed"
        elif child.dep_ in ("mark", "advmod") and word in ("when", "whenever") and _present(token):
            cues.add("hypothetical")  # generic: "those who remain silent when X is attacked"
    if token.dep_ == "amod" and knowledge.cue("hypothetical", token.lower_) and not is_trigger:
        cues.add("hypothetical")
    return cues


def governor_cues(head: Token, child: Token, knowledge: Knowledge) -> set[str]:
    """Cues from a governing word that takes the event as its complement ("avoid", "plan to")."""
    if child.dep_ not in ("xcomp", "dobj", "pobj", "prep", "acomp", "pcomp", "nsubj", "nsubjpass", "attr", "amod",
                          "advcl", "ccomp", "compound"):
        return set()
    lemma = head.lemma_.lower()
    if knowledge.cue("negation", lemma) and head.pos_ in ("VERB", "ADP"):
        return {"negated"}
    if lemma in ("without",):
        return {"negated"}
    if knowledge.cue("future", lemma) and head.pos_ in ("VERB", "ADJ", "NOUN", "AUX") and child.dep_ != "dobj":
        return {"future"}  # "ordered troops to attack" is future; "ordered the killing" happened
    if knowledge.cue("hypothetical", lemma) and head.pos_ in ("VERB", "ADJ", "NOUN", "ADV"):
        return {"hypothetical"}
    return set()


def _mark(clause: Token, knowledge: Knowledge) -> bool:
    return any(c.dep_ == "mark" and knowledge.cue("condition", c.lower_) for c in clause.children)


def is_historical(event_date: str | None, document_date: str | None) -> bool:
    """An event dated more than a year before its article is history, not news."""
    if not event_date or not document_date:
        return False
    return int(document_date[:4]) * 12 + int(document_date[5:7]) - (
        int(event_date[:4]) * 12 + int(event_date[5:7])) > 12
