"""Store tests run against SQLite always and PostgreSQL when THUCYDIDES_TEST_PG is set.

Each test gets an empty database: a fresh SQLite file, or the PostgreSQL test database with its
public schema dropped and recreated. Documents are built by hand from the record types.
"""

from __future__ import annotations

import os
from collections.abc import Iterator

import pytest
from sqlalchemy import create_engine, text

from thucydides.extract import document_id
from thucydides.records import Attribution, Document, Entity, Event, Mention, Place, Quantity
from thucydides.store import Database

PG_URL = os.environ.get("THUCYDIDES_TEST_PG")
BACKENDS = ["sqlite", *(["postgresql"] if PG_URL else [])]


def reset_postgres(url: str) -> None:
    engine = create_engine(url)
    with engine.begin() as conn:
        conn.execute(text("DROP SCHEMA IF EXISTS public CASCADE"))
        conn.execute(text("CREATE SCHEMA public"))
    engine.dispose()


@pytest.fixture(params=BACKENDS)
def db_url(request: pytest.FixtureRequest, tmp_path) -> str:
    if request.param == "sqlite":
        return f"sqlite:///{tmp_path / 'test.db'}"
    assert PG_URL is not None
    reset_postgres(PG_URL)
    return PG_URL


@pytest.fixture
def db(db_url: str) -> Iterator[Database]:
    with Database.open(db_url) as database:
        yield database


# --- hand-built records --------------------------------------------------------------------

RUS = Entity(text="Russia", name="Russia", code="RUS", sector="")
RUS_GOV = Entity(text="the Kremlin", name="Russia", code="RUS", sector="GOV", wikidata="Q159")
UKR = Entity(text="Ukraine", name="Ukraine", code="UKR", sector="")
USA_GOV = Entity(text="Washington", name="United States", code="USA", sector="GOV")
NATO = Entity(text="NATO", name="NATO", code="IGO", sector="", wikidata="Q7184")
KURSK = Place(text="Kursk region", name="Kursk Oblast", country="RUS", lat=51.5, lon=36.5,
              geonameid=538555, feature="ADM1")
KYIV = Place(text="Kyiv", name="Kyiv", country="UKR", lat=50.45, lon=30.52, geonameid=703448,
             feature="PPLC")


def make_event(
    sentence: str,
    text: str,
    *,
    event: str = "ASSAULT",
    mode: str | None = "aerial",
    actor: tuple[Entity, ...] = (RUS,),
    recipient: tuple[Entity, ...] = (UKR,),
    modality: str = "asserted",
    location: Place | None = KYIV,
    date: str | None = "2024-11-17",
    context: tuple[str, ...] = ("military",),
    quantities: tuple[Quantity, ...] = (),
    attribution: Attribution | None = None,
    cameo: str = "19",
    quad_class: int = 4,
    intensity: float = -9.5,
    trigger: str = "attacked",
    record_id: str = "e1",
) -> Event:
    start = text.index(sentence)
    t_start = sentence.index(trigger) + start if trigger in sentence else None
    return Event(
        id=record_id, event=event, mode=mode, context=context, actor=actor, recipient=recipient,
        modality=modality,  # type: ignore[arg-type]
        attribution=attribution, quantities=quantities,
        location=(
            Place(**{**location.to_dict(), "text": location.text}) if location else None
        ),
        date=date, quad_class=quad_class, intensity=intensity, trigger=trigger, text=sentence,
        start=start, end=start + len(sentence), cameo=cameo,
        trigger_start=t_start, trigger_end=t_start + len(trigger) if t_start is not None else None,
    )


ATTACK = "Russia attacked Ukraine with drones overnight, killing 12 people in Kyiv."
WARN = "Washington warned that NATO would respond."
BASE_TEXT = f"Kyiv under fire.\n\n{ATTACK} {WARN} Officials in the Kursk region were silent."


def attack_doc(
    text: str = BASE_TEXT,
    *,
    url: str | None = "https://example.org/a",
    date: str | None = "2024-11-18",
    title: str | None = "Kyiv under fire",
    extra_events: tuple[Event, ...] = (),
) -> Document:
    """An article with an attack on Kyiv (with a quantity) and an attributed threat."""
    q_start = text.index("12 people")
    killed = Quantity(text="12 people", value=12, bound="exact", object="people", start=q_start,
                      end=q_start + 9)
    attack = make_event(ATTACK, text, quantities=(killed,), record_id="e1")
    warn = make_event(
        WARN, text, event="THREATEN", mode=None, actor=(USA_GOV,), recipient=(RUS_GOV,),
        location=None, context=("diplomatic", "military"), cameo="13", quad_class=3, intensity=-4.0,
        trigger="warned", record_id="e2",
        attribution=Attribution(text="Washington warned", kind="named", actor=USA_GOV),
    )
    mentions = (
        Mention(RUS, text.index("Russia"), text.index("Russia") + 6),
        Mention(UKR, text.index("Ukraine"), text.index("Ukraine") + 7),
        Mention(NATO, text.index("NATO"), text.index("NATO") + 4),
    )
    k = text.index("Kursk region")
    kursk = Place(**{**KURSK.to_dict(), "start": k, "end": k + len("Kursk region")})
    return Document(
        id=document_id(text), title=title, date=date, url=url, caption=None, text=text,
        events=(attack, warn, *extra_events), actors=mentions, places=(kursk,), quantities=(killed,),
        notes=("hand-built test document",),
    )


def simple_doc(text: str, *, url: str | None = None, date: str | None = "2024-11-18") -> Document:
    """An article whose only record is the attack sentence (ATTACK must be in `text`)."""
    return Document(
        id=document_id(text), title=None, date=date, url=url, caption=None, text=text,
        events=(make_event(ATTACK, text),),
    )


UKR_CVL = Entity(text="Ukrainian protesters", name="Ukraine", code="UKR", sector="CVL")
PROTEST = "Ukrainian protesters rallied in Kyiv against the 50% tax."
STRIKE = "NATO could strike targets in the Kursk region."


def corpus() -> list[Document]:
    """Three articles, four events: an attack and a threat (2024-11-17), a protest (2024-12-01), a
    hypothetical strike (2024-10-01)."""
    protest_text = f"Kyiv rally. {PROTEST}"
    protest = make_event(PROTEST, protest_text, event="PROTEST", mode="demo", actor=(UKR_CVL,),
                         recipient=(), date="2024-12-01", context=("economic",), cameo="14",
                         quad_class=3, intensity=-6.5, trigger="rallied")
    strike_text = f"Analysis. {STRIKE}"
    strike = make_event(STRIKE, strike_text, mode=None, actor=(NATO,), recipient=(RUS_GOV,),
                        modality="hypothetical", location=KURSK, date="2024-10-01",
                        trigger="strike", intensity=-10.0)
    return [
        attack_doc(),
        Document(id=document_id(protest_text), title="Rally", date="2024-12-01",
                 url="https://news.example/rally", caption=None, text=protest_text, events=(protest,)),
        Document(id=document_id(strike_text), title=None, date="2024-10-02", url=None, caption=None,
                 text=strike_text, events=(strike,)),
    ]


@pytest.fixture
def filled(db: Database) -> Database:
    for doc in corpus():
        db.save_document(doc, source="test")
    return db
