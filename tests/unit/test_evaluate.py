"""Scoring rules of thucydides.evaluate on hand-built Documents and gold dicts (no model)."""

from __future__ import annotations

import importlib
import json
from pathlib import Path
from typing import Any

import pytest

from thucydides import evaluate as ev
from thucydides.errors import InputError, KnowledgeError
from thucydides.records import Attribution, Document, Entity, Event, Mention, Place, Quantity

# The package attribute `thucydides.extract` is the function; the command imports from the module.
EXTRACT_MODULE = importlib.import_module("thucydides.extract")
GOLD_DIR = Path(__file__).resolve().parents[1] / "gold"
SEED = GOLD_DIR / "seed" / "article-000.gold.json"
GSR = GOLD_DIR / "plover-gsr" / "PLOVER_GSR_CAMEO.txt"
PLOVER_TYPES = {
    "AGREE", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "CONSULT", "RETREAT", "REQUEST", "REJECT",
    "ACCUSE", "THREATEN", "PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT",
}

TEXT = (
    "Russia attacked Ukraine on Monday. Ukraine did not attack Russia.\n"
    "Some 500 troops were sent to Kursk, reportedly."
)


def entity(code: str, sector: str = "") -> Entity:
    return Entity(text=code, name=code, code=code, sector=sector)


def event(
    sentence: str,
    kind: str = "ASSAULT",
    actor: tuple[str, ...] = ("RUS",),
    recipient: tuple[str, ...] = ("UKR",),
    modality: str = "asserted",
    *,
    text: str = TEXT,
    trigger: str = "attacked",
    eid: str = "e",
    **extra: Any,
) -> Event:
    """An event whose evidence is `sentence`, located in `text` so offsets are right."""
    start = text.find(sentence)
    if start < 0:
        raise ValueError(f"{sentence!r} not in text")
    t_start = text.find(trigger, start)
    return Event(
        id=eid, event=kind, mode=None, context=extra.pop("context", ()),
        actor=tuple(entity(c) for c in actor), recipient=tuple(entity(c) for c in recipient),
        modality=modality,  # type: ignore[arg-type]
        attribution=extra.pop("attribution", None), quantities=extra.pop("quantities", ()),
        location=extra.pop("location", None), date=None, quad_class=4, intensity=-10.0,
        trigger=trigger, text=sentence, start=start, end=start + len(sentence),
        trigger_start=t_start if t_start >= 0 else None,
        trigger_end=t_start + len(trigger) if t_start >= 0 else None,
    )


def document(*events: Event, text: str = TEXT, **extra: Any) -> Document:
    return Document(id="d", title=None, date=None, url=None, caption=None, text=text, events=events, **extra)


def gold_event(anchor: str = "Russia attacked Ukraine", **fields: Any) -> dict[str, Any]:
    base: dict[str, Any] = {
        "id": "G1", "anchor": anchor, "actor": ["RUS"], "recipient": ["UKR"], "event": ["ASSAULT"],
        "modality": ["asserted"], "required": True,
    }
    return base | fields


def gold(*events: dict[str, Any], **fields: Any) -> ev.Gold:
    return ev.parse_gold({"document": "x.txt", "events": list(events), **fields}, "test.gold.json")


S1 = "Russia attacked Ukraine on Monday."
S2 = "Ukraine did not attack Russia."
S3 = "Some 500 troops were sent to Kursk, reportedly."


# --- parsing ---------------------------------------------------------------------------------------


def test_parse_seed_gold() -> None:
    parsed = ev.parse_gold(json.loads(SEED.read_text()), str(SEED))
    assert len(parsed.events) == 14
    assert sum(e.required for e in parsed.events) == 10
    assert len(parsed.must_not) == 8
    assert parsed.events[4].quantity == ev.GoldQuantity(value=100000, bound="upper")
    assert parsed.events[3].location is not None and parsed.events[3].location.within_km == 200
    headings = [m for m in parsed.must_not if m.event is None and m.modality is None]
    assert len(headings) == 3
    assert not parsed.exhaustive


