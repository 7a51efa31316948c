"""PDF export: the exported HTML page printed by QtWebEngine (Chromium's print to PDF).

Imported only when a PDF is asked for, so neither the command line nor the
window pays for it otherwise. The page is printed from an off-screen
:class:`PreviewPage` with the preview's protections (JavaScript off, the same
request guard, no navigation); it always uses the light theme, and the export's
print rules keep headings with their text and code blocks in one piece.
"""

from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path

from PySide6.QtCore import (
    QByteArray,
    QCoreApplication,
    QEventLoop,
    QMarginsF,
    QObject,
    Qt,
    QTimer,
    QtMsgType,
    QUrl,
    Signal,
    Slot,
    qInstallMessageHandler,
)
from PySide6.QtGui import QPageLayout, QPageSize
from PySide6.QtWebEngineCore import QWebEngineProfile, QWebEngineSettings

from editor.core.errors import ExportError
from editor.core.markdown.export import (
    DEFAULT_MARGIN_MM,
    DEFAULT_PAGE_SIZE,
    HtmlExport,
    export_html,
)
from editor.core.markdown.export_images import ImageMode
from editor.ui.preview.page import PreviewPage, PreviewRequestGuard

TIMEOUT_MS = 60_000


def page_layout(
    page_size: str = DEFAULT_PAGE_SIZE, margin_mm: float = DEFAULT_MARGIN_MM
) -> QPageLayout:
    size_id = getattr(QPageSize.PageSizeId, page_size, None)
    if size_id is None:
        raise ExportError(f"unknown page size {page_size!r}")
    margins = QMarginsF(margin_mm, margin_mm, margin_mm, margin_mm)
    return QPageLayout(
        QPageSize(size_id), QPageLayout.Orientation.Portrait, margins, QPageLayout.Unit.Millimeter
    )


def page_for_pdf(
    text: str, base_dir: Path | None, fallback_title: str = "", source: Path | None = None
) -> HtmlExport:
    """The export page with local images as absolute file URLs (it is printed from a temp file)."""
    return export_html(
        text,
        base_dir=base_dir,
        out_dir=None,
        theme="light",
        image_mode=ImageMode.ABSOLUTE,
        fallback_title=fallback_title,
        source=source,
    )


class PdfPrinter(QObject):
    """Prints one page to PDF bytes; ``finished`` carries the bytes or an ExportError."""

    finished = Signal(object)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        profile = QWebEngineProfile()  # off the record: nothing cached on disk
        self._page = PreviewPage(profile, self)
        # Children are deleted in the order they were added: the page before its profile
        # (Qt warns about a profile released while a page uses it), the guard after both.
        profile.setParent(self)
        self.guard = PreviewRequestGuard(self)
        profile.setUrlRequestInterceptor(self.guard)
        self._page.loadFinished.connect(self._on_page_load_finished)
        self._timer = QTimer(self, singleShot=True)
        self._timer.timeout.connect(self._on_timer_timeout)
        self._folder: tempfile.TemporaryDirectory[str] | None = None
        self._layout = page_layout()
        self._done = False
        self._result: object = None

    def start(
        self,
        page: str,
        base_dir: Path | None,
        layout: QPageLayout,
        allow_remote: bool = False,
        timeout_ms: int = TIMEOUT_MS,
    ) -> None:
        """Load ``page`` (a whole HTML document) and print it; images only from ``base_dir``."""
        web = self._page
        self._layout = layout
        self.guard.root = base_dir
        self.guard.allow_remote_images = allow_remote
        remote_attr = QWebEngineSettings.WebAttribute.LocalContentCanAccessRemoteUrls
        web.settings().setAttribute(remote_attr, allow_remote)
        # A file rather than setHtml(): setHtml() refuses pages over 2 MB.
        self._folder = tempfile.TemporaryDirectory(prefix="kosei-pdf-")
        source = Path(self._folder.name) / "export.html"
        source.write_text(page, encoding="utf-8")
        self._timer.start(timeout_ms)
        web.loading_shell = True
        web.load(QUrl.fromLocalFile(str(source)))

    @Slot(bool)
    def _on_page_load_finished(self, ok: bool) -> None:
        self._page.loading_shell = False
        if self._done:
            return
        if not ok:
            self._finish(ExportError("the page could not be loaded for printing"))
            return
        self._page.printToPdf(self._on_pdf_ready, self._layout)

    def _on_pdf_ready(self, data: QByteArray) -> None:
        payload = bytes(data.data())
        self._finish(payload if payload else ExportError("printing to PDF failed"))

    @Slot()
    def _on_timer_timeout(self) -> None:
        self._finish(ExportError("printing to PDF took too long and was stopped"))

    def _finish(self, result: object) -> None:
        if self._done:
            return
        self._done = True
        self._timer.stop()
        if self._folder is not None:
            self._folder.cleanup()
        self._result = result
        # Not from inside the page's own callback: deliver once control is back in the loop,
        # so a receiver may delete this printer (and with it the page).
        QTimer.singleShot(0, self, self._deliver)

    @Slot()
    def _deliver(self) -> None:
        self.finished.emit(self._result)


def print_pdf(
    page: str,
    base_dir: Path | None,
    layout: QPageLayout,
    allow_remote: bool = False,
    timeout_ms: int = TIMEOUT_MS,
) -> bytes:
    """Print ``page`` and wait for the PDF bytes (raises ExportError)."""
    printer = PdfPrinter()
    loop = QEventLoop()
    results: list[object] = []

    def done(result: object) -> None:
        results.append(result)
        loop.quit()

    printer.finished.connect(done)
    printer.start(page, base_dir, layout, allow_remote, timeout_ms)
    if not results:
        loop.exec()
    del printer  # owned by Python: deleted now, page before profile
    result = results[0]
    if isinstance(result, Exception):
        raise result
    assert isinstance(result, bytes)
    return result


def ensure_application() -> QCoreApplication:
    """The running application, or a new one able to run without a display (command line)."""
    app = QCoreApplication.instance()
    if app is not None:
        return app
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")  # a PDF needs no screen
    from editor.ui.app.sandbox import apply_sandbox_policy

    apply_sandbox_policy()  # as root, Chromium starts only without its sandbox
    import PySide6.QtWebEngineWidgets  # noqa: F401  (must be loaded before the application)
    from PySide6.QtWidgets import QApplication

    QCoreApplication.setAttribute(Qt.ApplicationAttribute.AA_ShareOpenGLContexts)
    if not os.environ.get("KOSEI_QT_LOG"):
        # Headless Chromium reports its missing GPU at length; a command prints its own errors.
        qInstallMessageHandler(_quiet_qt_messages)
        os.environ["QTWEBENGINE_CHROMIUM_FLAGS"] = " ".join(
            [os.environ.get("QTWEBENGINE_CHROMIUM_FLAGS", ""), "--log-level=3"]
        ).strip()
    return QApplication(["kosei"])


def _quiet_qt_messages(kind: QtMsgType, _context: object, message: str) -> None:
    if kind in (QtMsgType.QtCriticalMsg, QtMsgType.QtFatalMsg):
        print(message, file=sys.stderr)
