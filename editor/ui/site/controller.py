"""The site feature in every window: opening sites, the posts and taxonomy docks, the actions.

Owned by the WindowManager, which tells it about each new window
(:meth:`attach_window`) and each file opened (:meth:`document_opened`). A site
is opened once (one :class:`SiteSession`) and shared by every window showing
one of its posts; each window has its own docks over the shared model.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt, Slot
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QDockWidget, QFileDialog, QMessageBox

from editor.core.frontmatter.split import split
from editor.core.settings import Settings
from editor.core.site.config import find_site, open_site
from editor.core.site.newpost import plan_new_post
from editor.ui.app.i18n import tr
from editor.ui.site.panel import PostsPanel
from editor.ui.site.taxonomy_panel import TaxonomyPanel

if TYPE_CHECKING:  # sessions and dialogs (numpy for the index) load when a site opens
    from editor.ui.site.search_dialog import SiteSearchDialog
    from editor.ui.site.session import SiteSession
    from editor.ui.window.main_window import MainWindow

MAX_RECENT_SITES = 10
Opener = Callable[[list[Path]], list["MainWindow"]]


class WindowSite(QObject):
    """One window's site docks and actions (the window never knows about them)."""

    def __init__(self, window: MainWindow, controller: SiteController) -> None:
        super().__init__(window)
        self.window = window
        self.session: SiteSession | None = None
        self.posts = PostsPanel()
        self.posts_dock = QDockWidget(tr("Posts"), window)
        self.posts_dock.setObjectName("posts_dock")
        self.posts_dock.setWidget(self.posts)
        window.addDockWidget(Qt.DockWidgetArea.LeftDockWidgetArea, self.posts_dock)
        self.taxonomy = TaxonomyPanel()
        self.taxonomy_dock = QDockWidget(tr("Tags and Categories"), window)
        self.taxonomy_dock.setObjectName("taxonomy_dock")
        self.taxonomy_dock.setWidget(self.taxonomy)
        window.addDockWidget(Qt.DockWidgetArea.LeftDockWidgetArea, self.taxonomy_dock)
        window.tabifyDockWidget(self.posts_dock, self.taxonomy_dock)
        self.posts_dock.raise_()
        self.posts_dock.hide()
        self.taxonomy_dock.hide()
        self.search: SiteSearchDialog | None = None
        self.actions = self._add_actions(controller)
        window.menus["&View"].addAction(self.posts_dock.toggleViewAction())
        window.menus["&View"].addAction(self.taxonomy_dock.toggleViewAction())
        self.posts.post_activated.connect(self._on_posts_post_activated)
        self.taxonomy.term_chosen.connect(self._on_taxonomy_term_chosen)
        self.taxonomy.changed_files.connect(self._on_taxonomy_changed_files)
        self._controller = controller

    def _add_actions(self, controller: SiteController) -> dict[str, QAction]:
        menu = self.window.menus["&File"]
        before = self.window.actions_by_name.get("save")
        specs = (
            ("open_site", tr("Open &Site…"), None, controller.ask_open_site),
            ("quick_open", tr("&Quick Open…"), "Ctrl+P", self.quick_open),
            ("new_post", tr("New &Post…"), "Ctrl+Shift+N", self.new_post),
            ("search_site", tr("Search in Si&te…"), "Ctrl+Shift+F", self.search_site),
        )
        out: dict[str, QAction] = {}
        for name, label, shortcut, slot in specs:
            action = QAction(label, self.window)
            action.setObjectName(f"action_{name}")
            if shortcut:
                action.setShortcut(QKeySequence(shortcut))
            action.triggered.connect(slot)
            if before is not None:
                menu.insertAction(before, action)
            else:
                menu.addAction(action)
            out[name] = action
            self.window.actions_by_name[name] = action
        recent = menu.addMenu(tr("Recent Si&tes"))
        recent.setObjectName("menu_recent_sites")
        if before is not None:
            menu.insertMenu(before, recent)
        recent.aboutToShow.connect(lambda: controller.fill_recent_sites(recent))
        if before is not None:
            menu.insertSeparator(before)
        self._enable(False)
        return out

    def _enable(self, on: bool) -> None:
        for name in ("quick_open", "new_post", "search_site"):
            action = self.window.actions_by_name.get(name)
            if action is not None:
                action.setEnabled(on)

    def show_session(self, session: SiteSession, raise_dock: bool = False) -> None:
        if self.session is session:
            if raise_dock:
                self.posts_dock.show()
                self.posts_dock.raise_()
            return
        if self.session is not None:
            self.session.rows_changed.disconnect(self._on_session_rows_changed)
            self.session.progress.disconnect(self._on_session_progress)
            self.session.indexed.disconnect(self._on_session_indexed)
        self.session = session
        self.posts.set_model(session.model)
        session.rows_changed.connect(self._on_session_rows_changed)
        session.progress.connect(self._on_session_progress)
        session.indexed.connect(self._on_session_indexed)
        self.taxonomy.set_index(session.index)
        self._on_session_rows_changed()
        self.posts_dock.setWindowTitle(tr("Posts — %1").replace("%1", session.root.name))
        self.posts_dock.show()
        self.posts_dock.raise_()
        self._enable(True)
        self.window.files.suggest_path = self._suggest_path

    def _suggest_path(self, text: str) -> Path | None:
        """Save As of an untitled post: the path the site's conventions give its title."""
        if self.session is None:
            return None
        data = split(text).front_matter
        title = data.data.get("title") if data is not None and data.data else None
        name = str(title).strip() if isinstance(title, str | int | float) else ""
        return plan_new_post(self.session.site, name or "untitled").path

    # -- slots -----------------------------------------------------------------------------------
    @Slot()
    def _on_session_rows_changed(self) -> None:
        if self.session is None:
            return
        index = self.session.index
        tags = [t for t, _ in index.term_counts("tags").most_common()]
        categories = [t for t, _ in index.term_counts("categories").most_common()]
        self.posts.set_terms(tags, categories)
        self.taxonomy.refresh()
        count = len(self.session.model.entries)
        state = "" if self.session.ready else tr(" (indexing…)")
        self.posts.status.setText(tr("%1 posts").replace("%1", str(count)) + state)

    @Slot(int, int)
    def _on_session_progress(self, done: int, total: int) -> None:
        self.posts.status.setText(
            tr("Indexing %1 of %2 posts…").replace("%1", str(done)).replace("%2", str(total))
        )

    @Slot()
    def _on_session_indexed(self) -> None:
        self._on_session_rows_changed()
        self.window.checks.run_now()  # cross-post findings are complete now

    @Slot(str)
    def _on_posts_post_activated(self, rel: str) -> None:
        if self.session is not None:
            self._controller.open_post(self.session.index.absolute(rel), source=self.window)

    @Slot(str, str)
    def _on_taxonomy_term_chosen(self, key: str, term: str) -> None:
        self.posts.show_term(key, term)
        self.posts_dock.show()
        self.posts_dock.raise_()

    @Slot(list)
    def _on_taxonomy_changed_files(self, paths: list) -> None:
        if self.session is not None:
            for path in paths:
                self.session.post_saved(Path(path))

    # -- actions ---------------------------------------------------------------------------------
    @Slot()
    def quick_open(self) -> None:
        if self.session is None:
            return
        from editor.ui.site.quick_open import QuickOpenDialog

        rel = QuickOpenDialog.ask(self.window, self.session.model.entries)
        if rel is not None:
            self._controller.open_post(self.session.index.absolute(rel), source=self.window)

    @Slot()
    def new_post(self) -> None:
        if self.session is None:
            return
        from editor.ui.site.new_post_dialog import NewPostDialog

        created = NewPostDialog.ask(self.window, self.session.site)
        if created is not None:
            self.session.post_saved(created)
            self._controller.open_post(created, source=self.window)

    @Slot()
    def search_site(self) -> None:
        if self.session is None:
            return
        from editor.ui.site.search_dialog import SiteSearchDialog

        if self.search is None or self.search.index is not self.session.index:
            self.search = SiteSearchDialog(self.session.index, self.window)
            self.search.hit_activated.connect(self._on_search_hit_activated)
        self.search.show()
        self.search.raise_()
        self.search.query_edit.setFocus()

    @Slot(object, int)
    def _on_search_hit_activated(self, path: Path, line: int) -> None:
        self._controller.open_post(path, line, source=self.window)


