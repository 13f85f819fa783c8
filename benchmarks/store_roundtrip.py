"""Store round trip (issue 3, "done when"): the Wikinews CSVs into SQLite and PostgreSQL, twice.

    .venv/bin/python benchmarks/store_roundtrip.py [CORPUS_DIR] [--workers 2] [--output FILE]

For each backend (a temporary SQLite file always; PostgreSQL when THUCYDIDES_TEST_PG is set; its
public schema is DROPPED first, so point it at a test database only) the real command
`python -m thucydides ingest wikinews_2019.csv wikinews_2020.csv --workers N` runs twice on an empty
database, timed from start to exit (model loading included). The second run must add nothing.
Then the stored data is counted (documents, events, mentions, near-duplicate clusters, events with
num_mentions > 1), and every table is fingerprinted without its timestamp columns, so the backends
can be compared row for row. Finally `thucydides export` writes each format from the SQLite database
and the files are loaded back with pandas and DuckDB. Results: benchmarks/results/store_roundtrip.json.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import os
import platform
import re
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

from sqlalchemy import create_engine, func, select, text
from sqlalchemy.engine import Connection

from thucydides.store import normalise_url
from thucydides.store.export import GDELT_COLUMNS, validate_plover
from thucydides.store.schema import ALL_TABLES, documents, event_mentions, events

ROOT = Path(__file__).resolve().parents[1]
DEFAULT_CORPUS = ROOT.parent / "shared" / "corpus"
RESULTS = ROOT / "benchmarks" / "results"
FILES = ("wikinews_2019.csv", "wikinews_2020.csv")
# The CSVs' own column names, spelled out as an analyst would for any CSV.
COLUMN_FLAGS = ("--text-col", "text", "--title-col", "title", "--date-col", "date", "--url-col", "url")
SUMMARY = re.compile(r"(\d+) documents stored \((\d+) events\), (\d+) already stored, (\d+) failed")
# Columns that record when a row was written: the only ones allowed to differ between runs.
TIMESTAMPS = frozenset({"ingested_at", "first_seen"})
EXPORTS = {"plover": "events.jsonl", "gdelt": "events.tsv", "csv": "events.csv", "parquet": "events.parquet"}


def main() -> int:
    args = _parse()
    sources = [str(args.corpus / name) for name in FILES]
    with tempfile.TemporaryDirectory() as tmp:
        urls = {"sqlite": f"sqlite:///{Path(tmp) / 'roundtrip.db'}"}
        if os.environ.get("THUCYDIDES_TEST_PG"):
            urls["postgresql"] = os.environ["THUCYDIDES_TEST_PG"]
        backends = {name: _backend(name, url, sources, args.workers) for name, url in urls.items()}
        exports = _exports(urls["sqlite"], Path(tmp))
    result = {
        "corpus": list(FILES), "workers": args.workers, "machine": _machine(),
        "backends": backends, "comparison": _compare(backends), "exports": exports,
    }
    args.output.parent.mkdir(parents=True, exist_ok=True)
    args.output.write_text(json.dumps(result, indent=2) + "\n")
    print(json.dumps(result, indent=2))
    return 0


def _parse() -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("corpus", nargs="?", type=Path, default=DEFAULT_CORPUS)
    parser.add_argument("--workers", type=int, default=2)
    parser.add_argument("--output", type=Path, default=RESULTS / "store_roundtrip.json")
    return parser.parse_args()


def _machine() -> dict[str, Any]:
    commit = subprocess.run(["git", "-C", str(ROOT), "rev-parse", "HEAD"], capture_output=True, text=True)
    return {"cpus": os.cpu_count(), "python": platform.python_version(),
            "platform": platform.platform(), "commit": commit.stdout.strip() or None}


# ---------------------------------------------------------------------------------------------
# ingest twice, count, fingerprint


def _backend(name: str, url: str, sources: list[str], workers: int) -> dict[str, Any]:
    if name == "postgresql":
        _empty_postgres(url)
    first = _ingest(sources, url, workers)
    before = _table_counts(url)
    second = _ingest(sources, url, workers)
    after = _table_counts(url)
    return {
        "first_run": first, "second_run": second,
        "second_run_adds_nothing": second["documents_stored"] == 0 and before == after,
        "tables": after, "counts": _counts(url), "fingerprints": _fingerprints(url),
    }


def _empty_postgres(url: str) -> None:
    engine = create_engine(normalise_url(url))
    with engine.begin() as conn:
        conn.execute(text("DROP SCHEMA IF EXISTS public CASCADE"))
        conn.execute(text("CREATE SCHEMA public"))
    engine.dispose()


def _ingest(sources: list[str], url: str, workers: int) -> dict[str, Any]:
    command = [sys.executable, "-m", "thucydides", "ingest", *sources, *COLUMN_FLAGS,
               "--db", url, "--workers", str(workers)]
    started = time.monotonic()
    done = subprocess.run(command, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
    seconds = time.monotonic() - started
    match = SUMMARY.search(done.stderr)
    if match is None:
        raise SystemExit(f"ingest failed (exit {done.returncode}):\n{done.stderr}")
    stored, extracted, skipped, failed = (int(g) for g in match.groups())
    return {
        "seconds": round(seconds, 2), "documents_stored": stored, "events_extracted": extracted,
        "already_stored": skipped, "failed": failed,
        "docs_per_s": round((stored + skipped) / seconds, 2), "exit_code": done.returncode,
    }


def _with_connection(url: str, work: Any) -> Any:
    engine = create_engine(normalise_url(url))
    try:
        with engine.connect() as conn:
            return work(conn)
    finally:
        engine.dispose()


def _table_counts(url: str) -> dict[str, int]:
    def count(conn: Connection) -> dict[str, int]:
        return {t.name: conn.execute(select(func.count()).select_from(t)).scalar_one() for t in ALL_TABLES}

    return dict(_with_connection(url, count))


def _counts(url: str) -> dict[str, int]:
    """The numbers an analyst asks first: how much, how many copies, how many repeated events."""

    def count(conn: Connection) -> dict[str, int]:
        def scalar(query: Any) -> int:
            return int(conn.execute(query).scalar_one())

        sizes = select(func.count().label("n")).select_from(documents).group_by(documents.c.cluster_id).subquery()
        multi = sizes.c.n > 1
        in_clusters = select(func.coalesce(func.sum(sizes.c.n), 0)).where(multi)
        return {
            "documents": scalar(select(func.count()).select_from(documents)),
            "events": scalar(select(func.count()).select_from(events)),
            "event_mentions": scalar(select(func.count()).select_from(event_mentions)),
            "near_duplicate_clusters": scalar(select(func.count()).where(multi)),
            "documents_in_near_duplicate_clusters": scalar(in_clusters),
            "events_num_mentions_gt_1": scalar(select(func.count()).where(events.c.num_mentions > 1)),
            "events_num_articles_gt_1": scalar(select(func.count()).where(events.c.num_articles > 1)),
            "events_num_sources_gt_1": scalar(select(func.count()).where(events.c.num_sources > 1)),
        }

    return dict(_with_connection(url, count))


def _fingerprints(url: str) -> dict[str, str]:
    """SHA-256 of each table's sorted rows (timestamps left out): equal means equal row for row."""

    def digest(conn: Connection) -> dict[str, str]:
        out = {}
        for table in ALL_TABLES:
            columns = [c for c in table.columns if c.name not in TIMESTAMPS]
            rows = sorted(repr(tuple(_plain(v) for v in row)) for row in conn.execute(select(*columns)))
            out[table.name] = hashlib.sha256("\n".join(rows).encode()).hexdigest()[:16]
        return out

    return dict(_with_connection(url, digest))


