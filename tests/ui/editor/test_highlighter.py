from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtGui import QFont, QTextCharFormat

from editor.ui.app.windows import WindowManager
from tests.ui.conftest import open_window


def _format_at(window: Any, column: int) -> tuple[bool, bool]:
    """(bold, italic) of the highlighting at ``column`` of the first line."""
    block = window.editor.document().firstBlock()
    ranges = [r for r in block.layout().formats() if r.start <= column < r.start + r.length]
    assert ranges
    char_format = QTextCharFormat(ranges[-1].format)
    return char_format.fontWeight() == QFont.Weight.Bold, char_format.fontItalic()


def test_bold_text_is_coloured_bold_not_italic(
    manager: WindowManager, qtbot: Any, tmp_path: Path
) -> None:
    path = tmp_path / "bold.md"
    path.write_text("Some **bold** text and *slanted* text\n", encoding="utf-8")
    window = open_window(manager, qtbot, path)
    assert _format_at(window, len("Some **b")) == (True, False)
    assert _format_at(window, len("Some **bold** text and *s")) == (False, True)