class SiteController(QObject):
    def __init__(
        self,
        settings: Settings,
        data_dir: Path | None,
        opener: Opener,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.settings = settings
        self.data_dir = data_dir
        self._open_paths = opener
        self.sessions: dict[Path, SiteSession] = {}
        self.windows: dict[MainWindow, WindowSite] = {}

    # -- windows ---------------------------------------------------------------------------------
    def attach_window(self, window: MainWindow) -> WindowSite:
        site = WindowSite(window, self)
        self.windows[window] = site
        window.document_saved.connect(self._on_window_document_saved)
        window.checks.related_post_requested.connect(
            lambda path, line, w=window: self.open_post(path, line, source=w)
        )
        window.closed.connect(lambda w=window: self._on_window_closed(w))
        return site

    def document_opened(self, window: MainWindow, path: Path) -> None:
        """A post was opened in ``window``: show its site (opening it the first time)."""
        session = self.session_for(path)
        if session is None:
            found = find_site(path)
            if found is None or found.generator == "plain":
                return  # a loose file (or a git folder of notes) is not opened as a site
            session = self._start(found)
        if window in self.windows:
            self.windows[window].show_session(session)

    def session_for(self, path: Path) -> SiteSession | None:
        for session in self.sessions.values():
            if session.index.rel(path) is not None:
                return session
        return None

    # -- sites -----------------------------------------------------------------------------------
    def open_site(self, folder: Path, window: MainWindow | None = None) -> SiteSession:
        """Open the site at ``folder`` and show its posts in ``window`` (or every window)."""
        info = open_site(Path(folder))
        session = self.sessions.get(info.root) or self._start(info)
        targets = [window] if window is not None else list(self.windows)
        for target in targets:
            if target in self.windows:
                self.windows[target].show_session(session, raise_dock=True)
        return session

    def _start(self, info) -> SiteSession:  # noqa: ANN001 - SiteInfo
        from editor.ui.site.session import SiteSession

        session = SiteSession(info, self.data_dir, self)
        self.sessions[info.root] = session
        session.posts_changed.connect(self._on_session_posts_changed)
        session.start()
        self._remember(info.root)
        return session

    def _remember(self, root: Path) -> None:
        text = str(root)
        sites = [text] + [s for s in self.settings.recent_sites if s != text]
        self.settings.recent_sites = sites[:MAX_RECENT_SITES]

    def fill_recent_sites(self, menu) -> None:  # noqa: ANN001 - QMenu
        menu.clear()
        for text in self.settings.recent_sites:
            action = menu.addAction(text)
            action.triggered.connect(
                lambda _=False, t=text: self.open_site(Path(t), self._active())
            )
        if not self.settings.recent_sites:
            menu.addAction(tr("No recent sites")).setEnabled(False)

    def _active(self) -> MainWindow | None:
        for window in self.windows:
            if window.isActiveWindow():
                return window
        return next(iter(self.windows), None)

    @Slot()
    def ask_open_site(self) -> None:
        window = self._active()
        start = self.settings.recent_sites[0] if self.settings.recent_sites else ""
        folder = QFileDialog.getExistingDirectory(window, tr("Open Site"), start)
        if folder:
            self.open_site(Path(folder), window)

    def open_post(self, path: Path, line: int = 0, source: MainWindow | None = None) -> None:
        """Open (or focus) the post's window, at ``line`` (1-based) when given."""
        opened = self._open_paths([Path(path)])
        if not opened:
            return
        window = opened[0]
        if line > 0:
            editor = window.editor
            cursor = editor.textCursor()
            cursor.setPosition(editor.position_of(line, 1))
            editor.setTextCursor(cursor)
            editor.centerCursor()
            editor.setFocus()

    def close(self) -> None:
        """Save every site's index and forget the sessions (a later open starts afresh)."""
        for session in self.sessions.values():
            session.close()
        self.sessions.clear()

    # -- slots -----------------------------------------------------------------------------------
    @Slot(Path)
    def _on_window_document_saved(self, path: Path) -> None:
        session = self.session_for(path)
        if session is None:
            found = find_site(path)
            if found is None or found.generator == "plain":
                return
            session = self._start(found)
        session.post_saved(path)

    @Slot(list)
    def _on_session_posts_changed(self, _changed: list) -> None:
        """Posts changed: the cross-post findings of every open post of that site may too."""
        session = self.sender()
        for window, site in self.windows.items():
            if site.session is session and window.document.path is not None:
                window.checks.run_now()

    def _on_window_closed(self, window: MainWindow) -> None:
        self.windows.pop(window, None)

    def report(self, window: MainWindow, text: str) -> None:
        QMessageBox.information(window, tr("Site"), text)