def _plain(value: Any) -> Any:
    # psycopg gives bytea as bytes and SQLite as bytes too, but memoryview is possible on some drivers
    return bytes(value) if isinstance(value, memoryview) else value


def _compare(backends: dict[str, dict[str, Any]]) -> dict[str, Any]:
    if len(backends) < 2:
        return {"note": "THUCYDIDES_TEST_PG not set: SQLite only"}
    sqlite_, pg = backends["sqlite"], backends["postgresql"]
    differing = [t for t in sqlite_["fingerprints"] if sqlite_["fingerprints"][t] != pg["fingerprints"][t]]
    return {
        "identical_event_counts": sqlite_["counts"]["events"] == pg["counts"]["events"],
        "identical_counts": sqlite_["counts"] == pg["counts"],
        "identical_tables": not differing, "tables_differing": differing,
    }


# ---------------------------------------------------------------------------------------------
# exports, loaded back


def _exports(url: str, folder: Path) -> dict[str, Any]:
    out: dict[str, Any] = {}
    for fmt, name in EXPORTS.items():
        path = folder / name
        command = [sys.executable, "-m", "thucydides", "export", "--format", fmt, str(path), "--db", url]
        done = subprocess.run(command, capture_output=True, text=True)
        out[fmt] = {"exit_code": done.returncode, "message": (done.stderr or done.stdout).strip()}
        if done.returncode == 0:
            out[fmt].update(LOADERS[fmt](path))
    return out


