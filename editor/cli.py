"""Command line: ``kosei FILE...`` opens the window; ``kosei check|render|meta`` run headless.

Headless commands are built on ``editor.core`` only and never import Qt. Each
one lives in ``editor/commands/<name>.py`` with ``add_parser(subparsers)`` and
``run(args) -> int``.
"""

from __future__ import annotations

import argparse
import importlib
import sys

COMMANDS = ("check", "render", "meta")


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="kosei", description="Kosei headless commands")
    sub = parser.add_subparsers(dest="command", required=True)
    for name in COMMANDS:
        try:
            module = importlib.import_module(f"editor.commands.{name}")
        except ModuleNotFoundError as error:
            if error.name != f"editor.commands.{name}":
                raise
            continue
        module.add_parser(sub)
    return parser


def is_headless(argv: list[str]) -> bool:
    return bool(argv) and argv[0] in COMMANDS


def run_headless(argv: list[str]) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    module = importlib.import_module(f"editor.commands.{args.command}")
    try:
        return int(module.run(args))
    except BrokenPipeError:
        return 0


def main(argv: list[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    return run_headless(argv)
