from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt

from editor.ui.app.windows import WindowManager
from tests.ui.conftest import open_window


def test_outline_lists_headings_follows_typing_and_jumps_on_click(
    manager: WindowManager, qtbot: Any, tmp_path: Path
) -> None:
    path = tmp_path / "post.md"
    path.write_text("# First\n\ntext\n\n## Second\n\nmore\n", encoding="utf-8")
    window = open_window(manager, qtbot, path)
    panel = window.outline
    qtbot.waitUntil(lambda: panel.count() == 2, timeout=5000)
    assert [panel.item(i).text().strip() for i in range(2)] == ["First", "Second"]
    window.editor.moveCursor(window.editor.textCursor().MoveOperation.End)
    qtbot.keyClick(window.editor, Qt.Key.Key_Return)
    qtbot.keyClicks(window.editor, "## Third")
    qtbot.waitUntil(lambda: panel.count() == 3, timeout=5000)
    assert panel.currentRow() == 2  # the cursor is in the third section
    window.outline_dock.show()
    rect = panel.visualItemRect(panel.item(1))
    qtbot.mouseClick(panel.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert window.editor.line_column()[0] == 5
    assert panel.currentRow() == 1


def test_an_outline_jump_puts_the_heading_at_the_top_of_the_editor_as_in_the_preview(
    manager: WindowManager, qtbot: Any, tmp_path: Path
) -> None:
    filler = "".join(f"Paragraph {i}.\n\n" for i in range(60))
    path = tmp_path / "post.md"
    path.write_text(f"# First\n\n{filler}## Far\n\n{filler}", encoding="utf-8")
    window = open_window(manager, qtbot, path)
    qtbot.waitUntil(lambda: window.outline.count() == 2, timeout=5000)
    heading_line = 3 + 120
    window.outline.heading_activated.emit(heading_line)
    assert window.editor.top_line() == heading_line
    assert window.editor.line_column()[0] == heading_line
