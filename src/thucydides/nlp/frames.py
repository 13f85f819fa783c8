"""Speech and intent frames: events that a statement makes, beyond the events it reports.

* Threat: "Putin asserted that Russia would resort to nuclear weapons if ..." is an asserted
  THREATEN by the speaker; the embedded use of force (ASSAULT, COERCE, MOBILIZE, SANCTION) stays
  conditional, hypothetical or future. The speaker must be on the side that would use force.
* Demand: "China must drop barriers", declared by the US, is a REQUEST from the speaker to the
  one who must act (CAMEO 02; PLOVER GSR DEMAND).
* Intent: "Norway is willing to send material", "France is ready to contribute troops" state an
  intent to cooperate, which PLOVER codes AGREE (CAMEO 03), asserted, beside the cooperative event.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from spacy.tokens import Doc, Token

from thucydides.knowledge.base import Knowledge
from thucydides.nlp.annotations import ActorRef, EventNote
from thucydides.nlp.arguments import inherited_subject, subject_of
from thucydides.nlp.modality import modality_of
from thucydides.ontology import cameo_code

if TYPE_CHECKING:
    from thucydides.nlp.events import EventReader

UNREAL = frozenset({"future", "conditional", "hypothetical"})
THREAT_MODES = {"ASSAULT": "violence", "COERCE": "restrict", "SANCTION": "relations", "PROTEST": "relations"}
COOPERATIVE = frozenset({"SUPPORT", "AID", "COOPERATE", "CONSULT", "CONCEDE", "RETREAT"})
COERCIVE = frozenset({"SANCTION", "PROTEST", "COERCE", "RETREAT", "REJECT"})
OBLIGATION = frozenset({"must", "should"})
# Words that commit the actor to a cooperative act ("willing to send", "ready to contribute"); verbs
# such as offer, agree or pledge are AGREE triggers of their own in the lexicon.
PREPARED_DEPS = frozenset({"xcomp", "dobj", "pcomp"})
PREPARATION = frozenset({"prepare", "mass", "gather"})
COMMITTED_DEPS = frozenset({"xcomp", "acomp", "ccomp", "advcl", "prep", "pcomp", "dobj"})
COMMITMENT = frozenset({"willing", "ready", "prepared", "committed", "determined", "promise", "pledge", "vow",
                        "commit", "offer", "undertake"})


def add_frames(doc: Doc, events: list[EventNote], reader: EventReader, knowledge: Knowledge) -> list[EventNote]:
    by_trigger = {e.trigger: e for e in events}
    for event in list(events):
        trigger = doc[event.trigger]
        if knowledge.cue("force", event.event) and event.modality in UNREAL:
            _threat_frame(doc, event, by_trigger, reader, knowledge)
        if event.event == "ASSAULT" and _prepared(trigger):
            _restate(event, by_trigger, "MOBILIZE")  # "the army prepared to resume shelling": a force posture
        if event.event in COERCIVE and event.modality == "conditional" and _own_conditional_intent(trigger, knowledge):
            _restate(event, by_trigger, "THREATEN")  # "the EC may halt mediation if ...", "will boycott unless"
        elif event.event in COOPERATIVE and _intends(trigger, event, knowledge):
            _restate(event, by_trigger, "AGREE")  # "Portugal will support Turkey", "ready to contribute"
    for token in doc:
        if token.tag_ == "MD" and token.lower_ in OBLIGATION:
            _demand_frame(token, by_trigger, reader, knowledge)
    return sorted(by_trigger.values(), key=lambda e: (e.trigger, e.event not in ("AGREE", "THREATEN")))


def _threat_frame(doc: Doc, event: EventNote, by_trigger: dict[int, EventNote], reader: EventReader,
                  knowledge: Knowledge) -> None:
    frame = frame_of(doc[event.trigger], knowledge)
    if frame is None:
        return
    speakers = speakers_of(frame, reader)
    if not speakers or not {a.code for a in speakers} & {a.code for a in event.actors}:
        return
    existing = by_trigger.get(frame.i)
    if existing is not None:
        _enrich(existing, event)
        return
    mode = THREAT_MODES.get(event.event)
    threat = EventNote(
        trigger=frame.i, trigger_end=frame.i + 1, event="THREATEN", mode=mode, cameo=cameo_code("THREATEN", mode),
        contexts=list(event.contexts), actors=speakers, recipients=list(event.recipients),
    )
    threat.modality = modality_of(frame, knowledge)
    threat.date, threat.place = event.date, event.place
    by_trigger[frame.i] = threat


def _intends(trigger: Token, event: EventNote, knowledge: Knowledge) -> bool:
    """An actor's stated intent to cooperate: a commitment word ("willing to", "promised to"), or a
    plain future ("will support") or a reported "would" ("Iraq said it would allow")."""
    if event.modality == "future" and _has_aux(trigger, {"will", "shall", "'ll"}):
        return True
    if event.modality in ("hypothetical", "conditional") and _has_aux(trigger, {"would"}) and \
            frame_of(trigger, knowledge) is not None:
        return True  # "they said they would meet the mediator if ..." is a conditional offer
    return event.modality != "negated" and _committed(trigger)


def _own_conditional_intent(trigger: Token, knowledge: Knowledge) -> bool:
    """A consequence the actor itself would bring about ("will withdraw ... unless", "may halt ...
    if"), not the condition clause and not a journalist's estimate ("likely to target")."""
    if any(c.dep_ == "mark" and knowledge.cue("condition", c.lower_) for c in trigger.children):
        return False
    has_condition = any(c.dep_ == "advcl" and any(m.dep_ == "mark" and knowledge.cue("condition", m.lower_)
                                                  for m in c.children) for c in trigger.children)
    return has_condition and _has_aux(trigger, {"will", "would", "may", "might", "shall", "could", "'ll"})


def _prepared(trigger: Token) -> bool:
    return _governed_by(trigger, PREPARED_DEPS, PREPARATION)


def _has_aux(token: Token, words: set[str]) -> bool:
    return any(c.dep_ == "aux" and c.lower_ in words for c in token.children)


def _committed(trigger: Token) -> bool:
    """ "willing to send", "promised to democratize", "offered to hand over" """
    return _governed_by(trigger, COMMITTED_DEPS, COMMITMENT)


def _governed_by(trigger: Token, deps: frozenset[str], lemmas: frozenset[str]) -> bool:
    """Whether a word of `lemmas` governs the trigger within three steps up through `deps`."""
    current = trigger
    for _ in range(3):
        if current.head.i == current.i or current.dep_ not in deps:
            return False
        current = current.head
        if current.lemma_.lower() in lemmas:
            return True
    return False


def _restate(event: EventNote, by_trigger: dict[int, EventNote], as_type: str) -> None:
    """Add the statement an event makes (AGREE for an intent, THREATEN for a conditional) beside it."""
    key = -event.trigger - 1  # keyed apart from real token indices; sorted back next to its event
    if key in by_trigger:
        return
    intent = EventNote(
        trigger=event.trigger, trigger_end=event.trigger_end, event=as_type, mode=None,
        cameo=cameo_code(as_type, None),
        contexts=list(event.contexts), actors=list(event.actors), recipients=list(event.recipients),
        modality="asserted", attribution=event.attribution, quantities=list(event.quantities), place=event.place,
        date=event.date,
    )
    by_trigger[key] = intent


def _demand_frame(modal: Token, by_trigger: dict[int, EventNote], reader: EventReader, knowledge: Knowledge) -> None:
    verb = modal.head
    frame = verb.head
    lemma = frame.lemma_.lower()
    if verb.dep_ not in ("ccomp", "acl") or frame.i == verb.i or not knowledge.speech_word(lemma):
        return  # "X said that Y must ...", "issued a reminder that Y must ..."
    speakers = speakers_of(frame, reader)
    subject = subject_of(verb)
    targets = reader.actors.actors_of(subject) if subject is not None else []
    if not speakers or not targets or {a.code for a in speakers} & {t.code for t in targets} - {""}:
        return
    if frame.i in by_trigger:
        return
    demand = EventNote(
        trigger=frame.i, trigger_end=frame.i + 1, event="REQUEST", mode="change", cameo="02",
        contexts=[], actors=speakers, recipients=targets,
    )
    demand.modality = modality_of(frame, knowledge)
    by_trigger[frame.i] = demand


def frame_of(trigger: Token, knowledge: Knowledge) -> Token | None:
    current = trigger
    for _ in range(6):
        head = current.head
        if head.i == current.i:
            return None
        if current.dep_ in ("ccomp", "acl", "advcl") and knowledge.cue("threat_frame", head.lemma_.lower()):
            return head
        current = head
    return None


def speakers_of(frame: Token, reader: EventReader) -> list[ActorRef]:
    if frame.pos_ == "NOUN":
        return reader.governor_actors(frame) or [
            ref for c in frame.children if c.dep_ == "poss" for ref in reader.actors.actors_of(c)
        ]
    subject = subject_of(frame) or inherited_subject(frame)
    return reader.actors.actors_of(subject) if subject is not None else []


def _enrich(threat: EventNote, embedded: EventNote) -> None:
    if threat.event != "THREATEN":
        return
    if not threat.recipients:
        threat.recipients = list(embedded.recipients)
    threat.contexts += [c for c in embedded.contexts if c not in threat.contexts]
