"""Component `thuc_quantities`: numbers with their bound and the noun they count.

"up to 100,000 troops" -> 100000, upper, troops; "approximately 12,000 North Korean troops" ->
12000, approximate, troops; "at least ten survivors" -> 10, lower.
"""

from __future__ import annotations

import re

from spacy.tokens import Doc, Token

from thucydides.nlp.annotations import QuantityMention
from thucydides.nlp.extensions import annotations_of

BOUND_PHRASES: tuple[tuple[tuple[str, ...], str], ...] = (
    (("up", "to"), "upper"), (("as", "many", "as"), "upper"), (("no", "more", "than"), "upper"),
    (("fewer", "than"), "upper"), (("less", "than"), "upper"), (("at", "most"), "upper"), (("under",), "upper"),
    (("at", "least"), "lower"), (("more", "than"), "lower"), (("over",), "lower"), (("upwards", "of"), "lower"),
    (("in", "excess", "of"), "lower"),
    (("approximately",), "approximate"), (("about",), "approximate"), (("some",), "approximate"),
    (("around",), "approximate"), (("roughly",), "approximate"), (("nearly",), "approximate"),
    (("almost",), "approximate"), (("an", "estimated"), "approximate"), (("estimated",), "approximate"),
    (("approx.",), "approximate"), (("circa",), "approximate"), (("close", "to"), "approximate"),
)
WORD_NUMBERS = {
    "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9,
    "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15, "sixteen": 16,
    "seventeen": 17, "eighteen": 18, "nineteen": 19, "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50,
    "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90, "hundred": 100, "dozen": 12,
}
SCALES = {"hundred": 100, "thousand": 1_000, "million": 1_000_000, "billion": 1_000_000_000,
          "trillion": 1_000_000_000_000}
_NUMBER = re.compile(r"^\d{1,3}(?:,\d{3})+(?:\.\d+)?$|^\d+(?:\.\d+)?$")


def parse_number(text: str) -> float | None:
    text = text.lower().strip()
    if _NUMBER.match(text):
        return float(text.replace(",", ""))
    return float(WORD_NUMBERS[text]) if text in WORD_NUMBERS else None


def bound_before(doc: Doc, start: int) -> tuple[str, int]:
    """The bound set by the words before a number, and where the quantity phrase starts."""
    for words, bound in BOUND_PHRASES:
        first = start - len(words)
        if first >= 0 and tuple(t.lower_ for t in doc[first:start]) == words:
            return bound, first
    return "exact", start


def counted_noun(number: Token) -> Token | None:
    head = number.head
    if number.dep_ in ("nummod", "quantmod", "compound") and head.pos_ in ("NOUN", "PROPN") and head.i > number.i:
        return head
    return None


def _number_run(doc: Doc, token: Token) -> tuple[int, float] | None:
    """The end of a number written as one or more tokens ("1.5 million") and its value."""
    value = parse_number(token.text)
    if value is None:
        return None
    end = token.i + 1
    while end < len(doc) and doc[end].lower_ in SCALES:
        value *= SCALES[doc[end].lower_]
        end += 1
    return end, value


def find_quantities(doc: Doc) -> list[QuantityMention]:
    found: list[QuantityMention] = []
    skip_until = -1
    for token in doc:
        if token.i < skip_until or parse_number(token.text) is None:
            continue
        if token.ent_type_ in ("DATE", "TIME", "PERCENT", "MONEY", "ORDINAL"):
            continue
        run = _number_run(doc, token)
        if run is None:
            continue
        end, value = run
        last = doc[end - 1]
        noun = counted_noun(last) or counted_noun(token)
        bound, start = bound_before(doc, token.i)
        head = noun if noun is not None else last
        span_end = head.i + 1 if noun is not None else end
        found.append(QuantityMention(start, span_end, value, bound, noun.text.lower() if noun else "", head.i))
        skip_until = end
    return found


def thuc_quantities(doc: Doc) -> Doc:
    annotations_of(doc).quantities = find_quantities(doc)
    return doc
