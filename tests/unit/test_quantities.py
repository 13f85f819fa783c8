from tests.unit.handmade import parsed
from thucydides.nlp.quantities import find_quantities, parse_number


def test_parse_number_reads_digits_and_words() -> None:
    assert parse_number("100,000") == 100000
    assert parse_number("12.5") == 12.5
    assert parse_number("ten") == 10
    assert parse_number("troops") is None


def test_up_to_is_an_upper_bound_on_the_counted_noun() -> None:
    doc = parsed([
        ("deploy", "VB", "VERB", "ROOT", 0, "deploy"),
        ("up", "IN", "ADP", "quantmod", 3, "up"),
        ("to", "IN", "ADP", "quantmod", 3, "to"),
        ("100,000", "CD", "NUM", "nummod", 4, "100,000"),
        ("troops", "NNS", "NOUN", "dobj", 0, "troop"),
    ])
    [quantity] = find_quantities(doc)
    assert (quantity.value, quantity.bound, quantity.object, quantity.head) == (100000, "upper", "troops", 4)
    assert doc[quantity.start:quantity.end].text == "up to 100,000 troops"


def test_approximately_and_at_least_and_scale_words() -> None:
    doc = parsed([
        ("approximately", "RB", "ADV", "advmod", 1, "approximately"),
        ("12,000", "CD", "NUM", "nummod", 2, "12,000"),
        ("troops", "NNS", "NOUN", "nsubj", 3, "troop"),
        ("and", "CC", "CCONJ", "cc", 3, "and"),
        ("at", "IN", "ADP", "advmod", 5, "at"),
        ("least", "JJS", "ADJ", "advmod", 6, "least"),
        ("1.5", "CD", "NUM", "compound", 7, "1.5"),
        ("million", "CD", "NUM", "nummod", 8, "million"),
        ("refugees", "NNS", "NOUN", "conj", 2, "refugee"),
    ])
    first, second = find_quantities(doc)
    assert (first.value, first.bound, first.object) == (12000, "approximate", "troops")
    assert (second.value, second.bound, second.object) == (1_500_000, "lower", "refugees")
