"""Exports of the stored events: PLOVER JSONL, a GDELT 2.0 event table, CSV and Parquet.

One row/record per distinct event (identity.py), with its GDELT-style counts.
"""

from __future__ import annotations

import csv
import json
import re
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from datetime import date as Date
from pathlib import Path
from typing import IO, Any, Literal

from thucydides.errors import DependencyError, StoreError
from thucydides.extract import batched
from thucydides.ontology import EVENT_TYPES
from thucydides.records import Entity, Place
from thucydides.store.database import Database
from thucydides.store.queries import EventFilter, StoredEvent, iter_events

ExportFormat = Literal["plover", "gdelt", "csv", "parquet"]
FORMATS: tuple[str, ...] = ("plover", "gdelt", "csv", "parquet")
CODER = "thucydides 0.1.0"

# ---------------------------------------------------------------------------------------------
# PLOVER: field names from the PLOVER manual, chapter "JSON Data Fields" (openeventdata/PLOVER,
# PLOVER_MANUAL.tex, table "PLOVER JSON"): (name, required). We write all required fields and the
# optional ones we have; `event`, `mode` and `context` are lists, as the manual allows several
# values for each. Extension fields (allowed by the manual) follow PLOVER_EXTENSIONS.
PLOVER_FIELDS: tuple[tuple[str, bool], ...] = (
    ("id", True), ("has_event", False), ("date", True), ("time", False), ("enddate", False),
    ("endtime", False), ("source", True), ("recipient", False), ("event", True),
    ("event_loc", False), ("event_text", False), ("quad_code", False), ("event_scale", False),
    ("mode", False), ("context", False), ("link", False), ("text", False), ("text_info", False),
    ("cite_info", False), ("coder", False), ("coded_date", False), ("coded_time", False),
    ("comment", False),
)
PLOVER_REQUIRED: tuple[str, ...] = tuple(name for name, required in PLOVER_FIELDS if required)
# Actor object ("Information object for actors") and location object (geonames field names, plus
# the manual's "cc3" for the alpha-3 country code).
PLOVER_ACTOR_FIELDS: tuple[str, ...] = (
    "code", "sector", "actor_text", "identifier_id", "identifier_text", "actor_loc", "religion",
    "ethnicity", "office", "gender", "age",
)
PLOVER_LOCATION_FIELDS: tuple[str, ...] = (
    "geonameid", "name", "asciiname", "alternatenames", "latitude", "longitude", "feature class",
    "feature code", "country code", "cc3", "cc2", "admin1 code", "admin2 code", "admin3 code",
    "admin4 code", "population", "elevation", "dem", "timezone",
)
PLOVER_TEXT_INFO_FIELDS: tuple[str, ...] = (
    "sequence", "start", "end", "text_story", "connlu_parse", "treebank_parse",
)
PLOVER_CITE_INFO_FIELDS: tuple[str, ...] = (
    "corpus", "citation", "url", "title", "language", "publication", "license", "copyright",
    "coder", "codebook", "version",
)
PLOVER_EXTENSIONS: tuple[str, ...] = (
    "modality", "attribution", "cameo", "num_mentions", "num_sources", "num_articles", "doc_id",
)
_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")


def plover_record(event: StoredEvent) -> dict[str, Any]:
    """One event as a PLOVER JSON object."""
    return {
        "id": event.id,
        "date": event.date,
        "source": [_plover_actor(a) for a in event.actor],
        "recipient": [_plover_actor(r) for r in event.recipient],
        "event": [event.event],
        "mode": [event.mode] if event.mode else [],
        "context": list(event.context),
        "event_loc": _plover_location(event.location) if event.location else None,
        "event_text": [event.trigger],
        "quad_code": event.quad_class,
        "event_scale": event.intensity,
        "text": event.text,
        "text_info": {"start": event.start, "end": event.end},
        "cite_info": {"url": event.url, "title": event.title, "coder": CODER, "language": "en"},
        "coder": CODER,
        "coded_date": event.first_seen[:10],
        "coded_time": event.first_seen[11:19],
        "modality": event.modality,
        "attribution": event.attribution.to_dict() if event.attribution else None,
        "cameo": event.cameo,
        "num_mentions": event.num_mentions,
        "num_sources": event.num_sources,
        "num_articles": event.num_articles,
        "doc_id": event.doc_id,
    }


