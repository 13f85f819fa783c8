"""Component `thuc_places`: link place names to the offline gazetteer.

"Kursk region", "the Kursk Oblast" and a bare "Kursk" all resolve; a region word right after a
name ("Kursk region") makes the region win over the namesake city.
"""

from __future__ import annotations

from typing import Any

from spacy.tokens import Doc, Span

from thucydides.knowledge.base import Knowledge, PlaceEntry
from thucydides.nlp.annotations import PlaceMention
from thucydides.nlp.extensions import annotations_of

PLACE_LABELS = frozenset({"GPE", "LOC", "FAC"})
REGION_WORDS = ("region", "Region", "province", "Province", "Oblast", "oblast", "state", "State", "governorate",
                "Governorate", "district", "District", "county", "County", "prefecture", "Prefecture")


def lookup_place(span: Span, knowledge: Knowledge) -> tuple[PlaceEntry, int] | None:
    """The gazetteer entry for an entity span and the token end of the matched name."""
    doc = span.doc
    if span.end < len(doc) and doc[span.end].text in REGION_WORDS:
        region = knowledge.places.get(f"{span.text} {doc[span.end].text}") or knowledge.places.get(
            f"{span.text} region")
        if region is not None:
            return region, span.end + 1
    if span.ent_id_.startswith("place|"):
        found = knowledge.places.get(span.ent_id_.split("|", 1)[1])
    else:
        text = span.text.removeprefix("the ").removeprefix("The ")
        found = knowledge.places.get(text)
    return (found, span.end) if found is not None else None


def make_thuc_places(knowledge: Knowledge) -> Any:
    def thuc_places(doc: Doc) -> Doc:
        mentions = []
        for span in doc.ents:
            if span.label_ not in PLACE_LABELS and not span.ent_id_.startswith("place|"):
                continue
            found = lookup_place(span, knowledge)
            if found is None:
                continue
            place, end = found
            mentions.append(PlaceMention(span.start, end, doc[span.start:end].text, place))
        annotations_of(doc).places = mentions
        return doc

    return thuc_places
