"""Benchmark what an external change costs (printed medians, not a timed test).

- one disk check (read + sha256 + decide) of the sample and of a 1 MB post
- the line mapping that keeps cursor and scroll on a reload of a 1 MB post
  changed in one paragraph, and the side-by-side rows of the compare dialog

    python bench/bench_disk_check.py [--repeat N]
"""

from __future__ import annotations

import argparse
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from bench.synthetic import synthetic_post  # noqa: E402
from bench.timing import median_ms  # noqa: E402
from editor.core.document.compare import MAX_ALIGNED_LINES, map_line, side_by_side  # noqa: E402
from editor.core.document.disk_state import decide, take_snapshot  # noqa: E402
from editor.core.document.document import Document  # noqa: E402

SAMPLE = ROOT.parent / "shared" / "samples" / "generated_post_ja.md"


def check(doc: Document) -> None:
    assert doc.path is not None
    decide(doc.disk_hash, take_snapshot(doc.path), local_edits=False, marked_deleted=False)


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--repeat", type=int, default=7)
    repeat = parser.parse_args().repeat
    with tempfile.TemporaryDirectory() as folder:
        big = Path(folder) / "big.md"
        big.write_text(synthetic_post(1_000_000), encoding="utf-8")
        for name, path in (("sample", SAMPLE), ("1 MB post", big)):
            if path.exists():
                doc = Document.load(path)
                size = path.stat().st_size
                print(
                    f"disk check, {name} ({size:,} bytes): {median_ms(lambda doc=doc: check(doc), repeat):.1f} ms"
                )
        text = big.read_text(encoding="utf-8")
        paragraphs = text.split("\n\n")
        paragraphs[len(paragraphs) // 2] += " Changed elsewhere."
        changed = "\n\n".join(paragraphs)
        lines = text.count("\n") + 1
        print(
            f"map_line, 1 MB post ({lines:,} lines): {median_ms(lambda: map_line(text, changed, lines - 5), repeat):.1f} ms"
        )
        print(
            f"side_by_side, 1 MB post: {median_ms(lambda: side_by_side(changed, text), repeat):.1f} ms"
        )
        # Worst case still aligned: two edits MAX_ALIGNED_LINES lines apart.
        rows = text.split("\n")
        rows[100] += " edited"
        rows[100 + MAX_ALIGNED_LINES - 1] += " edited"
        spread = "\n".join(rows)
        print(
            f"map_line, 1 MB post, edits {MAX_ALIGNED_LINES:,} lines apart: "
            f"{median_ms(lambda: map_line(text, spread, lines - 5), repeat):.1f} ms"
        )


if __name__ == "__main__":
    main()
