"""Entry point for ``kosei`` and ``python -m editor``."""

from __future__ import annotations

import sys


def main(argv: list[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    from editor.cli import is_headless, run_headless

    if is_headless(argv):
        return run_headless(argv)
    from editor.ui.app.app import run_app  # Qt is imported only for the window

    return run_app(argv)


if __name__ == "__main__":
    sys.exit(main())