@pytest.mark.parametrize(
    ("data", "fragment"),
    [
        ([], "not an object"),
        ({"events": []}, "'document'"),
        ({"document": "x", "events": [{"id": "G1", "event": ["AID"], "modality": ["asserted"]}]}, "anchor"),
        ({"document": "x", "events": [gold_event(event=[])]}, "'event'"),
        ({"document": "x", "events": [gold_event(modality=3)]}, "'modality'"),
        ({"document": "x", "events": [gold_event(), gold_event()]}, "not unique"),
        ({"document": "x", "events": "nope"}, "'events' must be a list"),
    ],
)
def test_bad_gold_is_a_knowledge_error(data: Any, fragment: str) -> None:
    with pytest.raises(KnowledgeError) as caught:
        ev.parse_gold(data, "bad.gold.json")
    assert caught.value.code == "T201"
    assert "bad.gold.json" in str(caught.value)
    assert fragment in str(caught.value)


# --- matching rules ----------------------------------------------------------------------------------


def test_exact_match() -> None:
    result = ev.score_document(gold(gold_event()), document(event(S1)))
    assert result.required == ev.Ratio(1, 1)
    assert result.precision == ev.Ratio(1, 1)
    assert not result.misses
    assert result.matches == {"G1": "e"}


@pytest.mark.parametrize(
    ("predicted", "reason"),
    [
        (event(S1, kind="COERCE"), "type COERCE not in ASSAULT"),
        (event(S1, actor=("UKR",)), "actor UKR does not meet RUS"),
        (event(S1, recipient=()), "recipient (none) does not meet UKR"),
        (event(S1, modality="hypothetical"), "modality hypothetical not in asserted"),
    ],
)
def test_each_field_can_fail(predicted: Event, reason: str) -> None:
    result = ev.score_document(gold(gold_event()), document(predicted))
    assert result.required == ev.Ratio(0, 1)
    assert result.precision == ev.Ratio(0, 1)
    (miss,) = result.misses
    assert miss.reasons == (reason,)
    assert miss.closest is not None and miss.closest.id == "e"


def test_no_event_in_sentence() -> None:
    result = ev.score_document(gold(gold_event()), document(event(S2, trigger="attack")))
    assert result.misses[0].reasons == ("no event in the anchor's sentence",)
    assert result.misses[0].closest is None


def test_empty_gold_recipient_accepts_anything_and_lists_are_alternatives() -> None:
    g = gold_event(
        recipient=[], actor=["USA", "RUS"], event=["AID", "ASSAULT"], modality=["future", "asserted"]
    )
    assert ev.score_document(gold(g), document(event(S1, recipient=()))).recall == ev.Ratio(1, 1)
    assert ev.score_document(gold(g), document(event(S1, recipient=("FRA",)))).recall == ev.Ratio(1, 1)


def test_actor_intersection_is_enough() -> None:
    predicted = event(S1, actor=("RUS", "PRK"))
    assert ev.score_document(gold(gold_event()), document(predicted)).recall == ev.Ratio(1, 1)


def test_anchor_is_case_sensitive_and_whitespace_normalised() -> None:
    text = "Russia   attacked\nUkraine on Monday."
    predicted = event(text, text=text)
    assert ev.score_document(gold(gold_event()), document(predicted, text=text)).recall.hit == 1
    lower = gold_event(anchor="russia attacked ukraine")
    assert ev.score_document(gold(lower), document(predicted, text=text)).recall.hit == 0


def test_anchor_across_a_sentence_boundary_matches_by_overlap() -> None:
    g = gold_event(anchor="on Monday. Ukraine did not")
    assert ev.score_document(gold(g), document(event(S1))).recall.hit == 1
    # An event in a sentence that does not touch the anchor's position does not match.
    assert ev.score_document(gold(g), document(event(S3, trigger="sent"))).recall.hit == 0


# --- one-to-one --------------------------------------------------------------------------------------


def test_one_predicted_event_matches_one_gold_event() -> None:
    g1 = gold_event(id="G1")
    g2 = gold_event(id="G2", required=False)
    result = ev.score_document(gold(g1, g2), document(event(S1)))
    assert result.recall == ev.Ratio(1, 2)
    (miss,) = result.misses
    assert miss.gold_id == "G2"
    assert miss.reasons == ("its match went to G1",)


def test_required_events_are_matched_first() -> None:
    optional = gold_event(id="G1", required=False)
    required = gold_event(id="G2", required=True)
    result = ev.score_document(gold(optional, required), document(event(S1)))
    assert result.required == ev.Ratio(1, 1)
    assert result.matches == {"G2": "e"}


