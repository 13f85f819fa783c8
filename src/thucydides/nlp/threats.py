"""Threat frames: "Putin asserted that Russia would resort to nuclear weapons if ..." is an asserted
THREATEN by the speaker; the embedded use of force stays conditional or hypothetical.

A speech act (a threat_frame cue) whose complement holds a force event (ASSAULT, COERCE, MOBILIZE,
SANCTION) that is future, conditional or hypothetical, by the speaker's own side, is a threat.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from spacy.tokens import Doc, Token

from thucydides.knowledge.base import Knowledge
from thucydides.nlp.annotations import EventNote
from thucydides.nlp.arguments import inherited_subject, subject_of
from thucydides.nlp.modality import modality_of
from thucydides.ontology import cameo_code

if TYPE_CHECKING:
    from thucydides.nlp.events import EventReader

UNREAL = frozenset({"future", "conditional", "hypothetical"})
THREAT_MODES = {"ASSAULT": "violence", "COERCE": "restrict", "MOBILIZE": "violence", "SANCTION": "relations"}


def add_threat_frames(doc: Doc, events: list[EventNote], reader: EventReader, knowledge: Knowledge) -> list[EventNote]:
    by_trigger = {e.trigger: e for e in events}
    for event in list(events):
        if not knowledge.cue("force", event.event) or event.modality not in UNREAL:
            continue
        frame = _frame_of(doc[event.trigger], knowledge)
        if frame is None:
            continue
        speakers = _speakers(frame, reader, knowledge)
        if not speakers or not {a.code for a in speakers} & {a.code for a in event.actors}:
            continue
        existing = by_trigger.get(frame.i)
        if existing is not None:
            _enrich(existing, event)
            continue
        threat = _threat(frame, event, speakers, reader, knowledge)
        events.append(threat)
        by_trigger[frame.i] = threat
    return sorted(events, key=lambda e: e.trigger)


def _frame_of(trigger: Token, knowledge: Knowledge) -> Token | None:
    current = trigger
    for _ in range(6):
        head = current.head
        if head is current:
            return None
        if current.dep_ in ("ccomp", "acl", "advcl") and knowledge.cue("threat_frame", head.lemma_.lower()):
            return head
        current = head
    return None


def _speakers(frame: Token, reader: EventReader, knowledge: Knowledge) -> list:
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


def _threat(frame: Token, embedded: EventNote, speakers: list, reader: EventReader, knowledge: Knowledge) -> EventNote:
    mode = THREAT_MODES.get(embedded.event)
    note = EventNote(
        trigger=frame.i, trigger_end=frame.i + 1, event="THREATEN", mode=mode, cameo=cameo_code("THREATEN", mode),
        contexts=list(embedded.contexts), actors=speakers, recipients=list(embedded.recipients),
    )
    note.modality = modality_of(frame, knowledge)
    note.date = embedded.date
    note.place = embedded.place
    return note
