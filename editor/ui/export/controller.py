"""File > Export as HTML… / Export as PDF…, for MainWindow.

The export takes the editor's text as it is now (unsaved edits included) and
the document's folder as the place its images are found. HTML is written at
once; a PDF is printed by QtWebEngine in the background (``PdfPrinter``) and
written when it is ready. Either way the file appears whole or not at all.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import Slot

from editor.core.errors import DocumentWriteError, ExportError
from editor.core.markdown.export import export_html, write_export
from editor.core.markdown.export_images import ImageProblem, ImageWarning
from editor.ui.app.i18n import plural, tr
from editor.ui.dialogs import questions as dialogs
from editor.ui.export.options_dialog import ExportChoice, ExportOptionsDialog
from editor.ui.files import messages
from editor.ui.window_host import WindowHost


class ExportActionsMixin(WindowHost):
    """Export slots of :class:`MainWindow` (the ACTIONS table names them)."""

    _export_choices: dict[str, ExportChoice] | None = None  # last answers, per format
    _export_folder: Path | None = None  # where the last export went
    _pdf_job: tuple[Any, Path, tuple[ImageWarning, ...]] | None = None  # printing now

    @Slot()
    def export_as_html(self) -> None:
        self._export("html")

    @Slot()
    def export_as_pdf(self) -> None:
        self._export("pdf")

    def _export(self, fmt: str) -> None:
        if self._export_choices is None:
            self._export_choices = {}
        choices = self._export_choices
        choice = ExportOptionsDialog.ask(self, fmt, choices.get(fmt))
        if choice is None:
            return
        choices[fmt] = choice
        path = dialogs.ask_export_path(self, str(self._suggested_export_path(fmt)), fmt)
        if path is None:
            return
        if fmt == "html":
            self._export_html_to(path, choice)
        else:
            self._export_pdf_to(path, choice)

    def _suggested_export_path(self, fmt: str) -> Path:
        last = self._export_folder
        if self.document.path is not None:
            folder = last or self.document.path.parent
            return Path(folder) / f"{self.document.path.stem}.{fmt}"
        return Path(last or Path.home()) / f"{tr('untitled')}.{fmt}"

    def _export_html_to(self, path: Path, choice: ExportChoice) -> None:
        page = export_html(
            self.editor.text(),
            base_dir=self.document_folder,
            out_dir=path.absolute().parent,
            theme=self._theme(),
            embed_images=choice.embed_images,
            fallback_title=path.stem,
            source=self.document.path,
        )
        try:
            write_export(path, page.data)
        except DocumentWriteError as error:
            self._show_export_error(error)
            return
        self._report_export(path, page.warnings)

    def _export_pdf_to(self, path: Path, choice: ExportChoice) -> None:
        from editor.ui.export import pdf_export  # QtWebEngine printing is loaded on first use

        base_dir = self.document_folder
        page = pdf_export.page_for_pdf(
            self.editor.text(), base_dir, fallback_title=path.stem, source=self.document.path
        )
        try:
            layout = pdf_export.page_layout(choice.page_size, choice.margin_mm)
        except ExportError as error:
            self._show_export_error(error)
            return
        printer = pdf_export.PdfPrinter(self)
        self._pdf_job = (printer, path, page.warnings)
        self.actions_by_name["export_pdf"].setEnabled(False)
        printer.finished.connect(self._on_pdf_printer_finished)
        printer.start(page.html, base_dir, layout, self.settings.load_remote_images)
        self.status.showMessage(tr("Printing to PDF…"))

    @Slot(object)
    def _on_pdf_printer_finished(self, result: object) -> None:
        if self._pdf_job is None:
            return
        printer, path, warnings = self._pdf_job
        self._pdf_job = None
        self.actions_by_name["export_pdf"].setEnabled(True)
        printer.deleteLater()
        self.status.clearMessage()
        try:
            if isinstance(result, Exception):
                raise result
            assert isinstance(result, bytes)
            write_export(path, result)
        except (DocumentWriteError, ExportError) as error:
            self._show_export_error(error)
            return
        self._report_export(path, warnings)

    def _show_export_error(self, error: DocumentWriteError | ExportError) -> None:
        dialogs.show_error(self, tr("Could not export"), messages.export_error_text(error))

    def _report_export(self, path: Path, warnings: tuple[ImageWarning, ...]) -> None:
        self._export_folder = path.absolute().parent
        text = tr("Exported to %1").replace("%1", str(path))
        problems = image_problems_text(warnings)
        self.status.showMessage(f"{text} — {problems}" if problems else text, 15000)


def image_problems_text(warnings: tuple[ImageWarning, ...]) -> str:
    """One line about the images that were missing or could not be embedded ("" for none)."""
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
