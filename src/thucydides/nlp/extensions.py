"""The one place our spaCy extension attribute is registered."""

from __future__ import annotations

from spacy.tokens import Doc

from thucydides.nlp.annotations import Annotations

EXTENSION = "thuc"


def register_extensions() -> None:
    if not Doc.has_extension(EXTENSION):
        Doc.set_extension(EXTENSION, default=None)


def annotations_of(doc: Doc) -> Annotations:
    """The Annotations of a Doc, created on first use."""
    register_extensions()
    found = doc._.get(EXTENSION)
    if found is None:
        found = Annotations()
        doc._.set(EXTENSION, found)
    return found
