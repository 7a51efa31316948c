"""A change inside a long Japanese paragraph is readable without scrolling sideways (#16 item 14).

Written against the dialog's long-standing surface (its constructor and its text
widgets), so it also ran on the code before the fix, where the panes did not wrap.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QAbstractScrollArea, QPlainTextEdit, QTextEdit

from editor.ui.files.compare_dialog import CompareDialog

PARAGRAPH = "港の朝はいつも静かで、フェリーの汽笛だけが遠くに響いていた。" * 8


def test_a_long_changed_paragraph_wraps_with_no_sideways_scrolling(qtbot: Any) -> None:
    disk = f"# 港\n\n{PARAGRAPH}\n"
    mine = f"# 港\n\n{PARAGRAPH.replace('汽笛', '鐘', 1)}\n"
    dialog = CompareDialog(None, "post.md", disk, mine)
    qtbot.addWidget(dialog)
    dialog.resize(900, 500)
    dialog.show()
    qtbot.waitExposed(dialog)
    views: list[QAbstractScrollArea] = [
        *dialog.findChildren(QPlainTextEdit),
        *dialog.findChildren(QTextEdit),
    ]
    assert views
    for view in views:
        assert view.horizontalScrollBar().maximum() == 0  # nothing hides to the right
