"""Run the suite in a few groups, one process each; fail if any group fails or crashes.

The window tests (tests/ui) run in one process. Until 2026-12-01 they ran one
file per process with a rerun for crashed groups: a process that opened many
windows ended in heap corruption ("malloc(): mismatching next->prev_size") or a
segfault in Qt's socket-notifier check. The cause was Python's cycle collector
running on a pool thread and destroying a Qt object there (a ``WindowManager``
and its file watcher), which left a dangling socket notifier in the UI thread's
event dispatcher; the collector now runs on the UI thread only
(``editor.ui.app.collector``). A group that dies of a signal is named as a crash
in the summary (never rerun): that is a bug to look at, not noise.
"""

from __future__ import annotations

import subprocess
import sys
import time
from pathlib import Path

TESTS = Path(__file__).resolve().parent
NO_TESTS = 5  # pytest's exit status when a group collects nothing
CRASHED = (134, 139)  # SIGABRT / SIGSEGV as a shell reports them
GROUPS = ("core", "packaging", "hostile", "ui")  # folders under tests/, one process each


def groups() -> list[list[str]]:
    top = sorted(str(p) for p in TESTS.glob("test_*.py"))
    out = [top] if top else []
    out += [[str(TESTS / name)] for name in GROUPS if (TESTS / name).exists()]
    return out


def main(argv: list[str]) -> int:
    failed: list[str] = []
    crashed: list[str] = []
    started = time.monotonic()
    for group in groups():
        name = ", ".join(Path(g).relative_to(TESTS.parent).as_posix() for g in group[:1])
        if len(group) > 1:
            name = "tests/test_*.py"
        print(f"== {name}", flush=True)
        code = subprocess.call([sys.executable, "-m", "pytest", "-q", *argv, *group])
        if code < 0 or code in CRASHED:
            crashed.append(f"{name} (exit {code})")
        elif code not in (0, NO_TESTS):
            failed.append(f"{name} (exit {code})")
    print(f"== {len(groups())} groups in {time.monotonic() - started:.0f} s", flush=True)
    if crashed:
        print("CRASHED (a signal, not a failed test): " + "; ".join(crashed), flush=True)
    if failed:
        print("FAILED groups: " + "; ".join(failed), flush=True)
    if failed or crashed:
        return 1
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
