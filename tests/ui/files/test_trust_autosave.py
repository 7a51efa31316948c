from __future__ import annotations

import threading
import time
from pathlib import Path
from typing import Any

from PySide6.QtWidgets import QPlainTextEdit

from editor.core.document.journal import Journal
from editor.ui.files.autosave import Autosaver


def _setup(qtbot: Any, tmp_path: Path) -> tuple[QPlainTextEdit, Journal, Autosaver]:
    editor = QPlainTextEdit()
    qtbot.addWidget(editor)
    journal = Journal(tmp_path / "journal")
    saver = Autosaver(editor, journal, lambda: (tmp_path / "post.md", "utf-8"), delay_ms=50)
    return editor, journal, saver


def test_typing_is_journaled_after_a_pause(qtbot: Any, tmp_path: Path) -> None:
    editor, journal, _saver = _setup(qtbot, tmp_path)
    editor.insertPlainText("unsaved")
    qtbot.waitUntil(lambda: [e.text for e in journal.entries()] == ["unsaved"], timeout=3000)
    assert journal.entries()[0].path == tmp_path / "post.md"


def test_unmodified_text_leaves_no_entry(qtbot: Any, tmp_path: Path) -> None:
    editor, journal, saver = _setup(qtbot, tmp_path)
    editor.insertPlainText("x")
    saver.flush()
    editor.document().setModified(False)
    saver.flush()
    assert journal.is_empty()


def test_discard_on_clean_close_empties_the_journal(qtbot: Any, tmp_path: Path) -> None:
    editor, journal, saver = _setup(qtbot, tmp_path)
    editor.insertPlainText("x")
    saver.flush()
    assert not journal.is_empty()
    saver.discard()
    assert journal.is_empty()


class _SlowDisk(Journal):
    """A journal whose first write does not end until the test lets it (a busy disk)."""

    def __init__(self, folder: Path) -> None:
        super().__init__(folder)
        self.release = threading.Event()
        self.writes: list[str] = []

    def write(self, entry_id: str, text: str, path: Path | None, encoding: str = "utf-8") -> None:
        if not self.writes:
            self.writes.append(text)
            self.release.wait(10)
        else:
            self.writes.append(text)
        super().write(entry_id, text, path, encoding)


def test_a_pause_during_a_slow_write_does_not_wait_and_journals_the_newest_text(
    qtbot: Any, tmp_path: Path
) -> None:
    editor = QPlainTextEdit()
    qtbot.addWidget(editor)
    journal = _SlowDisk(tmp_path / "journal")
    saver = Autosaver(editor, journal, lambda: (tmp_path / "post.md", "utf-8"), delay_ms=50)
    editor.insertPlainText("first")
    qtbot.waitUntil(lambda: journal.writes == ["first"], timeout=3000)  # stuck on the disk
    editor.insertPlainText(" second")
    started = time.monotonic()
    saver._on_timer_timeout()  # the next pause, while the first write is still running
    assert time.monotonic() - started < 1.0  # the UI thread did not wait for the disk
    editor.insertPlainText(" third")
    saver._on_timer_timeout()
    assert journal.writes == ["first"]
    journal.release.set()
    qtbot.waitUntil(
        lambda: [e.text for e in journal.entries()] == ["first second third"], timeout=5000
    )
    assert journal.writes == ["first", "first second third"]  # one write for both pauses
    saver.stop()
