from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from PySide6.QtWidgets import QDialog

from editor.core.document.journal import Journal, JournalEntry, new_entry_id
from editor.ui.files.recovery_dialog import RecoveryChoice, RecoveryDialog


def _entries(tmp_path: Path) -> list[JournalEntry]:
    post = tmp_path / "post.md"
    post.write_text("# Title\n\nold line\n", encoding="utf-8")
    journal = Journal(tmp_path / "journal")
    journal.write(new_entry_id(), "# Title\n\nnew line\n", post)
    journal.write(new_entry_id(), "an untitled draft\n", None)
    return journal.entries()


def test_dialog_lists_each_entry_and_shows_the_first_diff(qtbot: Any, tmp_path: Path) -> None:
    dialog = RecoveryDialog(_entries(tmp_path))
    qtbot.addWidget(dialog)
    names = [dialog.table.topLevelItem(i).text(0) for i in range(dialog.table.topLevelItemCount())]
    assert names == ["post.md", "untitled"]
    diff = dialog.diff_view.toPlainText()
    assert "-old line" in diff and "+new line" in diff
    assert "post.md" in dialog.diff_label.text()


def test_selecting_an_entry_shows_its_diff(qtbot: Any, tmp_path: Path) -> None:
    dialog = RecoveryDialog(_entries(tmp_path))
    qtbot.addWidget(dialog)
    dialog.table.setCurrentItem(dialog.table.topLevelItem(1))
    assert "+an untitled draft" in dialog.diff_view.toPlainText()
    assert "-old line" not in dialog.diff_view.toPlainText()


def test_every_entry_is_restored_unless_the_writer_picks_discard(
    qtbot: Any, tmp_path: Path
) -> None:
    entries = _entries(tmp_path)
    dialog = RecoveryDialog(entries)
    qtbot.addWidget(dialog)
    dialog.set_choice(1, RecoveryChoice.DISCARD)
    assert dialog.choices() == [
        (entries[0], RecoveryChoice.RESTORE),
        (entries[1], RecoveryChoice.DISCARD),
    ]


def test_decide_later_keeps_every_entry(
    qtbot: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    entries = _entries(tmp_path)
    monkeypatch.setattr(RecoveryDialog, "exec", lambda self: QDialog.DialogCode.Rejected)
    assert RecoveryDialog.ask(None, entries) == [
        (entries[0], RecoveryChoice.LATER),
        (entries[1], RecoveryChoice.LATER),
    ]


def test_apply_returns_the_chosen_actions(
    qtbot: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    entries = _entries(tmp_path)

    def choose(self: RecoveryDialog) -> QDialog.DialogCode:
        self.set_choice(0, RecoveryChoice.DISCARD)
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(RecoveryDialog, "exec", choose)
    assert RecoveryDialog.ask(None, entries) == [
        (entries[0], RecoveryChoice.DISCARD),
        (entries[1], RecoveryChoice.RESTORE),
    ]