def test_assignment_reroutes_to_match_both() -> None:
    # G1 could take either event, G2 only the first: both must end up matched.
    g1 = gold_event(id="G1", event=["ASSAULT", "COERCE"])
    g2 = gold_event(id="G2", event=["ASSAULT"])
    result = ev.score_document(
        gold(g1, g2), document(event(S1, eid="a"), event(S1, kind="COERCE", eid="b"))
    )
    assert result.recall == ev.Ratio(2, 2)
    assert result.matches == {"G1": "b", "G2": "a"}


def test_duplicate_predictions_cost_precision() -> None:
    result = ev.score_document(gold(gold_event()), document(event(S1, eid="a"), event(S1, eid="b")))
    assert result.precision == ev.Ratio(1, 2)
    assert [x.id for x in result.extra] == ["b"]


def test_assign_is_maximum() -> None:
    assert ev.assign({0: [0, 1], 1: [0]}, [0, 1]) == {0: 1, 1: 0}
    assert ev.assign({0: [0], 1: [0]}, [1, 0]) == {1: 0}


# --- must_not ----------------------------------------------------------------------------------------


def test_must_not_with_type_and_modality() -> None:
    case = {
        "anchor": "did not attack Russia", "event": ["ASSAULT"], "modality": ["asserted"], "why": "negated",
    }
    g = gold(gold_event(), must_not=[case])
    wrong = event(S2, actor=("UKR",), recipient=("RUS",), trigger="attack", eid="w")
    assert [h.event.id for h in ev.score_document(g, document(wrong)).must_not_hits] == ["w"]
    negated = event(S2, actor=("UKR",), recipient=("RUS",), trigger="attack", modality="negated")
    assert not ev.score_document(g, document(negated)).must_not_hits
    other_type = event(S2, kind="COERCE", trigger="attack")
    assert not ev.score_document(g, document(other_type)).must_not_hits


def test_must_not_without_lists_is_hit_by_any_event() -> None:
    g = gold(gold_event(), must_not=[{"anchor": "Some 500 troops", "why": "caption"}])
    hits = ev.score_document(g, document(event(S3, kind="MOBILIZE", trigger="sent"))).must_not_hits
    assert len(hits) == 1
    assert hits[0].why == "caption"


def test_must_not_with_lists_needs_the_trigger_inside_the_anchor() -> None:
    # Same sentence, different event: the asserted event triggered outside the anchor is allowed
    # (the seed's "gravely concerned" ACCUSE beside "might deploy up to 100,000").
    g = gold(gold_event(), must_not=[{"anchor": "on Monday", "modality": ["asserted"]}])
    assert not ev.score_document(g, document(event(S1))).must_not_hits
    inside = event(S1, trigger="Monday")
    assert len(ev.score_document(g, document(inside)).must_not_hits) == 1


def test_must_not_on_the_seed_sentence() -> None:
    text = (SEED.parent / "article-000.txt").read_text()
    sentence = next(s for s in text.split("\n") if "gravely concerned" in s).split(" This development")[0]
    seed = ev.parse_gold(json.loads(SEED.read_text()), "seed")
    accuse = event(
        sentence, kind="ACCUSE", actor=("USA",), recipient=("PRK",), trigger="concerned", text=text
    )
    deploy = event(sentence, kind="MOBILIZE", actor=("PRK",), recipient=("RUS",), trigger="deploy", text=text)
    hits = ev.score_document(seed, document(accuse, deploy, text=text)).must_not_hits
    assert [h.anchor for h in hits] == ["might deploy up to 100,000"]


# --- quantities, locations, attribution ------------------------------------------------------------


KURSK = Place(text="Kursk", name="Kursk", country="RUS", lat=51.73, lon=36.19)
MOSCOW = Place(text="Moscow", name="Moscow", country="RUS", lat=55.75, lon=37.62)


def quantity(value: float, bound: str = "approximate", obj: str = "troops") -> Quantity:
    return Quantity(text=str(value), value=value, bound=bound, object=obj, start=0, end=1)  # type: ignore[arg-type]


