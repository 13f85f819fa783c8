"""Event dates: DATE entities of the event's clause read with dateparser, relative to the
document's date ("on Monday" in a Friday article is the Monday before)."""

from __future__ import annotations

import re
from datetime import datetime
from functools import lru_cache

_DATEISH = re.compile(
    r"\d{4}|January|February|March|April|May|June|July|August|September|October|November|December|"
    r"Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|yesterday|today|tomorrow|last|next|ago",
    re.IGNORECASE,
)


@lru_cache(maxsize=4096)
def parse_date(text: str, base: str | None) -> str | None:
    """ISO date of a date expression, or None when it is vague ("recent years") or unparseable."""
    if not _DATEISH.search(text):
        return None
    import dateparser  # slow to import; only documents with dates pay for it

    settings: dict[str, object] = {"PREFER_DATES_FROM": "past", "RETURN_AS_TIMEZONE_AWARE": False}
    if base:
        settings["RELATIVE_BASE"] = datetime.fromisoformat(base)
    cleaned = re.sub(r"^(on|in|since|by|from|until|last|this)\s+", "", text.strip(), flags=re.IGNORECASE)
    try:
        found = dateparser.parse(cleaned, languages=["en"], settings=settings)
    except (ValueError, OverflowError):
        return None
    if found is None or not 1800 <= found.year <= 2100:
        return None
    return found.date().isoformat()
