"""Command-line interface: a thin leaf over the library. One module per command.

Each command module exposes `register(subparsers) -> None`, which adds its parser and sets
`handler=run`, and `run(args) -> int` (the exit code). Modules are imported lazily, so
`thucydides extract` never pays for the store's imports.
"""

from __future__ import annotations

import argparse
import importlib
import os
import sys
from collections.abc import Sequence

from thucydides.errors import ThucydidesError

# command name -> module under thucydides.cli
COMMANDS: dict[str, str] = {
    "extract": "extract",
    "evaluate": "evaluate",
    "ingest": "ingest",
    "events": "query",
    "actors": "query",
    "dyads": "query",
    "show": "query",
    "export": "export",
}

EXIT_OK = 0
EXIT_SOME_FAILED = 1
EXIT_USAGE = 2


def build_parser(argv: Sequence[str]) -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="thucydides", description="Political event data (PLOVER/CAMEO) from news text."
    )
    subparsers = parser.add_subparsers(dest="command", metavar="COMMAND")
    wanted = [a for a in argv if a in COMMANDS][:1]
    modules = sorted(set(COMMANDS.values())) if not wanted else [COMMANDS[wanted[0]]]
    for name in modules:
        try:
            module = importlib.import_module(f"thucydides.cli.{name}")
        except ModuleNotFoundError as exc:
            if exc.name and exc.name.startswith("thucydides.cli"):
                continue  # a command not built in this installation
            raise
        module.register(subparsers)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    args_list = list(sys.argv[1:] if argv is None else argv)
    parser = build_parser(args_list)
    args = parser.parse_args(args_list)
    handler = getattr(args, "handler", None)
    if handler is None:
        parser.print_help(sys.stderr)
        return EXIT_USAGE
    try:
        return int(handler(args))
    except BrokenPipeError:
        # the reader went away ("thucydides events --format json | head"): stop quietly, as Unix tools do
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return EXIT_OK
    except ThucydidesError as exc:
        print(f"thucydides: {exc}", file=sys.stderr)
        return EXIT_SOME_FAILED
    except KeyboardInterrupt:
        print("thucydides: interrupted", file=sys.stderr)
        return 130
