from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QMimeData, QPointF, Qt, QUrl
from PySide6.QtGui import QDropEvent

from editor.ui.app.windows import WindowManager
from editor.ui.dialogs import questions as dialogs
from editor.ui.files.encoding_dialog import EncodingDialog
from tests.ui.conftest import open_window, preview_text


def test_opening_a_file_shows_it_in_editor_preview_and_title(
    manager: WindowManager, qtbot: Any, post: Path
) -> None:
    window = open_window(manager, qtbot, post)
    assert window.editor.text() == post.read_text(encoding="utf-8")
    assert "First paragraph." in preview_text(qtbot, window)
    assert window.windowTitle().startswith("post.md")
    assert not window.isWindowModified()


def test_typing_marks_the_window_modified(manager: WindowManager, qtbot: Any, post: Path) -> None:
    window = open_window(manager, qtbot, post)
    qtbot.keyClicks(window.editor, "x")
    assert window.isWindowModified()


def test_save_writes_the_edit_and_keeps_crlf(
    manager: WindowManager, qtbot: Any, tmp_path: Path
) -> None:
    path = tmp_path / "crlf.md"
    path.write_bytes(b"---\r\ntitle: T\r\n---\r\nline\r\n")
    window = open_window(manager, qtbot, path)
    cursor = window.editor.textCursor()
    cursor.movePosition(cursor.MoveOperation.End)
    window.editor.setTextCursor(cursor)
    qtbot.keyClicks(window.editor, "more")
    window.actions_by_name["save"].trigger()
    assert path.read_bytes() == b"---\r\ntitle: T\r\n---\r\nline\r\nmore"
    assert not window.isWindowModified()


