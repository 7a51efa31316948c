"""Benchmark the list helpers' work per key press (printed medians, not a timed test).

Enter and Tab read the whole text and scan it from the top for front matter and code
fences; this measures that scan on a generated 1 MB post, with the cursor on its last
line (the worst case). Target: well under one frame (16 ms).

    python bench/bench_editing.py [--repeat N]
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from bench.synthetic import synthetic_post  # noqa: E402
from bench.timing import median_ms  # noqa: E402
from editor.core.text.lists import enter, indent  # noqa: E402


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--repeat", type=int, default=21)
    args = parser.parse_args()
    text = synthetic_post(1_000_000) + "\n- last item"
    row = text.count("\n")
    column = len("- last item")

    def press_enter() -> None:
        enter(text.split("\n"), row, column)

    def press_tab() -> None:
        indent(text.split("\n"), (row, column), (row, column), outdent=False)

    print(f"post: {len(text):,} characters, {row + 1:,} lines")
    print(f"Enter on the last line: {median_ms(press_enter, args.repeat):.1f} ms (median)")
    print(f"Tab on the last line:   {median_ms(press_tab, args.repeat):.1f} ms (median)")


if __name__ == "__main__":
    main()