def test_event_quantity_location_attribution() -> None:
    g = gold_event(
        anchor="500 troops were sent", actor=["RUS"], recipient=[], event=["MOBILIZE"],
        quantity={"value": 500, "bound": "approximate"}, attribution="unnamed",
        location={"name": "Kursk", "lat": 51.73, "lon": 36.19, "within_km": 200},
    )
    good = event(
        S3, kind="MOBILIZE", recipient=(), trigger="sent", quantities=(quantity(500),), location=KURSK,
        attribution=Attribution(text="reportedly", kind="unnamed"),
    )
    result = ev.score_document(gold(g), document(good))
    assert (result.event_quantity, result.event_location, result.attribution) == (ev.Ratio(1, 1),) * 3
    bad = event(S3, kind="MOBILIZE", recipient=(), trigger="sent", quantities=(quantity(500, "exact"),),
                location=MOSCOW)
    result = ev.score_document(gold(g), document(bad))
    assert result.recall == ev.Ratio(1, 1)  # the event itself matches
    assert (result.event_quantity, result.event_location, result.attribution) == (ev.Ratio(0, 1),) * 3


def test_unmatched_gold_event_fails_its_attributes() -> None:
    g = gold_event(quantity={"value": 1, "bound": "exact"})
    result = ev.score_document(gold(g), document())
    assert result.event_quantity == ev.Ratio(0, 1)
    assert result.precision == ev.Ratio(0, 0)


def test_matching_prefers_the_event_with_the_right_attributes() -> None:
    g = gold_event(
        anchor="500 troops", event=["MOBILIZE"], recipient=[], quantity={"value": 500, "bound": "approximate"}
    )
    plain = event(S3, kind="MOBILIZE", recipient=(), trigger="sent", eid="plain")
    counted = event(
        S3, kind="MOBILIZE", recipient=(), trigger="sent", eid="counted", quantities=(quantity(500),)
    )
    result = ev.score_document(gold(g), document(plain, counted))
    assert result.matches == {"G1": "counted"}
    assert result.event_quantity == ev.Ratio(1, 1)


def test_haversine() -> None:
    assert ev.haversine_km(51.73, 36.19, 51.73, 36.19) == 0
    assert 440 < ev.haversine_km(51.73, 36.19, 55.75, 37.62) < 470  # Kursk - Moscow
    kursk = ev.GoldPlace(name="Kursk", lat=51.73, lon=36.19, within_km=200)
    assert ev.place_within(KURSK, kursk)
    assert not ev.place_within(MOSCOW, kursk)
    assert not ev.place_within(None, kursk)


def test_document_quantities_one_to_one_with_object() -> None:
    golds = [ev.GoldQuantity(12000, "approximate", "troops"), ev.GoldQuantity(12000, "approximate", "troops")]
    found = [quantity(12000, obj="North Korean troops")]
    assert ev.score_quantities(golds, found) == ev.Ratio(1, 2)
    assert ev.score_quantities(golds[:1], [quantity(12000, obj="missiles")]) == ev.Ratio(0, 1)
    assert ev.score_quantities(golds[:1], [quantity(12000, "lower")]) == ev.Ratio(0, 1)
    assert ev.score_quantities(golds[:1], [quantity(12000, obj="troop")]) == ev.Ratio(1, 1)
    killed = [ev.GoldQuantity(95, "exact", "civilians killed")]
    assert ev.score_quantities(killed, [quantity(95, "exact", obj="civilians")]) == ev.Ratio(1, 1)
    assert ev.score_quantities(killed, [quantity(95, "exact", obj="")]) == ev.Ratio(0, 1)
    assert ev.score_quantities(killed, [quantity(95, "exact", obj="in")]) == ev.Ratio(0, 1)


def test_document_actors_and_places() -> None:
    g = gold(
        gold_event(),
        actors=[{"text": "Biden administration", "code": "USA", "sector": ["GOV"]},
                {"text": "NATO", "code": "IGO", "sector": [""]}],
        places=[{"text": "Kursk", "country": "RUS", "lat": 51.73, "lon": 36.19, "within_km": 200},
                {"text": "Moscow", "country": "RUS", "lat": 51.73, "lon": 36.19, "within_km": 200}],
    )
    admin = Mention(Entity(text="the Biden administration", name="USA", code="USA", sector="GOV"), 0, 5)
    nato = Mention(Entity(text="NATO", name="NATO", code="IGO", sector="MIL"), 6, 10)
    result = ev.score_document(g, document(event(S1), actors=(admin, nato), places=(KURSK, MOSCOW)))
    assert result.actors == ev.Ratio(1, 2)  # NATO's sector is wrong
    assert result.places == ev.Ratio(1, 2)  # Moscow is not within 200 km of the gold point


