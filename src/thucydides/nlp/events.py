"""Component `thuc_events`: events from the parse of each body sentence.

For every trigger (lexicon verb or noun) we read the actor and the recipient from the clause
(active, passive, coordination, relative and participle clauses, nominal events such as "the
deployment of North Korean troops to Russia" or "X's support for Y"), then its modality,
attribution, quantities, place and date. Captions, headings and datelines yield no events.
"""

from __future__ import annotations

from bisect import bisect_left
from collections import deque
from collections.abc import Iterator
from dataclasses import replace
from typing import Any

from spacy.tokens import Doc, Token

from thucydides.knowledge.base import Knowledge, LexEntry
from thucydides.nlp.annotations import ActorRef, Annotations, EventNote, PlaceMention
from thucydides.nlp.arguments import (
    RELATIVE_PRONOUNS,
    ActorReader,
    agent_of,
    inherited_subject,
    passive_subject_of,
    subject_of,
)
from thucydides.nlp.attribution import attribution_of
from thucydides.nlp.dates import parse_date
from thucydides.nlp.extensions import annotations_of
from thucydides.nlp.frames import add_frames
from thucydides.nlp.modality import is_historical, modality_of
from thucydides.nlp.responsibility import assign_responsibility
from thucydides.nlp.triggers import match_trigger
from thucydides.ontology import EVENT_TYPES

RECIPIENT_PREPS = frozenset({"to", "against", "on", "with", "for", "into", "toward", "towards", "over", "upon",
                             "at", "between"})
RECIPIENT_DEPS = frozenset({"dobj", "dative", "iobj", "attr", "oprd", "prep", "pobj", "poss", "compound", "amod",
                            "conj", "appos", "nmod", "npadvmod", "pcomp"})
SPEECH_TYPES = frozenset({"THREATEN", "ACCUSE", "REQUEST", "REJECT", "SUPPORT"})
# Clauses that do not carry the event's own arguments, places or numbers.
FOREIGN_CLAUSES = frozenset({"relcl", "ccomp", "advcl", "acl", "parataxis"})
# Violence and protest are events even when the text does not say who acted ("a car bomb was rammed
# into a base", "protests continue in Baghdad"): the actor is unidentified, coded with the country of
# the event's place (or the article's) as PLOVER and ACLED code unidentified armed groups and crowds.
UNATTRIBUTED_ACTORS = {
    "ASSAULT": ActorRef("unidentified attackers", "unidentified attackers", "", "UAF", placeholder=True),
    "PROTEST": ActorRef("protesters", "protesters", "", "CVL", placeholder=True),
    # "1,000 people have been arrested", "eleven have been charged with murder", "he was sentenced"
    "COERCE": ActorRef("authorities", "authorities", "", "GOV", placeholder=True),
    "ACCUSE": ActorRef("prosecutors", "prosecutors", "", "JUD", placeholder=True),
    "SANCTION": ActorRef("authorities", "authorities", "", "JUD", placeholder=True),
}
# Condemning or praising an event judges whoever did it.
JUDGING_TYPES = frozenset({"ACCUSE", "SUPPORT"})
# Only a verb with no agent ("were arrested") implies an unnamed state actor; a bare noun does not
# ("restrictions on Ukraine's use" names no one who restricts).
VERB_ONLY_UNATTRIBUTED = frozenset({"COERCE", "ACCUSE", "SANCTION"})
# Criticism, demands and refusals are addressed to someone even when the clause names only the
# thing ("criticized the move", "condemned the operation"): the nearest other actor named before.
ADDRESSED_TYPES = frozenset({"ACCUSE", "REQUEST", "REJECT", "THREATEN", "AID", "COOPERATE", "SANCTION", "ASSAULT"})
MUTUAL_TYPES = frozenset({"CONSULT", "AGREE", "COOPERATE"})
CIVILIAN_SECTORS = frozenset({"CVL", "LAB", "EDU", "AGR", "OPP", "MED", "JRN", "REL", "REF", "SOC", "BUS"})
LABOUR_WORDS = frozenset({"worker", "union", "employee", "teacher", "staff", "labour", "labor", "wage", "pay",
                          "nurse", "doctor", "driver", "miner", "pension"})
