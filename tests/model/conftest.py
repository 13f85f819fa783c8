from __future__ import annotations

from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
SEED = ROOT / "tests" / "gold" / "seed" / "article-000.txt"


@pytest.fixture(scope="session")
def seed_text() -> str:
    return SEED.read_text(encoding="utf-8")


@pytest.fixture(scope="session")
def seed_document(seed_text: str):  # type: ignore[no-untyped-def]
    import thucydides

    return thucydides.extract(seed_text)
