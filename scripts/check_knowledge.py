#!/usr/bin/env python3
"""Validate the actor, sector and place tables in src/thucydides/knowledge/data.

    python scripts/check_knowledge.py [--data DIR] [--strict]

Checks: headers and column counts, ISO 3166 alpha-3 codes (pycountry, plus XKX and the non-state
codes), roles, PLOVER sectors, dates (YYYY-MM-DD, start <= end), coordinates, feature codes,
Wikidata ids, empty '|' parts, duplicate keys, and a few gazetteer entries the gold data needs.
Prints row counts. Errors make the exit status 1; warnings (shared aliases, overlapping terms in
one office) are printed and only fail with --strict.
Needs pycountry (a build/dev tool here; the package itself does not import it).
"""

from __future__ import annotations

import argparse
import collections
import datetime as dt
import itertools
import re
import sys
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

import pycountry

DATA = Path(__file__).resolve().parents[1] / "src/thucydides/knowledge/data"

NON_STATE = {"IGO", "UNO", "EUR", "NGO", "MNC"}
EXTRA_COUNTRIES = {"XKX"}
GROUP_CODES = NON_STATE | {"IMG", "ISM"}
SECTORS = set(
    [
        "COP",
        "GOV",
        "JUD",
        "LEG",
        "MIL",
        "PRM",
        "PTY",
        "REB",
        "SPY",
        "UAF",
        "UNK",
        "AGR",
        "BUS",
        "CRM",
        "CVL",
        "EDU",
        "ELI",
        "JRN",
        "LAB",
        "MED",
        "REF",
        "OPP",
        "PRE",
        "REL",
        "SOC",
    ]
)
ROLES = {
    "head_of_state",
    "head_of_government",
    "foreign_minister",
    "defence_minister",
    "president_elect",
    "leader",
    "opposition_leader",
    "official",
}
FEATURES = {"PCLI", "ADM1", "PPLC", "PPLA", "PPL", "RGN", "SEA", "STRT"}
NO_COUNTRY_FEATURES = {"RGN", "SEA", "STRT"}
WIKIDATA = re.compile(r"^Q[1-9][0-9]*$")
DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")

HEADERS = {
    "countries.tsv": ("code", "name", "aliases", "demonyms", "capital", "seats", "wikidata"),
    "organizations.tsv": ("code", "name", "aliases", "wikidata"),
    "people.tsv": ("name", "aliases", "code", "role", "sector", "start", "end", "wikidata"),
    "sectors.tsv": ("word", "sector", "kind"),
    "gazetteer.tsv": ("name", "aliases", "country", "lat", "lon", "geonameid", "feature", "population"),
    "groups.tsv": ("code", "name", "aliases", "sector", "wikidata"),
}
OPTIONAL = {"groups.tsv"}  # written by another part of the project; checked when present

# (name, country, lat, lon, tolerance in degrees) that must be in the gazetteer.
GAZETTEER_MUST = (
    ("Kursk", "RUS", 51.73, 36.19, 0.1),
    ("Kursk region", "RUS", 51.73, 36.19, 0.5),
    ("Pyongyang", "PRK", 39.03, 125.75, 0.1),
    ("Magnitogorsk", "RUS", 53.41, 59.05, 0.2),
    ("Moscow", "RUS", 55.75, 37.62, 0.1),
    ("Kyiv", "UKR", 50.45, 30.52, 0.1),
    ("Washington", "USA", 38.9, -77.04, 0.1),
)


@dataclass
class Report:
    errors: list[str] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
    counts: dict[str, int] = field(default_factory=dict)

    def error(self, where: str, message: str) -> None:
        self.errors.append(f"{where}: {message}")

    def warn(self, where: str, message: str) -> None:
        self.warnings.append(f"{where}: {message}")


@dataclass(frozen=True)
class Line:
    where: str
    cells: dict[str, str]


def rows(path: Path, report: Report) -> Iterator[Line]:
    """Data rows of a table as {column: cell}; structural problems go to the report."""
    expected = HEADERS[path.name]
    header_seen = False
    for number, raw in enumerate(path.read_text(encoding="utf-8").split("\n"), start=1):
        where = f"{path.name}:{number}"
        if raw.endswith("\r"):
            report.error(where, "CRLF line ending")
            raw = raw.rstrip("\r")
        if not raw.strip() or raw.startswith("#"):
            continue
        cells = raw.split("\t")
        if not header_seen:
            header_seen = True
            if tuple(cells) != expected:
                report.error(where, f"header {cells} != {list(expected)}")
            continue
        if len(cells) != len(expected):
            report.error(where, f"{len(cells)} cells, expected {len(expected)}: {raw[:80]!r}")
            continue
        for column, cell in zip(expected, cells, strict=True):
            if cell != cell.strip():
                report.error(where, f"{column} has surrounding spaces: {cell!r}")
            if "|" in cell and any(not part.strip() for part in cell.split("|")):
                report.error(where, f"{column} has an empty '|' part: {cell!r}")
        yield Line(where, dict(zip(expected, cells, strict=True)))
    if not header_seen:
        report.error(path.name, "no header line")


