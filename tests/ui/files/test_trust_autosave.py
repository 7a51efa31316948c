from __future__ import annotations

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
