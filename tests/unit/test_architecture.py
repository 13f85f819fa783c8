"""The layering of DESIGN.md, enforced: records, errors, settings <- nlp <- extract <- ingest,
store <- web, spark, cli. Nothing imports cli, and the core neither prints nor opens files."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

PACKAGE = Path(__file__).resolve().parents[2] / "src" / "thucydides"

# What each part may import from thucydides (besides itself).
ALLOWED: dict[str, set[str]] = {
    "records": set(),
    "errors": set(),
    "settings": set(),
    "ontology": set(),
    "knowledge": {"errors"},
    "nlp": {"records", "errors", "settings", "ontology", "knowledge"},
    "extract": {"records", "errors", "settings", "nlp"},
    "evaluate": {"records", "errors"},
    "ingest": {"records", "errors", "settings", "extract"},
    "store": {"records", "errors", "settings", "ontology", "extract"},
    "cli": {"records", "errors", "settings", "ontology", "knowledge", "nlp", "extract", "evaluate", "ingest",
            "store", "__init__"},
}
CORE = ("records", "errors", "settings", "ontology", "nlp", "extract", "evaluate")


def part_of(path: Path) -> str:
    relative = path.relative_to(PACKAGE)
    return relative.parts[0].removesuffix(".py")


def imported_parts(path: Path) -> set[str]:
    found = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        names = []
        if isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            names = [node.module]
        elif isinstance(node, ast.Import):
            names = [alias.name for alias in node.names]
        for name in names:
            parts = name.split(".")
            if parts[0] == "thucydides":
                found.add(parts[1] if len(parts) > 1 else "__init__")
    return found


MODULES = sorted(p for p in PACKAGE.rglob("*.py") if "migrations" not in p.parts and p.name != "__main__.py")


def name_of(path: Path) -> str:
    return str(path.relative_to(PACKAGE))


@pytest.mark.parametrize("path", [p for p in MODULES if part_of(p) in ALLOWED], ids=name_of)
def test_imports_follow_the_layers(path: Path) -> None:
    part = part_of(path)
    forbidden = imported_parts(path) - ALLOWED[part] - {part}
    assert not forbidden, f"{path.relative_to(PACKAGE)} imports {sorted(forbidden)}"


def test_nothing_outside_the_cli_imports_it() -> None:
    offenders = [p for p in MODULES if part_of(p) != "cli" and "cli" in imported_parts(p)]
    assert offenders == []


@pytest.mark.parametrize("path", [p for p in MODULES if part_of(p) in CORE], ids=name_of)
def test_the_core_does_not_print_or_open_files(path: Path) -> None:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    calls = {n.func.id for n in ast.walk(tree) if isinstance(n, ast.Call) and isinstance(n.func, ast.Name)}
    attributes = {n.func.attr for n in ast.walk(tree) if isinstance(n, ast.Call) and isinstance(n.func, ast.Attribute)}
    assert not calls & {"print", "open", "input"}
    assert not attributes & {"read_text", "write_text", "read_bytes", "write_bytes", "urlopen"}
