"""Fixtures for the reader tests: a real HTTP server on 127.0.0.1, started per test."""

from __future__ import annotations

import threading
from collections.abc import Iterator
from http.server import ThreadingHTTPServer

import pytest
from ingest_helpers import LocalServer, handler_for


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