CIVILIAN_RECODING = {
    ("ASSAULT", "strike"): ("PROTEST", "strike", "143"),
    ("COERCE", "block"): ("PROTEST", "obstruct", "144"),
    ("COERCE", "blockade"): ("PROTEST", "obstruct", "144"),
    ("COERCE", "occupy"): ("PROTEST", "obstruct", "144"),
    ("PROTEST", "gather"): ("PROTEST", "demo", "141"),
    ("ASSAULT", "throw"): ("PROTEST", "riot", "145"),  # stone-throwing youths riot
}
# "Hataman agreed, saying ...": agreeing with no one on nothing is an opinion, not an agreement
NEEDS_COMPLEMENT = frozenset({"agree"})
# "intensifies its support with attacks", "arrived on a visit": the verb's subject acts
CARRYING_PREPS = frozenset({"with", "in", "through", "into", "on"})
YIELDING_TYPES = frozenset({"CONCEDE", "AGREE", "RETREAT", "COOPERATE"})
CONTEXT_WINDOW_TOKENS = 150  # about the paragraph before, in news prose
# An attack or a protest by someone unidentified, with no stated target, hits the people, or
# addresses the government, of the place where it happens.
UNSTATED_TARGETS = {
    "ASSAULT": ActorRef("civilians", "civilians", "", "CVL", placeholder=True),
    "PROTEST": ActorRef("government", "government", "", "GOV", placeholder=True),
}
LOCATIVE_PREPS = frozenset({"in", "at", "into", "inside", "near", "across", "within", "outside", "throughout"})


