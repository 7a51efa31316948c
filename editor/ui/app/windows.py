"""Keeps the open windows: one per document, each file open at most once."""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtCore import QObject, QThreadPool, Signal, Slot
from PySide6.QtWidgets import QApplication

from editor.core.document.journal import Journal
from editor.core.errors import DocumentWriteError
from editor.core.frontmatter import presets
from editor.core.settings import Settings, SettingsStore
from editor.ui.app import appearance
from editor.ui.app.theme import ThemeWatcher, apply_app_theme, effective_theme
from editor.ui.files.file_watch import FileWatcher
from editor.ui.files.window_journal import WindowJournal
from editor.ui.preview.stylesheet_watcher import StyleSheetWatcher
from editor.ui.window.main_window import MARKDOWN_SUFFIXES, MainWindow

log = logging.getLogger(__name__)
# Settings an open window shows at once; the others are read when next used.
_SHOWN_SETTINGS = {
    "theme",
    "editor_font_family",
    "editor_font_size",
    "preview_css_path",
    "disabled_rules",
    "check_min_repeat_latin",
    "check_min_repeat_cjk",
    "check_near_similarity",
    "ignored_findings",
}


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
        self.theme_watcher = ThemeWatcher(self)
        self.theme_watcher.system_scheme_changed.connect(self._on_theme_watcher_changed)
        apply_app_theme(effective_theme(settings.theme))
        self.css_watcher = StyleSheetWatcher(self)
        self.css_watcher.watch(settings.preview_css_path)
        self.css_watcher.changed.connect(self._on_css_watcher_changed)
        # Another Kosei may share the settings file: merge on save, adopt what it wrote.
        self.store = SettingsStore(settings, settings_path) if settings_path else None
        self.settings_watcher = FileWatcher(self)
        self.settings_watcher.watch(settings_path)
        self.settings_watcher.changed.connect(self._on_settings_watcher_changed)
        from editor.ui.site.controller import SiteController  # the site feature (issue #14)

        data_dir = journal.folder.parent if journal is not None else None
        self.site = SiteController(settings, data_dir, self.open_paths, self)

    def new_window(self, show: bool = True) -> MainWindow:
        """A new empty window; ``show=False`` keeps it hidden until a file is loaded into it."""
        window = MainWindow(self.settings)
        window.open_requested.connect(lambda paths, w=window: self.open_paths(paths, source=w))
        window.new_window_requested.connect(lambda w=window: self._new_window_from(w))
        window.quit_requested.connect(self._on_window_quit_requested)
        window.closed.connect(lambda w=window: self._on_window_closed(w))
        window.checks.settings_changed.connect(self.save)
        window.spelling.settings_changed.connect(self.save)
        window.set_data_folder(self.data_folder())
        window.form.preset_chosen.connect(lambda name, w=window: self._remember_site(w, name))
        if self.journal is not None:
            window.journaling = journaling = WindowJournal(window, window, self.journal)
            window.files.settle_writes = journaling.saver.settle  # auto-save writes on a worker
            window.disk_sync.write_in_flight = lambda: journaling.saver.busy
        window.theme_menu.theme_chosen.connect(self._on_window_theme_chosen)
        window.preferences_requested.connect(lambda w=window: self.show_preferences(w))
        appearance.apply_theme(window)
        self.windows.append(window)
        self.site.attach_window(window)
        if show:
            window.show()
        self.window_opened.emit(window)
        return window

    def data_folder(self) -> Path:
        """The app data folder: the journal's parent, else ``data_folder()``'s choice."""
        if self.journal is not None:
            return self.journal.folder.parent
        from editor.ui.files.journal_session import data_folder

        return data_folder()

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
            if Path(path).is_dir() and Path(path).suffix.lower() not in MARKDOWN_SUFFIXES:
                # `kosei SITE_FOLDER`, a dropped folder: open the site (a folder named like a
                # post is refused as a file, as before)
                target = source or next(iter(self.windows), None) or self.new_window()
                self.site.open_site(Path(path), target)
                self.focus(target)
                continue
            existing = self.window_for(Path(path))
            if existing is not None:
                self.focus(existing)
                opened.append(existing)
                continue
            candidates = [source] if source is not None else []
            candidates += [w for w in self.windows if w is not source]
            reuse = next((w for w in candidates if w is not None and w.files.is_pristine), None)
            created = reuse is None
            # Hidden until loaded: no empty "untitled" window behind the encoding dialog, and
            # none left behind when the file is refused or the dialog cancelled.
            window = reuse or self.new_window(show=False)
            if window.files.load_path(Path(path)):
                self.site.document_opened(window, Path(path))
                self.focus(window)
                opened.append(window)
            elif created:
                window.close()
        self.save()
        return opened

    def _remember_site(self, window: MainWindow, name: str) -> None:
        """A site chosen by hand holds for the file's folder (and below), in every instance."""
        path = window.document.path
        if path is None:
            return
        self.settings.site_presets[presets.site_folder_key(path)] = name
        self.save()
        window.checks.run_now()  # the publish notes name the chosen generator

    @staticmethod
    def focus(window: MainWindow) -> None:
        window.show()
        window.raise_()
        window.activateWindow()

    def _new_window_from(self, source: MainWindow) -> None:
        """Ctrl+N: a new post that saves, by default, next to the post it was made from."""
        window = self.new_window()
        window.files.origin_folder = source.document_folder

    @Slot()
    def _on_window_quit_requested(self) -> None:
        for window in list(self.windows):
            if not window.close():
                return
        QApplication.quit()

    def _on_window_closed(self, window: MainWindow) -> None:
        window.remember_layout()
        if len(self.windows) <= 1:
            self.site.close()  # the last window: keep the sites' indexes for next time
        self.save()
        if window in self.windows:
            self.windows.remove(window)
        QThreadPool.globalInstance().waitForDone(2000)
        window.preview.shutdown()
        window.deleteLater()

    @Slot()
    def save(self) -> None:
        if self.store is None:
            return
        try:
            adopted = self.store.save()
        except DocumentWriteError as error:
            log.warning("could not save settings: %s", error)
            return
        self.settings_watcher.rearm()  # the first save may have made the folder
        self._show_adopted(adopted)

    def pick_up_settings(self) -> None:
        """Take in what another Kosei saved to the settings file (also before Preferences)."""
        if self.store is not None:
            self._show_adopted(self.store.reload())

    def _show_adopted(self, changed: set[str]) -> None:
        if not changed & _SHOWN_SETTINGS:
            return  # recent files, layout, ignored findings: read when next used
        theme = effective_theme(self.settings.theme)
        apply_app_theme(theme)
        self.css_watcher.watch(self.settings.preview_css_path)
        for window in self.windows:
            appearance.apply_settings(window, theme)

    @Slot()
    def _on_settings_watcher_changed(self) -> None:
        self.pick_up_settings()

    # -- appearance and preferences ------------------------------------------------------------
    def retheme(self) -> None:
        """Re-theme the application and every window (the documents stay as they are)."""
        theme = effective_theme(self.settings.theme)
        apply_app_theme(theme)
        for window in self.windows:
            appearance.apply_theme(window, theme)

    @Slot(str)
    def _on_window_theme_chosen(self, preference: str) -> None:
        self.settings.theme = preference
        self.retheme()
        self.save()

    @Slot()
    def _on_theme_watcher_changed(self) -> None:
        if self.settings.theme == "system":
            self.retheme()

    @Slot()
    def _on_css_watcher_changed(self) -> None:
        self.retheme()

    def show_preferences(self, parent: MainWindow | None = None) -> bool:
        """Ask for new preferences; apply them to every window and save. True when applied."""
        self.pick_up_settings()
        from editor.ui.dialogs.preferences import PreferencesDialog  # loads every check

        chosen = PreferencesDialog.ask(parent, self.settings, self.data_folder())
        if chosen is None:
            return False
        self.apply_preferences(chosen)
        return True

    def apply_preferences(self, chosen: Settings) -> None:
        remote_before = self.settings.load_remote_images
        # Windows share this one Settings object: update it in place.
        from editor.ui.dialogs.preferences import copy_preferences

        copy_preferences(chosen, self.settings)
        self.css_watcher.watch(self.settings.preview_css_path)
        theme = effective_theme(self.settings.theme)
        apply_app_theme(theme)
        for window in self.windows:
            appearance.apply_settings(window, theme)
            if self.settings.load_remote_images != remote_before:
                window.live.toggle_remote_images(self.settings.load_remote_images)
        self.save()
