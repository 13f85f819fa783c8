"""The one error catalog: every message a user can meet, with a stable code, and the exception tree.

    ThucydidesError
    ├── InputError        a document or file we cannot use (unreadable, undecodable, empty, ...)
    ├── KnowledgeError    a data file (actors, verbs, gazetteer, gold) that is malformed
    ├── ModelError        the spaCy pipeline cannot be loaded
    ├── DependencyError   an optional extra is not installed
    └── StoreError        the database refused or is at an unexpected schema
"""

from __future__ import annotations

from typing import Any

CATALOG: dict[str, str] = {
    # input
    "T100": "cannot read {path}: {reason}",
    "T101": "cannot decode {path} as UTF-8 text: {reason}",
    "T102": "{source}: empty document (no text left after cleaning)",
    "T103": "{source}: document too large ({size} characters; the limit is {limit})",
    "T104": "{source}: not an article ({reason})",
    "T105": "{source}: not English ({reason})",
    "T106": "invalid date {value!r}: expected YYYY-MM-DD",
    "T107": "{source}: unsupported input kind ({reason})",
    "T108": "cannot fetch {url}: {reason}",
    "T109": "{source}: malformed record ({reason})",
    "T110": "{path}: file too large ({size} bytes; the limit is {limit} bytes)",
    # knowledge
    "T200": "{path}: line {line}: {reason}",
    "T201": "{path}: not a gold file ({reason})",
    # model
    "T300": "cannot load the spaCy pipeline {name!r}: {reason}. Install it with: pip install {package}",
    # optional extras
    "T400": "{feature} needs the optional extra [{extra}]: pip install 'thucydides[{extra}]' ({reason})",
    # store
    "T500": "database error at {url}: {reason}",
    "T501": "document {doc_id} not found",
    "T502": "database {url} has schema {found}, newer than this thucydides ({expected}): upgrade thucydides",
    "T503": "unknown {what} {value!r}: expected one of {expected}",
    "T504": "cannot write {path}: {reason}",
}


class ThucydidesError(Exception):
    """Base of every error thucydides raises on purpose. `code` is a key of CATALOG."""

    code = "T000"

    def __init__(self, code: str, **fields: Any) -> None:
        self.code = code
        self.fields = fields
        template = CATALOG.get(code, "{reason}")
        try:
            message = template.format(**fields)
        except (KeyError, IndexError, ValueError):
            message = f"{template} {fields}"
        super().__init__(f"[{code}] {message}")

    @property
    def message(self) -> str:
        return str(self)


class InputError(ThucydidesError):
    """A document or file that cannot be used; a batch reports it and goes on."""


class KnowledgeError(ThucydidesError):
    """A malformed data file (actors, lexicon, gazetteer, gold)."""


class ModelError(ThucydidesError):
    """The NLP pipeline cannot be loaded."""


class DependencyError(ThucydidesError):
    """An optional extra is missing."""


class StoreError(ThucydidesError):
    """The database failed or has an unexpected schema."""
