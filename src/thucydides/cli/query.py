"""`thucydides events|actors|dyads|show`: query the event store.

    thucydides events [--db URL] [--actor RUS] [--type ASSAULT] ... [--format table|json|csv] [--limit N]
    thucydides actors [--db URL] [--code RUS] [--sector GOV]
    thucydides dyads  [--db URL] [event filters]
    thucydides show DOC_ID [--db URL] [--format table|json]

json prints JSON Lines (one object per row); csv prints a header and one row per line.
"""

from __future__ import annotations

import argparse
import csv
import json
import sys
from collections.abc import Sequence
from typing import Any

from thucydides.cli import EXIT_OK
from thucydides.store import Database, StoredDocument, actors, dyads, events, show
from thucydides.store.queries import EventFilter

FILTERS: tuple[tuple[str, str], ...] = (
    ("actor", "actor code (RUS, IGO) or name"),
    ("recipient", "recipient code or name"),
    ("type", "PLOVER event type, e.g. ASSAULT"),
    ("mode", "PLOVER mode, e.g. aerial"),
    ("context", "PLOVER context, e.g. military"),
    ("modality", "asserted, negated, hypothetical, conditional, future or historical"),
    ("since", "first date, YYYY-MM-DD (inclusive)"),
    ("until", "last date, YYYY-MM-DD (inclusive)"),
    ("place", "place name or its country code"),
    ("text", "substring of the evidence sentence"),
)
HEADERS = {"actor_codes": "actor", "recipient_codes": "recipient", "num_mentions": "ment",
           "num_sources": "src", "modality": "modality", "as_actor": "actor", "as_recipient": "recip"}
EVENT_COLUMNS = ("date", "event", "mode", "actor_codes", "recipient_codes", "modality", "place",
                 "num_mentions", "num_sources", "text")


def add_db_argument(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--db", metavar="URL", help="database URL (default: $THUCYDIDES_DB or "
                        "sqlite:///thucydides.db); postgresql://user:pw@host/db for PostgreSQL")


def add_filter_arguments(parser: argparse.ArgumentParser) -> None:
    group = parser.add_argument_group("filters")
    for name, help_text in FILTERS:
        group.add_argument(f"--{name}", metavar=name.upper(), help=help_text)


def filters_from(args: argparse.Namespace) -> EventFilter:
    return EventFilter(**{name: getattr(args, name) for name, _ in FILTERS})


def register(subparsers: Any) -> None:
    for name, help_text in (
        ("events", "list distinct events, newest first"),
        ("actors", "list actors with their event counts"),
        ("dyads", "list actor/recipient pairs with counts and mean intensity"),
    ):
        parser = subparsers.add_parser(name, help=help_text, description=help_text)
        add_db_argument(parser)
        if name == "actors":
            parser.add_argument("--code", help="only this actor code")
            parser.add_argument("--sector", help="only this sector")
        else:
            add_filter_arguments(parser)
        parser.add_argument("--format", choices=("table", "json", "csv"), default="table")
        parser.add_argument("--limit", type=int, default=50, help="rows to show (default 50; 0 = all)")
        parser.add_argument("--offset", type=int, default=0, help="rows to skip")
        parser.set_defaults(handler=run)
    parser = subparsers.add_parser("show", help="show a stored article with its events")
    parser.add_argument("doc_id", metavar="DOC_ID")
    add_db_argument(parser)
    parser.add_argument("--format", choices=("table", "json"), default="table")
    parser.set_defaults(handler=run)


def run(args: argparse.Namespace) -> int:
    with Database.open(args.db) as db:
        if args.command == "show":
            _print_document(show(db, args.doc_id), args.format)
            return EXIT_OK
        limit = args.limit or None
        if args.command == "events":
            rows = events(db, limit=limit, offset=args.offset, **_filter_kwargs(args))
            _print_rows([r.to_row() for r in rows], args.format, EVENT_COLUMNS, "events")
        elif args.command == "actors":
            found = actors(db, code=args.code, sector=args.sector, limit=limit, offset=args.offset)
            _print_rows([r.to_row() for r in found], args.format, None, "actors")
        else:
            pairs = dyads(db, limit=limit, offset=args.offset, **_filter_kwargs(args))
            _print_rows([r.to_row() for r in pairs], args.format, None, "dyads")
    return EXIT_OK


def _filter_kwargs(args: argparse.Namespace) -> dict[str, Any]:
    return {name: getattr(args, name) for name, _ in FILTERS}


def _print_rows(
    rows: list[dict[str, Any]], fmt: str, columns: Sequence[str] | None, title: str
) -> None:
    if fmt == "json":
        for row in rows:
            sys.stdout.write(json.dumps(row, ensure_ascii=False) + "\n")
    elif fmt == "csv":
        if rows:
            writer = csv.DictWriter(sys.stdout, fieldnames=list(rows[0]), lineterminator="\n")
            writer.writeheader()
            writer.writerows(rows)
    else:
        _print_table(rows, list(columns or (rows[0] if rows else ())), title)


def _print_table(rows: list[dict[str, Any]], columns: list[str], title: str) -> None:
    from rich.table import Table

    table = Table(title=f"{len(rows)} {title}", show_lines=False)
    for column in columns:
        # short columns never wrap; the evidence text takes what width is left, folded
        wide = column in ("text", "name", "title")
        table.add_column(HEADERS.get(column, column), overflow="fold", no_wrap=not wide,
                         min_width=30 if wide else None)
    for row in rows:
        table.add_row(*("" if row.get(c) is None else str(row.get(c)) for c in columns))
    _console().print(table)


def _print_document(stored: StoredDocument, fmt: str) -> None:
    if fmt == "json":
        sys.stdout.write(json.dumps(stored.to_dict(), ensure_ascii=False) + "\n")
        return
    doc = stored.document
    console = _console()
    console.print(f"[bold]{doc.title or '(untitled)'}[/bold]  {doc.date or ''}  {doc.id}")
    for label, value in (("url", doc.url), ("source", stored.source), ("ingested", stored.ingested_at),
                         ("copies", ", ".join(stored.copies))):
        if value:
            console.print(f"{label}: {value}", highlight=False, markup=False)
    console.print()
    console.print(doc.text, highlight=False, markup=False)
    rows = [
        {**e.to_dict(), "actor": " ".join(a.code for a in e.actor),
         "recipient": " ".join(r.code for r in e.recipient), "event_id": event_id}
        for e, event_id in zip(doc.events, stored.event_ids, strict=True)
    ]
    _print_table(rows, ["event_id", "event", "mode", "actor", "recipient", "modality", "trigger", "text"],
                 "events")


def _console() -> Any:
    from rich.console import Console

    console = Console()
    # Piped output has no terminal width; rich would assume 80 columns and squeeze the table.
    return console if console.is_terminal else Console(width=160)