class EventReader:
    def __init__(self, doc: Doc, notes: Annotations, knowledge: Knowledge) -> None:
        self.doc = doc
        self.notes = notes
        self.knowledge = knowledge
        self.actors = ActorReader(doc, notes, knowledge)
        # doc.ents builds every entity span on each access: read the dates once
        self.dates = [(ent.root.i, ent.text) for ent in doc.ents if ent.label_ == "DATE"]
        self.mention_starts = [m.start for m in notes.actors]  # notes.actors is sorted by start

    def events(self) -> Iterator[EventNote]:
        for block in self.notes.blocks:
            if block.kind != "paragraph":
                continue
            for token in self.doc[block.start:block.end]:
                entry = match_trigger(token, self.knowledge)
                if entry is not None:
                    note = self.event_at(token, entry)
                    if note is not None:
                        yield note

    def event_at(self, trigger: Token, entry: LexEntry) -> EventNote | None:
        if trigger.pos_ == "VERB":
            actors, recipients = self.verb_arguments(trigger, entry)
        else:
            actors, recipients = self.noun_arguments(trigger, entry)
        unidentified = not actors and entry.event in UNATTRIBUTED_ACTORS and self.unattributed(trigger, entry)
        if unidentified:
            actors = [UNATTRIBUTED_ACTORS[entry.event]]
        if not actors or (entry.lemma in NEEDS_COMPLEMENT and len(actors) < 2 and not _complemented(trigger)):
            return None
        kept = [r for r in recipients if not any(_same_side(r, a) for a in actors)]
        recipients = kept or self.unstated_recipients(trigger, entry, actors, unidentified, bool(recipients))
        entry = _civilian_reading(entry, trigger, actors)
        note = EventNote(
            trigger=trigger.i, trigger_end=trigger.i + 1, event=entry.event, mode=entry.mode, cameo=entry.cameo,
            contexts=self.contexts(trigger, entry), actors=actors, recipients=recipients,
        )
        self.describe(note, trigger)
        return note

    def unstated_recipients(self, trigger: Token, entry: LexEntry, actors: list[ActorRef], unidentified: bool,
                            had_own_side: bool) -> list[ActorRef]:
        """Who an event addresses when its clause names no one else."""
        if unidentified and entry.event in UNSTATED_TARGETS:
            return [UNSTATED_TARGETS[entry.event]]
        if entry.event in MUTUAL_TYPES and len(actors) > 1:
            return list(actors)  # "Trump and Erdogan spoke": each is the other's counterpart
        if entry.event in ("PROTEST", "REQUEST") and all(a.sector in CIVILIAN_SECTORS for a in actors):
            return [ActorRef("government", "government", actors[0].code, "GOV")]  # crowds address their own
        if not had_own_side and entry.event in ADDRESSED_TYPES:
            return self.recipient_in_context(trigger, actors)
        return []

    def describe(self, note: EventNote, trigger: Token) -> None:
        note.modality = modality_of(trigger, self.knowledge)
        note.attribution = attribution_of(trigger, self.actors, self.knowledge)
        clause = {t.i for t in clause_tokens(trigger)}
        note.quantities = [q for q in self.notes.quantities if q.head in clause]
        note.place = self.place_in(clause)
        if not note.recipients and note.place is not None and EVENT_TYPES[note.event].needs_recipient:
            # "suspended aid deliveries in Baghdad": aid and sanctions reach the place they go to
            place = note.place
            note.recipients = [ActorRef(place.text, place.place.name, place.place.country, "")]
        note.date = self.date_in(clause) or self.date_in(self.enclosing_clauses(trigger)) or self.notes.date
        if note.modality == "asserted" and is_historical(note.date, self.notes.date):
            note.modality = "historical"
        if note.modality == "negated" and note.event in YIELDING_TYPES:
            # "did not accede to the demands", "refused to withdraw": a refusal is itself an event
            note.event, note.mode, note.cameo, note.modality = "REJECT", None, "12", "asserted"

    def unattributed(self, trigger: Token, entry: LexEntry) -> bool:
        """Whether an event may stand with an unidentified actor: a noun ("the attack"), a verb
        with no agent ("were killed"), or one whose subject is a weapon ("rockets struck"), but not
        "a traffic collision killed" or "was struck by a Volvo"."""
        if trigger.pos_ != "VERB":
            return entry.event not in VERB_ONLY_UNATTRIBUTED
        slot = agent_of(trigger) if is_passive(trigger) else subject_of(trigger) or inherited_subject(trigger)
        return slot is None or self.knowledge.cue("weapon", slot.lemma_.lower())

    def recipient_in_context(self, trigger: Token, actors: list[ActorRef]) -> list[ActorRef]:
        before = bisect_left(self.mention_starts, trigger.i)
        for mention in reversed(self.notes.actors[:before]):
            if trigger.i - mention.start > CONTEXT_WINDOW_TOKENS:
                break
            # a platform ("posted on Twitter") is where words go, not whom they address
            if mention.ref.code and mention.ref.code != "MNC" and not any(_same_side(mention.ref, a) for a in actors):
                return [mention.ref]
        return []

    # --- arguments -------------------------------------------------------------------------
    def verb_arguments(self, verb: Token, entry: LexEntry) -> tuple[list[ActorRef], list[ActorRef]]:
        if is_passive(verb):
            return self.passive_arguments(verb, entry)
        subject = subject_of(verb) or inherited_subject(verb)
        actors = self.subject_actors(subject) if subject is not None else []
        judged = self.judged_event(verb) if entry.event in JUDGING_TYPES else None
        if judged is not None and not self.recipients_beside(verb, judged[0], subject):
            return actors, judged[1]
        recipients = self.recipients_from(verb, exclude=subject, speech=entry.event in SPEECH_TYPES,
                                          instrument=entry.objects)
        return actors, recipients

    def judged_event(self, verb: Token) -> tuple[Token, list[ActorRef]] | None:
        """"condemned the attack on Navalny" is aimed at the attacker, not at Navalny; "praised the
        deployment of NATO troops" at NATO. None when the object is not an event."""
        obj = next((c for c in verb.children if c.dep_ == "dobj"), None)
        entry = match_trigger(obj, self.knowledge) if obj is not None and obj.pos_ == "NOUN" else None
        if obj is None or entry is None:
            return None
        return obj, [a for a in self.noun_actors(obj, entry) if not a.placeholder]

    def recipients_beside(self, verb: Token, judged: Token, subject: Token | None) -> list[ActorRef]:
        """Recipients the verb names outside the judged event ("attributed the bombing to the Houthis")."""
        outside = [t for t in verb.children if t.i != judged.i and (subject is None or t.i != subject.i)]
        return [ref for t in outside if t.dep_ == "prep" and t.lower_ in RECIPIENT_PREPS
                for pobj in t.children if pobj.dep_ == "pobj" for ref in self.actors.actors_of(pobj)]

    def passive_arguments(self, verb: Token, entry: LexEntry) -> tuple[list[ActorRef], list[ActorRef]]:
        agent = agent_of(verb)
        patient = passive_subject_of(verb) or _conj_passive_subject(verb)
        if patient is not None and patient.lower_ in RELATIVE_PRONOUNS and verb.dep_ == "relcl":
            patient = verb.head  # "Lam, who is supported by the Chinese government"
        actors = self.actors.actors_of(agent) if agent is not None else []
        recipients = self.actors.actors_of(patient) if patient is not None else []
        if not actors and entry.event == "MOBILIZE" and recipients:
            # "12,000 North Korean troops have been stationed in Russia": the troops' country
            # mobilised them; where they went is the recipient.
            actors = recipients
            recipients = self.recipients_from(verb, exclude=patient, speech=False, instrument=entry.objects)
        return actors, recipients

    def noun_arguments(self, noun: Token, entry: LexEntry) -> tuple[list[ActorRef], list[ActorRef]]:
        actors = self.noun_actors(noun, entry)
        recipients = self.recipients_from(noun, exclude=None, speech=entry.event in SPEECH_TYPES)
        governor = noun.head
        if not recipients and noun.dep_ == "dobj" and self.knowledge.cue("light", governor.lemma_):
            # "increased cooperation ... with the navies of China": the light verb carries the phrase
            recipients = self.recipients_from(governor, exclude=subject_of(governor), speech=False)
        if not actors and noun.dep_ in ("dobj", "pobj") and self.knowledge.cue("inverse", governor.lemma_):
            return [], recipients
        if noun.dep_ == "dobj" and self.knowledge.cue("inverse", governor.lemma_):
            subject = subject_of(governor) or inherited_subject(governor)
            if subject is not None:
                recipients = self.actors.actors_of(subject) + recipients
        return actors, recipients

    def noun_actors(self, noun: Token, entry: LexEntry) -> list[ActorRef]:
        if entry.event == "AGREE":
            # "the NATO treaty", "a 1994 agreement" name a text; "signed/reached an agreement" is the event
            return self.governor_actors(noun)
        for child in noun.children:
            if child.dep_ == "acl" and child.tag_ == "VBN":
                agent = agent_of(child)  # "an attack conducted by the Taliban"
                if agent is not None and (refs := self.actors.actors_of(agent)):
                    return refs
            if child.dep_ == "poss":
                return self.actors.actors_of(child)
            if child.dep_ == "prep" and child.lower_ in ("by", "from") and entry.event != "MOBILIZE":
                pobj = _pobj(child)
                if pobj is not None and (refs := self.actors.actors_of(pobj)):
                    return refs
            if child.dep_ == "prep" and child.lower_ == "of" and entry.event == "MOBILIZE":
                pobj = _pobj(child)
                if pobj is not None and (refs := self.actors.actors_of(pobj)):
                    return refs
        for child in noun.lefts:
            mention = self.actors.mention_at(child)
            # "a Kabul car bombing" happened in Kabul; "Russian attacks" were Russia's
            if child.dep_ in ("compound", "amod", "nmod") and mention is not None and mention.entry.kind != "capital":
                return [mention.ref]
        return self.governor_actors(noun) or self._source_actors(noun)

    def _source_actors(self, noun: Token) -> list[ActorRef]:
        """"Statements of condemnation have come from the Vatican": where it came from acted."""
        verb = noun.head if noun.dep_ == "nsubj" else None
        if verb is None or verb.lemma_.lower() not in ("come", "emerge", "arrive"):
            return []
        for prep in verb.children:
            if prep.dep_ == "prep" and prep.lower_ == "from" and (pobj := _pobj(prep)) is not None:
                return self.actors.actors_of(pobj)
        return []

    def governor_actors(self, noun: Token) -> list[ActorRef]:
        """A nominal event's actor is the subject of the light verb that carries it ("Putin issued a
        warning", "North Korea intensifies ... with attacks")."""
        governor = noun.head
        if noun.dep_ == "pobj" and governor.dep_ == "prep" and governor.lower_ in CARRYING_PREPS:
            governor = governor.head
        elif noun.dep_ not in ("dobj", "conj") or not self.knowledge.cue("light", governor.lemma_):
            return []
        if noun.dep_ == "conj":
            return self.governor_actors(governor) if governor.pos_ == "NOUN" else []
        if governor.pos_ == "NOUN" and (entry := match_trigger(governor, self.knowledge)) is not None:
            return self.noun_actors(governor, entry)  # "an offensive with airstrikes"
        if governor.pos_ not in ("VERB", "AUX"):
            return []
        subject = subject_of(governor) or inherited_subject(governor)
        return self.subject_actors(subject) if subject is not None else []

    def subject_actors(self, subject: Token) -> list[ActorRef]:
        entry = match_trigger(subject, self.knowledge)
        if entry is not None and subject.pos_ == "NOUN":
            return self.noun_actors(subject, entry)
        found = self.actors.actors_of(subject)
        if not found and subject.dep_ == "dobj" and subject.head.pos_ == "VERB" and subject.head.i != subject.i:
            # "the PKK issued a declaration demanding ...": whoever issued the document demands
            clause_subject = subject_of(subject.head)
            return self.actors.actors_of(clause_subject) if clause_subject is not None else []
        return found

    def recipients_from(self, head: Token, *, exclude: Token | None, speech: bool,
                        instrument: frozenset[str] = frozenset()) -> list[ActorRef]:
        """The first actors among the trigger's objects and prepositional phrases (breadth-first),
        then, for speech acts and purposes, in the clauses it governs (in text order). Coded actors
        win over sector-only ones ("police", "protesters"). An instrument object ("lifted
        restrictions", "used missiles") is not a recipient, but its own phrases are searched."""
        # the subject's own words are not its recipients; a clause hanging off the subject that holds
        # the trigger is ("calls by officials asking the United States to waive ...")
        excluded = {t.i for t in exclude.subtree} - {t.i for t in head.subtree} if exclude is not None else set()
        coded: list[ActorRef] = []
        uncoded: list[ActorRef] = []
        for phase in (self._object_tokens(head, instrument), self._clause_tokens(head, speech)):
            for token in phase:
                if token.i in excluded or token.lower_ == "it":
                    continue
                for ref in self.actors.actors_of(token) if token.dep_ != "conj" else []:
                    (coded if ref.code else uncoded).append(ref)
                if coded:
                    return _unique(coded)
        return _unique(uncoded)

    def _object_tokens(self, head: Token, instrument: frozenset[str]) -> Iterator[Token]:
        queue: deque[tuple[Token, int]] = deque((c, 1) for c in head.children if _leads_to_recipient(c))
        while queue:
            token, depth = queue.popleft()
            is_instrument = token.lemma_.lower() in instrument and token.dep_ in ("dobj", "nsubjpass", "pobj")
            if token.dep_ != "prep" and token.pos_ not in ("VERB", "AUX", "ADP") and not is_instrument:
                yield token
            if depth < 4:
                queue.extend(
                    (c, depth + 1) for c in token.children
                    if _inner_step(c) and not (is_instrument and c.dep_ in ("compound", "amod", "nmod"))
                )

    def _clause_tokens(self, head: Token, speech: bool) -> Iterator[Token]:
        for child in head.children:
            if _opens_clause(child, speech):
                yield from (t for t in child.subtree if t.pos_ in ("PROPN", "NOUN", "PRON"))

    # --- description -------------------------------------------------------------------------
    def contexts(self, trigger: Token, entry: LexEntry) -> list[str]:
        found = list(entry.contexts)
        for token in clause_tokens(trigger):
            context = self.knowledge.contexts.get(token.lemma_.lower())
            if context and context not in found:
                found.append(context)
        return found

    def place_in(self, clause: set[int]) -> PlaceMention | None:
        """The place of the event's clause: a city or region first; a country only as the object
        of a locative preposition ("stationed in Russia"); never the actor's own name."""
        in_clause = [p for p in self.notes.places if p.end - 1 in clause and not _is_argument(self.doc[p.end - 1])]
        specific = [p for p in in_clause if not p.place.feature.startswith("PCL")]
        if specific:
            return specific[0]
        for place in in_clause:
            head = self.doc[place.end - 1]
            if head.dep_ == "pobj" and head.head.lower_ in LOCATIVE_PREPS:
                return place
        return None

    def enclosing_clauses(self, trigger: Token) -> set[int]:
        """The clauses a trigger sits in, up to a reported statement's boundary: "In 2006, Abqaiq was
        the target of an attack" dates the attack; "X said on Monday that Y attacked" does not."""
        found: set[int] = set()
        current = trigger
        while current.head.i != current.i and current.dep_ not in ("ccomp", "parataxis"):
            current = current.head
            found |= {t.i for c in current.children if c.dep_ in ("prep", "npadvmod", "advmod") for t in c.subtree}
        return found

    def date_in(self, clause: set[int]) -> str | None:
        for root, text in self.dates:
            if root in clause and (found := parse_date(text, self.notes.date)):
                return found
        return None


