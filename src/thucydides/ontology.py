"""PLOVER event types, modes, contexts and sectors; the CAMEO root, quad class and a Goldstein-style
intensity of each type, so GDELT users can join.

PLOVER types and modes follow the current PLOVER manual (openeventdata/PLOVER, PLOVER_MANUAL).
CAMEO roots and Goldstein weights follow the CAMEO 1.1b3 manual and Goldstein (1992) as GDELT uses
them: the intensity of a type is the Goldstein weight of its CAMEO root.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class EventType:
    name: str
    modes: tuple[str, ...]
    cameo: str  # CAMEO root code
    quad_class: int  # 1 verbal cooperation, 2 material cooperation, 3 verbal conflict, 4 material conflict
    intensity: float  # Goldstein-style, -10 (most conflictual) .. +10 (most cooperative)
    needs_recipient: bool = False


EVENT_TYPES: dict[str, EventType] = {
    t.name: t
    for t in (
        EventType("AGREE", (), "03", 1, 4.0),
        EventType("SUPPORT", (), "05", 1, 3.5),
        EventType("CONCEDE", (), "08", 2, 5.0),
        EventType("COOPERATE", (), "06", 2, 6.0, needs_recipient=True),
        EventType("AID", (), "07", 2, 7.0, needs_recipient=True),
        EventType("CONSULT", ("visit", "third-party", "multilateral", "phone"), "04", 1, 1.0),
        EventType("RETREAT", ("withdraw", "release", "disarm", "ceasefire", "access", "resign"), "08", 2, 5.0),
        EventType("REQUEST", ("assist", "change", "yield", "meet"), "02", 1, 3.0),
        EventType("REJECT", ("assist", "change", "yield", "meet"), "12", 3, -4.0),
        EventType("ACCUSE", ("disapprove", "investigate", "allege"), "11", 3, -2.0),
        EventType("THREATEN", ("restrict", "arrest", "relations", "expel", "territory", "violence"), "13", 3, -6.0),
        EventType(
            "PROTEST", ("demo", "riot", "strike", "hunger", "boycott", "obstruct", "vandalize"), "14", 3, -6.5
        ),
        EventType("SANCTION", ("convict", "expel", "withdraw", "discontinue"), "16", 4, -4.0, needs_recipient=True),
        EventType("MOBILIZE", ("troops", "weapons", "police", "militia"), "15", 4, -7.2),
        EventType(
            "COERCE",
            ("seize", "restrict", "censor", "curfew", "martial-law", "arrest", "deport", "withhold",
             "misinformation", "cyber"),
            "17", 4, -7.0,
        ),
        EventType(
            "ASSAULT",
            ("abduct", "beat", "torture", "sexual", "targeted", "destroy", "primitive", "firearms",
             "explosives", "suicide-attack", "aerial", "drone", "heavy-weapons", "crowd-control",
             "unconventional"),
            "18", 4, -9.0,
        ),
    )
}

# Modes whose CAMEO code is more specific than the type's root (CAMEO 1.1b3 codes).
MODE_CAMEO: dict[tuple[str, str], str] = {
    ("CONSULT", "visit"): "042", ("CONSULT", "phone"): "041", ("CONSULT", "third-party"): "045",
    ("CONSULT", "multilateral"): "044",
    ("RETREAT", "withdraw"): "087", ("RETREAT", "release"): "0841", ("RETREAT", "ceasefire"): "0874",
    ("RETREAT", "resign"): "0832", ("RETREAT", "disarm"): "0873",
    ("THREATEN", "violence"): "138", ("THREATEN", "relations"): "131",
    ("PROTEST", "demo"): "141", ("PROTEST", "hunger"): "142", ("PROTEST", "strike"): "143",
    ("PROTEST", "obstruct"): "144", ("PROTEST", "riot"): "145",
    ("SANCTION", "expel"): "1663", ("SANCTION", "discontinue"): "161",
    ("COERCE", "arrest"): "173", ("COERCE", "deport"): "174", ("COERCE", "seize"): "171",
    ("COERCE", "curfew"): "1723", ("COERCE", "martial-law"): "1724", ("COERCE", "cyber"): "176",
    ("ASSAULT", "abduct"): "181", ("ASSAULT", "suicide-attack"): "1822", ("ASSAULT", "explosives"): "183",
    ("ASSAULT", "firearms"): "190", ("ASSAULT", "aerial"): "195", ("ASSAULT", "drone"): "1951",
    ("ASSAULT", "heavy-weapons"): "194", ("ASSAULT", "unconventional"): "20",
    ("MOBILIZE", "troops"): "152", ("MOBILIZE", "weapons"): "154",
}

# Goldstein weights of the more specific CAMEO codes above, where they differ from the root's.
CAMEO_INTENSITY: dict[str, float] = {
    "042": 1.9, "041": 1.0, "087": 5.0, "0841": 7.0, "0874": 9.0, "0832": 5.0,
    "138": -7.0, "131": -4.4, "143": -6.5, "145": -7.5, "1663": -5.0, "173": -5.0,
    "174": -5.0, "171": -9.2, "181": -9.0, "1822": -10.0, "183": -10.0, "190": -10.0,
    "195": -10.0, "1951": -10.0, "194": -10.0, "20": -10.0, "152": -7.2, "154": -7.2,
}

CONTEXTS: tuple[str, ...] = (
    "military", "intelligence", "executive", "legislative", "election", "political_institutions",
    "pro_democracy", "pro_autocracy", "economic", "legal", "reparations", "human_rights",
    "rights_freedoms", "repression", "human_security", "gender", "lgbt", "religion_ethnicity",
    "inequality", "diplomatic", "territory", "peacekeeping", "health", "asylum", "migration",
    "disasters", "natural_resource", "environment", "technology", "terrorism", "cbrn", "cyber",
    "misinformation", "crime", "corruption", "illegal_drugs", "trafficking",
)

STATE_SECTORS: tuple[str, ...] = ("COP", "GOV", "JUD", "LEG", "MIL", "PRM", "PTY", "REB", "SPY", "UAF", "UNK")
SOCIAL_SECTORS: tuple[str, ...] = (
    "AGR", "BUS", "CRM", "CVL", "EDU", "ELI", "JRN", "LAB", "MED", "REF", "OPP", "PRE", "REL", "SOC"
)
SECTORS: tuple[str, ...] = STATE_SECTORS + SOCIAL_SECTORS
NON_STATE_CODES: tuple[str, ...] = ("IGO", "UNO", "EUR", "NGO", "ISM", "IMG", "MNC")


def cameo_code(event: str, mode: str | None) -> str:
    """The most specific CAMEO code we know for a PLOVER type and mode."""
    if mode and (event, mode) in MODE_CAMEO:
        return MODE_CAMEO[(event, mode)]
    return EVENT_TYPES[event].cameo


def quad_class(event: str) -> int:
    return EVENT_TYPES[event].quad_class


def intensity(event: str, mode: str | None) -> float:
    code = cameo_code(event, mode)
    return CAMEO_INTENSITY.get(code, EVENT_TYPES[event].intensity)


def is_valid_mode(event: str, mode: str | None) -> bool:
    return mode is None or mode in EVENT_TYPES[event].modes
