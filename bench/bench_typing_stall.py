"""Main-thread stalls while typing with autosave on (issue #16 item 20).

Types into a real window (a 1.5 KB post, autosave to file on, a short journal
delay so several journal writes and file saves happen while typing) one
keystroke every 40 ms, as ``xdotool type`` does, and measures how late each
keystroke is handled: a stall shows up as a keystroke handled long after it
was due. Also prints where the main thread spent the time (journal write,
file save, exact-text read) from wrapped calls; the file save's write runs on a
worker since #16 item 20 and is timed there separately.

Run: QT_QPA_PLATFORM=offscreen python bench/bench_typing_stall.py
"""

from __future__ import annotations

import os
import statistics
import sys
import tempfile
import time
from collections import defaultdict
from collections.abc import Callable
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
os.environ.setdefault("QTWEBENGINE_CHROMIUM_FLAGS", "--no-sandbox")

from PySide6.QtCore import Qt, QTimer  # noqa: E402
from PySide6.QtTest import QTest  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402

KEYS = 400  # keystrokes
INTERVAL_MS = 40
JOURNAL_DELAY_MS = 300  # the real delay is 3 s; shorter so writes happen while typing
POST = "---\ntitle: Stall bench\ndate: 2026-12-01\ntags: [a, b]\n---\n\n" + (
    "港の朝はいつも静かで、フェリーの汽笛だけが遠くに響いていた。The ferry left at dawn.\n\n" * 14
)
spent: dict[str, list[float]] = defaultdict(list)


def _timed(owner: Any, name: str, label: str) -> None:
    original: Callable[..., Any] = getattr(owner, name)

    def wrapper(*args: Any, **kwargs: Any) -> Any:
        started = time.perf_counter()
        try:
            return original(*args, **kwargs)
        finally:
            spent[label].append((time.perf_counter() - started) * 1000)

    setattr(owner, name, wrapper)


def main() -> None:
    app = QApplication.instance() or QApplication([])
    from editor.core.document.document import PendingSave
    from editor.core.document.journal import Journal
    from editor.core.settings import Settings
    from editor.ui.app.windows import WindowManager
    from editor.ui.files import autosave, disk_sync
    from editor.ui.files.background_save import BackgroundSave
    from editor.ui.form.form import FrontMatterForm
    from editor.ui.window.render_loop import RenderLoop

    _timed(Journal, "write", "journal write")
    _timed(Journal, "discard", "journal discard")
    _timed(BackgroundSave, "start", "autosave to file: encode + hand over (UI thread)")
    _timed(BackgroundSave, "_record", "autosave to file: record the result (UI thread)")
    _timed(PendingSave, "write", "autosave to file: write+fsync+rename (worker)")
    _timed(autosave, "exact_text", "exact-text read")
    _timed(disk_sync.DiskSync, "_on_window_document_saved", "disk snapshot after save")
    _timed(FrontMatterForm, "set_source", "form refresh")
    _timed(RenderLoop, "_on_runner_finished", "preview update")
    with tempfile.TemporaryDirectory() as folder:
        base = Path(folder)
        post = base / "post.md"
        post.write_text(POST, encoding="utf-8")
        print(f"post: {len(POST.encode('utf-8'))} bytes")
        settings = Settings(autosave_to_file=True)
        journal = Journal(base / "journal", owner="bench")
        manager = WindowManager(settings, base / "settings.json", journal=journal)
        [window] = manager.open_paths([post])
        assert window.journaling is not None
        window.journaling.autosaver.timer.setInterval(JOURNAL_DELAY_MS)
        window.editor.setFocus()
        window.editor.moveCursor(window.editor.textCursor().MoveOperation.End)
        lateness: list[float] = []
        state = {"typed": 0, "due": 0.0}

        def key() -> None:
            lateness.append(max(0.0, (time.perf_counter() - state["due"]) * 1000))
            QTest.keyClick(window.editor, Qt.Key.Key_Space if state["typed"] % 9 else Qt.Key.Key_A)
            state["typed"] += 1
            if state["typed"] >= KEYS:
                app.exit(0)  # quit() would close the (modified) window and ask to save
                return
            # A short pause every 40 keys: the journal and the file autosave run then.
            wait = 500 if state["typed"] % 40 == 0 else INTERVAL_MS
            state["due"] = time.perf_counter() + wait / 1000
            QTimer.singleShot(wait, key)

        state["due"] = time.perf_counter() + 0.5
        QTimer.singleShot(500, key)
        app.exec()
        late = sorted(lateness)
        print(
            f"keystroke lateness over {len(late)} keys: median {statistics.median(late):.1f} ms, "
            f"p95 {late[int(len(late) * 0.95)]:.1f} ms, max {late[-1]:.1f} ms, "
            f"> 60 ms: {sum(1 for v in late if v > 60)}"
        )
        for label, times in spent.items():
            print(
                f"{label}: {len(times)} calls, median {statistics.median(times):.1f} ms, "
                f"max {max(times):.1f} ms"
            )
        window.editor.document().setModified(False)
        window.close()


if __name__ == "__main__":
    main()