def without_restatements(doc: Doc, events: list[EventNote]) -> list[EventNote]:
    """One incident, one event: in "a car bombing killed five" or "the attacks struck the plant" the
    verb restates its subject noun's event; the noun's event stays, the verb's goes."""
    by_trigger = {e.trigger: e for e in events}
    kept = []
    for event in events:
        verb = doc[event.trigger]
        subject = next((c for c in verb.children if c.dep_ in ("nsubj", "agent", "nsubjpass")), None)
        if subject is not None and subject.dep_ == "agent":
            subject = next((c for c in subject.children if c.dep_ == "pobj"), None)
        noun_event = by_trigger.get(subject.i) if subject is not None else None
        if verb.pos_ == "VERB" and noun_event is not None and noun_event.event == event.event:
            noun_event.quantities += [q for q in event.quantities if q not in noun_event.quantities]
            noun_event.place = noun_event.place or event.place
            if not noun_event.recipients or _unstated(noun_event.recipients):
                noun_event.recipients = event.recipients
            continue
        kept.append(event)
    return kept


def _unstated(refs: list[ActorRef]) -> bool:
    return all(r.placeholder for r in refs)


def clause_tokens(trigger: Token) -> Iterator[Token]:
    """The trigger's own clause: its subtree without embedded clauses (and, for a noun trigger,
    the verb that carries it with that verb's objects)."""
    stack = [trigger]
    while stack:
        token = stack.pop()
        yield token
        stack.extend(c for c in token.children if c.dep_ not in FOREIGN_CLAUSES or (token.i == trigger.i and
                     c.dep_ == "advcl" and c.tag_ == "VB"))