def _plover_actor(entity: Entity) -> dict[str, Any]:
    return {
        "code": entity.code, "sector": entity.sector, "actor_text": entity.text,
        "identifier_id": entity.wikidata, "identifier_text": entity.name,
    }


def _plover_location(place: Place) -> dict[str, Any]:
    return {
        "geonameid": place.geonameid, "name": place.name, "latitude": place.lat,
        "longitude": place.lon, "feature code": place.feature, "cc3": place.country,
    }


def validate_plover(record: dict[str, Any]) -> list[str]:
    """Problems with one PLOVER record (empty when valid): required fields, types, value sets."""
    problems = [f"missing required field {name!r}" for name in PLOVER_REQUIRED if name not in record]
    known = {name for name, _ in PLOVER_FIELDS} | set(PLOVER_EXTENSIONS)
    problems += [f"unknown field {name!r}" for name in record if name not in known]
    if problems:
        return problems
    checks: list[tuple[bool, str]] = [
        (isinstance(record["id"], str) and bool(record["id"]), "id must be a non-empty string"),
        (isinstance(record["date"], str) and bool(_DATE.match(record["date"])), "date must be YYYY-MM-DD"),
        (_is_actor_list(record["source"]) and bool(record["source"]), "source must be a list of actors"),
        (_is_actor_list(record.get("recipient", [])), "recipient must be a list of actors"),
        (
            isinstance(record["event"], list) and all(e in EVENT_TYPES for e in record["event"]),
            "event must be a list of PLOVER event types",
        ),
        (record.get("quad_code") in (None, 1, 2, 3, 4), "quad_code must be 1..4"),
        (_all_known(record.get("event_loc"), PLOVER_LOCATION_FIELDS), "event_loc has unknown fields"),
        (_all_known(record.get("text_info"), PLOVER_TEXT_INFO_FIELDS), "text_info has unknown fields"),
        (_all_known(record.get("cite_info"), PLOVER_CITE_INFO_FIELDS), "cite_info has unknown fields"),
    ]
    return [message for ok, message in checks if not ok]


def _is_actor_list(value: Any) -> bool:
    return isinstance(value, list) and all(
        isinstance(a, dict) and "code" in a and _all_known(a, PLOVER_ACTOR_FIELDS) for a in value
    )


def _all_known(value: Any, names: tuple[str, ...]) -> bool:
    return value is None or (isinstance(value, dict) and all(k in names for k in value))


# ---------------------------------------------------------------------------------------------
# GDELT 2.0 event table: its 61 columns in order (GDELT 2.0 Event Codebook).
GDELT_COLUMNS: tuple[str, ...] = (
    "GLOBALEVENTID", "SQLDATE", "MonthYear", "Year", "FractionDate",
    *(
        f"{side}{name}"
        for side in ("Actor1", "Actor2")
        for name in (
            "Code", "Name", "CountryCode", "KnownGroupCode", "EthnicCode", "Religion1Code",
            "Religion2Code", "Type1Code", "Type2Code", "Type3Code",
        )
    ),
    "IsRootEvent", "EventCode", "EventBaseCode", "EventRootCode", "QuadClass", "GoldsteinScale",
    "NumMentions", "NumSources", "NumArticles", "AvgTone",
    *(
        f"{side}Geo_{name}"
        for side in ("Actor1", "Actor2", "Action")
        for name in ("Type", "FullName", "CountryCode", "ADM1Code", "ADM2Code", "Lat", "Long", "FeatureID")
    ),
    "DATEADDED", "SOURCEURL",
)
# GDELT actor country codes are CAMEO's, which follow ISO 3166 alpha-3 except these.
CAMEO_COUNTRY: dict[str, str] = {"ROU": "ROM", "TLS": "TMP", "XKX": "KSV"}
# Non-state codes that CAMEO treats as actor types (Type1Code) rather than countries.
CAMEO_TYPE_CODES: frozenset[str] = frozenset({"IGO", "NGO", "MNC", "IMG", "ISM"})
# Non-state codes that name one organisation or region (KnownGroupCode).
CAMEO_KNOWN_GROUPS: frozenset[str] = frozenset({"UNO", "EUR"})


