"""doc_to_records: the ONLY reader of our Doc annotations; turns them into output records."""

from __future__ import annotations

from collections import Counter
from dataclasses import replace

from spacy.tokens import Doc

from thucydides.nlp.annotations import ActorRef, Annotations, EventNote, PlaceMention, QuantityMention
from thucydides.nlp.extensions import annotations_of
from thucydides.ontology import EVENT_TYPES, NON_STATE_CODES, cameo_code, intensity, quad_class
from thucydides.records import Article, Attribution, Document, Entity, Event, Mention, Place, Quantity


def doc_to_records(doc: Doc, article: Article, doc_id: str) -> Document:
    notes = annotations_of(doc)
    country = dominant_country(notes)
    events = [e for e in (_event(doc, note, country) for note in notes.events) if e is not None]
    events = [replace(e, id=f"{doc_id}-{n:03d}") for n, e in enumerate(events, start=1)]
    return Document(
        id=doc_id, title=article.title, date=article.date, url=article.url, caption=_caption(doc, notes),
        text=article.text, events=tuple(events), actors=tuple(_mentions(doc, notes, country)),
        places=tuple(_place(p) for p in notes.places), quantities=tuple(_quantity(doc, q) for q in notes.quantities),
        notes=tuple(dict.fromkeys(notes.notes)),
    )


def dominant_country(notes: Annotations) -> str:
    """The country the article is mostly about: a sector-only actor ("police") belongs to it."""
    counts: Counter[str] = Counter(m.ref.code for m in notes.actors if len(m.ref.code) == 3 and m.ref.code.isalpha())
    counts.update(p.place.country for p in notes.places)
    for non_state in NON_STATE_CODES:
        counts.pop(non_state, None)
    return counts.most_common(1)[0][0] if counts else ""


def _entity(ref: ActorRef, fallback: str) -> Entity | None:
    code = ref.code or fallback
    if not code:
        return None
    return Entity(text=ref.text, name=ref.name, code=code, sector=ref.sector, wikidata=ref.wikidata, role=ref.role)


def _entities(refs: list[ActorRef], fallback: str) -> tuple[Entity, ...]:
    return tuple(e for e in (_entity(r, fallback) for r in refs) if e is not None)


def _event(doc: Doc, note: EventNote, country: str) -> Event | None:
    fallback = note.place.place.country if note.place else country
    actors = _entities(note.actors, fallback)
    if not actors:
        return None
    recipients = _entities(note.recipients, fallback)
    if EVENT_TYPES[note.event].needs_recipient and not recipients:
        return None
    sentence = doc[note.trigger].sent
    trigger = doc[note.trigger:note.trigger_end]
    attribution = None
    if note.attribution is not None:
        source = _entity(note.attribution.actor, "") if note.attribution.actor else None
        attribution = Attribution(note.attribution.text, note.attribution.kind, source)  # type: ignore[arg-type]
    return Event(
        id="", event=note.event, mode=note.mode, context=tuple(note.contexts), actor=actors, recipient=recipients,
        modality=note.modality,  # type: ignore[arg-type]
        attribution=attribution, quantities=tuple(_quantity(doc, q) for q in note.quantities),
        location=_place(note.place) if note.place else None, date=note.date, quad_class=quad_class(note.event),
        intensity=intensity(note.event, note.mode), trigger=trigger.text, text=sentence.text.strip(),
        start=sentence.start_char, end=sentence.start_char + len(sentence.text.rstrip()),
        cameo=note.cameo or cameo_code(note.event, note.mode), trigger_start=trigger.start_char,
        trigger_end=trigger.end_char,
    )


def _mentions(doc: Doc, notes: Annotations, country: str) -> list[Mention]:
    found = []
    for mention in notes.actors:
        entity = _entity(mention.ref, country)
        if entity is not None:
            found.append(Mention(entity, doc[mention.start].idx, doc[mention.end - 1].idx + len(doc[mention.end - 1])))
    return found


def _place(mention: PlaceMention) -> Place:
    place = mention.place
    return Place(
        text=mention.text, name=place.name, country=place.country, lat=place.lat, lon=place.lon,
        geonameid=place.geonameid, feature=place.feature,
    )


def _quantity(doc: Doc, mention: QuantityMention) -> Quantity:
    span = doc[mention.start:mention.end]
    return Quantity(
        text=span.text, value=mention.value, bound=mention.bound,  # type: ignore[arg-type]
        object=mention.object, start=span.start_char, end=span.end_char,
    )


def _caption(doc: Doc, notes: Annotations) -> str | None:
    for block in notes.blocks:
        if block.kind == "caption":
            return doc[block.start:block.end].text
    return None
