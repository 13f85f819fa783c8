"""The knowledge the extractor uses, loaded from the data tables: actors (countries, capitals,
seats of power, demonyms, organisations, people with dated roles), sector nouns, the gazetteer,
the event lexicon and the modality/attribution cues. All of it is data a user can extend."""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

from thucydides.knowledge.tables import bundled_path, header_of, read_rows, split_cell

ROLE_PRIORITY = ("head_of_state", "leader", "head_of_government", "president_elect", "foreign_minister",
                 "defence_minister", "opposition_leader")


@dataclass(frozen=True, slots=True)
class Role:
    code: str
    role: str
    sector: str
    start: str
    end: str  # "" = still in office


@dataclass(frozen=True, slots=True)
class ActorEntry:
    """What an actor name stands for. kind: country, capital, seat, demonym, org, person."""

    name: str
    code: str
    sector: str
    kind: str
    wikidata: str | None = None
    roles: tuple[Role, ...] = ()


@dataclass(frozen=True, slots=True)
class RoleVerdict:
    code: str
    sector: str
    note: str


@dataclass(frozen=True, slots=True)
class PlaceEntry:
    name: str
    country: str
    lat: float
    lon: float
    geonameid: int | None
    feature: str
    population: int


@dataclass(frozen=True, slots=True)
class LexEntry:
    lemma: str
    pos: str
    event: str
    mode: str | None
    cameo: str
    contexts: tuple[str, ...]
    objects: frozenset[str]
    preps: frozenset[str]
    modifier: str = ""  # first word of a two-word entry ("hunger" in "hunger strike")


@dataclass
class Knowledge:
    actors: dict[str, ActorEntry] = field(default_factory=dict)
    sectors: dict[str, tuple[str, str]] = field(default_factory=dict)
    places: dict[str, PlaceEntry] = field(default_factory=dict)
    lexicon: dict[tuple[str, str], list[LexEntry]] = field(default_factory=lambda: defaultdict(list))
    cues: dict[str, frozenset[str]] = field(default_factory=dict)
    contexts: dict[str, str] = field(default_factory=dict)
    country_names: dict[str, str] = field(default_factory=dict)

    def cue(self, kind: str, word: str) -> bool:
        return word in self.cues.get(kind, frozenset())

    def speech_word(self, lemma: str) -> bool:
        """A word that reports or makes a statement ("say", "warn", "statement")."""
        return self.cue("report", lemma) or self.cue("threat_frame", lemma)

    def triggers(self, lemma: str, pos: str) -> list[LexEntry]:
        return self.lexicon.get((lemma, pos), [])


def resolve_role(entry: ActorEntry, date: str | None) -> RoleVerdict:
    """The code and sector a person carries on `date`: the role valid then decides.

    No date: the latest role, and the note says so. After every role ended: the last role's
    country, sector ELI (a former office holder). Before any role began: the first role's country.
    """
    roles = sorted(entry.roles, key=lambda r: r.start)
    if not roles:
        return RoleVerdict(entry.code, entry.sector, "")
    if date is None:
        latest = max(roles, key=lambda r: (r.start, _priority(r)))
        note = f"{latest.role} of {latest.code} (latest role; no document date)"
        return RoleVerdict(latest.code, latest.sector, note)
    valid = [r for r in roles if r.start <= date and (not r.end or date < r.end)]
    if valid:
        best = min(valid, key=_priority)
        return RoleVerdict(best.code, best.sector, f"{best.role} of {best.code} on {date}")
    ended = [r for r in roles if r.end and r.end <= date]
    if ended:
        last = max(ended, key=lambda r: r.end)
        return RoleVerdict(last.code, "ELI", f"former {last.role} of {last.code} on {date}")
    first = roles[0]
    return RoleVerdict(first.code, "ELI", f"not yet {first.role} of {first.code} on {date}")


def _priority(role: Role) -> int:
    return ROLE_PRIORITY.index(role.role) if role.role in ROLE_PRIORITY else len(ROLE_PRIORITY)


@lru_cache(maxsize=8)
def load_knowledge(actor_files: tuple[str, ...] = ()) -> Knowledge:
    """Load the bundled tables, then the user's actor tables (later files win). Cached per process."""
    knowledge = Knowledge()
    _load_countries(knowledge, bundled_path("countries.tsv"))
    _load_organizations(knowledge, bundled_path("organizations.tsv"))
    _load_organizations(knowledge, bundled_path("groups.tsv"))
    _load_people(knowledge, bundled_path("people.tsv"))
    for path in actor_files:
        _load_user_table(knowledge, Path(path))
    _load_sectors(knowledge, bundled_path("sectors.tsv"))
    _load_gazetteer(knowledge, bundled_path("gazetteer.tsv"))
    _load_lexicon(knowledge, bundled_path("lexicon.tsv"))
    _load_cues(knowledge, bundled_path("cues.tsv"))
    for row in read_rows(bundled_path("contexts.tsv"), ("lemma", "context")):
        knowledge.contexts[row["lemma"]] = row["context"]
    return knowledge


