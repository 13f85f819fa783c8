"""Helpers for the reader tests: sample texts, HTML pages and a real HTTP server on 127.0.0.1."""

from __future__ import annotations

import os
import time
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler
from typing import Any

PARAGRAPHS = (
    "The government of France announced on Monday that it would send two hundred troops to Mali "
    "to support the peacekeeping mission there, according to a statement from the defence ministry.",
    "Officials said that the deployment would begin next week and that it was expected to last for "
    "several months. The opposition criticised the decision in parliament on Tuesday.",
)
ENGLISH = "\n\n".join(PARAGRAPHS)

FRENCH = (
    "Le gouvernement français a annoncé lundi qu'il enverrait deux cents soldats au Mali pour "
    "soutenir la mission de maintien de la paix, selon un communiqué du ministère de la Défense. "
    "Les responsables ont déclaré que le déploiement commencerait la semaine prochaine."
)


def article_html(
    title: str = "France sends troops to Mali", body: str = ENGLISH, extra_head: str = ""
) -> str:
    paragraphs = "".join(f"<p>{p}</p>" for p in body.split("\n\n"))
    return (
        f"<!DOCTYPE html><html><head><title>{title}</title>{extra_head}</head><body>"
        "<nav><a href='/'>Home</a> | <a href='/world'>World</a> | <a href='/about'>About us</a></nav>"
        f"<article><h1>{title}</h1>{paragraphs}</article>"
        "<footer>Copyright 2019 Example News. All rights reserved.</footer></body></html>"
    )


@dataclass
class Route:
    status: int = 200
    body: bytes = b""
    content_type: str = "text/html; charset=utf-8"
    delay: float = 0.0
    chunked: bool = False
    headers: dict[str, str] = field(default_factory=dict)


@dataclass
class LocalServer:
    base: str
    routes: dict[str, Route]
    user_agents: list[str] = field(default_factory=list)

    def url(self, path: str) -> str:
        return self.base + path


def handler_for(server: LocalServer) -> type[BaseHTTPRequestHandler]:
    class Handler(BaseHTTPRequestHandler):
        protocol_version = "HTTP/1.1"

        def do_GET(self) -> None:
            server.user_agents.append(self.headers.get("User-Agent", ""))
            route = server.routes.get(self.path, Route(404, b"not found", "text/plain"))
            time.sleep(route.delay)
            self.send_response(route.status)
            self.send_header("Content-Type", route.content_type)
            for name, value in route.headers.items():
                self.send_header(name, value)
            if route.chunked:
                self._send_chunked(route.body)
                return
            self.send_header("Content-Length", str(len(route.body)))
            self.end_headers()
            self.wfile.write(route.body)

        def _send_chunked(self, body: bytes) -> None:
            # No Content-Length: the client can only find the size by reading.
            self.send_header("Transfer-Encoding", "chunked")
            self.end_headers()
            for start in range(0, len(body), 65536):
                piece = body[start : start + 65536]
                self.wfile.write(f"{len(piece):x}\r\n".encode() + piece + b"\r\n")
            self.wfile.write(b"0\r\n\r\n")

        def log_message(self, format: str, *args: object) -> None:  # keep test output quiet
            pass

    return Handler


PG_URL = os.environ.get("THUCYDIDES_TEST_PG")


def reset_postgres(url: str) -> None:
    """Empty the PostgreSQL test database: drop and recreate its public schema."""
    from sqlalchemy import create_engine, text

    from thucydides.store import normalise_url

    engine = create_engine(normalise_url(url))
    with engine.begin() as conn:
        conn.execute(text("DROP SCHEMA IF EXISTS public CASCADE"))
        conn.execute(text("CREATE SCHEMA public"))
    engine.dispose()


def table_rows(url: str) -> dict[str, list[tuple[object, ...]]]:
    """Every row of every table, sorted, without timestamp columns: two runs compare equal."""
    from sqlalchemy import create_engine, select
    from sqlalchemy.schema import MetaData

    from thucydides.store import normalise_url

    engine = create_engine(normalise_url(url))
    metadata = MetaData()
    metadata.reflect(engine)
    try:
        with engine.connect() as conn:
            return {
                name: sorted((tuple(row) for row in conn.execute(select(*_kept_columns(table)))), key=repr)
                for name, table in sorted(metadata.tables.items())
            }
    finally:
        engine.dispose()


def _kept_columns(table: Any) -> list[Any]:
    return [c for c in table.columns if c.name not in TIMESTAMP_COLUMNS]


# Columns that record when a row was written; everything else must match between runs.
TIMESTAMP_COLUMNS = frozenset({"ingested_at", "first_seen"})
