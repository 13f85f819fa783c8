"""Readers: articles from files, folders, HTML, CSV/JSONL, WARC crawls, RSS/Atom feeds and URLs.

Each reader is a generator of `Article | InputError`: a bad item (undecodable, empty, too large,
not an article, not English, unreachable) is yielded as its InputError and the stream goes on, so
nothing is lost silently. Readers do the I/O; extraction (thucydides.extract) does none.
"""

from thucydides.ingest._article import check_text, clean_text, make_article, normalise_date, source_of
from thucydides.ingest._options import ReadOptions
from thucydides.ingest.feeds import read_feed
from thucydides.ingest.files import read_folder, read_path
from thucydides.ingest.html import html_to_article, read_html_file
from thucydides.ingest.parallel import extract_stream
from thucydides.ingest.sources import read_source, read_sources
from thucydides.ingest.tabular import read_csv, read_jsonl
from thucydides.ingest.text import read_text_file
from thucydides.ingest.warc import read_warc
from thucydides.ingest.web import read_url

__all__ = [
    "ReadOptions",
    "check_text",
    "clean_text",
    "extract_stream",
    "html_to_article",
    "make_article",
    "normalise_date",
    "read_csv",
    "read_feed",
    "read_folder",
    "read_html_file",
    "read_jsonl",
    "read_path",
    "read_source",
    "read_sources",
    "read_text_file",
    "read_url",
    "read_warc",
    "source_of",
]
