"""How long a large file takes to open in the editor widget (printed figures, not a test).

Shows why Kosei pauses highlighting, live preview and checks above
``Settings.large_file_bytes`` and refuses files above ``Settings.max_file_bytes``:

    QT_QPA_PLATFORM=offscreen python bench/bench_large_file.py [--sizes 5 20 50]
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from PySide6.QtWidgets import QApplication  # noqa: E402

from editor.core.document.document import Document  # noqa: E402
from editor.core.markdown.render import render_with_stats  # noqa: E402
from editor.ui.editor.markdown_editor import MarkdownEditor  # noqa: E402

LINE = "Some prose with **bold**, a [link](https://example.com/) and `code` in it.\n"


def _timed(action) -> float:  # noqa: ANN001
    started = time.perf_counter()
    action()
    QApplication.processEvents()
    return time.perf_counter() - started


def measure(app: QApplication, mebibytes: int, folder: Path, render: bool) -> None:
    path = folder / f"large-{mebibytes}.md"
    path.write_text("# Large\n\n" + LINE * (mebibytes * 1024 * 1024 // len(LINE)), "utf-8")
    load = _timed(lambda: Document.load(path))
    text = Document.load(path).text
    plain = MarkdownEditor()
    plain.highlighter.setDocument(None)
    without = _timed(lambda: plain.set_text(text))
    coloured = MarkdownEditor()
    with_hl = _timed(lambda: coloured.set_text(text))
    figures = f"{mebibytes:>3} MiB: load {load:.2f} s, editor without highlighting {without:.2f} s"
    figures += f", with highlighting {with_hl:.2f} s"
    if render:
        figures += f", render {_timed(lambda: render_with_stats(text)):.2f} s"
    print(figures, flush=True)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--sizes", type=int, nargs="+", default=[5, 20])
    parser.add_argument("--render", action="store_true", help="also time one full render")
    args = parser.parse_args()
    app = QApplication.instance() or QApplication([])
    with tempfile.TemporaryDirectory() as folder:
        for size in args.sizes:
            measure(app, size, Path(folder), args.render)


if __name__ == "__main__":
    main()
