"""Files and folders: a file goes to the reader for its kind; a folder is walked recursively.

A file's kind comes from its extension, or, for an unknown one, from its first bytes. In a folder,
only files with a known extension are read (in sorted order, so reruns see the same sequence);
hidden files and others (images, PDFs, notes) are not articles and are passed over.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Iterator
from pathlib import Path

from thucydides.errors import InputError
from thucydides.ingest._options import ReadOptions
from thucydides.ingest.feeds import read_feed
from thucydides.ingest.html import read_html_file
from thucydides.ingest.tabular import read_csv, read_jsonl
from thucydides.ingest.text import read_text_file
from thucydides.ingest.warc import read_warc
from thucydides.ingest.web import looks_like_feed
from thucydides.records import Article

Reader = Callable[[Path, ReadOptions], Iterator[Article | InputError]]

READERS: dict[str, Reader] = {
    ".txt": read_text_file, ".text": read_text_file,
    ".html": read_html_file, ".htm": read_html_file, ".xhtml": read_html_file,
    ".jsonl": read_jsonl, ".ndjson": read_jsonl,
    ".csv": read_csv,
    ".warc": read_warc, ".warc.gz": read_warc,
    ".rss": read_feed, ".atom": read_feed, ".xml": read_feed,
}


def reader_for(path: Path) -> Reader | None:
    """The reader for a file's extension (".warc.gz" counts as one), or None when unknown."""
    name = path.name.lower()
    for suffix in sorted(READERS, key=len, reverse=True):
        if name.endswith(suffix):
            return READERS[suffix]
    return None


def sniff_reader(path: Path) -> Reader | InputError:
    """The reader for a file without a known extension, judged from its first bytes."""
    try:
        with path.open("rb") as handle:
            head = handle.read(4096)
    except OSError as exc:
        return InputError("T100", path=str(path), reason=exc.strerror or str(exc))
    lowered = head.lstrip().lower()
    if head.startswith(b"WARC/") or head.startswith(b"\x1f\x8b"):
        return read_warc  # gzip: of the kinds we read, only WARC comes compressed
    if looks_like_feed(head):
        return read_feed
    if lowered.startswith((b"<!doctype html", b"<html")) or b"<body" in lowered:
        return read_html_file
    if lowered.startswith(b"{"):
        return read_jsonl
    return read_text_file


def read_path(path: str | Path, options: ReadOptions | None = None) -> Iterator[Article | InputError]:
    """The articles of a file or, recursively, of a folder."""
    options = options or ReadOptions()
    path = Path(path)
    if path.is_dir():
        yield from read_folder(path, options)
        return
    if not path.exists():
        yield InputError("T100", path=str(path), reason="no such file or directory")
        return
    reader = reader_for(path) or sniff_reader(path)
    if isinstance(reader, InputError):
        yield reader
        return
    yield from reader(path, options)


def read_folder(folder: str | Path, options: ReadOptions | None = None) -> Iterator[Article | InputError]:
    """Every file with a known extension under `folder`, depth first in sorted order."""
    options = options or ReadOptions()
    for path in _walk(Path(folder)):
        reader = reader_for(path)
        if reader is not None:
            yield from reader(path, options)


def _walk(folder: Path) -> Iterator[Path]:
    """Files under `folder` in sorted path order (a sub-folder's files sit where its name sorts)."""
    try:
        entries = sorted(os.scandir(folder), key=lambda entry: entry.name)
    except OSError:
        return  # an unreadable sub-folder holds nothing we can read; its parent went on
    for entry in entries:
        if entry.name.startswith("."):
            continue
        if entry.is_dir():
            yield from _walk(Path(entry.path))
        elif entry.is_file():
            yield Path(entry.path)
