"""One document's window: form, editor, preview and checks, wired in one place."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QByteArray, Qt, QUrl, Signal, Slot
from PySide6.QtGui import QCloseEvent, QDesktopServices, QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import QDockWidget, QMainWindow, QScrollArea, QSplitter, QVBoxLayout, QWidget

from editor.core.checks.findings import Finding
from editor.core.document.document import Document
from editor.core.document.names import shown_name
from editor.core.frontmatter import presets
from editor.core.settings import Settings
from editor.ui.app.i18n import process_language, tr
from editor.ui.app.theme import ThemeMenu, effective_theme
from editor.ui.checks.controller import ChecksController
from editor.ui.checks.panel import ChecksPanel
from editor.ui.editor.find_bar import FindBar, with_find_bar
from editor.ui.editor.find_controller import FindController
from editor.ui.editor.format_controller import FormatController
from editor.ui.editor.markdown_editor import MarkdownEditor
from editor.ui.editor.spelling_controller import SpellingController
from editor.ui.export.controller import ExportController
from editor.ui.files.controller import FileController
from editor.ui.files.disk_sync import DiskSync
from editor.ui.files.window_journal import WindowJournal
from editor.ui.form import FrontMatterForm
from editor.ui.preview.view import PreviewView
from editor.ui.window.actions import build_actions
from editor.ui.window.first_refresh import FirstRefresh
from editor.ui.window.live_mode import LiveMode
from editor.ui.window.outline_panel import OutlinePanel
from editor.ui.window.render_loop import RenderLoop
from editor.ui.window.scroll_sync import ScrollSync
from editor.ui.window.status import StatusBar

MARKDOWN_SUFFIXES = {".md", ".markdown", ".mdown", ".mkd", ".txt"}


class MainWindow(QMainWindow):
    """The window and its wiring; each feature's behaviour lives in a controller it owns."""

    open_requested = Signal(list)  # list[Path]: files the writer asked to open
    new_window_requested = Signal()
    quit_requested = Signal()
    document_saved = Signal(Path)
    closed = Signal()
    journaling: WindowJournal | None = None  # set by the WindowManager that owns the journal
    preferences_requested = Signal()

    def __init__(self, settings: Settings, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.settings = settings
        self.language = process_language()  # not the preference: that applies from next start
        self.document = Document("")
        self.setAcceptDrops(True)
        self._build_widgets()
        self.render_loop = RenderLoop(
            self,
            settings,
            self.editor,
            self.form,
            self.preview,
            self.outline,
            self.status,
            lambda: self.document.path,
            lambda: self.large_file,
        )
        self.scroll_sync = ScrollSync(self, self.editor, self.preview, self.outline)
        self.checks = ChecksController(self, self.editor, self.preview, self.panel, settings)
        self.spelling = SpellingController(self, self.editor, settings)  # wavy underlines
        self.files = FileController(
            self,
            self.editor,
            settings,
            self.status,
            self._current_document,
            self.set_document,
            preset=lambda: self.form.preset_name,
        )
        self.live = LiveMode(
            self._central_layout,
            settings,
            self.editor,
            self.form,
            self.preview,
            self.panel,
            self.checks,
            self.status,
            self._current_document,
            lambda: self.document_folder,
            self._theme,
            render_now=self.render_loop.render_now,
            cancel_render=self.render_loop.timer.stop,
        )
        self.exporter = ExportController(
            self,
            self.editor,
            settings,
            self.status,
            self._current_document,
            lambda: self.document_folder,
            self._theme,
            lambda: self.live.remote_images,
        )
        self.formatting = FormatController(self, self.editor, self.status, self._current_document)
        self.finder = FindController(self, self.editor, self.find_bar)
        self.actions_by_name, self.menus = build_actions(self)
        self.menus["&View"].addAction(self.checks_dock.toggleViewAction())
        self.menus["&View"].addAction(self.outline_dock.toggleViewAction())
        self.theme_menu = ThemeMenu(self)
        self.theme_menu.set_current(settings.theme)
        self.menus["&View"].addMenu(self.theme_menu)
        self.files.set_recent_menu(self.menus["recent"])
        self.live.set_remote_action(self.actions_by_name["remote_images"])
        self.exporter.set_pdf_action(self.actions_by_name["export_pdf"])
        self.exporter.set_error_count(self.checks.error_count)
        # Opened hidden on a file: render once painted, check once the preview shows it.
        self.first_refresh = FirstRefresh(
            self, self.preview, self.render_loop.render_now, self._check
        )
        self.disk_sync = DiskSync(self, self)  # notices changes to the open file by other programs
        self._connect_signals()
        self._restore_layout()
        self.update_title()
        self.preview.load_shell(None, self._theme(), self.live.reset_remote_images())

    # -- construction ------------------------------------------------------------------------
    def _build_widgets(self) -> None:
        self.editor = MarkdownEditor()
        self.editor.set_editor_font(
            self.settings.editor_font_family, self.settings.editor_font_size
        )
        self.form = FrontMatterForm(remembered_site=self.remembered_site)
        form_area = QScrollArea()
        form_area.setWidgetResizable(True)
        form_area.setWidget(self.form)
        self.left_splitter = QSplitter(Qt.Orientation.Vertical)
        self.left_splitter.setObjectName("left_splitter")
        self.left_splitter.addWidget(form_area)
        self.find_bar = FindBar()
        self.left_splitter.addWidget(with_find_bar(self.editor, self.find_bar))
        self.left_splitter.setStretchFactor(1, 3)
        self.preview = PreviewView()
        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.setObjectName("main_splitter")
        self.splitter.addWidget(self.left_splitter)
        self.splitter.addWidget(self.preview)
        central = QWidget()
        self._central_layout = QVBoxLayout(central)
        self._central_layout.setContentsMargins(0, 0, 0, 0)
        self._central_layout.addWidget(self.splitter)
        self.setCentralWidget(central)
        self.panel = ChecksPanel()
        self.panel.language = self.language
        self.checks_dock = QDockWidget(tr("Checks"), self)
        self.checks_dock.setObjectName("checks_dock")
        self.checks_dock.setWidget(self.panel)
        self.addDockWidget(Qt.DockWidgetArea.BottomDockWidgetArea, self.checks_dock)
        self.resizeDocks([self.checks_dock], [170], Qt.Orientation.Vertical)
        self.outline = OutlinePanel()
        self.outline_dock = QDockWidget(tr("Outline"), self)
        self.outline_dock.setObjectName("outline_dock")
        self.outline_dock.setWidget(self.outline)
        self.addDockWidget(Qt.DockWidgetArea.LeftDockWidgetArea, self.outline_dock)
        self.outline_dock.hide()  # shown from the View menu
        self.status = StatusBar(self)
        self.setStatusBar(self.status)

    def _connect_signals(self) -> None:
        self.editor.textChanged.connect(self._on_editor_text_changed)
        self.editor.modificationChanged.connect(self._on_editor_modification_changed)
        self.editor.cursor_moved.connect(self.status.show_position)
        self.preview.link_clicked.connect(self._on_preview_link_clicked)
        self.form.text_edit_requested.connect(self._on_form_text_edit_requested)
        self.editor.cursor_moved.connect(self._on_editor_cursor_moved)
        self.files.open_requested.connect(self.open_requested)
        self.files.new_window_requested.connect(self.new_window_requested)
        self.files.document_saved.connect(self.document_saved)
        self.files.title_changed.connect(self.update_title)

    def _restore_layout(self) -> None:
        self.resize(1280, 820)
        if self.settings.window_geometry:
            self.restoreGeometry(QByteArray.fromBase64(self.settings.window_geometry.encode()))
        if self.settings.window_state:
            self.restoreState(QByteArray.fromBase64(self.settings.window_state.encode()))
        sizes = self.settings.splitter_sizes
        if len(sizes) == 4:
            self.splitter.setSizes(sizes[:2])
            self.left_splitter.setSizes(sizes[2:])
        else:
            self.splitter.setSizes([640, 640])
            self.left_splitter.setSizes([220, 600])

    def remember_layout(self) -> None:
        if not self.isVisible():
            return  # never shown (a refused open): its default layout is not the writer's
        self.settings.window_geometry = bytes(self.saveGeometry().toBase64().data()).decode()
        self.settings.window_state = bytes(self.saveState().toBase64().data()).decode()
        self.settings.splitter_sizes = self.splitter.sizes() + self.left_splitter.sizes()

    def remembered_site(self, path: Path | None) -> str | None:
        """The site (preset) the writer chose by hand for this file's folder, if any."""
        return presets.remembered_preset(path, self.settings.site_presets)

    def _theme(self) -> str:
        return effective_theme(self.settings.theme)

    def _current_document(self) -> Document:
        return self.document

    @property
    def is_modified(self) -> bool:
        return self.files.is_modified

    @property
    def large_file(self) -> bool:
        return self.live.large_file

    @property
    def document_folder(self) -> Path | None:
        """The open file's folder: the preview's and the export's base for relative links."""
        return self.document.path.parent.resolve() if self.document.path else None

    # -- document ----------------------------------------------------------------------------
    def set_document(self, document: Document) -> None:
        self.document = document
        self.disk_sync.follow()
        self.preview.load_shell(
            self.document_folder, self._theme(), self.live.reset_remote_images()
        )
        self.checks.reset(document.path)
        self.spelling.reset(document.path)
        self.render_loop.reset()
        self.live.apply_large_mode(document)  # before set_text: highlighting a huge text is slow
        self.editor.set_text(document.text)
        # The load's textChanged scheduled a render, a check and a spelling run: refresh_now
        # below (or the paused large-file mode) decides when they run.
        self.render_loop.timer.stop()
        self.checks.cancel_scheduled()
        self.spelling.cancel_scheduled()
        self.status.show_file_format(document.encoding_label, document.newline_style)
        self.update_title()
        if self.large_file:
            self.live.show_paused_preview()
        else:
            self.refresh_now()

    def update_title(self) -> None:
        # shown_name: Qt silently drops the undecodable bytes of a non-UTF-8 name.
        name = shown_name(self.document.path.name) if self.document.path else tr("untitled")
        self.setWindowTitle(f"{name}[*]{self.disk_sync.title_note} — Kosei")
        self.setWindowModified(self.is_modified)
        if self.document.path is not None:
            self.setWindowFilePath(str(self.document.path))

    def refresh_now(self) -> None:
        """Render and check immediately (after loading or a fix)."""
        if self.first_refresh.pending:
            return  # runs once the window is painted, with the text as it is then
        if not self.isVisible():
            # Opening a file: the form and the text reach the screen first, then the
            # preview, then the checks and the spelling (Sudachi, Hunspell): see FirstRefresh.
            self.first_refresh.start()
            return
        self.render_loop.render_now()
        self._check()

    def _check(self) -> None:
        self.checks.run_now()
        self.spelling.run_now()

    def set_data_folder(self, folder: Path) -> None:
        """Where dictionaries and the personal word list live (``<data>/dictionaries``)."""
        self.checks.data_folder = self.spelling.data_folder = folder

    # -- live pipeline -----------------------------------------------------------------------
    @Slot()
    def _on_editor_text_changed(self) -> None:
        if self.large_file:
            return  # paused: F5 refreshes the preview, F7 runs the checks
        self.render_loop.text_changed()
        self.checks.schedule()

    @Slot(str)
    def _on_form_text_edit_requested(self, new_text: str) -> None:
        self.editor.replace_text_minimal(new_text)

    @Slot(int, int)
    def _on_editor_cursor_moved(self, line: int, _column: int) -> None:
        self.outline.show_cursor_line(line)

    @Slot(bool)
    def _on_editor_modification_changed(self, _modified: bool) -> None:
        self.update_title()

    @Slot(QUrl)
    def _on_preview_link_clicked(self, url: QUrl) -> None:
        if url.scheme() in ("http", "https", "mailto"):
            QDesktopServices.openUrl(url)
        elif url.isLocalFile() and Path(url.toLocalFile()).suffix.lower() in MARKDOWN_SUFFIXES:
            self.open_requested.emit([Path(url.toLocalFile())])

    # -- findings ----------------------------------------------------------------------------
    def show_finding(self, finding: Finding) -> None:
        self.checks.show_finding(finding)

    @Slot()
    def run_checks_now(self) -> None:
        self.checks.run_now()

    @Slot()
    def next_finding(self) -> None:
        self.checks.select_next()

    @Slot()
    def fix_all_safe(self) -> None:
        self.checks.fix_all()

    # -- edit --------------------------------------------------------------------------------
    @Slot()
    def undo(self) -> None:
        if not self.checks.undo_ignore():  # an Ignore done last is undone first
            steps = self.editor.document().availableUndoSteps()
            self.editor.undo()
            self.checks.undo_fix_place(steps)

    @Slot()
    def redo(self) -> None:
        self.editor.redo()

    @Slot()
    def show_find(self) -> None:
        self.finder.open(with_replace=False)

    @Slot()
    def show_replace(self) -> None:
        self.finder.open(with_replace=True)

    @Slot()
    def find_next(self) -> None:
        self.finder.find_next()

    @Slot()
    def find_previous(self) -> None:
        self.finder.find_previous()

    @Slot()
    def quit_application(self) -> None:
        self.quit_requested.emit()

    @Slot()
    def show_preferences(self) -> None:
        self.preferences_requested.emit()

    # -- window events -----------------------------------------------------------------------
    def closeEvent(self, event: QCloseEvent) -> None:  # Qt's name
        if not self.files.maybe_save():
            event.ignore()
            return
        self.remember_layout()
        self.closed.emit()
        event.accept()

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:  # Qt's name
        if event.mimeData().hasUrls():
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:  # Qt's name
        paths = [Path(url.toLocalFile()) for url in event.mimeData().urls() if url.isLocalFile()]
        if paths:
            self.open_requested.emit(paths)
            event.acceptProposedAction()
