"""Fixtures for the ingest tests: a real HTTP server on 127.0.0.1, and empty databases.

Database tests run on SQLite always and on PostgreSQL when THUCYDIDES_TEST_PG is set (.ci/run
starts one); each test gets an empty database.
"""

from __future__ import annotations

import threading
from collections.abc import Iterator
from http.server import ThreadingHTTPServer
from pathlib import Path

import pytest
from ingest_helpers import PG_URL, LocalServer, handler_for, reset_postgres

BACKENDS = ["sqlite", *(["postgresql"] if PG_URL else [])]


@pytest.fixture(params=BACKENDS)
def db_url(request: pytest.FixtureRequest, tmp_path: Path) -> str:
    if request.param == "sqlite":
        return f"sqlite:///{tmp_path / 'ingest.db'}"
    if PG_URL is None:  # unreachable: the parameter exists only when the variable is set
        pytest.skip("THUCYDIDES_TEST_PG is not set")
    reset_postgres(PG_URL)
    return PG_URL


class _QuietServer(ThreadingHTTPServer):
    def handle_error(self, request: object, client_address: object) -> None:
        # Clients that give up on purpose (timeouts, size cap) break the pipe; that is the test.
        pass


@pytest.fixture
def http_server() -> Iterator[LocalServer]:
    server = LocalServer(base="", routes={})
    httpd = _QuietServer(("127.0.0.1", 0), handler_for(server))
    httpd.daemon_threads = True
    server.base = f"http://127.0.0.1:{httpd.server_address[1]}"
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    try:
        yield server
    finally:
        httpd.shutdown()
        httpd.server_close()
