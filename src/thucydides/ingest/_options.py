"""What a caller may change about reading sources (columns, fetching limits)."""

from __future__ import annotations

from dataclasses import dataclass
from importlib.metadata import PackageNotFoundError, version


def _user_agent() -> str:
    try:
        release = version("thucydides")
    except PackageNotFoundError:  # running from a source tree that was never installed
        release = "dev"
    return f"thucydides/{release} (political event extraction; +https://pypi.org/project/thucydides/)"


USER_AGENT = _user_agent()

# A news page is rarely above 2 MB of HTML; 10 MB leaves room for heavy pages while refusing to
# download videos, PDFs or endless streams by mistake.
MAX_FETCH_BYTES = 10 * 1024 * 1024

# Seconds for each network phase (connect, read, write, pool). Most news sites answer in under 2 s;
# 20 s tolerates slow ones without stalling a long run on a dead host.
FETCH_TIMEOUT_SECONDS = 20.0


@dataclass(frozen=True, slots=True)
class ReadOptions:
    """Column names for CSV/JSONL and the limits used when fetching URLs."""

    text_col: str = "text"
    title_col: str = "title"
    date_col: str = "date"
    url_col: str = "url"
    timeout: float = FETCH_TIMEOUT_SECONDS
    max_bytes: int = MAX_FETCH_BYTES
    user_agent: str = USER_AGENT