def _load_user_table(knowledge: Knowledge, path: Path) -> None:
    columns = set(header_of(path))
    if {"role", "start"} <= columns:
        _load_people(knowledge, path)
    elif "demonyms" in columns:
        _load_countries(knowledge, path)
    else:
        _load_organizations(knowledge, path)


def _load_countries(knowledge: Knowledge, path: Path) -> None:
    for row in read_rows(path, ("code", "name")):
        code, name, wikidata = row["code"], row["name"], row.get("wikidata") or None
        knowledge.country_names[code] = name
        for alias in [name, *split_cell(row.get("aliases", ""))]:
            knowledge.actors[alias] = ActorEntry(name, code, "", "country", wikidata)
        for demonym in split_cell(row.get("demonyms", "")):
            knowledge.actors.setdefault(demonym, ActorEntry(name, code, "", "demonym", wikidata))
        for capital in split_cell(row.get("capital", "")):
            knowledge.actors.setdefault(capital, ActorEntry(name, code, "GOV", "capital", wikidata))
        for seat in split_cell(row.get("seats", "")):
            seat = seat.removeprefix("the ")
            knowledge.actors[seat] = ActorEntry(name, code, "GOV", "seat", wikidata)


def _load_organizations(knowledge: Knowledge, path: Path) -> None:
    for row in read_rows(path, ("code", "name")):
        entry = ActorEntry(row["name"], row["code"], row.get("sector", ""), "org", row.get("wikidata") or None)
        for alias in [row["name"], *split_cell(row.get("aliases", ""))]:
            knowledge.actors[alias.removeprefix("the ")] = entry


def _load_people(knowledge: Knowledge, path: Path) -> None:
    roles: dict[str, list[Role]] = defaultdict(list)
    aliases: dict[str, set[str]] = defaultdict(set)
    wikidata: dict[str, str | None] = {}
    for row in read_rows(path, ("name", "code", "role", "start")):
        name = row["name"]
        roles[name].append(Role(row["code"], row["role"], row.get("sector") or "GOV", row["start"], row.get("end", "")))
        aliases[name].update([name, *split_cell(row.get("aliases", ""))])
        wikidata[name] = row.get("wikidata") or wikidata.get(name)
    for name, person_roles in roles.items():
        first = person_roles[0]
        entry = ActorEntry(name, first.code, first.sector, "person", wikidata[name], tuple(person_roles))
        for alias in aliases[name]:
            knowledge.actors[alias] = entry


def _load_sectors(knowledge: Knowledge, path: Path) -> None:
    for row in read_rows(path, ("word", "sector")):
        knowledge.sectors[row["word"].lower()] = (row["sector"], row.get("kind") or "group")


def _load_gazetteer(knowledge: Knowledge, path: Path) -> None:
    for row in read_rows(path, ("name", "country", "lat", "lon")):
        place = PlaceEntry(
            name=row["name"], country=row["country"], lat=float(row["lat"]), lon=float(row["lon"]),
            geonameid=int(row["geonameid"]) if row.get("geonameid") else None,
            feature=row.get("feature", ""), population=int(float(row.get("population") or 0)),
        )
        for alias in [place.name, *split_cell(row.get("aliases", ""))]:
            known = knowledge.places.get(alias)
            if known is None or _place_rank(place) > _place_rank(known):
                knowledge.places[alias] = place


def _place_rank(place: PlaceEntry) -> tuple[int, int]:
    # Countries win over namesake cities, then the bigger place: "Georgia" the country, "Paris" France.
    return (1 if place.feature.startswith("PCL") else 0, place.population)


def _load_lexicon(knowledge: Knowledge, path: Path) -> None:
    columns = ("lemma", "pos", "event", "mode", "cameo", "context", "object", "prep")
    for row in read_rows(path, columns):
        words = row["lemma"].split()
        entry = LexEntry(
            lemma=words[-1], pos=row["pos"], event=row["event"], mode=row["mode"] or None,
            cameo=row["cameo"], contexts=tuple(split_cell(row["context"])),
            objects=frozenset(split_cell(row["object"])), preps=frozenset(split_cell(row["prep"])),
            modifier=" ".join(words[:-1]),
        )
        knowledge.lexicon[(entry.lemma, entry.pos)].append(entry)
    for entries in knowledge.lexicon.values():
        # Most specific first: two-word entries, then entries that need an object or preposition.
        entries.sort(key=lambda e: (not e.modifier, not e.objects, not e.preps))


def _load_cues(knowledge: Knowledge, path: Path) -> None:
    cues: dict[str, set[str]] = defaultdict(set)
    for row in read_rows(path, ("kind", "word")):
        cues[row["kind"]].add(row["word"])
    knowledge.cues = {kind: frozenset(words) for kind, words in cues.items()}
