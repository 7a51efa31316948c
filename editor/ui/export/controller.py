"""File > Export as HTML… / Export as PDF… of one window.

The export takes the editor's text as it is now (unsaved edits included) and
the document's folder as the place its images are found. HTML is written at
once; a PDF is printed by QtWebEngine in the background (``PdfPrinter``) and
written when it is ready. Either way the file appears whole or not at all.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, Slot
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QWidget

from editor.core.document.document import Document
from editor.core.errors import DocumentWriteError, ExportError
from editor.core.settings import Settings
from editor.ui.app.i18n import plural, tr
from editor.ui.dialogs import questions as dialogs
from editor.ui.editor.markdown_editor import MarkdownEditor
from editor.ui.files import messages
from editor.ui.window.status import StatusBar

if TYPE_CHECKING:  # the export stack loads on the first export, not with the window (#19)
    from editor.core.markdown.export_images import ImageWarning
    from editor.ui.export.options_dialog import ExportChoice


class ExportController(QObject):
    """The export slots (the ACTIONS table names them); given what an export reads."""

    def __init__(
        self,
        window: QWidget,
        editor: MarkdownEditor,
        settings: Settings,
        status: StatusBar,
        document: Callable[[], Document],
        document_folder: Callable[[], Path | None],
        theme: Callable[[], str],
        remote_images: Callable[[], bool],
    ) -> None:
        super().__init__(window)
        self._window = window  # parent of the dialogs and the PDF printer
        self._editor = editor
        self._settings = settings
        self._status = status
        self._document = document
        self._document_folder = document_folder
        self._theme = theme
        self._remote_images = remote_images
        self._pdf_action: QAction | None = None
        self._export_choices: dict[str, ExportChoice] = {}  # last answers, per format
        self._export_folder: Path | None = None  # where the last export went
        self._pdf_job: tuple[Any, Path, tuple[ImageWarning, ...]] | None = None  # printing now
        self._error_count: Callable[[], int] = lambda: 0

    def set_error_count(self, count: Callable[[], int]) -> None:
        """How many error findings the post still has (the status bar says so after export)."""
        self._error_count = count

    def set_pdf_action(self, action: QAction) -> None:
        """The menu action disabled while a PDF is printing."""
        self._pdf_action = action

    def _enable_pdf(self, enabled: bool) -> None:
        if self._pdf_action is not None:
            self._pdf_action.setEnabled(enabled)

    @Slot()
    def export_as_html(self) -> None:
        self._export("html")

    @Slot()
    def export_as_pdf(self) -> None:
        self._export("pdf")

    def _export(self, fmt: str) -> None:
        from editor.ui.export.options_dialog import ExportOptionsDialog

        choices = self._export_choices
        choice = ExportOptionsDialog.ask(self._window, fmt, choices.get(fmt))
        if choice is None:
            return
        choices[fmt] = choice
        path = dialogs.ask_export_path(self._window, str(self._suggested_export_path(fmt)), fmt)
        if path is None:
            return
        if fmt == "html":
            self._export_html_to(path, choice)
        else:
            self._export_pdf_to(path, choice)

    def _suggested_export_path(self, fmt: str) -> Path:
        last = self._export_folder
        current = self._document().path
        if current is not None:
            folder = last or current.parent
            return Path(folder) / f"{current.stem}.{fmt}"
        return Path(last or Path.home()) / f"{tr('untitled')}.{fmt}"

    def _export_html_to(self, path: Path, choice: ExportChoice) -> None:
        from editor.core.markdown.export import export_html, write_export

        page = export_html(
            self._editor.text(),
            base_dir=self._document_folder(),
            out_dir=path.absolute().parent,
            theme=self._theme(),
            embed_images=choice.embed_images,
            fallback_title=path.stem,
            source=self._document().path,
        )
        try:
            write_export(path, page.data)
        except DocumentWriteError as error:
            self._show_export_error(error)
            return
        self._report_export(path, page.warnings)

    def _export_pdf_to(self, path: Path, choice: ExportChoice) -> None:
        from editor.ui.export import pdf_export  # QtWebEngine printing is loaded on first use

        base_dir = self._document_folder()
        page = pdf_export.page_for_pdf(
            self._editor.text(), base_dir, fallback_title=path.stem, source=self._document().path
        )
        try:
            layout = pdf_export.page_layout(choice.page_size, choice.margin_mm)
        except ExportError as error:
            self._show_export_error(error)
            return
        printer = pdf_export.PdfPrinter(self._window)
        self._pdf_job = (printer, path, page.warnings)
        self._enable_pdf(False)
        printer.finished.connect(self._on_pdf_printer_finished)
        # The document's own View > Load Remote Images switch, not the Preferences default.
        printer.start(page.html, base_dir, layout, self._remote_images())
        self._status.showMessage(tr("Printing to PDF…"))

    @Slot(object)
    def _on_pdf_printer_finished(self, result: object) -> None:
        if self._pdf_job is None:
            return
        printer, path, warnings = self._pdf_job
        self._pdf_job = None
        self._enable_pdf(True)
        printer.deleteLater()
        self._status.clearMessage()
        try:
            if isinstance(result, Exception):
                raise result
            assert isinstance(result, bytes)
            from editor.core.markdown.export import write_export

            write_export(path, result)
        except (DocumentWriteError, ExportError) as error:
            self._show_export_error(error)
            return
        self._report_export(path, warnings)

    def _show_export_error(self, error: DocumentWriteError | ExportError) -> None:
        dialogs.show_error(self._window, tr("Could not export"), messages.export_error_text(error))

    def _report_export(self, path: Path, warnings: tuple[ImageWarning, ...]) -> None:
        self._export_folder = path.absolute().parent
        text = tr("Exported to %1").replace("%1", str(path))
        problems = image_problems_text(warnings)
        errors = self._error_count()
        if errors:
            found = plural(
                "%n error finding still in the post (see Checks)",
                "%n error findings still in the post (see Checks)",
                errors,
            )
            problems = f"{found}; {problems}" if problems else found
        self._status.showMessage(f"{text} — {problems}" if problems else text, 15000)


def image_problems_text(warnings: tuple[ImageWarning, ...]) -> str:
    """One line about the images that were missing or could not be embedded ("" for none)."""
    from editor.core.markdown.export_images import ImageProblem

    missing = [w.src for w in warnings if w.problem is ImageProblem.MISSING]
    linked = [w.src for w in warnings if w.problem is not ImageProblem.MISSING]
    parts = []
    if missing:
        count = plural("%n image not found", "%n images not found", len(missing))
        parts.append(f"{count}: {', '.join(missing)}")
    if linked:
        count = plural(
            "%n image could not be embedded (linked instead)",
            "%n images could not be embedded (linked instead)",
            len(linked),
        )
        parts.append(f"{count}: {', '.join(linked)}")
    return "; ".join(parts)
