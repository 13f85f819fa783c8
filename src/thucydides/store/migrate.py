"""Alembic, run programmatically on a connection we own (no alembic.ini needed at runtime).

The migration scripts ship inside the package (store/migrations/versions); `upgrade` brings any
database, empty or older, to head within the caller's transaction.
"""

from __future__ import annotations

from pathlib import Path

from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from alembic.util import CommandError
from sqlalchemy import Connection

from thucydides.errors import StoreError

MIGRATIONS = Path(__file__).with_name("migrations")


def config(conn: Connection | None = None) -> Config:
    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS))
    cfg.attributes["connection"] = conn
    return cfg


def head() -> str:
    heads = ScriptDirectory.from_config(config()).get_heads()
    return ",".join(heads)


def current(conn: Connection) -> str | None:
    return MigrationContext.configure(conn).get_current_revision()


def upgrade(conn: Connection, display_url: str) -> None:
    """Create or migrate the schema to head; StoreError T502 when the database is newer than us."""
    found = current(conn)
    expected = head()
    if found == expected:
        return
    try:
        command.upgrade(config(conn), "head")
    except CommandError as exc:
        raise StoreError("T502", url=display_url, found=found, expected=expected) from exc
