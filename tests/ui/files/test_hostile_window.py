"""The real window on hostile files: FIFOs, megabyte lines, odd names, damaged journal entries."""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtGui import QTextOption

from editor.core.document.journal import Journal
from editor.core.settings import load_settings
from editor.ui.app.windows import WindowManager
from editor.ui.dialogs import questions as dialogs
from editor.ui.files.encoding_dialog import EncodingDialog
from editor.ui.files.recovery_dialog import RecoveryChoice, RecoveryDialog
from tests.hostile.helpers import make_fifo, needs_fifo


@pytest.fixture
def errors(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    shown: list[str] = []
    monkeypatch.setattr(dialogs, "show_error", lambda _parent, _title, text: shown.append(text))
    return shown


@needs_fifo
def test_opening_a_fifo_shows_one_message_and_does_not_block(
    manager: WindowManager, errors: list[str], tmp_path: Path
) -> None:
    fifo = make_fifo(tmp_path / "post.md")
    # On the GUI thread: a blocking read would freeze here, so release the FIFO from a timer.
    from PySide6.QtCore import QTimer

    from tests.hostile.helpers import release_fifo

    QTimer.singleShot(5000, lambda: release_fifo(fifo))
    assert manager.open_paths([fifo]) == []
    assert len(errors) == 1 and "not a regular file" in errors[0]


def test_a_megabyte_line_opens_in_large_file_mode_wrapping_anywhere(
    manager: WindowManager, qtbot: Any, tmp_path: Path
) -> None:
    path = tmp_path / "long.md"
    path.write_text("# Title\n\n" + "a" * 1_000_000 + "\n", encoding="utf-8")
    [window] = manager.open_paths([path])
    assert window.large_file  # by line length: the file is under large_file_bytes
    assert window.editor.wordWrapMode() == QTextOption.WrapMode.WrapAnywhere
    assert "characters long" in window.live.notice_bar().label.text()


def test_ordinary_post_keeps_word_wrap(manager: WindowManager, qtbot: Any, post: Path) -> None:
    [window] = manager.open_paths([post])
    assert not window.large_file
    assert window.editor.wordWrapMode() == QTextOption.WrapMode.WrapAtWordBoundaryOrAnywhere


def test_non_utf8_name_opens_shows_replacement_and_is_kept_in_settings(
    manager: WindowManager, qtbot: Any, tmp_path: Path
) -> None:
    path = tmp_path / os.fsdecode(b"caf\xe9.md")
    path.write_text("Body.\n", encoding="utf-8")
    [window] = manager.open_paths([path])
    assert "caf\ufffd.md" in window.windowTitle()
    manager.save()  # the window exited here before
    assert manager.settings_path is not None
    recent = load_settings(manager.settings_path).recent_files
    assert [os.fsencode(r) for r in recent] == [os.fsencode(path.resolve())]


def test_utf16_without_bom_is_offered_in_the_encoding_dialog(
    manager: WindowManager, errors: list[str], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "old.md"
    path.write_bytes("# Old post\n\nWritten by an old tool.\n".encode("utf-16-le"))
    offered: list[Any] = []

    def ask(_cls: Any, _parent: Any, _name: str, guesses: list[Any], *_rest: Any) -> str:
        offered.append((guesses[0].codec, _rest[-1]))
        return guesses[0].codec

    monkeypatch.setattr(EncodingDialog, "ask", classmethod(ask))
    [window] = manager.open_paths([path])
    assert offered[0][0] == "utf-16-le" and "byte-order mark" in offered[0][1]
    assert window.editor.toPlainText().startswith("# Old post")
    assert errors == []


def test_recovery_lists_damaged_entries_and_deletes_them(
    qtbot: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    folder = tmp_path / "journal"
    folder.mkdir()
    (folder / "deep.json").write_text("[" * 100_000 + "]" * 100_000, encoding="utf-8")
    journal = Journal(folder)
    entries, unreadable = journal.scan()
    dialog = RecoveryDialog(entries, None, unreadable)
    qtbot.addWidget(dialog)
    item = dialog.table.topLevelItem(0)
    assert item is not None and item.text(2) == "could not be read"
    dialog.table.setCurrentItem(item)
    assert dialog.show_file_button.isEnabled()
    assert "nested too deeply" in dialog.diff_label.text()
    dialog.set_choice(0, RecoveryChoice.DISCARD)
    [(row, choice)] = dialog.choices()
    assert choice is RecoveryChoice.DISCARD
    journal.discard_file(row.file)  # what recover_left_behind does with the answer
    assert not (folder / "deep.json").exists()
