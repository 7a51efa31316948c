"""How long one journal write takes (it runs on the UI thread after each typing pause).

Run: python bench/bench_journal.py
"""

from __future__ import annotations

import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from editor.core.document.journal import Journal, new_entry_id  # noqa: E402

SIZES = (10_000, 100_000, 1_000_000, 5_000_000)  # characters of Markdown
ROUNDS = 10


def _text(size: int) -> str:
    line = "Some prose with a [link](https://example.com) and 日本語の文. "
    return (line * (size // len(line) + 1))[:size]


def main() -> None:
    with tempfile.TemporaryDirectory() as folder:
        journal = Journal(Path(folder), owner="bench")
        entry_id = new_entry_id()
        for size in SIZES:
            text = _text(size)
            times = []
            for _ in range(ROUNDS):
                started = time.perf_counter()
                journal.write(entry_id, text, None)
                times.append((time.perf_counter() - started) * 1000)
            print(
                f"journal write {size:>9,} chars: median {statistics.median(times):7.1f} ms, "
                f"max {max(times):7.1f} ms ({ROUNDS} rounds, with fsync)"
            )


if __name__ == "__main__":
    main()
