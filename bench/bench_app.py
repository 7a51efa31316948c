"""Benchmarks of the window: load + render, launch to window shown, preview latency.

Prints medians; run with ``make bench`` (or ``QT_QPA_PLATFORM=offscreen
.venv/bin/python bench/bench_app.py``). Figures, not pass/fail.
"""

from __future__ import annotations

import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from editor.ui.app.sandbox import apply_sandbox_policy  # noqa: E402

apply_sandbox_policy()

from bench.synthetic import synthetic_post  # noqa: E402
from editor.core.document.document import Document  # noqa: E402
from editor.core.frontmatter.split import split  # noqa: E402
from editor.core.markdown.render import render_text  # noqa: E402
from editor.core.markdown.stats import compute_stats  # noqa: E402

WELCOME = REPO / "resources" / "samples" / "welcome.md"
PROBE = REPO / "bench" / "startup_probe.py"


def median_ms(samples: list[float]) -> str:
    return f"{statistics.median(samples) * 1000:8.1f} ms (n={len(samples)}, min {min(samples) * 1000:.1f})"


def time_core(path: Path, runs: int) -> list[float]:
    samples = []
    for _ in range(runs):
        started = time.perf_counter()
        doc = Document.load(path)
        render_text(doc.text)
        compute_stats(split(doc.text).body)
        samples.append(time.perf_counter() - started)
    return samples


def time_launch(path: Path, runs: int) -> list[float]:
    samples = []
    for _ in range(runs):
        started = time.time()
        out = subprocess.run(
            [sys.executable, str(PROBE), str(path)],
            capture_output=True,
            text=True,
            timeout=60,
            check=True,
        )
        shown_at = float(out.stdout.strip().splitlines()[-1])
        samples.append(shown_at - started)
    return samples


def time_keystroke_latency(path: Path, runs: int) -> list[float]:
    from PySide6.QtCore import QThreadPool
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QApplication

    from editor.core.settings import Settings
    from editor.ui.app.windows import WindowManager

    app = QApplication.instance() or QApplication([])
    manager = WindowManager(Settings(), None)
    [window] = manager.open_paths([path])
    _wait(app, lambda: window.preview.shown_generation > 0)
    cursor = window.editor.textCursor()
    cursor.movePosition(cursor.MoveOperation.End)
    window.editor.setTextCursor(cursor)
    samples = []
    for index in range(runs):
        marker = f"zq{index}x"
        QTest.keyClicks(window.editor, " " + marker)
        typed = time.perf_counter()
        probe = f"document.getElementById('kosei-content').textContent.indexOf('{marker}') >= 0"
        _wait(app, lambda p=probe: _js(app, window, p) is True)
        samples.append(time.perf_counter() - typed)
    window.editor.document().setModified(False)
    window.close()
    QThreadPool.globalInstance().waitForDone()
    return samples


def _js(app, window, script):  # noqa: ANN001, ANN202
    box: list[object] = []
    window.preview.run_js(script, box.append)
    _wait(app, lambda: bool(box), poll=0.0005)
    return box[0]


def _wait(app, condition, timeout: float = 30.0, poll: float = 0.001) -> None:  # noqa: ANN001
    deadline = time.perf_counter() + timeout
    while not condition():
        if time.perf_counter() > deadline:
            raise TimeoutError("condition not met")
        app.processEvents()
        time.sleep(poll)


def main() -> None:
    with tempfile.TemporaryDirectory() as folder:
        big = Path(folder) / "big.md"
        big.write_text(synthetic_post(1_000_000), encoding="utf-8")
        welcome = Path(folder) / "welcome.md"
        welcome.write_bytes(WELCOME.read_bytes())
        print(
            f"welcome.md: {welcome.stat().st_size:,} bytes; synthetic post: {big.stat().st_size:,} bytes"
        )
        print("load + render + stats, welcome.md   ", median_ms(time_core(welcome, 30)))
        print("load + render + stats, 1 MB post    ", median_ms(time_core(big, 5)))
        print("launch to window shown, welcome.md  ", median_ms(time_launch(welcome, 5)))
        print(
            "keystroke to preview DOM, welcome.md", median_ms(time_keystroke_latency(welcome, 15))
        )
        print("keystroke to preview DOM, 1 MB post ", median_ms(time_keystroke_latency(big, 5)))


if __name__ == "__main__":
    main()