def test_aggregate_is_micro() -> None:
    one = ev.score_document(gold(gold_event()), document(event(S1)))
    two = ev.score_document(gold(gold_event(), gold_event(id="G2", anchor="did not attack")), document())
    summary = ev.aggregate([one, two])
    assert summary.required == ev.Ratio(1, 3)
    assert summary.precision == ev.Ratio(1, 1)
    assert summary.per_type["ASSAULT"].gold == ev.Ratio(1, 3)
    assert not summary.exhaustive


# --- PLOVER GSR --------------------------------------------------------------------------------------


def test_normalise_code() -> None:
    assert ev.normalise_code("JAP") == "JPN"
    assert ev.normalise_code("ITL") == "ITA"
    assert ev.normalise_code("VTN") == "VNM"
    assert ev.normalise_code("GOV") == ""
    assert ev.normalise_code("IGO") == "IGO"
    assert ev.normalise_code("CIV") == "CIV"  # Côte d'Ivoire, not the CAMEO civilian sector
    assert ev.normalise_code(" usa ") == "USA"


def gsr_entry(event_type: str, **fields: Any) -> dict[str, Any]:
    base: dict[str, Any] = {
        "id": f"X-{event_type}", "date": "2000-01-01", "event": event_type, "eventText": "attacked",
        "text": "Japan attacked Italy.", "source": [{"actorText": "Japan", "code": "JAP"}],
        "target": [{"actorText": "Italy", "code": "ITL", "sector": "GOV"}],
    }
    return base | fields


def test_parse_gsr_maps_types_and_codes() -> None:
    data = [
        {"id": "doc", "event": "DOCUMENT", "eventText": "about", "text": ""},
        gsr_entry("DEMAND"), gsr_entry("DISAPPROVE"), gsr_entry("INVESTIGATE", mode=""), gsr_entry("FIGHT"),
        gsr_entry("AGREE", target=""), gsr_entry("COERCE", mode="arrest", target="diplomatic"),
        gsr_entry("SANCTION", source=[{"actorText": "officials", "code": "GOV"}]),
    ]
    entries = ev.parse_gsr(data, "gsr")
    assert [(e.event, e.mode) for e in entries] == [
        ("REQUEST", None), ("ACCUSE", "disapprove"), ("ACCUSE", "investigate"), ("ASSAULT", None),
        ("AGREE", None), ("COERCE", "arrest"), ("SANCTION", None),
    ]
    assert entries[0].source == ("JPN",) and entries[0].target == ("ITA",)
    assert entries[4].target == () and entries[5].target == ()
    assert entries[6].source == ()
    with pytest.raises(KnowledgeError):
        ev.parse_gsr({"not": "a list"}, "gsr")


def test_the_bundled_gsr_normalises_completely() -> None:
    data = json.loads(GSR.read_text())
    entries = ev.parse_gsr(data, str(GSR))
    assert len(entries) == 322
    assert {e.event for e in entries} <= PLOVER_TYPES
    found = {c for e in entries for c in e.source + e.target}
    assert not found & set(ev.CAMEO_TO_ISO)
    assert {"JPN", "ITA", "VNM", "IGO", "NGO"} <= found
    assert all(len(c) == 3 and c.isalpha() and c.isupper() for c in found)
    assert {"JAP", "ITL", "VTN"} <= ev.gsr_raw_codes(data)


def test_choose_event_by_trigger_then_first() -> None:
    text = "Japan said it attacked Italy."
    said = event(text, kind="CONSULT", trigger="said", text=text, eid="said")
    attacked = event(text, trigger="attacked", text=text, eid="attacked")
    assert ev.choose_event([said, attacked], "attacked") is attacked
    assert ev.choose_event([said, attacked], "bombed") is said
    to = event(text, kind="AID", trigger="to", text=text, eid="to")  # short words do not count
    assert ev.choose_event([said, to], "went to") is said
    assert ev.choose_event([], "attacked") is None


