"""Run the suite in a few groups, one process each; fail if any group fails or crashes.

The window tests (tests/ui) run in one process. Until 2026-12-01 they ran one
file per process with a rerun for crashed groups: a process that opened many
windows ended in heap corruption ("malloc(): mismatching next->prev_size") or a
segfault in Qt's socket-notifier check. The cause was Python's cycle collector
running on a pool thread and destroying a Qt object there (a ``WindowManager``
and its file watcher), which left a dangling socket notifier in the UI thread's
event dispatcher; the collector now runs on the UI thread only
(``editor.ui.app.collector``). A group that dies of a signal is named as a crash
in the summary and rerun once (a second crash fails the run): that is a bug to look
at, not noise, but one rare crash should not hide the results of every other test.
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
            # Named in the summary whatever the rerun gives: a crash is a bug to look at.
            # The rerun only keeps one rare crash from hiding every other result.
            crashed.append(f"{name} (exit {code})")
            print(f"== {name} CRASHED (exit {code}); running it once more", flush=True)
            code = subprocess.call([sys.executable, "-m", "pytest", "-q", *argv, *group])
            if code < 0 or code in CRASHED:
                failed.append(f"{name} (crashed twice, exit {code})")
        if code not in (0, NO_TESTS) and not (code < 0 or code in CRASHED):
            failed.append(f"{name} (exit {code})")
    print(f"== {len(groups())} groups in {time.monotonic() - started:.0f} s", flush=True)
    if crashed:
        print("CRASHED and rerun (a signal, not a failed test): " + "; ".join(crashed), flush=True)
    if failed:
        print("FAILED groups: " + "; ".join(failed), flush=True)
    return 1 if failed else 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
