"""Reading the knowledge tables: tab-separated, a header line, '#' comments, '|' inside cells."""

from __future__ import annotations

from collections.abc import Iterator
from importlib import resources
from pathlib import Path

from thucydides.errors import KnowledgeError

EMPTY = {"", "-"}


def bundled_path(name: str) -> Path:
    """Path of a data file shipped in the package (knowledge/data/NAME)."""
    return Path(str(resources.files("thucydides.knowledge") / "data" / name))


def read_rows(path: Path | str, required: tuple[str, ...]) -> Iterator[dict[str, str]]:
    """Yield each row as {column: value}; a missing column or a short row is a KnowledgeError."""
    path = Path(path)
    try:
        lines = path.read_text(encoding="utf-8").splitlines()
    except (OSError, UnicodeDecodeError) as exc:
        raise KnowledgeError("T200", path=path, line=0, reason=str(exc)) from exc
    header: list[str] | None = None
    for number, line in enumerate(lines, start=1):
        if not line.strip() or line.startswith("#"):
            continue
        cells = [cell.strip() for cell in line.split("\t")]
        if header is None:
            header = cells
            missing = [c for c in required if c not in header]
            if missing:
                raise KnowledgeError("T200", path=path, line=number, reason=f"missing columns {missing}")
            continue
        if len(cells) < len(required):
            raise KnowledgeError(
                "T200", path=path, line=number, reason=f"{len(cells)} cells, expected {len(header)}"
            )
        cells += [""] * (len(header) - len(cells))
        yield {column: ("" if value in EMPTY else value) for column, value in zip(header, cells, strict=False)}


def header_of(path: Path | str) -> list[str]:
    """The column names of a table, for telling user-supplied actor tables apart."""
    for line in Path(path).read_text(encoding="utf-8").splitlines():
        if line.strip() and not line.startswith("#"):
            return [cell.strip() for cell in line.split("\t")]
    return []


def split_cell(value: str) -> list[str]:
    return [part.strip() for part in value.split("|") if part.strip()]
