"""How long the UI thread is blocked by pasting, or opening, a big post in the editor.

The highlighter colours an edit of ``BIG_EDIT`` characters or more in slices (issue #19):
the time printed is from the insert to the moment the event loop is free again, which is
how long a key typed right after the paste waits. Medians and p95 of a few rounds.

    QT_QPA_PLATFORM=offscreen python bench/bench_paste.py [--sizes 250000,1000000,3000000]
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    parser.add_argument("--sizes", default="250000,1000000,3000000")
    parser.add_argument("--rounds", type=int, default=3)
    args = parser.parse_args()
    from PySide6.QtWidgets import QApplication

    app = QApplication(sys.argv[:1])
    from bench.synthetic import synthetic_post
    from editor.ui.editor.markdown_editor import MarkdownEditor

    print(f"machine: {os.cpu_count()} cores, load {os.getloadavg()[0]:.1f}")
    for size in (int(s) for s in args.sizes.split(",")):
        text = synthetic_post(size)
        pasted, opened = [], []
        for _ in range(args.rounds):
            editor = MarkdownEditor()
            editor.resize(800, 600)
            editor.show()
            app.processEvents()
            started = time.perf_counter()
            editor.textCursor().insertText(text)
            app.processEvents()  # the first slice and the paint: what a next key waits for
            pasted.append((time.perf_counter() - started) * 1000)
            other = MarkdownEditor()
            started = time.perf_counter()
            other.set_text(text)
            app.processEvents()
            opened.append((time.perf_counter() - started) * 1000)
            for widget in (editor, other):
                widget.close()
                widget.deleteLater()
            app.processEvents()
        for label, samples in (("paste", pasted), ("open (set_text)", opened)):
            ordered = sorted(samples)
            p95 = ordered[min(len(ordered) - 1, round(0.95 * (len(ordered) - 1)))]
            print(
                f"{size / 1e6:.2f} MB {label:16} UI blocked median {statistics.median(ordered):7.0f}"
                f" ms  p95 {p95:7.0f} ms  (n={len(ordered)}, load {os.getloadavg()[0]:.1f})"
            )


if __name__ == "__main__":
    main()
