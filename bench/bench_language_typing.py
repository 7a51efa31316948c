"""Typing while spelling and proofreading run: does a keystroke ever wait for them?

Opens a post in the real window with spelling and Japanese proofreading on,
keeps both checks busy in the background (each keystroke schedules them; a
full re-check is forced every few keys), and types. For each key it measures
the time from the key press to the moment the event loop is free again (a
zero-delay timer fires): that includes the editor's own work and any time the
worker threads hold the GIL. Prints median and worst, in milliseconds.

    QT_QPA_PLATFORM=offscreen python bench/bench_language_typing.py
"""

from __future__ import annotations

import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from editor.ui.app.sandbox import apply_sandbox_policy  # noqa: E402

apply_sandbox_policy()

SAMPLE_JA = Path("/work/shared/samples/generated_post_ja.md")


def _wait(app, condition, timeout: float = 60.0) -> None:  # noqa: ANN001
    deadline = time.perf_counter() + timeout
    while not condition():
        if time.perf_counter() > deadline:
            raise TimeoutError("condition not met")
        app.processEvents()
        time.sleep(0.001)


def measure(path: Path, keys: str, language: bool = True) -> list[float]:
    from PySide6.QtCore import QThreadPool, QTimer
    from PySide6.QtGui import QInputMethodEvent
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QApplication

    from editor.core.settings import Settings
    from editor.ui.app.windows import WindowManager

    app = QApplication.instance() or QApplication([])
    settings = Settings(spelling_enabled=language, proofreading_enabled=language)
    manager = WindowManager(settings, None)
    [window] = manager.open_paths([path])
    _wait(app, lambda: window.preview.shown_generation > 0)
    _wait(app, lambda: not window.spelling.runner.busy and not window.checks.runner.busy)
    cursor = window.editor.textCursor()
    cursor.movePosition(cursor.MoveOperation.End)
    window.editor.setTextCursor(cursor)
    samples = []
    for index, key in enumerate(keys):
        if index % 5 == 0:
            window.spelling.run_now()  # keep the workers busy while typing
            window.checks.run_now()
        free: list[float] = []
        start = time.perf_counter()
        if key.isascii():
            QTest.keyClicks(window.editor, key)
        else:  # Japanese arrives from the input method as a committed string
            event = QInputMethodEvent()
            event.setCommitString(key)
            QApplication.sendEvent(window.editor, event)
        QTimer.singleShot(0, lambda f=free: f.append(time.perf_counter()))
        _wait(app, lambda f=free: bool(f))
        samples.append((free[0] - start) * 1000)
    window.editor.document().setModified(False)
    window.close()
    QThreadPool.globalInstance().waitForDone()
    return samples


def main() -> None:
    keys = "これは入力の測定です。Typing a few English words too. " * 2
    with tempfile.TemporaryDirectory() as tmp:
        posts = []
        if SAMPLE_JA.exists():
            posts.append(("Japanese sample, 25 KB", SAMPLE_JA))
        english = Path(tmp) / "english.md"
        readme = (REPO / "README.md").read_text(encoding="utf-8")
        english.write_text((readme + "\n\n") * (1024 * 1024 // len(readme) + 1), encoding="utf-8")
        posts.append(("English README x N, 1 MB", english))
        for (label, path), language in [(p, on) for p in posts for on in (False, True)]:
            samples = measure(path, keys, language)
            label = label + (", checks on" if language else ", language off")
            print(
                f"{label:42} keystroke to idle: median {statistics.median(samples):5.1f} ms, "
                f"95th {sorted(samples)[int(len(samples) * 0.95)]:6.1f} ms, "
                f"worst {max(samples):6.1f} ms ({len(samples)} keys)"
            )


if __name__ == "__main__":
    main()
