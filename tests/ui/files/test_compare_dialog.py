from __future__ import annotations

from typing import Any

import pytest

from editor.ui.files.compare_dialog import DISK_COLOR, GAP_COLOR, MINE_COLOR, CompareDialog
from editor.ui.files.external_change_dialog import Choice, ExternalChangeDialog

DISK = "title\nsame\nold line\nonly on disk\nend"
MINE = "title\nsame\nnew line\nend\nonly mine"


def make(qtbot: Any) -> CompareDialog:
    dialog = CompareDialog(None, "post.md", DISK, MINE)
    qtbot.addWidget(dialog)
    return dialog


def backgrounds(pane: Any) -> dict[int, str]:
    return {
        s.cursor.blockNumber(): s.format.background().color().name() for s in pane.extraSelections()
    }


def test_panes_show_both_versions_row_aligned(qtbot: Any) -> None:
    dialog = make(qtbot)
    disk_rows = dialog.disk_pane.toPlainText().split("\n")
    mine_rows = dialog.mine_pane.toPlainText().split("\n")
    assert len(disk_rows) == len(mine_rows)
    assert [r for r in disk_rows if r] == DISK.split("\n")
    assert [r for r in mine_rows if r] == MINE.split("\n")
    assert disk_rows.index("end") == mine_rows.index("end")


def test_only_differing_rows_are_highlighted(qtbot: Any) -> None:
    dialog = make(qtbot)
    disk_rows = dialog.disk_pane.toPlainText().split("\n")
    disk = backgrounds(dialog.disk_pane)
    mine = backgrounds(dialog.mine_pane)
    assert sorted(disk) == sorted(mine)
    assert disk[disk_rows.index("old line")] == DISK_COLOR
    assert mine[disk_rows.index("old line")] == MINE_COLOR
    assert mine[disk_rows.index("only on disk")] == GAP_COLOR
    assert disk_rows.index("same") not in disk
    assert "3 lines differ." in dialog.summary.text()


def test_panes_are_read_only_and_scroll_together(qtbot: Any) -> None:
    dialog = CompareDialog(None, "post.md", "x\n" * 400, "y\n" * 400)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    assert dialog.disk_pane.isReadOnly() and dialog.mine_pane.isReadOnly()
    dialog.mine_pane.verticalScrollBar().setValue(120)
    assert dialog.disk_pane.verticalScrollBar().value() == 120


def test_keep_button_chooses_keep_mine(qtbot: Any) -> None:
    dialog = make(qtbot)
    dialog.keep_button.click()
    assert dialog.result_choice is Choice.KEEP_MINE


def test_load_button_chooses_load_disk(qtbot: Any) -> None:
    dialog = make(qtbot)
    dialog.load_button.click()
    assert dialog.result_choice is Choice.LOAD_DISK


@pytest.mark.parametrize(
    ("button", "choice"),
    [
        ("load_button", Choice.LOAD_DISK),
        ("keep_button", Choice.KEEP_MINE),
        ("compare_button", Choice.COMPARE),
        ("later_button", None),
    ],
)
def test_question_buttons_map_to_choices(
    qtbot: Any, monkeypatch: pytest.MonkeyPatch, button: str, choice: Choice | None
) -> None:
    def click(dialog: ExternalChangeDialog) -> int:
        getattr(dialog, button).click()
        return 0

    monkeypatch.setattr(ExternalChangeDialog, "exec", click)
    assert ExternalChangeDialog.ask(None, "post.md") is choice


def test_cancel_returns_no_choice(qtbot: Any) -> None:
    dialog = make(qtbot)
    dialog.reject()
    assert dialog.result_choice is None
