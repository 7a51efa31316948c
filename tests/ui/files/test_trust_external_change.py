"""Another program changes, replaces or deletes the open file (issue #5)."""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtWidgets import QMessageBox

from editor.ui.app.windows import WindowManager
from editor.ui.dialogs import questions as dialogs
from editor.ui.files.compare_dialog import CompareDialog
from editor.ui.files.external_change_dialog import Choice, ExternalChangeDialog
from editor.ui.window.main_window import MainWindow
from tests.ui.conftest import open_window, preview_text

ORIGINAL = "---\ntitle: Test post\ntags: [a, b]\n---\n\n# Heading\n\nFirst paragraph.\n\nSecond paragraph.\n"
ON_DISK = ORIGINAL.replace("# Heading\n", "# Heading\n\nWritten elsewhere.\n")


def replace_file(path: Path, text: str) -> None:
    """Write like most editors do: a new file renamed over the old one."""
    temporary = path.with_name(f".{path.name}.swp")
    temporary.write_text(text, encoding="utf-8")
    os.replace(temporary, path)


def type_at_end(qtbot: Any, window: MainWindow, text: str) -> None:
    window.editor.moveCursor(window.editor.textCursor().MoveOperation.End)
    qtbot.keyClicks(window.editor, text)


def never(*_args: object) -> None:
    raise AssertionError("this question must not be asked")


class Asker:
    """Stands in for ExternalChangeDialog.ask: gives ``answers`` in order, records questions."""

    def __init__(self) -> None:
        self.answers: list[Choice | None] = []
        self.names: list[str] = []

    def ask(self, _parent: object, name: str) -> Choice | None:
        self.names.append(name)
        index = len(self.names) - 1
        return self.answers[index] if index < len(self.answers) else None


@pytest.fixture
def asker(monkeypatch: pytest.MonkeyPatch) -> Asker:
    asker = Asker()
    monkeypatch.setattr(ExternalChangeDialog, "ask", classmethod(lambda _c, p, n: asker.ask(p, n)))
    return asker


# -- no local edits ------------------------------------------------------------------------
def test_change_without_edits_reloads_in_place_keeping_the_cursor(
    manager: WindowManager, qtbot: Any, post: Path, asker: Asker
) -> None:
    window = open_window(manager, qtbot, post)
    window.editor.setTextCursor(window.editor.textCursor())
    cursor = window.editor.textCursor()
    cursor.setPosition(window.editor.position_of(10, 4))  # in "Second paragraph."
    window.editor.setTextCursor(cursor)
    replace_file(post, ON_DISK)
    qtbot.waitUntil(lambda: window.editor.text() == ON_DISK, timeout=5000)
    assert window.editor.line_column() == (12, 4)  # two lines were added above it
    assert not window.isWindowModified()
    assert "Reloaded “post.md”" in window.status.currentMessage()
    assert asker.names == []


def test_reloaded_text_reaches_the_preview(manager: WindowManager, qtbot: Any, post: Path) -> None:
    window = open_window(manager, qtbot, post)
    replace_file(post, ON_DISK)
    qtbot.waitUntil(lambda: "Written elsewhere." in preview_text(qtbot, window), timeout=10000)


def test_reload_is_one_undo_step(manager: WindowManager, qtbot: Any, post: Path) -> None:
    window = open_window(manager, qtbot, post)
    replace_file(post, ON_DISK)
    qtbot.waitUntil(lambda: window.editor.text() == ON_DISK, timeout=5000)
    window.actions_by_name["undo"].trigger()
    assert window.editor.text() == ORIGINAL
    assert window.isWindowModified()  # the previous version now differs from the disk


def test_a_second_change_after_a_replace_is_noticed_too(
    manager: WindowManager, qtbot: Any, post: Path
) -> None:
    window = open_window(manager, qtbot, post)
    replace_file(post, ON_DISK)
    qtbot.waitUntil(lambda: window.editor.text() == ON_DISK, timeout=5000)
    assert str(post.absolute()) in window.disk_sync.watcher.watched_paths()
    post.write_text(ON_DISK + "\nAgain.\n", encoding="utf-8")  # in place this time
    qtbot.waitUntil(lambda: window.editor.text().endswith("Again.\n"), timeout=5000)


