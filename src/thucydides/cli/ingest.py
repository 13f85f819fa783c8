"""`thucydides ingest SOURCE...`: read sources, extract, store; skip what is already stored.

Each document is saved in its own transaction, and documents already in the database (by the hash
of their normalised text) are skipped before extraction, so after a crash or Ctrl-C the same
command finishes the job cheaply and without duplicates. With --workers N, N processes extract
(one spaCy pipeline each) while this process alone writes to the database.
"""

from __future__ import annotations

import argparse
import json
import time
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from types import TracebackType
from typing import TYPE_CHECKING, TextIO

from rich.console import Console
from rich.progress import Progress, SpinnerColumn, TaskID, TextColumn, TimeElapsedColumn

from thucydides.errors import InputError
from thucydides.extract import document_id
from thucydides.ingest import ReadOptions, extract_stream, read_sources, source_of
from thucydides.records import Article, Document
from thucydides.settings import Options

if TYPE_CHECKING:
    from thucydides.store import Database

EXIT_OK = 0
EXIT_SOME_FAILED = 1
EXIT_INTERRUPTED = 130


def register(subparsers: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    parser = subparsers.add_parser(
        "ingest", help="read sources, extract events and store them in a database",
        description="Read files, folders, CSV/JSONL, WARC, RSS/Atom feeds or URLs; extract events; "
        "store each document in its own transaction. Documents already stored are skipped, so "
        "running the same command again after a crash finishes the job.",
    )
    parser.add_argument("sources", nargs="+", metavar="SOURCE", help="file, folder, feed or URL")
    parser.add_argument("--db", metavar="URL", help="database URL (default: $THUCYDIDES_DB or "
                        "sqlite:///thucydides.db; PostgreSQL: postgresql://user:pw@host/db)")
    parser.add_argument("--workers", type=_positive, default=1, metavar="N",
                        help="extract in N processes, one spaCy pipeline each (default 1)")
    parser.add_argument("--errors", type=Path, metavar="FILE",
                        help="write one JSON line {source, code, message} per failed input")
    parser.add_argument("--limit", type=_positive, metavar="N", help="read at most N documents")
    parser.add_argument("--source", metavar="LABEL", help="name of the outlet the documents come from "
                        "(counted in num_sources; default: the host of each document's URL)")
    parser.add_argument("--actors", action="append", default=[], metavar="TSV",
                        help="extra actor table (repeatable), as for `thucydides extract`")
    columns = parser.add_argument_group("CSV/JSONL columns")
    for name in ("text", "title", "date", "url"):
        columns.add_argument(f"--{name}-col", default=name, metavar="NAME",
                             help=f"column holding the {name} (default {name!r})")
    parser.set_defaults(handler=run)


def _positive(value: str) -> int:
    number = int(value)
    if number < 1:
        raise argparse.ArgumentTypeError(f"expected a positive number, got {value}")
    return number


@dataclass
class Tally:
    """What a run did; the progress bar and the summary line read it."""

    stored: int = 0
    skipped: int = 0
    failed: int = 0
    events: int = 0
    started: float = field(default_factory=time.monotonic)

    @property
    def rate(self) -> float:
        return self.stored / max(time.monotonic() - self.started, 1e-9)

    def summary(self, interrupted: bool) -> str:
        seconds = time.monotonic() - self.started
        head = "interrupted: " if interrupted else ""
        return (f"{head}{self.stored} documents stored ({self.events} events), {self.skipped} already "
                f"stored, {self.failed} failed in {seconds:.1f} s ({self.rate:.2f} documents/s)")


class ErrorReport:
    """Bad inputs: one line each on stderr and, with --errors, one JSON line each in a file."""

    def __init__(self, console: Console, path: Path | None) -> None:
        self.console = console
        self.path = path
        self.handle: TextIO | None = None

    def __enter__(self) -> ErrorReport:
        if self.path is not None:
            self.handle = self.path.open("w", encoding="utf-8")
        return self

    def __exit__(self, kind: type[BaseException] | None, value: BaseException | None,
                 traceback: TracebackType | None) -> None:
        if self.handle is not None:
            self.handle.close()

    def add(self, error: InputError, source: str) -> None:
        self.console.print(f"thucydides: {error.message}", markup=False, highlight=False, soft_wrap=True)
        if self.handle is not None:
            row = {"source": source, "code": error.code, "message": error.message}
            self.handle.write(json.dumps(row, ensure_ascii=False) + "\n")
            self.handle.flush()  # the report is complete up to the last input, even after a kill


def run(args: argparse.Namespace) -> int:
    from thucydides.store import Database  # lazy: the store's imports are for commands that need them

    console = Console(stderr=True)
    tally = Tally()
    read_options = ReadOptions(text_col=args.text_col, title_col=args.title_col,
                               date_col=args.date_col, url_col=args.url_col)
    options = Options(actor_files=tuple(args.actors))
    interrupted = False
    with Database.open(args.db) as db, ErrorReport(console, args.errors) as report:
        articles = _limited(read_sources(args.sources, read_options), args.limit)
        try:
            _ingest(db, articles, args, options, tally, report)
        except KeyboardInterrupt:
            interrupted = True  # every document saved so far is complete; rerun to finish
    console.print(tally.summary(interrupted), markup=False, highlight=False, soft_wrap=True)
    if interrupted:
        return EXIT_INTERRUPTED
    return EXIT_SOME_FAILED if tally.failed else EXIT_OK


def _ingest(db: Database, articles: Iterable[Article | InputError], args: argparse.Namespace,
            options: Options, tally: Tally, report: ErrorReport) -> None:
    with _progress(report.console, args.limit) as (progress, task):
        todo = _new_articles(articles, db, tally, report)
        results = extract_stream(todo, workers=args.workers, options=options)
        try:
            for article, result in results:
                _save(db, article, result, args.source, tally, report)
                progress.update(task, completed=tally.stored + tally.skipped + tally.failed,
                                rate=tally.rate, events=tally.events, failed=tally.failed)
        finally:
            results.close()  # on Ctrl-C: stop the worker pool now, not at garbage collection


def _new_articles(articles: Iterable[Article | InputError], db: Database, tally: Tally,
                  report: ErrorReport) -> Iterator[Article]:
    """Articles not yet stored; reader errors are reported on the way (before any extraction)."""
    seen: set[str] = set()
    for item in articles:
        if isinstance(item, InputError):
            tally.failed += 1
            report.add(item, source_of(item))
            continue
        doc_id = document_id(item.text)
        if doc_id in seen or db.has_document(doc_id):
            tally.skipped += 1
            continue
        seen.add(doc_id)
        yield item


def _save(db: Database, article: Article, result: Document | InputError, source: str | None,
          tally: Tally, report: ErrorReport) -> None:
    if isinstance(result, InputError):
        tally.failed += 1
        report.add(result, article.source or source_of(result))
    elif db.save_document(result, source=source):
        tally.stored += 1
        tally.events += len(result.events)
    else:
        tally.skipped += 1  # stored meanwhile by another run on the same database


def _limited(items: Iterable[Article | InputError], limit: int | None) -> Iterator[Article | InputError]:
    """At most `limit` articles (errors pass through and do not count)."""
    count = 0
    for item in items:
        if limit is not None and isinstance(item, Article):
            if count >= limit:
                return
            count += 1
        yield item


class _progress:
    """A rich progress bar on stderr: documents, documents/s, events, errors (only on a terminal)."""

    def __init__(self, console: Console, total: int | None) -> None:
        self.progress = Progress(
            SpinnerColumn(), TextColumn("ingest"), TextColumn("{task.completed} documents"),
            TextColumn("{task.fields[rate]:.2f} documents/s"), TextColumn("{task.fields[events]} events"),
            TextColumn("{task.fields[failed]} errors"), TimeElapsedColumn(),
            console=console, transient=True, disable=not console.is_terminal,
        )
        self.total = total

    def __enter__(self) -> tuple[Progress, TaskID]:
        self.progress.start()
        task = self.progress.add_task("ingest", total=self.total, rate=0.0, events=0, failed=0)
        return self.progress, task

    def __exit__(self, kind: type[BaseException] | None, value: BaseException | None,
                 traceback: TracebackType | None) -> None:
        self.progress.stop()