def split(cell: str) -> list[str]:
    return [part for part in cell.split("|") if part]


def alpha3_codes() -> set[str]:
    return {c.alpha_3 for c in pycountry.countries} | EXTRA_COUNTRIES


def check_wikidata(line: Line, report: Report) -> None:
    value = line.cells.get("wikidata", "")
    if value and not WIKIDATA.match(value):
        report.error(line.where, f"bad wikidata id {value!r}")


def parse_date(value: str, where: str, report: Report) -> dt.date | None:
    if not DATE.match(value):
        report.error(where, f"date {value!r} is not YYYY-MM-DD")
        return None
    try:
        return dt.date.fromisoformat(value)
    except ValueError:
        report.error(where, f"date {value!r} does not exist")
        return None


def check_countries(path: Path, report: Report, terms: dict[str, set[str]]) -> None:
    codes = alpha3_codes()
    seen: set[str] = set()
    n = 0
    for line in rows(path, report):
        n += 1
        code, name = line.cells["code"], line.cells["name"]
        if code not in codes:
            report.error(line.where, f"unknown alpha-3 code {code!r}")
        if code in seen:
            report.error(line.where, f"duplicate code {code}")
        seen.add(code)
        if not name:
            report.error(line.where, "empty name")
        check_wikidata(line, report)
        for column in ("aliases", "demonyms", "capital", "seats"):
            for term in split(line.cells[column]):
                terms[term.removeprefix("the ")].add(f"country {code}")
        terms[name].add(f"country {code}")
    report.counts[path.name] = n


def check_organizations(path: Path, report: Report, terms: dict[str, set[str]], group: bool = False) -> None:
    codes = GROUP_CODES | alpha3_codes() if group else NON_STATE
    seen: set[str] = set()
    n = 0
    for line in rows(path, report):
        n += 1
        code, name = line.cells["code"], line.cells["name"]
        if code not in codes:
            report.error(line.where, f"code {code!r} not in {sorted(NON_STATE) if not group else 'codes'}")
        if group and line.cells.get("sector") and line.cells["sector"] not in SECTORS:
            report.error(line.where, f"unknown sector {line.cells['sector']!r}")
        if name in seen:
            report.error(line.where, f"duplicate name {name!r}")
        seen.add(name)
        check_wikidata(line, report)
        for term in [name, *split(line.cells["aliases"])]:
            terms[term.removeprefix("the ")].add(f"{path.stem} {name}")
    report.counts[path.name] = n


def check_people(path: Path, report: Report, terms: dict[str, set[str]]) -> None:
    codes = alpha3_codes() | NON_STATE
    wikidata: dict[str, str] = {}
    alias_owner: dict[str, set[str]] = collections.defaultdict(set)
    offices: dict[tuple[str, str], list[tuple[dt.date, dt.date | None, str, str]]] = collections.defaultdict(list)
    names: set[str] = set()
    n = 0
    for line in rows(path, report):
        n += 1
        c = line.cells
        names.add(c["name"])
        if c["code"] not in codes:
            report.error(line.where, f"unknown code {c['code']!r}")
        if c["role"] not in ROLES:
            report.error(line.where, f"unknown role {c['role']!r}")
        if c["sector"] not in SECTORS:
            report.error(line.where, f"unknown sector {c['sector']!r}")
        check_wikidata(line, report)
        if c["wikidata"] and wikidata.setdefault(c["name"], c["wikidata"]) != c["wikidata"]:
            report.error(line.where, f"{c['name']} has two wikidata ids")
        start = parse_date(c["start"], line.where, report)
        end = parse_date(c["end"], line.where, report) if c["end"] else None
        if start and end and end < start:
            report.error(line.where, f"end {end} before start {start}")
        if start and start > dt.date.today():
            report.error(line.where, f"start {start} is in the future")
        for alias in [c["name"], *split(c["aliases"])]:
            alias_owner[alias].add(c["name"])
            terms[alias].add(f"person {c['name']}")
        if start and c["role"] in ("head_of_state", "head_of_government", "foreign_minister", "defence_minister"):
            offices[(c["code"], c["role"])].append((start, end, c["name"], line.where))
    for alias, owners in sorted(alias_owner.items()):
        if len(owners) > 1:
            report.warn(path.name, f"alias {alias!r} names {sorted(owners)}")
    for (code, role), terms_held in sorted(offices.items()):
        terms_held.sort()
        for (_s1, e1, n1, w1), (s2, _e2, n2, _w2) in itertools.pairwise(terms_held):
            if n1 != n2 and (e1 is None or s2 < e1):
                report.warn(w1, f"{code} {role}: {n1} (to {e1 or 'now'}) overlaps {n2} (from {s2})")
    report.counts[path.name] = n
    report.counts["people (distinct)"] = len(names)


