"""Who did it: claims and attributions of responsibility name the attacker of an incident told
elsewhere in the article without one ("Twin bombings struck the cathedral ... the Abu Sayyaf Group
are the suspected perpetrators"; "The Houthi movement claimed responsibility for the attacks").

An article usually tells one incident; its attacks with an unidentified attacker take the actor
named responsible in the same article.
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from thucydides.nlp.annotations import ActorRef, EventNote
from thucydides.nlp.arguments import ActorReader, agent_of, subject_of

CLAIM_OBJECTS = frozenset({"responsibility", "credit"})
PERPETRATOR_NOUNS = frozenset({"perpetrator", "culprit", "attacker", "bomber"})


def responsible_actors(doc: Doc, actors: ActorReader) -> list[ActorRef]:
    """A claim of responsibility first; failing that, who the article's sources blame."""
    for finder in ((_claimant, _ascribed, _perpetrator), (_blamed,)):
        for token in doc:
            for find in finder:
                if found := find(token, actors):
                    return found
    return []


def assign_responsibility(doc: Doc, events: list[EventNote], actors: ActorReader) -> None:
    unidentified = [e for e in events if e.event == "ASSAULT" and any(a.placeholder for a in e.actors)]
    if not unidentified:
        return
    responsible = responsible_actors(doc, actors)
    if not responsible:
        return
    for event in unidentified:
        event.actors = list(responsible)


def _claimant(token: Token, actors: ActorReader) -> list[ActorRef]:
    """"X claimed responsibility for the attack"; "the attack was claimed by X"."""
    if token.lemma_.lower() != "claim":
        return []
    if any(c.dep_ == "dobj" and c.lemma_.lower() in CLAIM_OBJECTS for c in token.children):
        subject = subject_of(token)
        return actors.actors_of(subject) if subject is not None else []
    agent = agent_of(token)
    return actors.actors_of(agent) if agent is not None else []


def _blamed(token: Token, actors: ActorReader) -> list[ActorRef]:
    """"Pompeo blamed Iran for the attacks"."""
    if token.lemma_.lower() != "blame" or not any(c.dep_ == "prep" and c.lower_ == "for" for c in token.children):
        return []
    blamed = next((c for c in token.children if c.dep_ == "dobj"), None)
    return actors.actors_of(blamed) if blamed is not None else []


def _ascribed(token: Token, actors: ActorReader) -> list[ActorRef]:
    """"an attack ascribed to the Taliban"; "attributed the bombing to Houthi rebels"."""
    if token.lemma_.lower() not in ("ascribe", "attribute"):
        return []
    for child in token.children:
        if child.dep_ == "prep" and child.lower_ == "to":
            for pobj in child.children:
                if pobj.dep_ == "pobj" and (refs := actors.actors_of(pobj)):
                    return refs
    return []


def _perpetrator(token: Token, actors: ActorReader) -> list[ActorRef]:
    """"the Abu Sayyaf Group are the suspected perpetrators"."""
    if token.lemma_.lower() not in PERPETRATOR_NOUNS or token.dep_ != "attr":
        return []
    subject = subject_of(token.head)
    return actors.actors_of(subject) if subject is not None else []
