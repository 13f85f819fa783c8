"""Attribution: who says so. "Reportedly" and "reports indicate" make an unnamed source; "X said",
"according to X" and "intelligence from X highlights" a named one, with X coded as an actor."""

from __future__ import annotations

from spacy.tokens import Token

from thucydides.knowledge.base import Knowledge
from thucydides.nlp.annotations import AttributionNote
from thucydides.nlp.arguments import ActorReader, is_speech, subject_of

EMBEDDING_DEPS = frozenset({"ccomp", "dobj", "xcomp", "conj", "advcl", "pobj", "prep", "acl", "relcl", "nsubj",
                            "nsubjpass", "attr", "pcomp", "amod", "compound", "appos", "acomp"})


def attribution_of(trigger: Token, reader: ActorReader, knowledge: Knowledge) -> AttributionNote | None:
    current = trigger
    for _ in range(10):
        found = _unnamed_adverb(current, knowledge) or _according_to(current, reader, knowledge)
        if found is not None:
            return found
        head = current.head
        if head.i == current.i or current.dep_ not in EMBEDDING_DEPS:
            return None
        if is_speech(head, knowledge) and current.dep_ in ("ccomp", "dobj", "xcomp"):
            return _from_reporter(head, reader, knowledge)
        current = head
    return None


def _unnamed_adverb(token: Token, knowledge: Knowledge) -> AttributionNote | None:
    for child in token.children:
        if child.dep_ == "advmod" and knowledge.cue("unnamed", child.lower_):
            return AttributionNote(child.text, "unnamed", None)
    return None


def _according_to(token: Token, reader: ActorReader, knowledge: Knowledge) -> AttributionNote | None:
    for child in token.children:
        if child.dep_ == "prep" and child.lower_ == "according":
            for grandchild in child.subtree:
                if grandchild.dep_ == "pobj":
                    return _source(grandchild, reader, knowledge, f"according to {_span(grandchild)}")
    return None


def _from_reporter(verb: Token, reader: ActorReader, knowledge: Knowledge) -> AttributionNote | None:
    subject = subject_of(verb)
    if subject is None:
        return None
    return _source(subject, reader, knowledge, f"{_span(subject)} {verb.text}")


def _source(head: Token, reader: ActorReader, knowledge: Knowledge, text: str) -> AttributionNote:
    lemma = head.lemma_.lower()
    if knowledge.cue("unnamed_subject", lemma) or knowledge.cue("unnamed_subject", lemma.removesuffix("s")):
        return AttributionNote(text, "unnamed", None)
    actors = reader.actors_of(head)
    return AttributionNote(text, "named", actors[0] if actors else None)


def _span(head: Token) -> str:
    return head.doc[head.left_edge.i:head.right_edge.i + 1].text
