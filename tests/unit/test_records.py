from thucydides.records import Attribution, Document, Entity, Event, Mention, Place, Quantity


def _document() -> Document:
    russia = Entity("Russia", "Russia", "RUS", "", "Q159")
    quantity = Quantity("up to 100,000 troops", 100000, "upper", "troops", 10, 30)
    event = Event(
        id="d-001", event="MOBILIZE", mode="troops", context=("military",), actor=(russia,), recipient=(),
        modality="hypothetical", attribution=Attribution("reportedly", "unnamed", None), quantities=(quantity,),
        location=Place("Kursk", "Kursk", "RUS", 51.73, 36.19, 538560, "PPLA"), date=None, quad_class=4,
        intensity=-7.2, trigger="deploy", text="Russia might deploy up to 100,000 troops.", start=0, end=41,
        cameo="152",
    )
    return Document(id="d", title="t", date=None, url=None, caption=None, text="Russia might deploy ...",
                    events=(event,), actors=(Mention(russia, 0, 6),), quantities=(quantity,))


def test_to_dict_has_the_contract_fields() -> None:
    data = _document().to_dict()
    assert set(data) >= {"id", "title", "date", "url", "caption", "events", "actors", "places", "quantities"}
    event = data["events"][0]
    assert set(event) >= {"id", "event", "mode", "context", "actor", "recipient", "modality", "attribution",
                          "quantities", "location", "date", "quad_class", "intensity", "trigger", "text", "start",
                          "end"}
    assert event["quantities"][0]["value"] == 100000 and isinstance(event["quantities"][0]["value"], int)
    assert data["actors"][0]["start"] == 0 and data["actors"][0]["code"] == "RUS"
    assert "text" not in data


def test_round_trip_through_json_dicts() -> None:
    document = _document()
    assert Document.from_dict(document.to_dict(include_text=True)) == document
