"""`thucydides export --format plover|gdelt|csv|parquet OUT [--db URL] [filters]`.

plover:  PLOVER JSON Lines, one event per line (undated events are skipped: PLOVER requires a date).
gdelt:   the GDELT 2.0 event table, 61 tab-separated columns, no header (add one with --header).
csv:     one row per event with a header (the columns of `thucydides events --format csv`).
parquet: the same columns as csv, typed (needs the [parquet] extra).
"""

from __future__ import annotations

import argparse
import sys
from typing import Any

from thucydides.cli import EXIT_OK
from thucydides.cli.query import add_db_argument, add_filter_arguments, filters_from
from thucydides.store import Database
from thucydides.store.export import FORMATS, export


def register(subparsers: Any) -> None:
    parser = subparsers.add_parser(
        "export", help="export stored events (PLOVER JSONL, GDELT TSV, CSV, Parquet)",
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument("out", metavar="OUT", help="output file")
    parser.add_argument("--format", choices=FORMATS, required=True)
    parser.add_argument("--header", action="store_true", help="gdelt: write the column names first")
    add_db_argument(parser)
    add_filter_arguments(parser)
    parser.set_defaults(handler=run)


def run(args: argparse.Namespace) -> int:
    with Database.open(args.db) as db:
        result = export(db, args.out, args.format, filters_from(args), header=args.header)
    note = f" ({result.skipped} undated events left out)" if result.skipped else ""
    print(f"wrote {result.written} events to {result.path} as {result.format}{note}", file=sys.stderr)
    return EXIT_OK
