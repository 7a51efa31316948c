"""The real window keeps its unsaved text in the crash journal, and (optionally) in the file."""

from __future__ import annotations

import errno
import os
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt

from editor.core.document.journal import Journal
from editor.ui.app.windows import WindowManager
from editor.ui.dialogs import questions as dialogs
from editor.ui.files.external_change_dialog import ExternalChangeDialog
from editor.ui.window.main_window import MainWindow
from tests.ui.conftest import open_window


def _journal(manager: WindowManager) -> Journal:
    assert manager.journal is not None
    return manager.journal


def _fast(window: MainWindow) -> MainWindow:
    """Shorten the typing pause so the test need not wait three seconds."""
    assert window.journaling is not None
    window.journaling.autosaver.timer.setInterval(50)
    return window


def _type_at_end(qtbot: Any, window: MainWindow, text: str) -> None:
    window.editor.moveCursor(window.editor.textCursor().MoveOperation.End)
    qtbot.keyClicks(window.editor, text)


def _wait_journaled(qtbot: Any, manager: WindowManager, needle: str) -> None:
    qtbot.waitUntil(
        lambda: any(needle in e.text for e in _journal(manager).entries()), timeout=5000
    )


def test_typing_in_a_window_journals_its_text_and_path(
    manager: WindowManager, qtbot: Any, post: Path
) -> None:
    window = _fast(open_window(manager, qtbot, post))
    _type_at_end(qtbot, window, "unsaved words")
    _wait_journaled(qtbot, manager, "unsaved words")
    [entry] = _journal(manager).entries()
    assert entry.path == post
    assert entry.text == window.editor.text()
    assert entry.owner == "tests"


def test_untitled_window_is_journaled_without_a_path(manager: WindowManager, qtbot: Any) -> None:
    window = _fast(manager.new_window())
    qtbot.keyClicks(window.editor, "draft idea")
    _wait_journaled(qtbot, manager, "draft idea")
    assert [e.path for e in _journal(manager).entries()] == [None]


def test_journal_keeps_non_breaking_spaces_exactly(
    manager: WindowManager, qtbot: Any, post: Path
) -> None:
    window = _fast(open_window(manager, qtbot, post))
    _type_at_end(qtbot, window, "10\u00a0km")
    _wait_journaled(qtbot, manager, "10\u00a0km")


def test_saving_empties_the_journal(manager: WindowManager, qtbot: Any, post: Path) -> None:
    window = _fast(open_window(manager, qtbot, post))
    _type_at_end(qtbot, window, "more")
    _wait_journaled(qtbot, manager, "more")
    window.actions_by_name["save"].trigger()
    assert _journal(manager).is_empty()
    assert post.read_text(encoding="utf-8").endswith("more")


