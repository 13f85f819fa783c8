from thucydides.knowledge.base import ActorEntry, Role, load_knowledge, resolve_role

TRUMP = ActorEntry("Donald Trump", "USA", "GOV", "person", roles=(
    Role("USA", "head_of_state", "GOV", "2017-01-20", "2021-01-20"),
    Role("USA", "president_elect", "GOV", "2024-11-06", "2025-01-20"),
    Role("USA", "head_of_state", "GOV", "2025-01-20", ""),
))


def test_role_valid_on_the_document_date_decides() -> None:
    assert resolve_role(TRUMP, "2019-06-01").note == "head_of_state of USA on 2019-06-01"
    assert resolve_role(TRUMP, "2024-11-18").note == "president_elect of USA on 2024-11-18"


def test_between_roles_a_person_is_a_former_office_holder() -> None:
    verdict = resolve_role(TRUMP, "2022-03-01")
    assert (verdict.code, verdict.sector) == ("USA", "ELI")
    assert verdict.note.startswith("former head_of_state")


def test_without_a_date_the_latest_role_is_taken_and_said() -> None:
    verdict = resolve_role(TRUMP, None)
    assert verdict.code == "USA" and verdict.sector == "GOV"
    assert "latest role" in verdict.note


def test_bundled_tables_load_and_cover_the_seed_actors() -> None:
    knowledge = load_knowledge()
    assert knowledge.actors["North Korean"].code == "PRK"
    assert knowledge.actors["Pyongyang"].sector == "GOV"
    assert knowledge.actors["NATO"].code == "IGO"
    assert resolve_role(knowledge.actors["Putin"], "2024-11-18").code == "RUS"
    assert knowledge.places["Kursk region"].country == "RUS"
    assert knowledge.triggers("deploy", "VERB")[0].event == "MOBILIZE"


def test_user_actor_table_extends_the_bundled_ones(tmp_path) -> None:  # type: ignore[no-untyped-def]
    table = tmp_path / "mine.tsv"
    table.write_text("code\tname\taliases\twikidata\nNGO\tAid Test Org\tMSFT-Org\t\n", encoding="utf-8")
    knowledge = load_knowledge((str(table),))
    assert knowledge.actors["MSFT-Org"].code == "NGO"
