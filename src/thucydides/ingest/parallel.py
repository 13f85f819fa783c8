"""Extraction of a stream of articles, in this process or in a pool of worker processes.

Each worker process loads its own spaCy pipeline once (the pipeline is never pickled); articles go
in, and Documents come back as plain dicts (`Document.to_dict(include_text=True)`), so the caller
(the single database writer) receives them in input order.
"""

from __future__ import annotations

import multiprocessing
import os
import signal
from collections import deque
from collections.abc import Generator, Iterable, Iterator
from concurrent.futures import Future, ProcessPoolExecutor
from typing import Any

from thucydides.errors import InputError
from thucydides.extract import batched, extract_many
from thucydides.records import Article, Document
from thucydides.settings import PIPE_BATCH_SIZE, Options

Result = tuple[Article, Document | InputError]

# Chunks in flight per worker: two keeps every worker busy while the parent saves the previous
# chunk, without reading far ahead of what is stored (a kill loses at most this much work).
CHUNKS_PER_WORKER = 2

_worker_options: Options | None = None


def extract_stream(
    articles: Iterable[Article], *, workers: int = 1, options: Options | None = None
) -> Generator[Result, None, None]:
    """Each article with its Document or InputError, in input order."""
    options = options or Options()
    if workers <= 1:
        return _in_process(articles, options)
    return _in_pool(articles, workers, options)


def _in_process(articles: Iterable[Article], options: Options) -> Generator[Result, None, None]:
    pending: deque[Article] = deque()

    def remember() -> Iterator[Article]:
        # extract_many reads a batch before it yields that batch's results, in order, so the
        # oldest remembered article is always the one the next result belongs to.
        for article in articles:
            pending.append(article)
            yield article

    for result in extract_many(remember(), options=options):
        yield pending.popleft(), result


def _in_pool(articles: Iterable[Article], workers: int, options: Options) -> Generator[Result, None, None]:
    context = multiprocessing.get_context("spawn")  # a fresh interpreter: no inherited threads or locks
    executor = ProcessPoolExecutor(workers, mp_context=context, initializer=_init_worker, initargs=(options,))
    in_flight: deque[tuple[list[Article], Future[list[Any]]]] = deque()
    try:
        for chunk in batched(articles, PIPE_BATCH_SIZE):
            in_flight.append((chunk, executor.submit(_extract_chunk, chunk)))
            if len(in_flight) >= workers * CHUNKS_PER_WORKER:
                yield from _collect(*in_flight.popleft())
        while in_flight:
            yield from _collect(*in_flight.popleft())
    finally:
        # On Ctrl-C or an early close, drop queued chunks; running ones finish and are discarded.
        executor.shutdown(wait=not in_flight, cancel_futures=True)


def _collect(chunk: list[Article], future: Future[list[Any]]) -> Iterator[Result]:
    for article, outcome in zip(chunk, future.result(), strict=True):
        yield article, _decode(outcome)


def _init_worker(options: Options) -> None:
    global _worker_options
    _worker_options = options
    # Ctrl-C reaches the whole process group. A worker holds nothing worth saving (the parent is the
    # only writer and drops unfinished chunks), so it leaves at once, quietly, instead of printing a
    # KeyboardInterrupt traceback or making the parent wait for its chunk to finish.
    signal.signal(signal.SIGINT, _leave)


def _leave(signum: int, frame: object) -> None:
    os._exit(128 + signum)


def _extract_chunk(chunk: list[Article]) -> list[Any]:
    """Runs in a worker: extract a chunk, return picklable plain data."""
    return [_encode(result) for result in extract_many(chunk, options=_worker_options or Options())]


def _encode(result: Document | InputError) -> dict[str, Any] | tuple[str, dict[str, Any]]:
    # An InputError does not survive pickling with its code and fields; send them as data.
    if isinstance(result, InputError):
        return (result.code, {k: str(v) for k, v in result.fields.items()})
    return result.to_dict(include_text=True)


def _decode(outcome: dict[str, Any] | tuple[str, dict[str, Any]]) -> Document | InputError:
    if isinstance(outcome, tuple):
        code, fields = outcome
        return InputError(code, **fields)
    return Document.from_dict(outcome)
