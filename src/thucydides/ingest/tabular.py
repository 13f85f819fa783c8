"""Batches of articles in JSON Lines and CSV files, one article per row.

Column names come from ReadOptions (`--text-col`, `--title-col`, `--date-col`, `--url-col`). A
row without text is reported and the file goes on; dates are normalised to YYYY-MM-DD, or left
out (the row is kept) when they cannot be read.
"""

from __future__ import annotations

import csv
import json
import sys
from collections.abc import Callable, Iterable, Iterator, Mapping
from pathlib import Path
from typing import Any, BinaryIO

from thucydides.errors import InputError
from thucydides.ingest._article import make_article
from thucydides.ingest._options import ReadOptions
from thucydides.records import Article


def _raise_csv_field_limit() -> None:
    # News articles exceed csv's default 128 KiB field limit; sys.maxsize overflows a C long on
    # some platforms, so halve until accepted.
    limit = sys.maxsize
    while True:
        try:
            csv.field_size_limit(limit)
            return
        except OverflowError:
            limit //= 2


def row_to_article(row: Mapping[str, Any], source: str, options: ReadOptions) -> Article | InputError:
    """One CSV row or JSON object as an article."""
    text = row.get(options.text_col)
    if text is None:
        return InputError("T109", source=source, reason=f"no {options.text_col!r} field")
    if not isinstance(text, str):
        return InputError("T109", source=source, reason=f"field {options.text_col!r} is not text")
    return make_article(
        text, source=source, title=_optional(row.get(options.title_col)),
        date=row.get(options.date_col), url=_optional(row.get(options.url_col)),
    )


def _optional(value: object) -> str | None:
    return str(value) if value not in (None, "") else None


def _open_binary(path: Path) -> BinaryIO | InputError:
    try:
        return open(path, "rb")  # closed by the caller
    except OSError as exc:
        return InputError("T100", path=str(path), reason=exc.strerror or str(exc))


def _decoded_lines(handle: BinaryIO, path: str) -> Iterator[str]:
    """Lines decoded one at a time, so an undecodable line ends the file exactly there.

    (A text-mode file decodes 8 KiB blocks ahead and would lose the good rows before a bad byte.)
    Line ends are kept, as the csv module needs them inside quoted fields.
    """
    for number, raw in enumerate(handle, start=1):
        try:
            # utf-8-sig on the first line: spreadsheet programs often write a BOM before the header.
            yield raw.decode("utf-8-sig" if number == 1 else "utf-8")
        except UnicodeDecodeError as exc:
            raise _LineDecodeError(path, number, exc) from exc


class _LineDecodeError(Exception):
    def __init__(self, path: str, line: int, cause: UnicodeDecodeError) -> None:
        super().__init__(path, line)
        self.error = InputError(
            "T101", path=f"{path}:{line}",
            reason=f"{cause.reason} at byte {cause.start} of the line; the rest of the file is not read",
        )


def read_jsonl(path: str | Path, options: ReadOptions | None = None) -> Iterator[Article | InputError]:
    """Each non-blank line a JSON object holding one article."""
    yield from _read_rows(path, options or ReadOptions(), _jsonl_rows)


def _jsonl_rows(lines: Iterable[str], path: str, options: ReadOptions) -> Iterator[Article | InputError]:
    for number, line in enumerate(lines, start=1):
        if not line.strip():
            continue
        source = f"{path}:{number}"
        try:
            row = json.loads(line)
        except json.JSONDecodeError as exc:
            yield InputError("T109", source=source, reason=f"invalid JSON: {exc.msg} at column {exc.colno}")
            continue
        if not isinstance(row, dict):
            yield InputError("T109", source=source, reason="a line must hold a JSON object")
            continue
        yield row_to_article(row, source, options)


def read_csv(path: str | Path, options: ReadOptions | None = None) -> Iterator[Article | InputError]:
    """A CSV file with a header row; each following record one article."""
    _raise_csv_field_limit()
    yield from _read_rows(path, options or ReadOptions(), _csv_rows)


RowParser = Callable[[Iterable[str], str, ReadOptions], Iterator[Article | InputError]]


def _read_rows(path: str | Path, options: ReadOptions, parse: RowParser) -> Iterator[Article | InputError]:
    """Open a line-oriented file, decode it line by line and parse its rows; a bad file or line
    yields its InputError and what came before it is kept."""
    handle = _open_binary(Path(path))
    if isinstance(handle, InputError):
        yield handle
        return
    with handle:
        yield from _guard_decoding(parse(_decoded_lines(handle, str(path)), str(path), options))


def _csv_rows(lines: Iterable[str], path: str, options: ReadOptions) -> Iterator[Article | InputError]:
    reader = csv.DictReader(lines)
    try:
        columns = reader.fieldnames or []
        if options.text_col not in columns:
            found = ", ".join(columns) or "none"
            yield InputError("T109", source=path, reason=f"no {options.text_col!r} column (columns: {found})")
            return
        start = reader.line_num + 1
        for row in reader:
            # "file.csv:12" names the line where the record starts; quoted fields span lines.
            yield row_to_article(row, f"{path}:{start}", options)
            start = reader.line_num + 1
    except csv.Error as exc:
        yield InputError("T109", source=f"{path}:{reader.line_num}", reason=f"CSV: {exc}")


def _guard_decoding(rows: Iterator[Article | InputError]) -> Iterator[Article | InputError]:
    """Rows as they come; a decoding error ends the file with T101 (what came before is kept)."""
    try:
        yield from rows
    except _LineDecodeError as exc:
        yield exc.error