def check_sectors(path: Path, report: Report) -> None:
    seen: set[str] = set()
    n = 0
    for line in rows(path, report):
        n += 1
        word, sector, kind = line.cells["word"], line.cells["sector"], line.cells["kind"]
        if word != word.lower():
            report.error(line.where, f"word {word!r} is not lowercase")
        if word in seen:
            report.error(line.where, f"duplicate word {word!r}")
        seen.add(word)
        if sector not in SECTORS:
            report.error(line.where, f"unknown sector {sector!r}")
        if kind not in ("group", "person"):
            report.error(line.where, f"kind {kind!r} is not group or person")
    report.counts[path.name] = n


def check_gazetteer(path: Path, report: Report) -> None:
    codes = alpha3_codes()
    features: collections.Counter[str] = collections.Counter()
    index: dict[str, list[tuple[str, float, float]]] = collections.defaultdict(list)
    n = 0
    for line in rows(path, report):
        n += 1
        c = line.cells
        feature = c["feature"]
        features[feature] += 1
        if feature not in FEATURES:
            report.error(line.where, f"unknown feature {feature!r}")
        if c["country"] not in codes and not (c["country"] == "" and feature in NO_COUNTRY_FEATURES):
            report.error(line.where, f"bad country {c['country']!r}")
        try:
            lat, lon = float(c["lat"]), float(c["lon"])
        except ValueError:
            report.error(line.where, f"bad coordinates {c['lat']!r}, {c['lon']!r}")
            continue
        if not (-90 <= lat <= 90 and -180 <= lon <= 180):
            report.error(line.where, f"coordinates out of range {lat}, {lon}")
        if c["geonameid"] and not c["geonameid"].isdigit():
            report.error(line.where, f"bad geonameid {c['geonameid']!r}")
        if not c["population"].isdigit():
            report.error(line.where, f"bad population {c['population']!r}")
        for name in [c["name"], *split(c["aliases"])]:
            index[name].append((c["country"], lat, lon))
    for name, country, lat, lon, tolerance in GAZETTEER_MUST:
        hits = [h for h in index.get(name, []) if h[0] == country]
        if not any(abs(h[1] - lat) <= tolerance and abs(h[2] - lon) <= tolerance for h in hits):
            report.error(path.name, f"missing {name} ({country}, {lat}, {lon}); found {hits[:3]}")
    size = path.stat().st_size
    if size > 6_000_000:
        report.error(path.name, f"{size / 1e6:.1f} MB, over the 6 MB budget")
    report.counts[path.name] = n
    for feature, count in sorted(features.items()):
        report.counts[f"  {feature}"] = count


def check_shared_terms(terms: dict[str, set[str]], report: Report) -> None:
    """An actor name used by two different entries: the later table wins when loading."""
    for term, owners in sorted(terms.items()):
        kinds = {owner.split(" ", 1)[0] for owner in owners}
        if len(owners) > 1 and len(kinds) > 1:
            report.warn("actors", f"{term!r} is used by {sorted(owners)}")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    parser.add_argument("--data", type=Path, default=DATA)
    parser.add_argument("--strict", action="store_true", help="warnings fail too")
    parser.add_argument("--quiet", action="store_true", help="print errors and counts, not warnings")
    args = parser.parse_args(argv)
    report = Report()
    terms: dict[str, set[str]] = collections.defaultdict(set)
    for name in HEADERS:
        if not (args.data / name).exists() and name not in OPTIONAL:
            report.error(name, "missing")
    checks = (
        ("countries.tsv", lambda p: check_countries(p, report, terms)),
        ("organizations.tsv", lambda p: check_organizations(p, report, terms)),
        ("groups.tsv", lambda p: check_organizations(p, report, terms, group=True)),
        ("people.tsv", lambda p: check_people(p, report, terms)),
        ("sectors.tsv", lambda p: check_sectors(p, report)),
        ("gazetteer.tsv", lambda p: check_gazetteer(p, report)),
    )
    for name, check in checks:
        path = args.data / name
        if path.exists():
            check(path)
    check_shared_terms(terms, report)
    if not args.quiet:
        for warning in report.warnings:
            print(f"warning: {warning}")
    for error in report.errors:
        print(f"error: {error}")
    print("rows:")
    for name, count in report.counts.items():
        print(f"  {name}: {count}")
    print(f"{len(report.errors)} errors, {len(report.warnings)} warnings")
    failed = bool(report.errors) or (args.strict and bool(report.warnings))
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
