"""Keeps the open windows: one per document, each file open at most once."""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtCore import QObject, QThreadPool, Signal, Slot
from PySide6.QtWidgets import QApplication

from editor.core.errors import DocumentWriteError
from editor.core.journal import Journal
from editor.core.settings import Settings, save_settings
from editor.ui.main_window import MainWindow
from editor.ui.window_journal import WindowJournal

log = logging.getLogger(__name__)


class WindowManager(QObject):
    window_opened = Signal(object)  # MainWindow

    def __init__(
        self,
        settings: Settings,
        settings_path: Path | None,
        parent: QObject | None = None,
        journal: Journal | None = None,
    ) -> None:
        super().__init__(parent)
        self.settings = settings
        self.settings_path = settings_path
        self.windows: list[MainWindow] = []
        self.journal = journal  # crash journal shared by every window (None: no journaling)

    def new_window(self) -> MainWindow:
        window = MainWindow(self.settings)
        window.open_requested.connect(lambda paths, w=window: self.open_paths(paths, source=w))
        window.new_window_requested.connect(self._on_window_new_window_requested)
        window.quit_requested.connect(self._on_window_quit_requested)
        window.closed.connect(lambda w=window: self._on_window_closed(w))
        window.checks.settings_changed.connect(self.save)
        if self.journal is not None:
            window.journaling = WindowJournal(window, self.journal)
        self.windows.append(window)
        window.show()
        self.window_opened.emit(window)
        return window

    def window_for(self, path: Path) -> MainWindow | None:
        target = path.resolve()
        for window in self.windows:
            if window.document.path is not None and window.document.path.resolve() == target:
                return window
        return None

    def open_paths(self, paths: list[Path], source: MainWindow | None = None) -> list[MainWindow]:
        """Open each path, focusing a window that already shows it; reuse a pristine window."""
        opened: list[MainWindow] = []
        for path in paths:
            existing = self.window_for(Path(path))
            if existing is not None:
                self.focus(existing)
                opened.append(existing)
                continue
            candidates = [source] if source is not None else []
            candidates += [w for w in self.windows if w is not source]
            window = next((w for w in candidates if w is not None and w.is_pristine), None)
            created = window is None
            window = window or self.new_window()
            if window.load_path(Path(path)):
                self.focus(window)
                opened.append(window)
            elif created and len(self.windows) > 1:
                window.close()
        self.save()
        return opened

    @staticmethod
    def focus(window: MainWindow) -> None:
        window.show()
        window.raise_()
        window.activateWindow()

    @Slot()
    def _on_window_new_window_requested(self) -> None:
        self.new_window()

    @Slot()
    def _on_window_quit_requested(self) -> None:
        for window in list(self.windows):
            if not window.close():
                return
        QApplication.quit()

    def _on_window_closed(self, window: MainWindow) -> None:
        window.remember_layout()
        self.save()
        if window in self.windows:
            self.windows.remove(window)
        QThreadPool.globalInstance().waitForDone(2000)
        window.preview.shutdown()
        window.deleteLater()

    @Slot()
    def save(self) -> None:
        if self.settings_path is None:
            return
        try:
            save_settings(self.settings, self.settings_path)
        except DocumentWriteError as error:
            log.warning("could not save settings: %s", error)
