"""From syntax to actors: who is the actor or recipient a token stands for.

`ActorReader.actors_of(token)` reads the noun phrase headed by `token`: a linked mention
("Pyongyang"), a modifier that names the country ("North Korean troops", "Biden administration",
"U.S. aid"), an of/from phrase ("troops of Russia", "intelligence from the U.S."), a pronoun
resolved to its antecedent, and coordination ("Turkey and Libya").
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace

from spacy.tokens import Doc, Token

from thucydides.knowledge.base import Knowledge
from thucydides.nlp.annotations import ActorMention, ActorRef, Annotations

MODIFIER_DEPS = frozenset({"compound", "amod", "poss", "nmod", "npadvmod"})
OWNER_PREPS = frozenset({"of", "from"})
# Nouns that name someone related to the modifier, not the modifier itself: "its allies".
RELATIONAL_NOUNS = frozenset({"ally", "allies", "partner", "partners", "neighbour", "neighbor", "neighbours",
                              "neighbors", "enemy", "enemies", "rival", "rivals", "critic", "critics",
                              "opponent", "opponents", "counterpart", "counterparts", "adversary", "adversaries"})
PRONOUNS = frozenset({"it", "its", "they", "their", "them", "he", "his", "him", "she", "her"})
PERSON_PRONOUNS = frozenset({"he", "his", "him", "she", "her"})
RELATIVE_PRONOUNS = frozenset({"who", "which", "that", "whom", "whose"})
FIRST_PERSON = frozenset({"i", "we", "me", "us", "my", "our"})


@dataclass
class ActorReader:
    doc: Doc
    notes: Annotations
    knowledge: Knowledge
    _by_token: dict[int, ActorMention] = field(default_factory=dict)

    def __post_init__(self) -> None:
        for mention in self.notes.actors:
            for index in range(mention.start, mention.end):
                self._by_token[index] = mention

    def mention_at(self, token: Token) -> ActorMention | None:
        return self._by_token.get(token.i)

    def actors_of(self, token: Token) -> list[ActorRef]:
        """Actors of a noun phrase head and its conjuncts, without duplicates."""
        refs: list[ActorRef] = []
        for part in (token, *token.conjuncts):
            ref = self.actor_of(part)
            if ref is None:
                continue
            for found in (ref, *self._coordinated_owners(part, ref)):
                if all(r.code != found.code or r.name != found.name for r in refs):
                    refs.append(found)
        return refs

    def _coordinated_owners(self, token: Token, ref: ActorRef) -> list[ActorRef]:
        """"Hungarian and Romanian officials", "the navies of China, India and Oman": the owner's
        conjuncts are actors too; so are people listed before a subject ("Trump and Turkish
        President Erdogan spoke")."""
        owners = []
        modifiers = [c for c in token.lefts if c.dep_ in MODIFIER_DEPS]
        modifiers += [g for c in token.rights if c.dep_ == "prep" and c.lower_ in OWNER_PREPS
                      for g in c.children if g.dep_ == "pobj"]
        for child in modifiers:
            if self.mention_at(child) is not None:
                for conjunct in child.conjuncts:
                    mention = self.mention_at(conjunct)
                    if mention is not None:
                        owners.append(replace(mention.ref, sector=ref.sector or mention.ref.sector))
        if any(t.dep_ == "cc" and t.lower_ == "and" for t in token.subtree if t.i < token.i):
            for left in token.subtree:
                mention = self.mention_at(left)
                if left.i < token.i and mention is not None and mention.entry.kind == "person":
                    owners.append(mention.ref)
        return owners

    def actor_of(self, token: Token, depth: int = 0) -> ActorRef | None:
        if depth > 3:
            return None
        sector = self.sector_word(token)
        mention = self.mention_at(token)
        if mention is not None:
            return self._with_sector(mention.ref, sector, mention, token)
        if token.lower_ in FIRST_PERSON:
            return self.speaker_of(token)
        if token.lower_ in PRONOUNS:
            return self.antecedent(token)
        if token.lower_ in RELATIONAL_NOUNS:
            return None
        sector = sector or self.modifier_sector(token)
        owner = self._owner(token, depth) or (self._located_owner(token) if sector else None)
        if owner is not None:
            return replace(owner, sector=sector or owner.sector, text=self.phrase_text(token))
        if sector:
            return ActorRef(self.phrase_text(token), token.lemma_, "", sector)
        return None

    def modifier_sector(self, token: Token) -> str:
        """"opposition groups", "government officials", "military officers": a sector word in front."""
        if token.pos_ not in ("NOUN", "PROPN"):
            return ""
        for child in token.lefts:
            if child.dep_ in ("compound", "amod") and (found := self.sector_word(child)):
                return found
        return ""

    def _located_owner(self, token: Token) -> ActorRef | None:
        """"opposition groups in Zimbabwe": a group is the country it is in."""
        for child in token.rights:
            if child.dep_ == "prep" and child.lower_ == "in":
                for pobj in child.children:
                    mention = self.mention_at(pobj) if pobj.dep_ == "pobj" else None
                    if mention is not None and mention.entry.kind == "country":
                        return mention.ref
        return None

    def _owner(self, token: Token, depth: int) -> ActorRef | None:
        for child in token.lefts:
            if child.dep_ in MODIFIER_DEPS:
                mention = self.mention_at(child)
                if mention is not None:
                    return mention.ref
                if child.lower_ in ("its", "their"):
                    return self.antecedent(child)
        # "the spokesperson for the German government": an office speaks for its owner
        preps = OWNER_PREPS | {"for"} if self._office(token) else OWNER_PREPS
        for child in token.rights:
            if child.dep_ == "prep" and child.lower_ in preps:
                for pobj in child.children:
                    if pobj.dep_ == "pobj":
                        return self.actor_of(pobj, depth + 1)
        return None

    def _office(self, token: Token) -> bool:
        found = self.knowledge.sectors.get(token.lower_)
        return found is not None and found[1] == "person"

    def _with_sector(self, ref: ActorRef, sector: str, mention: ActorMention, token: Token) -> ActorRef:
        if mention.entry.kind == "demonym":
            # "North Korean troops" -> PRK MIL; "young Algerians" are civilians
            people = token.i == mention.end - 1 and token.tag_ in ("NNS", "NNPS")
            return replace(ref, sector=sector or ("CVL" if people else ref.sector))
        return ref

    def sector_word(self, token: Token) -> str:
        found = self.knowledge.sectors.get(token.lower_) or self.knowledge.sectors.get(token.lemma_.lower())
        return found[0] if found else ""

    def phrase_text(self, token: Token) -> str:
        left = min([token.i] + [c.left_edge.i for c in token.lefts if c.dep_ in MODIFIER_DEPS | {"det"}])
        return self.doc[left:token.i + 1].text

    def speaker_of(self, pronoun: Token) -> ActorRef | None:
        """"I" and "we" in a quotation are its speaker: the subject of the reporting verb outside
        the quotation marks, in the same sentence or the one next to it ("'We warn the Saudis',
        Saree said")."""
        sentence = pronoun.sent
        neighbours = [sentence]
        if sentence.end < len(self.doc):
            neighbours.append(self.doc[sentence.end].sent)
        if sentence.start > 0:
            neighbours.append(self.doc[sentence.start - 1].sent)
        for span in neighbours:
            for token in span:
                if not is_speech(token, self.knowledge) or _quoted(token):
                    continue
                subject = subject_of(token)
                if subject is not None and subject.lower_ not in FIRST_PERSON | PRONOUNS:
                    refs = self.actors_of(subject)
                    if refs:
                        return refs[0]
        return None

    def antecedent(self, pronoun: Token) -> ActorRef | None:
        """The actor a pronoun stands for: the subject of its own clause for a possessive
        ("North Korea intensifies its support"), else the nearest actor mention before it."""
        want_person = pronoun.lower_ in PERSON_PRONOUNS
        if pronoun.lower_ in ("its", "their", "his", "her"):
            verb = governing_verb(pronoun)
            if verb is not None:
                for child in verb.children:
                    if child.dep_ in ("nsubj", "nsubjpass") and child.i < pronoun.i and child.lower_ not in PRONOUNS:
                        ref = self.actor_of(child, depth=3) if child.i != pronoun.i else None
                        person = (mention := self.mention_at(child)) is not None and mention.entry.kind == "person"
                        # "its" is never a person: "Pompeo cited the Cuban government's ... and its support"
                        if ref is not None and (person == want_person or pronoun.lower_ == "their"):
                            return ref
        for mention in reversed(self.notes.actors):
            if mention.end > pronoun.i or pronoun.i - mention.end > 80:
                continue
            is_person = mention.entry.kind == "person"
            if is_person == want_person and mention.ref.code:
                return mention.ref
        return None


def is_speech(token: Token, knowledge: Knowledge) -> bool:
    """A verb that reports what someone says: its complement is attributed to its subject."""
    return token.pos_ == "VERB" and knowledge.speech_word(token.lemma_.lower())


def _quoted(token: Token) -> bool:
    """Inside quotation marks: an odd number of quote tokens before it on its line."""
    line_start = token.i
    while line_start > 0 and "\n" not in token.doc[line_start - 1].text:
        line_start -= 1
    return sum(1 for t in token.doc[line_start:token.i] if t.is_quote) % 2 == 1


def governing_verb(token: Token) -> Token | None:
    current = token
    for _ in range(8):
        if current.pos_ in ("VERB", "AUX") and current.i != token.i:
            return current
        if current.head.i == current.i:
            return current if current.pos_ in ("VERB", "AUX") else None
        current = current.head
    return None


def subject_of(verb: Token) -> Token | None:
    for child in verb.children:
        if child.dep_ in ("nsubj", "csubj"):
            return child
    return None


def passive_subject_of(verb: Token) -> Token | None:
    for child in verb.children:
        if child.dep_ == "nsubjpass":
            return child
    return None


def agent_of(verb: Token) -> Token | None:
    for child in verb.children:
        if child.dep_ == "agent":
            for pobj in child.children:
                if pobj.dep_ == "pobj":
                    return pobj
    return None


def inherited_subject(verb: Token) -> Token | None:
    """The subject a verb shares with the verb it depends on: "is working to bolster",
    "attacked and destroyed", "..., injecting", "the troops who attacked"."""
    current = verb
    for _ in range(6):
        subject = subject_of(current)
        if subject is not None and subject.lower_ not in RELATIVE_PRONOUNS:
            return subject
        if subject is not None or current.dep_ == "relcl":
            return current.head if current.dep_ == "relcl" else None
        if current.dep_ == "pcomp" and current.head.dep_ == "prep":
            current = current.head.head  # "resorted to throwing stones": through the preposition
            continue
        if current.dep_ in ("xcomp", "conj", "advcl", "acl", "acomp") and current.head.i != current.i:
            if current.dep_ == "acl":
                # "posted a message on Twitter blaming Iran": a participle hanging off a
                # prepositional object belongs to the clause, not to that object
                if current.head.dep_ != "pobj":
                    return current.head
                clause_verb = governing_verb(current.head)
                return subject_of(clause_verb) if clause_verb is not None else None
            current = current.head
            continue
        return None
    return None
