"""Status bar: prose length and reading time, cursor position, file format."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Slot
from PySide6.QtWidgets import QLabel, QStatusBar, QWidget

from editor.ui.app.i18n import tr

if TYPE_CHECKING:
    from editor.core.markdown.stats import Stats


class StatusBar(QStatusBar):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.stats_label = QLabel()
        self.position_label = QLabel()
        self.format_label = QLabel()
        self.addPermanentWidget(self.stats_label)
        self.addPermanentWidget(self.position_label)
        self.addPermanentWidget(self.format_label)
        self.show_position(1, 1)

    def show_stats(self, stats: Stats) -> None:
        parts = [tr("%1 characters").replace("%1", f"{stats.characters:,}")]
        if stats.words and stats.words >= stats.cjk_characters / 10:
            parts.append(tr("%1 words").replace("%1", f"{stats.words:,}"))
        parts.append(tr("%1 min read").replace("%1", str(stats.reading_label_minutes)))
        self.stats_label.setText(" · ".join(parts))

    @Slot(int, int)
    def show_position(self, line: int, column: int) -> None:
        self.position_label.setText(
            tr("Ln %1, Col %2").replace("%1", str(line)).replace("%2", str(column))
        )

    def show_file_format(self, encoding: str, newline: str) -> None:
        self.format_label.setText(f"{encoding} · {newline}")