def test_closing_with_discard_empties_the_journal(
    manager: WindowManager, qtbot: Any, post: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    window = _fast(open_window(manager, qtbot, post))
    _type_at_end(qtbot, window, "thrown away")
    _wait_journaled(qtbot, manager, "thrown away")
    monkeypatch.setattr(dialogs, "ask_save_changes", lambda p, n: dialogs.SaveChoice.DISCARD)
    assert window.close()
    assert _journal(manager).is_empty()


def test_closing_with_save_empties_the_journal(
    manager: WindowManager, qtbot: Any, post: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    window = _fast(open_window(manager, qtbot, post))
    _type_at_end(qtbot, window, "kept in the file")
    _wait_journaled(qtbot, manager, "kept in the file")
    monkeypatch.setattr(dialogs, "ask_save_changes", lambda p, n: dialogs.SaveChoice.SAVE)
    assert window.close()
    assert _journal(manager).is_empty()


def test_cancelling_the_close_keeps_the_journal_entry(
    manager: WindowManager, qtbot: Any, post: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    window = _fast(open_window(manager, qtbot, post))
    _type_at_end(qtbot, window, "still here")
    _wait_journaled(qtbot, manager, "still here")
    monkeypatch.setattr(dialogs, "ask_save_changes", lambda p, n: dialogs.SaveChoice.CANCEL)
    assert not window.close()
    assert ["still here" in e.text for e in _journal(manager).entries()] == [True]


def test_quitting_cleanly_leaves_the_journal_folder_empty(
    manager: WindowManager, qtbot: Any, post: Path, tmp_path: Path
) -> None:
    first = _fast(open_window(manager, qtbot, post))
    second = _fast(manager.new_window())
    qtbot.keyClicks(second.editor, "untitled text")
    _type_at_end(qtbot, first, "file text")
    qtbot.waitUntil(lambda: len(_journal(manager).entries()) == 2, timeout=5000)
    for window in (first, second):
        window.editor.document().setModified(False)  # as if saved
        assert window.close()
    assert list(_journal(manager).folder.iterdir()) == []


def test_journal_write_failure_is_shown_once_in_the_status_bar(
    manager: WindowManager, qtbot: Any, post: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    window = _fast(open_window(manager, qtbot, post))

    def full(fd: int) -> None:
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(os, "fsync", full)
    shown: list[str] = []
    window.status.messageChanged.connect(lambda text: shown.append(text) if text else None)
    _type_at_end(qtbot, window, "a")
    qtbot.waitUntil(lambda: bool(shown), timeout=5000)
    _type_at_end(qtbot, window, "b")
    qtbot.wait(300)
    assert len(shown) == 1
    assert "disk is full" in shown[0]


# -- "Save to the file automatically" ---------------------------------------------------------


def test_autosave_to_file_writes_the_file_after_typing_pauses(
    manager: WindowManager, qtbot: Any, post: Path
) -> None:
    manager.settings.autosave_to_file = True
    window = _fast(open_window(manager, qtbot, post))
    _type_at_end(qtbot, window, "saved by itself")
    qtbot.waitUntil(
        lambda: post.read_text(encoding="utf-8").endswith("saved by itself"), timeout=5000
    )
    # The write runs on a worker: the window records it when the UI thread sees the result.
    qtbot.waitUntil(lambda: not window.isWindowModified(), timeout=5000)
    # The journal is written on a worker thread; the discard after the save follows it.
    qtbot.waitUntil(_journal(manager).is_empty, timeout=5000)


def test_autosave_to_file_is_off_by_default(manager: WindowManager, qtbot: Any, post: Path) -> None:
    before = post.read_bytes()
    window = _fast(open_window(manager, qtbot, post))
    _type_at_end(qtbot, window, "only journaled")
    _wait_journaled(qtbot, manager, "only journaled")
    assert post.read_bytes() == before
    assert window.isWindowModified()


def test_autosave_refuses_a_file_changed_on_disk_and_says_so(
    manager: WindowManager, qtbot: Any, post: Path
) -> None:
    manager.settings.autosave_to_file = True
    window = _fast(open_window(manager, qtbot, post))
    post.write_text("written by another program\n", encoding="utf-8")
    _type_at_end(qtbot, window, "mine")
    assert window.journaling is not None
    qtbot.waitUntil(lambda: window.journaling.autosave_paused, timeout=5000)
    assert post.read_text(encoding="utf-8") == "written by another program\n"
    assert "changed by another program" in window.status.currentMessage()
    assert window.isWindowModified()
    qtbot.waitUntil(
        lambda: [e.text for e in _journal(manager).entries()] == [window.editor.text()],
        timeout=5000,
    )


def test_autosave_stays_paused_after_a_refusal_until_a_manual_save(
    manager: WindowManager, qtbot: Any, post: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    manager.settings.autosave_to_file = True
    window = _fast(open_window(manager, qtbot, post))
    assert window.journaling is not None
    # The watcher may notice the other program's write first and ask: the writer
    # closes that question (decide later), which keeps their text and the refusal.
    monkeypatch.setattr(ExternalChangeDialog, "ask", classmethod(lambda cls, parent, name: None))
    post.write_text("theirs\n", encoding="utf-8")
    _type_at_end(qtbot, window, "1")
    qtbot.waitUntil(lambda: window.journaling.autosave_paused, timeout=5000)
    _type_at_end(qtbot, window, "2")
    _wait_journaled(qtbot, manager, "12")
    assert post.read_text(encoding="utf-8") == "theirs\n"
    monkeypatch.setattr(dialogs, "ask_overwrite_changed", lambda parent, name: True)
    window.actions_by_name["save"].trigger()
    assert not window.journaling.autosave_paused
    _type_at_end(qtbot, window, "3")
    qtbot.waitUntil(lambda: post.read_text(encoding="utf-8").endswith("123"), timeout=5000)


def test_untitled_window_is_never_saved_to_a_file_automatically(
    manager: WindowManager, qtbot: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    manager.settings.autosave_to_file = True
    asked: list[str] = []
    monkeypatch.setattr(dialogs, "ask_save_path", lambda p, s: asked.append(s))
    window = _fast(manager.new_window())
    qtbot.keyClicks(window.editor, "no file yet")
    qtbot.keyClick(window.editor, Qt.Key.Key_Return)
    _wait_journaled(qtbot, manager, "no file yet\n")
    assert asked == []
    assert window.isWindowModified()


def test_autosave_of_a_character_the_files_encoding_cannot_hold_says_which_and_waits(
    manager: WindowManager, qtbot: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from editor.ui.files.encoding_dialog import EncodingDialog

    path = tmp_path / "sjis.md"
    original = "# 見出し\n\n本文です。\n".encode("shift_jis")
    path.write_bytes(original)
    monkeypatch.setattr(EncodingDialog, "ask", classmethod(lambda cls, *a, **k: "shift_jis"))
    manager.settings.autosave_to_file = True
    window = _fast(open_window(manager, qtbot, path))
    assert window.journaling is not None
    cursor = window.editor.textCursor()
    cursor.movePosition(cursor.MoveOperation.End)
    cursor.insertText("絵文字😀")
    qtbot.waitUntil(lambda: window.journaling.autosave_paused, timeout=5000)
    assert path.read_bytes() == original
    message = window.status.currentMessage()
    assert "😀" in message and "Shift_JIS" in message and "line 4, column 4" in message
    assert "Save As" not in message and "UTF-8" in message  # what Save will offer