def gdelt_row(event: StoredEvent) -> list[Any]:
    """One event as a GDELT 2.0 event row (values in GDELT_COLUMNS order).

    Actor1/Actor2 are the first actor and the first recipient. AvgTone is left empty (we do not
    score tone); Actor1Geo/Actor2Geo are empty (we locate events, not actors). ActionGeo_CountryCode
    carries the ISO alpha-3 code of the place (GDELT uses FIPS 10-4 there).
    """
    day = Date.fromisoformat(event.date) if event.date else None
    cameo = event.cameo
    code = cameo + "0" if len(cameo) == 2 else cameo
    return [
        int(event.id[:15], 16),
        day.strftime("%Y%m%d") if day else "",
        day.strftime("%Y%m") if day else "",
        day.year if day else "",
        round(day.year + day.timetuple().tm_yday / 366, 4) if day else "",
        *_gdelt_actor(event.actor[0] if event.actor else None),
        *_gdelt_actor(event.recipient[0] if event.recipient else None),
        int(event.in_lead), code, code[:3], cameo[:2], event.quad_class, event.intensity,
        event.num_mentions, event.num_sources, event.num_articles, "",
        *([0, "", "", "", "", "", "", ""] * 2),
        *_gdelt_geo(event.location),
        event.first_seen.replace("-", "").replace("T", "").replace(":", "").rstrip("Z"),
        event.url or "",
    ]


def _gdelt_actor(entity: Entity | None) -> list[Any]:
    if entity is None:
        return [""] * 10
    code = entity.code
    if code in CAMEO_TYPE_CODES:
        country, group, types = "", "", [code, entity.sector]
    elif code in CAMEO_KNOWN_GROUPS:
        country, group, types = "", code, ["IGO", entity.sector]
    else:
        country, group, types = CAMEO_COUNTRY.get(code, code), "", [entity.sector, ""]
    full_code = (country or group or types[0]) + "".join(t for t in types if t and t != code)
    return [full_code, entity.name.upper(), country, group, "", "", "", types[0], types[1], ""]


def _gdelt_geo(place: Place | None) -> list[Any]:
    if place is None:
        return [0, "", "", "", "", "", "", ""]
    feature = place.feature.upper()
    if feature.startswith("PCL"):
        geo_type = 1  # country
    elif feature.startswith("ADM1"):
        geo_type = 2 if place.country == "USA" else 5  # US state / world state
    else:
        geo_type = 3 if place.country == "USA" else 4  # US city / world city
    return [geo_type, place.name, place.country, "", "", place.lat, place.lon, place.geonameid or ""]


# ---------------------------------------------------------------------------------------------
# writers


@dataclass(frozen=True, slots=True)
class ExportResult:
    path: str
    format: str
    written: int
    skipped: int


def export(
    db: Database, path: str | Path, fmt: str, where: EventFilter | None = None, *, header: bool = False
) -> ExportResult:
    """Write every event matching `where` to `path` in format `fmt`.

    `header` adds GDELT_COLUMNS as a first line to the GDELT table (GDELT's own files have none).
    PLOVER records need a date: undated events are skipped and counted in the result.
    """
    if fmt not in FORMATS:
        raise StoreError("T503", what="export format", value=fmt, expected=", ".join(FORMATS))
    where = where or EventFilter()
    target = Path(path)
    with db.read() as conn:
        found = iter_events(conn, where)
        if fmt == "parquet":
            return _write_parquet(found, target)
        writer: Callable[[Iterable[StoredEvent], IO[str]], tuple[int, int]]
        writer = {"plover": _write_plover, "gdelt": _gdelt_writer(header), "csv": _write_csv}[fmt]
        try:
            with target.open("w", encoding="utf-8", newline="") as out:
                written, skipped = writer(found, out)
        except OSError as exc:
            raise StoreError("T504", path=str(target), reason=exc.strerror or str(exc)) from exc
    return ExportResult(str(target), fmt, written, skipped)


