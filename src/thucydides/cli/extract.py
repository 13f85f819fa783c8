"""`thucydides extract PATH... [--json] [--date YYYY-MM-DD] [--title T] [--actors FILE]`"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from thucydides.errors import InputError, ThucydidesError
from thucydides.extract import extract_many
from thucydides.ingest.text import decode_utf8, read_bytes
from thucydides.records import Article, Document
from thucydides.settings import Options


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser("extract", help="extract events from plain-text articles")
    parser.add_argument("paths", nargs="+", metavar="PATH", help="text files ('-' reads stdin)")
    parser.add_argument("--json", action="store_true", help="JSON Lines, one document per line (the contract)")
    parser.add_argument("--date", help="document date YYYY-MM-DD (people are coded by the role valid then)")
    parser.add_argument("--title", help="document title")
    parser.add_argument("--actors", action="append", default=[], metavar="FILE", help="extra actor table (TSV)")
    parser.set_defaults(handler=run)


def read_article(path: str, date: str | None, title: str | None) -> Article:
    if path == "-":
        return Article(text=sys.stdin.read(), title=title, date=date, source="<stdin>")
    content = read_bytes(Path(path))
    text = content if isinstance(content, InputError) else decode_utf8(content, path)
    if isinstance(text, InputError):
        raise text
    return Article(text=text, title=title, date=date, source=path)


def run(args: argparse.Namespace) -> int:
    options = Options(actor_files=tuple(args.actors))
    failed = 0
    articles: list[Article] = []
    for path in args.paths:
        try:
            articles.append(read_article(path, args.date, args.title))
        except InputError as exc:
            failed += 1
            print(f"thucydides: {exc}", file=sys.stderr)
    for result in extract_many(articles, options=options):
        if isinstance(result, ThucydidesError):
            failed += 1
            print(f"thucydides: {result}", file=sys.stderr)
        elif args.json:
            print(json.dumps(result.to_dict(), ensure_ascii=False))
        else:
            print_table(result)
    return 1 if failed else 0


def print_table(document: Document) -> None:
    from rich.console import Console
    from rich.table import Table

    title = document.title or document.id
    table = Table(title=f"{title} ({document.date or 'no date'}): {len(document.events)} events", show_lines=False)
    for column in ("event", "mode", "actor", "recipient", "modality", "source", "quantity", "place", "evidence"):
        table.add_column(column, overflow="fold")
    for event in document.events:
        table.add_row(
            event.event, event.mode or "", _codes(event.actor), _codes(event.recipient), event.modality,
            event.attribution.kind if event.attribution else "",
            ", ".join(f"{q.bound} {q.value:g} {q.object}" for q in event.quantities),
            event.location.name if event.location else "", _evidence(event.text, event.trigger),
        )
    # A pipe or file gets a wide table rather than rich's 80-column default.
    Console(width=None if sys.stdout.isatty() else 200).print(table)


def _codes(entities: tuple) -> str:
    return ", ".join(f"{e.code}{'/' + e.sector if e.sector else ''}" for e in entities)


def _evidence(text: str, trigger: str) -> str:
    return text if len(text) < 160 else text[:157] + "..."
