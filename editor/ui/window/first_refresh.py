"""The first render and check of a file opened into a new window, timed around its paint.

Opening a file, the window reaches the screen first (the form and the text), then the
web engine starts and the first render is shown. The checks and the spelling (Sudachi's
dictionary, Hunspell) take a core and the GIL for a second or so, so they start once
the preview shows the post (issue #19). Timers cover a preview that is hidden (no engine
starts, nothing is shown) and a page that never reports back.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QTimer, Slot

if TYPE_CHECKING:
    from editor.ui.preview.view import PreviewView

# No paint reported this long after the load, and no engine on its way: render anyway.
RENDER_FALLBACK_MS = 1000
# No content shown this long after the paint: check anyway.
CHECKS_FALLBACK_MS = 10000


class FirstRefresh(QObject):
    """Runs ``render`` once the window is painted and ``check`` once the preview shows it."""

    def __init__(
        self,
        parent: QObject,
        preview: PreviewView,
        render: Callable[[], None],
        check: Callable[[], None],
    ) -> None:
        super().__init__(parent)
        self._preview, self._render, self._check = preview, render, check
        self.pending = False  # the render waits for the window's paint
        self.checks_pending = False  # the checks wait for the preview's first content

    def start(self) -> None:
        """A file was loaded into a window not shown yet."""
        self.pending = True
        self._preview.window_painted.connect(self._on_preview_window_painted)
        QTimer.singleShot(RENDER_FALLBACK_MS, self, self._on_render_fallback)

    @Slot()
    def _on_render_fallback(self) -> None:
        if self._preview.isVisible() and self._preview.web_view is None:
            return  # its engine starts after the window's Expose: window_painted follows
        self._on_preview_window_painted()

    @Slot()
    def _on_preview_window_painted(self) -> None:
        if not self.pending:
            return
        self.pending = False
        self._preview.window_painted.disconnect(self._on_preview_window_painted)
        self._render()
        if not self._preview.isVisible():
            self._check()  # a hidden preview shows nothing to wait for
            return
        self.checks_pending = True
        self._preview.content_shown.connect(self._on_preview_content_shown)
        QTimer.singleShot(CHECKS_FALLBACK_MS, self, self._on_preview_content_shown)

    @Slot()
    def _on_preview_content_shown(self) -> None:
        if self.checks_pending:
            self.checks_pending = False
            self._preview.content_shown.disconnect(self._on_preview_content_shown)
            self._check()