def test_score_gsr() -> None:
    entries = ev.parse_gsr(
        [gsr_entry("FIGHT"), gsr_entry("DEMAND", eventText="demanded"), gsr_entry("AGREE")], "g"
    )
    text = "Japan attacked Italy."
    right = document(event(text, actor=("JPN",), recipient=("ITA", "FRA"), text=text), text=text)
    wrong = document(event(text, kind="REJECT", actor=("JPN",), recipient=(), text=text), text=text)
    result = ev.score_gsr(entries, [right, wrong, document(text=text)], raw_codes=["JAP", "ITL"])
    assert result.accuracy == ev.Ratio(1, 3)
    assert result.accuracy_predicted == ev.Ratio(1, 2)
    assert result.actor == ev.PRF(tp=2, fp=0, fn=1)
    assert result.recipient == ev.PRF(tp=1, fp=1, fn=2)
    assert result.per_type["ASSAULT"].accuracy == ev.Ratio(1, 1)
    assert result.per_type["REQUEST"].accuracy == ev.Ratio(0, 1)
    assert [m.id for m in result.misses] == ["X-FIGHT", "X-DEMAND", "X-AGREE"]  # FIGHT: extra recipient FRA
    assert result.code_map == {"ITL": "ITA", "JAP": "JPN"}
    assert result.actor.f1 == pytest.approx(0.8)


def test_prf_and_ratio() -> None:
    assert ev.PRF().f1 is None
    assert ev.PRF(0, 1, 1).f1 == 0.0
    assert str(ev.Ratio(10, 10)) == "10/10 = 1.00"
    assert str(ev.Ratio()) == "0/0 = n/a"


# --- the command (extraction replaced by a hand-built Document) ------------------------------------


def test_cli_prints_key_lines_last(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: Any) -> None:
    from thucydides.cli import main

    (tmp_path / "a.txt").write_text(TEXT)
    data = {"document": "a.txt", "date": "2024-11-18", "events": [gold_event()],
            "must_not": [{"anchor": "did not attack"}], "quantities": [{"value": 500, "bound": "approximate",
                                                                         "object": "troops"}]}
    (tmp_path / "a.gold.json").write_text(json.dumps(data))
    seen: dict[str, Any] = {}

    def fake_extract(text: str, *, date: str | None = None, title: str | None = None) -> Document:
        seen.update(text=text, date=date)
        return document(event(S1), quantities=(quantity(500),))

    monkeypatch.setattr(EXTRACT_MODULE, "extract", fake_extract)
    assert main(["evaluate", str(tmp_path)]) == 0
    lines = capsys.readouterr().out.strip().splitlines()
    assert seen == {"text": TEXT, "date": "2024-11-18"}
    assert lines[-3].startswith("required recall 1/1 = 1.00 · recall 1/1 = 1.00 · precision 1/1 = 1.00")
    assert lines[-3].endswith("must_not hits 0")
    assert lines[-2].startswith("quantities 1/1 · places 0/0")
    assert lines[-1] == "PASS"

    monkeypatch.setattr(EXTRACT_MODULE, "extract", lambda text, **_: document(event(S2, trigger="attack")))
    assert main(["evaluate", str(tmp_path / "a.gold.json"), "--json"]) == 0
    out = json.loads(capsys.readouterr().out)
    assert out["pass"] is False
    assert out["summary"]["required"] == {"hit": 0, "total": 1, "value": 0.0}
    assert out["reasons"] == ["required recall 0.00 < 1.00", "1 must_not hit(s)"]


def test_cli_reports_a_missing_document(tmp_path: Path, capsys: Any) -> None:
    from thucydides.cli import main
    from thucydides.cli.evaluate import load_gold

    (tmp_path / "b.gold.json").write_text(json.dumps({"document": "missing.txt", "events": []}))
    with pytest.raises(InputError):
        load_gold(tmp_path / "b.gold.json")
    (tmp_path / "c.gold.json").write_text("{not json")
    assert main(["evaluate", str(tmp_path)]) == 1
    captured = capsys.readouterr()
    assert "missing.txt" in captured.err and "T201" in captured.err
    assert captured.out.strip().splitlines()[-1].startswith("FAIL: 2 gold file(s) could not be scored")
