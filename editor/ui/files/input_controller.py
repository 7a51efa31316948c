"""Bad input for MainWindow: other encodings, large files and the remote-images switch.

- A file that is not UTF-8/UTF-16 opens only through the encoding dialog; the
  document remembers the codec and saves back in it (or, when the new text
  cannot be written in it, offers UTF-8 and otherwise writes nothing).
- A file over ``Settings.large_file_bytes`` opens with live preview, live
  checks and highlighting paused (F5 / F7 still work); one over
  ``Settings.max_file_bytes`` is refused.
- Remote images are a per-document switch in the View menu, starting from
  ``Settings.load_remote_images``.
"""

from __future__ import annotations

import html
from pathlib import Path

from PySide6.QtCore import Slot
from PySide6.QtWidgets import QBoxLayout

from editor.core.document.document import Document
from editor.core.document.encodings import rank_encodings
from editor.core.errors import DecodeError, DocumentReadError, UnencodableTextError
from editor.ui.app.i18n import tr
from editor.ui.dialogs import questions as dialogs
from editor.ui.files import messages
from editor.ui.files.encoding_dialog import EncodingDialog
from editor.ui.window.notice_bar import NoticeBar
from editor.ui.window_host import WindowHost

_SAMPLE_BYTES = 64 * 1024  # what the encoding dialog previews and guesses from


class InputActionsMixin(WindowHost):
    large_file = False  # heavy live features are paused for this document
    remote_images = False  # this document's preview may load http(s) images
    _notice_bar: NoticeBar | None = None
    _watching_render = False

    # -- reading -----------------------------------------------------------------------------
    def read_document(self, path: Path, encoding: str | None = None) -> Document | None:
        """Load ``path``; on a decode error ask for an encoding; on others show one message."""
        try:
            return Document.load(path, encoding, max_bytes=self.settings.max_file_bytes)
        except DecodeError as error:
            if encoding is not None:  # the writer's own choice does not fit either
                self._show_read_error(error)
                return None
            return self._load_with_chosen_encoding(path, messages.decode_choice_text(error))
        except DocumentReadError as error:
            self._show_read_error(error)
            return None

    def _show_read_error(self, error: DocumentReadError) -> None:
        dialogs.show_error(self, tr("Could not open file"), messages.read_error_text(error))

    def _load_with_chosen_encoding(self, path: Path, message: str) -> Document | None:
        try:
            with path.open("rb") as handle:
                sample = handle.read(_SAMPLE_BYTES)
        except OSError as error:
            self._show_read_error(DocumentReadError(path, error.strerror or str(error)))
            return None
        codec = EncodingDialog.ask(self, path.name, rank_encodings(sample), sample, message)
        if codec is None:
            return None
        return self.read_document(path, codec)

    @Slot()
    def reopen_with_encoding(self) -> None:
        path = self.document.path
        if path is None:
            self.status.showMessage(tr("Only a saved file can be reopened."), 5000)
            return
        message = messages.reopen_text(path.name, self.is_modified)
        document = self._load_with_chosen_encoding(path, message)
        if document is not None:
            self.set_document(document)

    # -- writing -----------------------------------------------------------------------------
    def _on_unencodable(self, path: Path, error: UnencodableTextError) -> bool:
        """Offer UTF-8 when the text no longer fits the file's encoding; else write nothing."""
        if not dialogs.ask_save_as_utf8(self, messages.unencodable_text(error)):
            return False
        before = self.document.encoding, self.document.bom
        self.document.encoding, self.document.bom = "utf-8", b""
        if not self._write(path):
            self.document.encoding, self.document.bom = before
            return False
        self.status.show_file_format(self.document.encoding_label, self.document.newline_style)
        return True

    # -- large files -------------------------------------------------------------------------
    def apply_large_mode(self, document: Document) -> None:
        """Pause the heavy live features for a large file (call before the text is set)."""
        self.large_file = document.size > self.settings.large_file_bytes
        # Highlighting is synchronous and took ~1 s per 5 MiB here: the dominant cost.
        self.editor.highlighter.setDocument(None if self.large_file else self.editor.document())
        if self.large_file:
            # A render or check queued for the previous text must not run on this one.
            self._preview_timer.stop()
            self.checks.cancel_scheduled()
            self.notice_bar().show_notice(messages.large_file_text(document.size))
            self.status.showMessage(tr("Large file: live preview and checks paused"))
        elif self._notice_bar is not None:
            self._notice_bar.hide()

    def notice_bar(self) -> NoticeBar:
        if self._notice_bar is None:
            self._notice_bar = NoticeBar()
            central = self.centralWidget()
            layout = central.layout() if central is not None else None
            assert isinstance(layout, QBoxLayout)  # _build_widgets gives it a QVBoxLayout
            layout.insertWidget(0, self._notice_bar)
        return self._notice_bar

    def show_paused_preview(self) -> None:
        """What a large file shows until F5: the form, and a note where the preview goes."""
        self.form.set_source(self.editor.text(), self.document.path)
        note = html.escape(messages.paused_preview_text())
        self.preview.show_html(0, f'<p class="kosei-paused"><em>{note}</em></p>')
        self.panel.summary.setText(messages.paused_checks_text())

    @Slot()
    def refresh_preview(self) -> None:
        if self.large_file:  # a 6 MiB post took ~25 s to render here: say that work is going on
            self.status.showMessage(messages.rendering_large_text())
            if not self._watching_render:
                self._watching_render = True
                self.preview.content_shown.connect(self._on_preview_content_shown)
        self._preview_timer.stop()
        self._on_preview_timer_timeout()

    @Slot(int)
    def _on_preview_content_shown(self, _generation: int) -> None:
        if self.large_file:
            self.status.clearMessage()

    # -- remote images -----------------------------------------------------------------------
    def reset_remote_images(self) -> bool:
        """A new document starts from the settings' default; returns the policy."""
        self.remote_images = self.settings.load_remote_images
        self.actions_by_name["remote_images"].setChecked(self.remote_images)
        return self.remote_images

    @Slot(bool)
    def toggle_remote_images(self, checked: bool) -> None:
        if checked == self.remote_images:
            return
        self.remote_images = checked
        self.actions_by_name["remote_images"].setChecked(checked)
        self.preview.load_shell(self.document_folder, self._theme(), checked)
        if self.large_file:
            self.show_paused_preview()
        else:
            self.refresh_preview()