def is_passive(verb: Token) -> bool:
    if any(c.dep_ in ("auxpass", "nsubjpass") for c in verb.children):
        return True
    return verb.dep_ == "conj" and verb.tag_ == "VBN" and subject_of(verb) is None and is_passive(verb.head)


def _conj_passive_subject(verb: Token) -> Token | None:
    current = verb
    while current.dep_ == "conj" and current.head.i != current.i:
        current = current.head
        found = passive_subject_of(current)
        if found is not None:
            return found
    if verb.dep_ == "acl":
        return verb.head
    return None


def _complemented(verb: Token) -> bool:
    return any(c.dep_ in ("xcomp", "ccomp", "dobj", "prep", "attr") for c in verb.children)


def _civilian_reading(entry: LexEntry, trigger: Token, actors: list[ActorRef]) -> LexEntry:
    """Workers who "strike" or "block a road" protest; they do not assault or coerce. A strike in a
    sentence about workers, unions or pay is a labour strike whoever calls it."""
    recoded = CIVILIAN_RECODING.get((entry.event, trigger.lemma_.lower()))
    if recoded is None or not actors or (trigger.lemma_.lower() == "strike" and trigger.pos_ != "NOUN"):
        return entry  # "we have the right to strike back" is no labour strike
    if (entry.event, trigger.lemma_.lower()) == ("PROTEST", "gather"):
        # crowds gather to protest; officials gather to confer
        if all(a.sector in CIVILIAN_SECTORS for a in actors):
            return entry
        return replace(entry, event="CONSULT", mode="multilateral", cameo="044")
    labour = trigger.lemma_.lower() == "strike" and any(t.lemma_.lower() in LABOUR_WORDS for t in trigger.sent)
    if not labour and not all(a.sector in CIVILIAN_SECTORS for a in actors):
        return entry
    event, mode, cameo = recoded
    return replace(entry, event=event, mode=mode, cameo=cameo)


