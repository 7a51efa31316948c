"""Benchmarks of find and replace on a 1 MB synthetic post.

Prints medians; run with ``QT_QPA_PLATFORM=offscreen .venv/bin/python bench/bench_find.py``.
Figures, not pass/fail. Core rows are the pure search; window rows time what one debounced
search costs on the UI thread (reading the text, searching, highlighting near the view).
"""

from __future__ import annotations

import os
import statistics
import sys
import time
from collections.abc import Callable
from functools import partial
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from editor.ui.app.sandbox import apply_sandbox_policy  # noqa: E402

apply_sandbox_policy()

from bench.synthetic import synthetic_post  # noqa: E402
from editor.core.text.search import SearchOptions, compile_query, find_all, replace_all  # noqa: E402

SIZE = 1_000_000
CORE_CASES = (
    ("plain 'river'", "river", SearchOptions()),
    ("plain 'e' (many matches)", "e", SearchOptions()),
    ("match case 'River'", "River", SearchOptions(match_case=True)),
    ("whole word 'river'", "river", SearchOptions(whole_word=True)),
    ("whole word '日本'", "日本", SearchOptions(whole_word=True)),
    ("regex '(\\w+)ing\\b'", r"(\w+)ing\b", SearchOptions(regex=True)),
    ("fold width 'ＲＩＶＥＲ'", "ＲＩＶＥＲ", SearchOptions(fold_width=True)),
    ("fold width, text with ｶﾀｶﾅ", "カタカナ", SearchOptions(fold_width=True)),
)


def median_ms(run: Callable[[], object], repeat: int = 7) -> str:
    samples = []
    for _ in range(repeat):
        started = time.perf_counter()
        run()
        samples.append(time.perf_counter() - started)
    median = statistics.median(samples) * 1000
    return f"{median:8.1f} ms (n={repeat}, min {min(samples) * 1000:.1f})"


def row(label: str, count: int | None, figure: str) -> None:
    matches = f"{count:>7} matches" if count is not None else " " * 15
    print(f"  {label:<44}{matches} {figure}")


def bench_core(text: str) -> None:
    half_width = text.replace("ま", "ｶﾀｶﾅ")  # sprinkle half-width katakana through the text
    for label, query, options in CORE_CASES:
        haystack = half_width if "ｶﾀｶﾅ" in label else text
        compiled = compile_query(query, options)
        count = len(find_all(haystack, compiled))
        row(f"find {label}", count, median_ms(partial(find_all, haystack, compiled)))
    compiled = compile_query("river", SearchOptions())
    count = replace_all(text, compiled, "stream").count
    row(
        "replace all 'river' -> 'stream'",
        count,
        median_ms(lambda: replace_all(text, compiled, "stream")),
    )


def bench_window(text: str) -> None:
    from PySide6.QtWidgets import QApplication

    from editor.core.settings import Settings
    from editor.ui.window.main_window import MainWindow

    app = QApplication.instance() or QApplication([])
    window = MainWindow(Settings())
    window.resize(1280, 820)
    window.show()
    window.editor.set_text(text)
    app.processEvents()
    finder = window.finder
    row("editor.text()", None, median_ms(window.editor.text))
    bench_replace_all(window, app)
    for query in ("river", "e"):
        window.find_bar.open(None, False)
        window.find_bar.find_field.setText(query)
        finder.refresh(move=False)
        count = len(finder.matches)
        row(
            f"refresh '{query}' (read text, search, highlight)",
            count,
            median_ms(lambda: finder.refresh(move=False)),
        )

        def highlight() -> None:
            finder._highlighted = None  # force a repaint of the marks
            finder._highlight_visible()

        marked = len(finder._highlighted or [])
        row(f"  of which: highlight near the view ({marked} marked)", None, median_ms(highlight))
        ranges = [(m.start, m.end) for m in finder.matches]
        mark_all = partial(window.editor.mark_ranges, "bench", ranges, "#fff")
        row("  (not done) highlight every match", count, median_ms(mark_all, 3))
        window.editor.mark_ranges("bench", [], "#fff")
    window.editor.document().setModified(False)
    window.close()
    app.processEvents()


def bench_replace_all(window: object, app: object) -> None:
    """Replace All then Undo in the window, the same query each round (the text returns)."""
    bar, finder, editor = window.find_bar, window.finder, window.editor  # type: ignore[attr-defined]
    bar.open(None, True)
    for query in ("river", "Section 1"):
        bar.find_field.setText(query)
        bar.replace_field.setText("RIVER" if query == "river" else "Part 1")
        finder.refresh(move=False)
        count = len(finder.matches)

        def replace_and_undo() -> None:
            finder.replace_all()
            editor.undo()

        row(f"Replace All '{query}' + Undo", count, median_ms(replace_and_undo, 5))


def main() -> None:
    text = synthetic_post(SIZE)
    print(f"Find on a {len(text.encode('utf-8')):,}-byte synthetic post ({len(text):,} characters)")
    print("core (editor.core.text.search):")
    bench_core(text)
    print("window (one debounced search on the UI thread):")
    bench_window(text)


if __name__ == "__main__":
    main()