def _write_plover(found: Iterable[StoredEvent], out: IO[str]) -> tuple[int, int]:
    written = skipped = 0
    for event in found:
        record = plover_record(event)
        if validate_plover(record):
            skipped += 1
            continue
        out.write(json.dumps(record, ensure_ascii=False) + "\n")
        written += 1
    return written, skipped


def _gdelt_writer(header: bool) -> Callable[[Iterable[StoredEvent], IO[str]], tuple[int, int]]:
    def write(found: Iterable[StoredEvent], out: IO[str]) -> tuple[int, int]:
        writer = csv.writer(out, delimiter="\t", lineterminator="\n", quoting=csv.QUOTE_MINIMAL)
        if header:
            writer.writerow(GDELT_COLUMNS)
        written = 0
        for event in found:
            writer.writerow([_one_line(v) for v in gdelt_row(event)])
            written += 1
        return written, 0

    return write


def _one_line(value: Any) -> Any:
    # GDELT rows are one line each: tabs and newlines inside a value become spaces.
    return re.sub(r"[\t\r\n]+", " ", value) if isinstance(value, str) else value


def _write_csv(found: Iterable[StoredEvent], out: IO[str]) -> tuple[int, int]:
    writer: csv.DictWriter[str] | None = None
    written = 0
    for event in found:
        row = event.to_row()
        if writer is None:
            writer = csv.DictWriter(out, fieldnames=list(row), lineterminator="\n")
            writer.writeheader()
        writer.writerow(row)
        written += 1
    if writer is None:
        csv.writer(out, lineterminator="\n").writerow(ROW_COLUMNS)
    return written, 0


def _write_parquet(found: Iterator[StoredEvent], target: Path) -> ExportResult:
    try:
        import pyarrow as pa
        import pyarrow.parquet as pq
    except ImportError as exc:
        raise DependencyError("T400", feature="Parquet export", extra="parquet", reason=str(exc)) from exc
    schema = _parquet_schema(pa)
    written = 0
    try:
        with pq.ParquetWriter(target, schema) as writer:
            for batch in batched(found, PARQUET_BATCH):
                writer.write_table(pa.Table.from_pylist([e.to_row() for e in batch], schema=schema))
                written += len(batch)
            if written == 0:
                writer.write_table(schema.empty_table())
    except OSError as exc:
        raise StoreError("T504", path=str(target), reason=str(exc)) from exc
    return ExportResult(str(target), "parquet", written, 0)


# Events per Parquet row group: bounded memory on large stores, few enough groups to read fast.
PARQUET_BATCH = 50_000


ROW_COLUMNS: tuple[str, ...] = (
    "id", "date", "event", "mode", "context", "modality", "actor", "actor_codes", "recipient",
    "recipient_codes", "place", "country", "lat", "lon", "attribution_kind", "attribution_text",
    "cameo", "quad_class", "intensity", "num_mentions", "num_sources", "num_articles", "doc_id", "url",
    "title", "trigger", "text", "start", "end",
)
_NUMERIC = {
    "lat": "float64", "lon": "float64", "intensity": "float64", "quad_class": "int64",
    "num_mentions": "int64", "num_sources": "int64", "num_articles": "int64", "start": "int64",
    "end": "int64",
}


def _parquet_schema(pa: Any) -> Any:
    # An explicit schema: an empty export still has typed columns, and a column that happens to
    # be all null in one export keeps its type.
    return pa.schema([(name, getattr(pa, _NUMERIC.get(name, "string"))()) for name in ROW_COLUMNS])