def test_save_as_writes_a_new_file(
    manager: WindowManager, qtbot: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    window = manager.new_window()
    qtbot.keyClicks(window.editor, "# New post")
    target = tmp_path / "new.md"
    monkeypatch.setattr(dialogs, "ask_save_path", lambda parent, suggested: target)
    window.actions_by_name["save"].trigger()
    assert target.read_text(encoding="utf-8") == "# New post"
    assert window.windowTitle().startswith("new.md")


def test_save_of_a_new_post_proposes_a_name_from_title_and_date_next_to_its_origin(
    manager: WindowManager, qtbot: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    blog = tmp_path / "blog"
    blog.mkdir()
    first = blog / "2026-11-30-first.md"
    first.write_text("---\ntitle: First\n---\nBody\n", encoding="utf-8")
    origin = open_window(manager, qtbot, first)
    origin.actions_by_name["new"].trigger()
    window = manager.windows[-1]
    assert window is not origin
    window.editor.setPlainText("---\ntitle: My First Post\ndate: 2026-12-01\n---\nHello\n")
    asked: list[str] = []
    monkeypatch.setattr(dialogs, "ask_save_path", lambda parent, s: asked.append(s))
    window.actions_by_name["save"].trigger()
    assert asked == [str(blog / "2026-12-01-my-first-post.md")]
    window.form.set_preset("hugo")
    window.actions_by_name["save"].trigger()
    assert asked[-1] == str(blog / "my-first-post.md")
    window.editor.document().setModified(False)


def test_cancelling_the_unsaved_prompt_keeps_the_window(
    manager: WindowManager, qtbot: Any, post: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    window = open_window(manager, qtbot, post)
    qtbot.keyClicks(window.editor, "unsaved")
    asked: list[str] = []
    monkeypatch.setattr(
        dialogs,
        "ask_save_changes",
        lambda parent, name: asked.append(name) or dialogs.SaveChoice.CANCEL,
    )
    assert window.close() is False
    assert asked == ["post.md"]
    assert window in manager.windows
    assert "unsaved" in window.editor.text()


def test_choosing_save_in_the_prompt_saves_then_closes(
    manager: WindowManager, qtbot: Any, post: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    window = open_window(manager, qtbot, post)
    window.editor.moveCursor(window.editor.textCursor().MoveOperation.End)
    qtbot.keyClicks(window.editor, "kept")
    monkeypatch.setattr(dialogs, "ask_save_changes", lambda parent, name: dialogs.SaveChoice.SAVE)
    assert window.close() is True
    assert post.read_text(encoding="utf-8").endswith("kept")
    assert window not in manager.windows


def test_discard_closes_without_writing(
    manager: WindowManager, qtbot: Any, post: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    before = post.read_bytes()
    window = open_window(manager, qtbot, post)
    qtbot.keyClicks(window.editor, "lost on purpose")
    monkeypatch.setattr(
        dialogs, "ask_save_changes", lambda parent, name: dialogs.SaveChoice.DISCARD
    )
    assert window.close() is True
    assert post.read_bytes() == before


def test_closing_a_file_deleted_on_disk_says_the_whole_text_would_be_lost(
    manager: WindowManager, qtbot: Any, post: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from PySide6.QtWidgets import QMessageBox

    window = open_window(manager, qtbot, post)
    qtbot.keyClicks(window.editor, "edit")
    post.unlink()
    said: list[str] = []

    def read_and_cancel(box: QMessageBox) -> int:
        said.append(box.informativeText())
        cancel = [b for b in box.buttons() if box.buttonRole(b) == box.ButtonRole.RejectRole]
        cancel[0].click()
        return 0

    monkeypatch.setattr(QMessageBox, "exec", read_and_cancel)
    assert window.close() is False
    assert len(said) == 1 and "whole text" in said[0] and "no longer exists" in said[0]
    window.editor.document().setModified(False)


def test_unreadable_file_gives_one_message_and_writes_nothing(
    manager: WindowManager, qtbot: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "bad.md"
    path.write_bytes(b"caf\xe9\n")
    errors: list[str] = []
    monkeypatch.setattr(dialogs, "show_error", lambda parent, title, text: errors.append(text))
    # Not UTF-8: the one message is the encoding dialog's; cancelling it opens nothing.
    monkeypatch.setattr(
        EncodingDialog, "ask", classmethod(lambda _c, *args: errors.append(args[-1]) or None)
    )
    manager.new_window()
    manager.open_paths([path])
    assert len(errors) == 1
    assert "bad.md" in errors[0] and "offset 3" in errors[0]
    assert path.read_bytes() == b"caf\xe9\n"
    assert all(w.document.path is None for w in manager.windows)


def test_opening_the_same_file_twice_focuses_the_first_window(
    manager: WindowManager, qtbot: Any, post: Path
) -> None:
    first = open_window(manager, qtbot, post)
    again = manager.open_paths([post])
    assert again == [first]
    assert len(manager.windows) == 1


def test_two_files_open_in_two_windows(manager: WindowManager, qtbot: Any, tmp_path: Path) -> None:
    a, b = tmp_path / "a.md", tmp_path / "b.md"
    a.write_text("# A\n")
    b.write_text("# B\n")
    windows = manager.open_paths([a, b])
    assert [w.document.path for w in windows] == [a, b]
    assert len(manager.windows) == 2


def test_dropping_a_file_opens_it(manager: WindowManager, qtbot: Any, post: Path) -> None:
    window = manager.new_window()
    data = QMimeData()
    data.setUrls([QUrl.fromLocalFile(str(post))])
    event = QDropEvent(
        QPointF(10, 10),
        Qt.DropAction.CopyAction,
        data,
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )
    window.dropEvent(event)
    assert window.document.path == post


def test_recent_files_are_remembered(manager: WindowManager, qtbot: Any, post: Path) -> None:
    open_window(manager, qtbot, post)
    assert manager.settings.recent_files[0] == str(post.resolve())
    window = manager.windows[0]
    labels = [action.text() for action in window.menus["recent"].actions()]
    assert str(post.resolve()) in labels


def test_layout_sizes_are_saved_on_close(manager: WindowManager, qtbot: Any, post: Path) -> None:
    window = open_window(manager, qtbot, post)
    window.splitter.setSizes([300, 700])
    window.close()
    assert manager.settings.splitter_sizes[:1] != []
    assert manager.settings_path is not None and manager.settings_path.is_file()
