"""Alembic environment: runs on the connection handed over by thucydides.store.migrate."""

from __future__ import annotations

from alembic import context

from thucydides.store.schema import metadata

connection = context.config.attributes.get("connection")
if connection is None:
    raise RuntimeError("run migrations through thucydides.store.Database.open(), not the alembic CLI")

context.configure(
    connection=connection,
    target_metadata=metadata,
    # SQLite cannot ALTER most things in place: batch mode recreates the table instead.
    render_as_batch=connection.dialect.name == "sqlite",
)
# The caller owns the transaction (Database.migrate); begin_transaction() joins it.
with context.begin_transaction():
    context.run_migrations()
