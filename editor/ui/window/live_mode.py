"""Which live features a document gets: paused for a large file, remote images on or off.

- A file over ``Settings.large_file_bytes`` opens with live preview, live
  checks and highlighting paused (F5 / F7 still work); one over
  ``Settings.max_file_bytes`` is refused by the file controller.
- Remote images are a per-document switch in the View menu, starting from
  ``Settings.load_remote_images``.
"""

from __future__ import annotations

import html
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QObject, Slot
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QBoxLayout

from editor.core.document.document import Document
from editor.core.settings import Settings
from editor.ui.app.i18n import tr
from editor.ui.checks.controller import ChecksController
from editor.ui.checks.panel import ChecksPanel
from editor.ui.editor.markdown_editor import MarkdownEditor
from editor.ui.files import messages
from editor.ui.form import FrontMatterForm
from editor.ui.preview.view import PreviewView
from editor.ui.window.notice_bar import NoticeBar
from editor.ui.window.status import StatusBar


class LiveMode(QObject):
    """Owns the large-file pause and the remote-images switch of one window."""

    def __init__(
        self,
        layout: QBoxLayout,
        settings: Settings,
        editor: MarkdownEditor,
        form: FrontMatterForm,
        preview: PreviewView,
        panel: ChecksPanel,
        checks: ChecksController,
        status: StatusBar,
        document: Callable[[], Document],
        document_folder: Callable[[], Path | None],
        theme: Callable[[], str],
        render_now: Callable[[], None],
        cancel_render: Callable[[], None],
    ) -> None:
        super().__init__(preview)
        self.large_file = False  # heavy live features are paused for this document
        self.remote_images = False  # this document's preview may load http(s) images
        self._layout = layout  # the central layout, where the notice bar goes on top
        self._settings = settings
        self._editor = editor
        self._form = form
        self._preview = preview
        self._panel = panel
        self._checks = checks
        self._status = status
        self._document = document
        self._document_folder = document_folder
        self._theme = theme
        self._render_now = render_now
        self._cancel_render = cancel_render
        self._notice_bar: NoticeBar | None = None
        self._watching_render = False
        self._remote_action: QAction | None = None

    # -- large files -------------------------------------------------------------------------
    def apply_large_mode(self, document: Document) -> None:
        """Pause the heavy live features for a large file (call before the text is set)."""
        self.large_file = document.size > self._settings.large_file_bytes
        # Highlighting is synchronous and took ~1 s per 5 MiB here: the dominant cost.
        highlighter = self._editor.highlighter
        highlighter.setDocument(None if self.large_file else self._editor.document())
        if self.large_file:
            # A render or check queued for the previous text must not run on this one.
            self._cancel_render()
            self._checks.cancel_scheduled()
            self.notice_bar().show_notice(messages.large_file_text(document.size))
            self._status.showMessage(tr("Large file: live preview and checks paused"))
        elif self._notice_bar is not None:
            self._notice_bar.hide()

    def notice_bar(self) -> NoticeBar:
        if self._notice_bar is None:
            self._notice_bar = NoticeBar()
            self._layout.insertWidget(0, self._notice_bar)
        return self._notice_bar

    def show_paused_preview(self) -> None:
        """What a large file shows until F5: the form, and a note where the preview goes."""
        self._form.set_source(self._editor.text(), self._document().path)
        note = html.escape(messages.paused_preview_text())
        self._preview.show_html(0, f'<p class="kosei-paused"><em>{note}</em></p>')
        self._panel.summary.setText(messages.paused_checks_text())

    @Slot()
    def refresh_preview(self) -> None:
        if self.large_file:  # a 6 MiB post took ~25 s to render here: say that work is going on
            self._status.showMessage(messages.rendering_large_text())
            if not self._watching_render:
                self._watching_render = True
                self._preview.content_shown.connect(self._on_preview_content_shown)
        self._render_now()

    @Slot(int)
    def _on_preview_content_shown(self, _generation: int) -> None:
        if self.large_file:
            self._status.clearMessage()

    # -- remote images -----------------------------------------------------------------------
    def set_remote_action(self, action: QAction) -> None:
        self._remote_action = action

    def reset_remote_images(self) -> bool:
        """A new document starts from the settings' default; returns the policy."""
        self.remote_images = self._settings.load_remote_images
        if self._remote_action is not None:
            self._remote_action.setChecked(self.remote_images)
        return self.remote_images

    @Slot(bool)
    def toggle_remote_images(self, checked: bool) -> None:
        if checked == self.remote_images:
            return
        self.remote_images = checked
        if self._remote_action is not None:
            self._remote_action.setChecked(checked)
        self._preview.load_shell(self._document_folder(), self._theme(), checked)
        if self.large_file:
            self.show_paused_preview()
        else:
            self.refresh_preview()
