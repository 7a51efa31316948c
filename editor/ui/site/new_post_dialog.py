"""New post (Ctrl+Shift+N): a title, an editable slug, and the path the site's conventions give."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

from PySide6.QtCore import Slot
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QWidget,
)

from editor.core.site.config import SiteInfo
from editor.core.site.newpost import NewPost, create_post, default_slug, plan_new_post, sections
from editor.ui.app.i18n import tr


class NewPostDialog(QDialog):
    def __init__(self, site: SiteInfo, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.site = site
        self.now = datetime.now().astimezone()
        self.setWindowTitle(tr("New Post"))
        self.resize(520, 0)
        self.title_edit = QLineEdit()
        self.slug_edit = QLineEdit()
        self.section_box = QComboBox()
        self.draft_box = QCheckBox(tr("Start as a draft (_drafts)"))
        self.path_label = QLabel()
        self.path_label.setWordWrap(True)
        self._slug_edited = False
        form = QFormLayout(self)
        form.addRow(tr("Title:"), self.title_edit)
        form.addRow(tr("Slug:"), self.slug_edit)
        if site.generator == "hugo":
            for name in sections(site) or ["posts"]:
                self.section_box.addItem(name)
            self.section_box.setEditable(True)
            form.addRow(tr("Section:"), self.section_box)
        if site.generator == "jekyll":
            form.addRow("", self.draft_box)
        form.addRow(tr("File:"), self.path_label)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        form.addRow(self.buttons)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.title_edit.textChanged.connect(self._on_title_edit_text_changed)
        self.slug_edit.textEdited.connect(self._on_slug_edit_text_edited)
        self.slug_edit.textChanged.connect(self._on_any_changed)
        self.section_box.currentTextChanged.connect(self._on_any_changed)
        self.draft_box.toggled.connect(self._on_any_changed)
        self._on_any_changed()

    @classmethod
    def ask(cls, parent: QWidget | None, site: SiteInfo) -> Path | None:
        """Create the post the writer describes; its path, or None when cancelled/failed."""
        dialog = cls(site, parent)
        while dialog.exec() == QDialog.DialogCode.Accepted:
            post = dialog.planned()
            if post is None:
                continue
            try:
                create_post(post)
            except FileExistsError:
                QMessageBox.warning(
                    dialog,
                    tr("New Post"),
                    tr("%1 already exists. Choose another slug.").replace("%1", str(post.path)),
                )
                continue
            except OSError as error:
                QMessageBox.warning(dialog, tr("New Post"), str(error))
                return None
            return post.path
        return None

    def planned(self) -> NewPost | None:
        title = self.title_edit.text().strip()
        if not title:
            return None
        slug = self.slug_edit.text().strip() or None
        section = self.section_box.currentText().strip() if self.site.generator == "hugo" else None
        return plan_new_post(
            self.site, title, self.now, slug=slug, section=section, draft=self.draft_box.isChecked()
        )

    @Slot(str)
    def _on_title_edit_text_changed(self, text: str) -> None:
        if not self._slug_edited:
            self.slug_edit.setText(default_slug(text, self.now) if text.strip() else "")
        self._on_any_changed()

    @Slot(str)
    def _on_slug_edit_text_edited(self, _text: str) -> None:
        self._slug_edited = True

    @Slot()
    def _on_any_changed(self) -> None:
        post = self.planned()
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setEnabled(post is not None)
        if post is None:
            self.path_label.setText(tr("Type a title"))
            return
        try:
            shown = post.path.relative_to(self.site.root).as_posix()
        except ValueError:
            shown = str(post.path)
        self.path_label.setText(shown)