def _load_plover(path: Path) -> dict[str, Any]:
    import duckdb
    import pandas as pd

    records = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]
    invalid = sum(bool(validate_plover(r)) for r in records)
    frame = pd.read_json(path, lines=True)
    rows = duckdb.sql(f"SELECT count(*) FROM read_json_auto('{path}', format='newline_delimited')")
    return {"records": len(records), "invalid_records": invalid, "pandas_rows": len(frame),
            "duckdb_rows": _one(rows)}


def _load_gdelt(path: Path) -> dict[str, Any]:
    import duckdb
    import pandas as pd

    # As GDELT's own files are read: no header, tab-separated, the codebook's 61 column names.
    frame = pd.read_csv(path, sep="\t", header=None, names=list(GDELT_COLUMNS),
                        dtype={"EventCode": str, "EventBaseCode": str, "EventRootCode": str})
    names = ", ".join(f"'{c}'" for c in GDELT_COLUMNS)
    rows = duckdb.sql(f"SELECT count(*) FROM read_csv('{path}', delim='\t', header=false, "
                      f"names=[{names}], all_varchar=true)")
    return {
        "pandas_rows": len(frame), "pandas_columns": len(frame.columns), "duckdb_rows": _one(rows),
        "globaleventid_unique": bool(frame["GLOBALEVENTID"].is_unique),
        "quad_classes": sorted(int(q) for q in frame["QuadClass"].unique()),
        "goldstein_range": [float(frame["GoldsteinScale"].min()), float(frame["GoldsteinScale"].max())],
    }


def _load_csv(path: Path) -> dict[str, Any]:
    import duckdb
    import pandas as pd

    frame = pd.read_csv(path)
    rows = duckdb.sql(f"SELECT count(*) FROM read_csv_auto('{path}', header=true)")
    return {"pandas_rows": len(frame), "pandas_columns": len(frame.columns), "duckdb_rows": _one(rows)}


def _load_parquet(path: Path) -> dict[str, Any]:
    import duckdb
    import pandas as pd

    frame = pd.read_parquet(path)
    rows = duckdb.sql(f"SELECT count(*) FROM read_parquet('{path}')")
    return {"pandas_rows": len(frame), "pandas_columns": len(frame.columns), "duckdb_rows": _one(rows),
            "dtypes": {c: str(t) for c, t in frame.dtypes.items() if str(t) not in ("object", "str")}}


def _one(relation: Any) -> int:
    return int(relation.fetchall()[0][0])


LOADERS = {"plover": _load_plover, "gdelt": _load_gdelt, "csv": _load_csv, "parquet": _load_parquet}


if __name__ == "__main__":
    raise SystemExit(main())
