from __future__ import annotations

from typing import Any

import pytest

from editor.ui.files.compare_dialog import (
    DISK_COLOR,
    GAP_COLOR,
    MINE_COLOR,
    TEXT_COLOR,
    CompareDialog,
)
from editor.ui.files.external_change_dialog import Choice, ExternalChangeDialog

DISK = "title\nsame\nold line\nonly on disk\nend"
MINE = "title\nsame\nnew line\nend\nonly mine"


def make(qtbot: Any, disk: str = DISK, mine: str = MINE) -> CompareDialog:
    dialog = CompareDialog(None, "post.md", disk, mine)
    qtbot.addWidget(dialog)
    return dialog


def test_both_versions_are_shown_row_aligned(qtbot: Any) -> None:
    dialog = make(qtbot)
    disk_rows = dialog.side_text("disk").split("\n")
    mine_rows = dialog.side_text("mine").split("\n")
    assert len(disk_rows) == len(mine_rows) == len(dialog.rows)  # nothing folded: all near
    assert [r for r in disk_rows if r] == DISK.split("\n")
    assert [r for r in mine_rows if r] == MINE.split("\n")
    assert disk_rows.index("end") == mine_rows.index("end")


def test_only_differing_rows_are_highlighted(qtbot: Any) -> None:
    dialog = make(qtbot)
    view = dialog.view
    disk_rows = dialog.side_text("disk").split("\n")
    changed = disk_rows.index("old line")
    assert view.cell_background(changed, "disk") == DISK_COLOR
    assert view.cell_background(changed, "mine") == MINE_COLOR
    assert view.cell_background(disk_rows.index("only on disk"), "mine") == GAP_COLOR
    assert view.cell_background(disk_rows.index("same"), "disk") is None
    assert "3 lines differ." in dialog.summary.text()


def test_unchanged_rows_use_the_themes_text_colour_and_marked_rows_dark_text(qtbot: Any) -> None:
    # Dark text on an unmarked row was unreadable on the dark theme's base (screenshot).
    dialog = make(qtbot)
    view = dialog.view
    disk_rows = dialog.side_text("disk").split("\n")
    assert view.cell_foreground(disk_rows.index("same"), "disk") is None
    assert view.cell_foreground(disk_rows.index("same"), "mine") is None
    assert view.cell_foreground(disk_rows.index("old line"), "disk") == TEXT_COLOR


def test_a_change_inside_a_long_paragraph_wraps_and_marks_the_changed_characters(
    qtbot: Any,
) -> None:
    paragraph = "港の朝はいつも静かで、フェリーの汽笛だけが遠くに響いていた。" * 12
    disk = f"title\n{paragraph}\nend"
    mine = f"title\n{paragraph.replace('汽笛', '霧笛', 1)}\nend"
    dialog = make(qtbot, disk, mine)
    dialog.resize(900, 500)
    dialog.show()
    qtbot.waitExposed(dialog)
    view = dialog.view
    assert view.horizontalScrollBar().maximum() == 0  # wrapped, no sideways scrolling
    assert view.marked_text(1, "disk") == ["汽"] and view.marked_text(1, "mine") == ["霧"]
    assert view.cell_background(1, "disk") == DISK_COLOR
    assert view.isReadOnly()


def test_long_unchanged_stretches_are_folded(qtbot: Any) -> None:
    lines = [f"line {i}" for i in range(3000)]
    changed = list(lines)
    changed[1500] = "line 1500, edited"
    dialog = make(qtbot, "\n".join(lines), "\n".join(changed))
    shown = dialog.side_text("mine").split("\n")
    assert shown[0] == "… 1,497 unchanged lines …" and shown[-1] == "… 1,496 unchanged lines …"
    assert "line 1500, edited" in shown and len(shown) == 9


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
