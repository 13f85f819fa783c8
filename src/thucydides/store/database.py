"""The Database: owns the engine, migrates the schema, writes documents in one transaction each.

SQLite (the default, ./thucydides.db) runs in WAL mode with a busy timeout, and every write
transaction starts with BEGIN IMMEDIATE: the write lock is taken up front, so concurrent writer
processes queue on the busy timeout instead of failing on a lock upgrade. PostgreSQL uses psycopg 3.
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from types import TracebackType
from typing import Any

from sqlalchemy import Connection, Engine, create_engine, event, make_url, select, text
from sqlalchemy.engine import URL
from sqlalchemy.exc import ArgumentError, NoSuchModuleError, SQLAlchemyError

from thucydides.errors import DependencyError, StoreError
from thucydides.records import Document
from thucydides.store import write
from thucydides.store.schema import documents

DEFAULT_URL = "sqlite:///thucydides.db"
# Environment variable that names the database when no --db/url is given.
URL_ENV = "THUCYDIDES_DB"
# How long a SQLite writer waits for the lock held by another process, in seconds. Ingest workers
# each commit one document at a time (milliseconds), so 60 s only trips on a stuck process.
SQLITE_BUSY_TIMEOUT_S = 60
# Longest a read query may run on PostgreSQL (datasette's rule: user queries get a time limit).
READ_TIMEOUT_MS = 60_000
MIGRATIONS = Path(__file__).with_name("migrations")
# pg_advisory_xact_lock key: serialises concurrent `Database.open` migrations on one server.
_MIGRATION_LOCK = 0x7468756379  # "thucy"


def normalise_url(url: str | None) -> str:
    """Resolve the database URL: explicit, else $THUCYDIDES_DB, else ./thucydides.db.

    postgresql:// and postgres:// are rewritten to postgresql+psycopg:// (psycopg 3).
    """
    url = url or os.environ.get(URL_ENV) or DEFAULT_URL
    for prefix in ("postgresql://", "postgres://"):
        if url.startswith(prefix):
            return "postgresql+psycopg://" + url[len(prefix) :]
    return url


class Database:
    """One database: the schema at head, a writer for documents, connections for queries."""

    def __init__(self, engine: Engine, url: URL) -> None:
        self.engine = engine
        self.url = url

    @classmethod
    def open(cls, url: str | None = None) -> Database:
        """Connect and create or migrate the schema to head."""
        parsed = _parse(normalise_url(url))
        engine = _create_engine(parsed)
        database = cls(engine, parsed)
        try:
            database.migrate()
        except Exception:
            engine.dispose()
            raise
        return database

    @property
    def dialect(self) -> str:
        return self.engine.dialect.name

    @property
    def display_url(self) -> str:
        """The URL with its password hidden, for messages."""
        return self.url.render_as_string(hide_password=True)

    def migrate(self) -> None:
        from thucydides.store.migrate import upgrade

        with self.transaction() as conn:
            if self.dialect == "postgresql":
                conn.execute(text("SELECT pg_advisory_xact_lock(:key)"), {"key": _MIGRATION_LOCK})
            upgrade(conn, self.display_url)

    def has_document(self, doc_id: str) -> bool:
        with self.read() as conn:
            found = conn.execute(select(documents.c.id).where(documents.c.id == doc_id)).first()
        return found is not None

    def save_document(self, doc: Document, *, source: str | None = None) -> bool:
        """Store `doc` with all its records in one transaction.

        True if stored, False if a document with the same id (hash of its normalised text) was
        already there. A failure rolls the whole document back and raises StoreError.
        """
        with self.transaction() as conn:
            # nothing was written when the document was already there, so committing is harmless
            return write.save(conn, doc, source)

    def rebuild_near_duplicate_index(self) -> int:
        """Rebuild the LSH bands from the stored MinHash signatures (one transaction)."""
        with self.transaction() as conn:
            return write.rebuild_bands(conn)

    @contextmanager
    def transaction(self) -> Iterator[Connection]:
        """A write transaction: committed on success, rolled back (and StoreError) on failure."""
        try:
            with self.engine.connect() as conn:
                conn.execution_options(thucydides_write=True)
                with conn.begin():
                    yield conn
        except SQLAlchemyError as exc:
            raise StoreError("T500", url=self.display_url, reason=_reason(exc)) from exc

    @contextmanager
    def read(self) -> Iterator[Connection]:
        """A read-only connection for queries (a time limit on PostgreSQL)."""
        try:
            with self.engine.connect() as conn:
                if self.dialect == "postgresql":
                    # LOCAL: the limit ends with this transaction; pooled write connections never inherit it
                    conn.execute(text(f"SET LOCAL statement_timeout = {int(READ_TIMEOUT_MS)}"))
                yield conn
                conn.rollback()
        except SQLAlchemyError as exc:
            raise StoreError("T500", url=self.display_url, reason=_reason(exc)) from exc

    def close(self) -> None:
        self.engine.dispose()

    def __enter__(self) -> Database:
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.close()

    def __repr__(self) -> str:
        return f"Database({self.display_url!r})"


def _reason(exc: SQLAlchemyError) -> str:
    # The first line of the driver's message; SQLAlchemy appends the SQL and a link below it.
    original = getattr(exc, "orig", None)
    return str(original or exc).strip().splitlines()[0]


def _parse(url: str) -> URL:
    try:
        return make_url(url)
    except ArgumentError as exc:
        raise StoreError("T500", url=url, reason=f"not a database URL ({exc})") from exc


def _create_engine(url: URL) -> Engine:
    try:
        if url.get_backend_name() == "sqlite":
            return _sqlite_engine(url)
        return create_engine(url, pool_pre_ping=True)
    except (ModuleNotFoundError, NoSuchModuleError) as exc:
        if url.get_backend_name() == "postgresql":
            raise DependencyError(
                "T400", feature="PostgreSQL", extra="postgres", reason=str(exc)
            ) from exc
        raise StoreError("T500", url=url.render_as_string(), reason=str(exc)) from exc


def _sqlite_engine(url: URL) -> Engine:
    if url.database and url.database != ":memory:":
        Path(url.database).expanduser().parent.mkdir(parents=True, exist_ok=True)
    engine = create_engine(url, connect_args={"timeout": SQLITE_BUSY_TIMEOUT_S})
    event.listen(engine, "connect", _sqlite_on_connect)
    event.listen(engine, "begin", _sqlite_on_begin)
    return engine


def _sqlite_on_connect(dbapi_connection: Any, _record: Any) -> None:
    # Let SQLAlchemy's "begin" event issue BEGIN itself (pysqlite's own BEGIN is deferred and
    # skips DDL); see the SQLAlchemy docs, "Serializable isolation / Savepoints / Transactional DDL".
    dbapi_connection.isolation_level = None
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA journal_mode=WAL")
    cursor.execute(f"PRAGMA busy_timeout={SQLITE_BUSY_TIMEOUT_S * 1000}")
    cursor.execute("PRAGMA foreign_keys=ON")
    # WAL + NORMAL is durable across application crashes (SIGKILL); only an OS crash may lose the
    # last transactions, never corrupt the database.
    cursor.execute("PRAGMA synchronous=NORMAL")
    cursor.close()


def _sqlite_on_begin(conn: Connection) -> None:
    if conn.get_execution_options().get("thucydides_write"):
        conn.exec_driver_sql("BEGIN IMMEDIATE")
    else:
        conn.exec_driver_sql("BEGIN")
