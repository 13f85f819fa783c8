"""thucydides: PLOVER political event data from news text, offline, with evidence for every record.

    >>> import thucydides
    >>> doc = thucydides.extract("Russia attacked Ukraine on Monday.", date="2024-11-18")
    >>> [(e.event, [a.code for a in e.actor], [r.code for r in e.recipient]) for e in doc.events]
    [('ASSAULT', ['RUS'], ['UKR'])]
"""

from thucydides.errors import (
    DependencyError,
    InputError,
    KnowledgeError,
    ModelError,
    StoreError,
    ThucydidesError,
)
from thucydides.extract import document_id, extract, extract_many
from thucydides.records import Article, Attribution, Document, Entity, Event, Mention, Place, Quantity
from thucydides.settings import Options

__all__ = [
    "Article",
    "Attribution",
    "DependencyError",
    "Document",
    "Entity",
    "Event",
    "InputError",
    "KnowledgeError",
    "Mention",
    "ModelError",
    "Options",
    "Place",
    "Quantity",
    "StoreError",
    "ThucydidesError",
    "document_id",
    "extract",
    "extract_many",
]

__version__ = "0.1.0"
