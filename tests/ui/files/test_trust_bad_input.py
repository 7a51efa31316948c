"""Every bad input or failed write gives one clear message and changes nothing on disk."""

from __future__ import annotations

import errno
import os
from pathlib import Path
from typing import Any

import pytest

from editor.ui.app.windows import WindowManager
from editor.ui.dialogs import questions as dialogs
from editor.ui.files.encoding_dialog import EncodingDialog
from tests.ui.conftest import open_window


@pytest.fixture
def errors(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    shown: list[str] = []
    monkeypatch.setattr(dialogs, "show_error", lambda _parent, _title, text: shown.append(text))
    return shown


def _open_bad(manager: WindowManager, path: Path) -> list[Any]:
    return manager.open_paths([path])


def test_binary_file_is_refused(manager: WindowManager, errors: list[str], tmp_path: Path) -> None:
    path = tmp_path / "image.md"
    path.write_bytes(b"\x89PNG\r\n\x1a\n\0\0\0")
    assert _open_bad(manager, path) == []
    assert len(errors) == 1 and "binary" in errors[0]


def test_shift_jis_file_is_not_opened_garbled(
    manager: WindowManager, errors: list[str], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "old.md"
    raw = "昔の記事です。".encode("shift_jis")
    path.write_bytes(raw)
    asked: list[str] = []
    # The message comes inside the encoding dialog (which can reopen it); cancelling opens nothing.
    monkeypatch.setattr(
        EncodingDialog, "ask", classmethod(lambda _c, *args: asked.append(args[-1]) or None)
    )
    assert _open_bad(manager, path) == []
    assert len(asked) == 1 and "UTF-8" in asked[0] and errors == []
    assert path.read_bytes() == raw


def test_folder_is_refused(manager: WindowManager, errors: list[str], tmp_path: Path) -> None:
    folder = tmp_path / "folder.md"
    folder.mkdir()
    assert _open_bad(manager, folder) == []
    assert len(errors) == 1 and "folder" in errors[0]


def test_missing_path_is_refused(manager: WindowManager, errors: list[str], tmp_path: Path) -> None:
    assert _open_bad(manager, tmp_path / "gone.md") == []
    assert len(errors) == 1 and "no such file" in errors[0]


def test_permission_error_is_reported(
    manager: WindowManager, errors: list[str], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "locked.md"
    path.write_text("x", encoding="utf-8")

    def denied(*_args: object, **_options: object) -> bytes:  # CI runs as root: chmod won't do
        raise PermissionError(errno.EACCES, "Permission denied")

    monkeypatch.setattr("editor.core.document.document.read_regular", denied)
    assert _open_bad(manager, path) == []
    assert len(errors) == 1 and "permission denied" in errors[0]


def test_same_file_twice_focuses_the_open_window(
    manager: WindowManager, qtbot: Any, post: Path
) -> None:
    first = open_window(manager, qtbot, post)
    assert manager.open_paths([post]) == [first]
    assert len(manager.windows) == 1


def test_disk_full_on_save_keeps_original_text_and_no_temporary(
    manager: WindowManager,
    qtbot: Any,
    post: Path,
    errors: list[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    original = post.read_bytes()
    window = open_window(manager, qtbot, post)
    window.editor.insertPlainText("unsaved words ")

    def full(_fd: int) -> None:
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(os, "fsync", full)
    assert not window.files.save()
    monkeypatch.undo()
    assert post.read_bytes() == original
    assert sorted(p.name for p in post.parent.iterdir() if p.is_file()) == ["post.md"]
    assert len(errors) == 1 and "disk is full" in errors[0] and "Save As" in errors[0]
    assert "unsaved words" in window.editor.toPlainText()
    assert window.is_modified
    # The failed save did not drop the recovery copy: the journal still holds the text.
    assert manager.journal is not None and window.journaling is not None
    window.journaling.autosaver.flush()
    assert [e.path for e in manager.journal.entries()] == [post]
    assert "unsaved words" in manager.journal.entries()[0].text


@pytest.mark.parametrize(
    "front_matter",
    [
        "a: &a [x, x, x, x, x, x, x, x, x]\n"
        + "".join(
            f"{chr(98 + i)}: &{chr(98 + i)} [" + ", ".join([f"*{chr(97 + i)}"] * 4) + "]\n"
            for i in range(9)
        ),
        "deep: " + "[" * 10000 + "]" * 10000 + "\n",
        "".join(" " * i + f"k{i}:\n" for i in range(0, 2000, 2)) + "deep: " + "- " * 10000 + "x\n",
    ],
    ids=["alias-bomb", "deep-nesting-10000", "deep-block-nesting"],
)
def test_hostile_front_matter_fails_fast(
    manager: WindowManager, qtbot: Any, tmp_path: Path, front_matter: str
) -> None:
    path = tmp_path / "bomb.md"
    path.write_text(f"---\n{front_matter}---\n\nBody text.\n", encoding="utf-8")
    window = open_window(manager, qtbot, path)  # pytest-timeout fails a hang
    assert window.document.path == path
    assert "Body text." in window.editor.toPlainText()
    qtbot.wait(200)  # the window still answers events: a hang would never get here
    qtbot.waitUntil(lambda: window.form.read_only, timeout=5000)
    assert "Front matter is invalid" in window.form.message.text()


def test_a_refused_open_from_a_window_leaves_no_extra_window(
    manager: WindowManager, errors: list[str], qtbot: Any, post: Path, tmp_path: Path
) -> None:
    window = open_window(manager, qtbot, post)
    binary = tmp_path / "image.md"
    binary.write_bytes(b"\x89PNG\r\n\x1a\n\0\0\0")
    assert manager.open_paths([binary], source=window) == []
    qtbot.wait(10)
    assert manager.windows == [window] and len(errors) == 1


def test_no_empty_window_waits_behind_the_encoding_dialog_or_stays_after_cancel(
    manager: WindowManager, qtbot: Any, post: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from PySide6.QtWidgets import QApplication

    from editor.ui.window.main_window import MainWindow

    window = open_window(manager, qtbot, post)
    old = tmp_path / "old.md"
    old.write_bytes("昔の記事です。".encode("shift_jis"))
    visible_during_dialog: list[int] = []

    def cancel(_cls: Any, *_args: Any) -> None:
        shown = [w for w in QApplication.topLevelWidgets() if isinstance(w, MainWindow)]
        visible_during_dialog.append(sum(w.isVisible() for w in shown))
        return None

    monkeypatch.setattr(EncodingDialog, "ask", classmethod(cancel))
    assert manager.open_paths([old], source=window) == []
    assert visible_during_dialog == [1] and manager.windows == [window]


def test_a_new_empty_post_shows_no_title_warning_until_it_has_text(
    manager: WindowManager, qtbot: Any
) -> None:
    from tests.ui.conftest import wait_for_checks

    window = manager.new_window()
    wait_for_checks(qtbot, window)
    assert window.panel.findings == []
    qtbot.keyClicks(window.editor, "Some words")
    wait_for_checks(qtbot, window)
    assert "missing-title" in [f.kind for f in window.panel.findings]
    window.editor.document().setModified(False)
