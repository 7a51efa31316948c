"""Figures for hostile input (issue #12): one long line through `kosei check`/`render`.

Prints wall time and peak memory (max RSS of the child process) for a single line
of N megabytes: over ``MAX_LINE_CHARS`` it is refused at once, under it checked.
Run: ``.venv/bin/python bench/bench_hostile.py [MB ...]`` (default 0.9 50).
"""

from __future__ import annotations

import os
import random
import string
import subprocess
import sys
import tempfile
import time
from pathlib import Path


def _run(args: list[str]) -> tuple[float, float, int]:
    """(seconds, peak RSS in MB of this child alone, exit status)."""
    start = time.monotonic()
    child = subprocess.Popen(
        [sys.executable, "-m", "editor", *args],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    _pid, status, usage = os.wait4(child.pid, 0)
    child.returncode = os.waitstatus_to_exitcode(status)
    return time.monotonic() - start, usage.ru_maxrss / 1024, child.returncode


def main() -> None:
    sizes = [float(a) for a in sys.argv[1:]] or [0.9, 50.0]
    random.seed(12)
    with tempfile.TemporaryDirectory() as folder:
        for megabytes in sizes:
            path = Path(folder) / f"line-{megabytes:g}mb.md"
            count = int(megabytes * 1024 * 1024)
            line = "".join(random.choices(string.ascii_letters, k=min(count, 1 << 20)))
            path.write_text("# Long\n\n" + (line * (count // len(line) + 1))[:count] + "\n")
            for command in (["check", str(path)], ["render", str(path), "-o", str(path) + ".html"]):
                seconds, peak_mb, code = _run(command)
                print(
                    f"{command[0]:6} one {megabytes:g} MB line: {seconds:6.2f} s, "
                    f"peak {peak_mb:7.1f} MB, exit {code}"
                )


if __name__ == "__main__":
    main()
