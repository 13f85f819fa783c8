"""Turning what a reader found into an Article, or into the InputError that says why not.

Every reader builds its articles through `make_article`, so the guards (too large, empty, not an
article, not English) are the same whatever the source kind.
"""

from __future__ import annotations

import re
import time
import unicodedata
from datetime import date, datetime
from email.utils import parsedate_to_datetime

from thucydides.errors import InputError
from thucydides.records import Article
from thucydides.settings import MAX_DOCUMENT_CHARS

# Fewer words than this is a caption, a teaser or a navigation stub, not an article. The shortest
# Wikinews 2019/2020 article has well over 100 words; 20 leaves room for short wire briefs.
MIN_ARTICLE_WORDS = 20

# Share of word tokens that are common English function words. The 294 real Wikinews 2019/2020
# articles lie between 0.26 and 0.49; the example sentences spaCy ships for French, German, Spanish,
# Italian, Dutch, Portuguese, Swedish, Danish, Romanian and Polish score 0.00-0.12. 0.15 sits
# between the two and lets through English text dense with names and numbers.
MIN_ENGLISH_STOPWORD_SHARE = 0.15

# The language check looks at the first words only: enough to decide, cheap on long documents.
LANGUAGE_SAMPLE_WORDS = 1000

_STOPWORD_LIST = """a about after all also an and are as at be been but by can could did do does for from had
    has have he her his i if in into is it its more most no not of on one or our out said she so
    than that the their them then there these they this those to up was we were what when which
    while who will with would you"""
_ENGLISH_STOPWORDS = frozenset(_STOPWORD_LIST.split())

_WORD = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)*")
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")
_TRAILING_SPACE = re.compile(r"[ \t\u00a0]+\n")
_MANY_BLANK_LINES = re.compile(r"\n{3,}")
_ISO_DATE = re.compile(r"^\s*(\d{4})-(\d{2})-(\d{2})")
_HAS_DIGIT = re.compile(r"\d")


def clean_text(text: str) -> str:
    """Normalise what a reader extracted: NFC, one newline style, no control characters.

    Paragraph breaks (blank lines) are kept: the extractor reads headings and captions from them.
    """
    text = unicodedata.normalize("NFC", text.replace("\ufeff", ""))
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    text = _CONTROL.sub("", text)
    text = _TRAILING_SPACE.sub("\n", text)
    return _MANY_BLANK_LINES.sub("\n\n", text).strip()


def english_share(text: str) -> float:
    """Share of the first words of `text` that are common English function words (0..1)."""
    words = _WORD.findall(text[: LANGUAGE_SAMPLE_WORDS * 12])[:LANGUAGE_SAMPLE_WORDS]
    if not words:
        return 0.0
    return sum(1 for w in words if w.lower() in _ENGLISH_STOPWORDS) / len(words)


def check_text(text: str, source: str) -> InputError | None:
    """The error that keeps `text` out of extraction, or None when it looks like an English article."""
    if len(text) > MAX_DOCUMENT_CHARS:
        return InputError("T103", source=source, size=len(text), limit=MAX_DOCUMENT_CHARS)
    if not text:
        return InputError("T102", source=source)
    words = len(_WORD.findall(text[: MIN_ARTICLE_WORDS * 40]))
    if words < MIN_ARTICLE_WORDS:
        return InputError("T104", source=source, reason=f"{words} words; an article has at least "
                          f"{MIN_ARTICLE_WORDS}")
    share = english_share(text)
    if share < MIN_ENGLISH_STOPWORD_SHARE:
        return InputError("T105", source=source, reason=f"{share:.0%} common English words; English "
                          f"news has at least {MIN_ENGLISH_STOPWORD_SHARE:.0%}")
    return None


def make_article(
    text: str,
    *,
    source: str,
    title: str | None = None,
    date: object = None,
    url: str | None = None,
) -> Article | InputError:
    """Clean and check what a reader found; an Article, or the InputError that explains the refusal."""
    if len(text) > MAX_DOCUMENT_CHARS * 2:
        # Too large even before cleaning: refuse without spending time normalising it.
        return InputError("T103", source=source, size=len(text), limit=MAX_DOCUMENT_CHARS)
    cleaned = clean_text(text)
    error = check_text(cleaned, source)
    if error is not None:
        return error
    return Article(
        text=cleaned, title=_clean_field(title), date=normalise_date(date), url=_clean_field(url),
        source=source,
    )


def _clean_field(value: str | None) -> str | None:
    if value is None:
        return None
    value = " ".join(str(value).split())
    return value or None


def normalise_date(value: object) -> str | None:
    """A date as YYYY-MM-DD, or None when `value` holds no unambiguous calendar date.

    Accepts ISO dates and datetimes, RFC 2822 (feeds, HTTP), struct_time (feedparser), date and
    datetime objects, and written dates with a day, month and year ("4 January 2019"). Relative
    phrases ("yesterday") are refused: they would make a stored record depend on the day of ingest.
    """
    if value is None:
        return None
    if isinstance(value, datetime):
        return value.date().isoformat()
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, time.struct_time):
        return f"{value.tm_year:04d}-{value.tm_mon:02d}-{value.tm_mday:02d}"
    text = str(value).strip()
    if not text or not _HAS_DIGIT.search(text):
        return None
    return _iso_date(text) or _rfc2822_date(text) or _written_date(text)


def _iso_date(text: str) -> str | None:
    match = _ISO_DATE.match(text)
    if not match:
        return None
    try:
        return date(int(match[1]), int(match[2]), int(match[3])).isoformat()
    except ValueError:
        return None


def _rfc2822_date(text: str) -> str | None:
    try:
        return parsedate_to_datetime(text).date().isoformat()
    except (TypeError, ValueError, IndexError):
        return None


def _written_date(text: str) -> str | None:
    import dateparser  # lazy: it takes a noticeable time to import and most inputs are ISO

    parsed = dateparser.parse(
        text, languages=["en"],
        settings={"STRICT_PARSING": True, "PREFER_DATES_FROM": "past", "RETURN_AS_TIMEZONE_AWARE": False},
    )
    return parsed.date().isoformat() if parsed else None


def source_of(error: InputError, default: str = "") -> str:
    """Where an error came from, for the error report: its source, path or URL field."""
    for key in ("source", "path", "url"):
        value = error.fields.get(key)
        if value:
            return str(value)
    return default
