"""Exports round-trip: PLOVER JSONL validates, GDELT TSV loads with GDELT's column names, CSV and
Parquet load in pandas, Parquet in DuckDB."""

from __future__ import annotations

import dataclasses
import json
from pathlib import Path

import pandas
import pytest

from conftest import ATTACK, simple_doc
from thucydides.errors import StoreError
from thucydides.store import Database, events
from thucydides.store.export import (
    GDELT_COLUMNS,
    PLOVER_EXTENSIONS,
    PLOVER_FIELDS,
    PLOVER_REQUIRED,
    ROW_COLUMNS,
    export,
    plover_record,
    validate_plover,
)
from thucydides.store.queries import EventFilter

pytestmark = pytest.mark.store


def test_plover_jsonl_validates(filled: Database, tmp_path: Path) -> None:
    out = tmp_path / "events.jsonl"
    result = export(filled, out, "plover")
    records = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    assert result.written == len(records) == 4 and result.skipped == 0
    known = {name for name, _ in PLOVER_FIELDS} | set(PLOVER_EXTENSIONS)
    for record in records:
        assert validate_plover(record) == []
        assert set(PLOVER_REQUIRED) <= set(record) <= known
    attack = next(r for r in records if r["mode"] == ["aerial"])
    assert attack["source"][0] == {"code": "RUS", "sector": "", "actor_text": "Russia",
                                   "identifier_id": None, "identifier_text": "Russia"}
    assert attack["event"] == ["ASSAULT"] and attack["quad_code"] == 4
    assert attack["event_loc"]["geonameid"] == 703448 and attack["event_loc"]["cc3"] == "UKR"


def test_plover_skips_undated_events(db: Database, tmp_path: Path) -> None:
    doc = simple_doc("Undated. " + ATTACK, date=None)
    db.save_document(dataclasses.replace(doc, events=(dataclasses.replace(doc.events[0], date=None),)))
    result = export(db, tmp_path / "out.jsonl", "plover")
    assert (result.written, result.skipped) == (0, 1)


def test_plover_validator_finds_problems(filled: Database) -> None:
    good = plover_record(events(filled, limit=1)[0])
    assert validate_plover(good) == []
    undated = {k: v for k, v in good.items() if k != "date"}
    assert validate_plover(undated) == ["missing required field 'date'"]
    assert validate_plover({**good, "colour": 1}) == ["unknown field 'colour'"]
    assert validate_plover({**good, "event": ["FIGHT"]}) == ["event must be a list of PLOVER event types"]
    assert validate_plover({**good, "date": "1.1.2024"}) == ["date must be YYYY-MM-DD"]
    assert validate_plover({**good, "source": []}) == ["source must be a list of actors"]
    assert validate_plover({**good, "quad_code": 5}) == ["quad_code must be 1..4"]


def test_gdelt_tsv_loads_in_pandas(filled: Database, tmp_path: Path) -> None:
    out = tmp_path / "events.tsv"
    export(filled, out, "gdelt")
    frame = pandas.read_csv(out, sep="\t", names=list(GDELT_COLUMNS), dtype={"EventCode": str,
                            "EventBaseCode": str, "EventRootCode": str})
    assert len(GDELT_COLUMNS) == 61
    assert frame.shape == (4, 61)
    assert frame["GLOBALEVENTID"].is_unique and frame["GLOBALEVENTID"].dtype.kind == "i"
    attack = frame[frame["Actor1Code"] == "RUS"].iloc[0]
    assert (attack["Actor2CountryCode"], attack["EventRootCode"], attack["EventCode"]) == ("UKR", "19", "190")
    assert (attack["QuadClass"], attack["GoldsteinScale"], attack["NumMentions"]) == (4, -9.5, 1)
    assert (attack["SQLDATE"], attack["ActionGeo_FeatureID"], attack["IsRootEvent"]) == (20241117, 703448, 1)
    threat = frame[frame["Actor1Code"] == "USAGOV"].iloc[0]
    assert (threat["Actor1Type1Code"], threat["Actor2Code"]) == ("GOV", "RUSGOV")
    igo = frame[frame["Actor1Type1Code"] == "IGO"].iloc[0]
    assert pandas.isna(igo["Actor1CountryCode"]) and igo["ActionGeo_Type"] == 5  # Kursk Oblast, ADM1


def test_gdelt_with_header(filled: Database, tmp_path: Path) -> None:
    out = tmp_path / "events.tsv"
    export(filled, out, "gdelt", header=True)
    frame = pandas.read_csv(out, sep="\t")
    assert tuple(frame.columns) == GDELT_COLUMNS and len(frame) == 4


def test_gdelt_romania_uses_the_cameo_code(db: Database, tmp_path: Path) -> None:
    from conftest import UKR
    from thucydides.records import Entity

    romania = Entity(text="Romania", name="Romania", code="ROU")
    doc = simple_doc("Bucharest. " + ATTACK)
    db.save_document(dataclasses.replace(doc, events=(dataclasses.replace(doc.events[0], actor=(romania,),
                                                                          recipient=(UKR,)),)))
    export(db, tmp_path / "g.tsv", "gdelt")
    frame = pandas.read_csv(tmp_path / "g.tsv", sep="\t", names=list(GDELT_COLUMNS))
    assert frame.loc[0, "Actor1CountryCode"] == "ROM"


def test_csv_export(filled: Database, tmp_path: Path) -> None:
    out = tmp_path / "events.csv"
    export(filled, out, "csv", EventFilter(type="ASSAULT"))
    frame = pandas.read_csv(out)
    assert tuple(frame.columns) == ROW_COLUMNS and len(frame) == 2


def test_parquet_loads_in_pandas_and_duckdb(filled: Database, tmp_path: Path) -> None:
    duckdb = pytest.importorskip("duckdb")
    out = tmp_path / "events.parquet"
    assert export(filled, out, "parquet").written == 4
    frame = pandas.read_parquet(out)
    assert tuple(frame.columns) == ROW_COLUMNS and len(frame) == 4
    assert frame["num_mentions"].dtype.kind == "i"
    query = "SELECT count(*) FROM read_parquet(?) WHERE event = 'ASSAULT'"
    count = duckdb.connect().execute(query, [str(out)]).fetchone()
    assert count == (2,)


def test_empty_parquet_keeps_its_columns(db: Database, tmp_path: Path) -> None:
    out = tmp_path / "empty.parquet"
    assert export(db, out, "parquet").written == 0
    assert tuple(pandas.read_parquet(out).columns) == ROW_COLUMNS


def test_unknown_format_and_unwritable_path(filled: Database, tmp_path: Path) -> None:
    with pytest.raises(StoreError, match="T503"):
        export(filled, tmp_path / "x", "xml")
    with pytest.raises(StoreError, match="T504"):
        export(filled, tmp_path / "missing" / "dir" / "x.jsonl", "plover")