def test_our_own_save_does_not_prompt_or_reload(
    manager: WindowManager, qtbot: Any, post: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    window = open_window(manager, qtbot, post)
    monkeypatch.setattr(ExternalChangeDialog, "ask", classmethod(never))
    monkeypatch.setattr(dialogs, "ask_overwrite_changed", never)
    type_at_end(qtbot, window, "Saved here.")
    window.actions_by_name["save"].trigger()
    # The watcher may or may not report our own write (re-watching after a save can
    # merge its events): look at the disk now, as a change event would.
    qtbot.wait(200)
    window.disk_sync.check_now()
    assert window.editor.text() == ORIGINAL + "Saved here."
    assert not window.isWindowModified()
    assert "Reloaded" not in window.status.currentMessage()


# -- local edits ---------------------------------------------------------------------------
def test_change_with_edits_asks_once(
    manager: WindowManager, qtbot: Any, post: Path, asker: Asker
) -> None:
    window = open_window(manager, qtbot, post)
    type_at_end(qtbot, window, "Mine.")
    replace_file(post, ON_DISK)
    qtbot.waitUntil(lambda: len(asker.names) == 1, timeout=5000)
    with qtbot.waitSignal(window.disk_sync.watcher.changed, timeout=5000):
        replace_file(post, ON_DISK)  # the same bytes again: already answered
    assert len(asker.names) == 1
    assert window.editor.text() == ORIGINAL + "Mine."


def test_keep_mine_keeps_the_text_and_save_overwrites_without_asking(
    manager: WindowManager,
    qtbot: Any,
    post: Path,
    asker: Asker,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    asker.answers.append(Choice.KEEP_MINE)
    window = open_window(manager, qtbot, post)
    type_at_end(qtbot, window, "Mine.")
    replace_file(post, ON_DISK)
    qtbot.waitUntil(lambda: len(asker.names) == 1, timeout=5000)
    assert window.editor.text() == ORIGINAL + "Mine."
    assert window.isWindowModified()
    monkeypatch.setattr(dialogs, "ask_overwrite_changed", never)
    window.actions_by_name["save"].trigger()
    assert post.read_text(encoding="utf-8") == ORIGINAL + "Mine."


def test_decide_later_keeps_the_text_and_save_asks_before_overwriting(
    manager: WindowManager,
    qtbot: Any,
    post: Path,
    asker: Asker,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    asker.answers.append(None)
    window = open_window(manager, qtbot, post)
    type_at_end(qtbot, window, "Mine.")
    replace_file(post, ON_DISK)
    qtbot.waitUntil(lambda: len(asker.names) == 1, timeout=5000)
    overwrite: list[str] = []
    monkeypatch.setattr(
        dialogs, "ask_overwrite_changed", lambda _p, name: overwrite.append(name) or False
    )
    window.actions_by_name["save"].trigger()
    assert overwrite == ["post.md"]
    assert post.read_text(encoding="utf-8") == ON_DISK


def test_load_disk_loads_it_and_undo_brings_mine_back(
    manager: WindowManager, qtbot: Any, post: Path, asker: Asker
) -> None:
    asker.answers.append(Choice.LOAD_DISK)
    window = open_window(manager, qtbot, post)
    type_at_end(qtbot, window, "Mine.")
    replace_file(post, ON_DISK)
    qtbot.waitUntil(lambda: window.editor.text() == ON_DISK, timeout=5000)
    assert not window.isWindowModified()
    window.actions_by_name["undo"].trigger()
    assert window.editor.text() == ORIGINAL + "Mine."
    assert window.isWindowModified()


def test_compare_shows_both_versions_then_applies_the_choice(
    manager: WindowManager,
    qtbot: Any,
    post: Path,
    asker: Asker,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    asker.answers.append(Choice.COMPARE)
    shown: list[tuple[str, str]] = []

    def look_then_load(dialog: CompareDialog) -> int:
        shown.append((dialog.side_text("disk"), dialog.side_text("mine")))
        dialog.load_button.click()
        return 1

    monkeypatch.setattr(CompareDialog, "exec", look_then_load)
    window = open_window(manager, qtbot, post)
    type_at_end(qtbot, window, "Mine.")
    replace_file(post, ON_DISK)
    qtbot.waitUntil(lambda: window.editor.text() == ON_DISK, timeout=5000)
    [(disk, mine)] = shown
    assert "Written elsewhere." in disk and "Mine." not in disk
    assert "Mine." in mine and "Written elsewhere." not in mine


def test_disk_now_holding_the_unsaved_text_is_adopted_without_asking(
    manager: WindowManager, qtbot: Any, post: Path, asker: Asker
) -> None:
    window = open_window(manager, qtbot, post)
    type_at_end(qtbot, window, "Same.")
    replace_file(post, ORIGINAL + "Same.")
    qtbot.waitUntil(lambda: not window.isWindowModified(), timeout=5000)
    assert asker.names == []


def test_undecodable_disk_version_keeps_the_text_and_says_why(
    manager: WindowManager, qtbot: Any, post: Path, asker: Asker
) -> None:
    window = open_window(manager, qtbot, post)
    post.write_bytes(b"caf\xe9 is not UTF-8")
    qtbot.waitUntil(lambda: "cannot be loaded" in window.status.currentMessage(), timeout=5000)
    assert window.editor.text() == ORIGINAL
    assert asker.names == []


# -- deleted or moved ----------------------------------------------------------------------
def test_deleted_file_marks_the_window_and_keeps_the_text(
    manager: WindowManager, qtbot: Any, post: Path
) -> None:
    window = open_window(manager, qtbot, post)
    post.unlink()
    qtbot.waitUntil(lambda: "(deleted on disk)" in window.windowTitle(), timeout=5000)
    assert window.editor.text() == ORIGINAL
    assert window.isWindowModified()


def test_moved_file_marks_the_window(manager: WindowManager, qtbot: Any, post: Path) -> None:
    window = open_window(manager, qtbot, post)
    post.rename(post.with_name("elsewhere.md"))
    qtbot.waitUntil(lambda: "(deleted on disk)" in window.windowTitle(), timeout=5000)


def test_save_recreates_a_deleted_file_without_the_overwrite_prompt(
    manager: WindowManager, qtbot: Any, post: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    window = open_window(manager, qtbot, post)
    post.unlink()
    qtbot.waitUntil(lambda: window.disk_sync.marked_deleted, timeout=5000)
    monkeypatch.setattr(dialogs, "ask_overwrite_changed", never)
    window.actions_by_name["save"].trigger()
    assert post.read_text(encoding="utf-8") == ORIGINAL
    assert "(deleted on disk)" not in window.windowTitle()
    assert not window.isWindowModified()


def test_file_back_with_the_same_bytes_clears_the_mark(
    manager: WindowManager, qtbot: Any, post: Path
) -> None:
    window = open_window(manager, qtbot, post)
    post.unlink()
    qtbot.waitUntil(lambda: window.disk_sync.marked_deleted, timeout=5000)
    replace_file(post, ORIGINAL)
    qtbot.waitUntil(lambda: "(deleted on disk)" not in window.windowTitle(), timeout=5000)
    assert not window.isWindowModified()


def test_no_question_on_top_of_another_dialog_until_it_closes(
    manager: WindowManager, qtbot: Any, post: Path, asker: Asker
) -> None:
    window = open_window(manager, qtbot, post)
    type_at_end(qtbot, window, "Mine.")
    other = QMessageBox(window)
    other.setModal(True)
    other.show()
    with qtbot.waitSignal(window.disk_sync.watcher.changed, timeout=5000):
        replace_file(post, ON_DISK)
    assert asker.names == []
    other.close()
    qtbot.waitUntil(lambda: asker.names == ["post.md"], timeout=5000)