def _same_side(recipient: ActorRef, actor: ActorRef) -> bool:
    """A recipient that is the actor again: same entity, or same country with no sector telling the
    two apart ("Trump withdrew the US from ..."); "Russian police arrested Russian protesters" stays."""
    if recipient.name == actor.name and recipient.code == actor.code:
        return True
    # "They asked Hong Kong's Chief Executive": a named office differs from a bare country or crowd
    return bool(recipient.code) and recipient.code == actor.code and recipient.sector in ("", actor.sector)


def _is_argument(token: Token) -> bool:
    while token.dep_ in ("compound", "amod") and token.head.i != token.i:
        token = token.head
    return token.dep_ in ("nsubj", "nsubjpass", "poss", "agent")


def _pobj(prep: Token) -> Token | None:
    return next((c for c in prep.children if c.dep_ == "pobj"), None)


def _leads_to_recipient(child: Token) -> bool:
    if child.dep_ == "prep":
        return child.lower_ in RECIPIENT_PREPS
    return child.dep_ in ("dobj", "dative", "iobj", "attr", "oprd", "nsubjpass")


def _opens_clause(child: Token, speech: bool) -> bool:
    if child.dep_ in ("ccomp", "acl") and speech:
        return True
    return child.dep_ in ("advcl", "xcomp") and any(c.lower_ == "to" and c.dep_ == "aux" for c in child.children)


def _inner_step(child: Token) -> bool:
    if child.dep_ == "prep":
        # inside an object: "an admission by Moscow", "autonomy from Serbian authorities"
        return child.lower_ in RECIPIENT_PREPS | {"of", "by", "from"}
    return child.dep_ in RECIPIENT_DEPS


def _unique(refs: list[ActorRef]) -> list[ActorRef]:
    seen: set[tuple[str, str]] = set()
    unique = []
    for ref in refs:
        if (ref.code, ref.name) not in seen:
            seen.add((ref.code, ref.name))
            unique.append(ref)
    return unique


def make_thuc_events(knowledge: Knowledge) -> Any:
    def thuc_events(doc: Doc) -> Doc:
        notes = annotations_of(doc)
        reader = EventReader(doc, notes, knowledge)
        events = without_restatements(doc, list(reader.events()))
        assign_responsibility(doc, events, reader.actors)
        notes.events = add_frames(doc, events, reader, knowledge)
        return doc

    return thuc_events


__all__ = ["EventReader", "make_thuc_events"]
