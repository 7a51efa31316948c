"""Every modal question the window asks, in one module so tests can replace them."""

from __future__ import annotations

from enum import Enum
from pathlib import Path

from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

from editor.ui.app.i18n import tr

MARKDOWN_FILTER = "Markdown (*.md *.markdown *.mdown *.mkd);;Text (*.txt);;All files (*)"


class SaveChoice(Enum):
    SAVE = "save"
    DISCARD = "discard"
    CANCEL = "cancel"


def ask_open_paths(parent: QWidget | None, folder: str = "") -> list[Path]:
    names, _ = QFileDialog.getOpenFileNames(parent, tr("Open"), folder, tr(MARKDOWN_FILTER))
    return [Path(name) for name in names]


def ask_save_path(parent: QWidget | None, suggested: str = "") -> Path | None:
    name, _ = QFileDialog.getSaveFileName(parent, tr("Save As"), suggested, tr(MARKDOWN_FILTER))
    return Path(name) if name else None


def ask_save_changes(parent: QWidget | None, name: str) -> SaveChoice:
    return _ask_save(parent, name, tr("If you don't save, your changes will be lost."))


def ask_save_deleted(parent: QWidget | None, name: str) -> SaveChoice:
    """Like :func:`ask_save_changes` for a file deleted on disk: all of it would be lost."""
    text = tr(
        "“%1” no longer exists on disk. If you don't save, the whole text will be lost, "
        "not only your changes."
    )
    return _ask_save(parent, name, text.replace("%1", name))


def _ask_save(parent: QWidget | None, name: str, consequence: str) -> SaveChoice:
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Warning)
    box.setWindowTitle(tr("Unsaved changes"))
    box.setText(tr("Save the changes to “%1” before closing?").replace("%1", name))
    box.setInformativeText(consequence)
    save = box.addButton(tr("Save"), QMessageBox.ButtonRole.AcceptRole)
    discard = box.addButton(tr("Don't Save"), QMessageBox.ButtonRole.DestructiveRole)
    box.addButton(tr("Cancel"), QMessageBox.ButtonRole.RejectRole)
    box.setDefaultButton(save)
    box.exec()
    clicked = box.clickedButton()
    if clicked is save:
        return SaveChoice.SAVE
    if clicked is discard:
        return SaveChoice.DISCARD
    return SaveChoice.CANCEL


def show_error(parent: QWidget | None, title: str, text: str) -> None:
    box = QMessageBox(QMessageBox.Icon.Critical, title, text, QMessageBox.StandardButton.Ok, parent)
    box.exec()


def ask_overwrite_changed(parent: QWidget | None, name: str) -> bool:
    """The file changed on disk since it was loaded: overwrite it anyway?"""
    answer = QMessageBox.warning(
        parent,
        tr("File changed on disk"),
        tr(
            "“%1” was changed by another program since you opened it. Overwrite it with your version?"
        ).replace("%1", name),
        QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
        QMessageBox.StandardButton.Cancel,
    )
    return answer == QMessageBox.StandardButton.Yes


def ask_save_as_utf8(parent: QWidget | None, text: str) -> bool:
    """The text cannot be written in the file's encoding: save it as UTF-8 instead?"""
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Warning)
    box.setWindowTitle(tr("Cannot save in this encoding"))
    box.setText(text)
    utf8 = box.addButton(tr("Save as UTF-8"), QMessageBox.ButtonRole.AcceptRole)
    box.addButton(tr("Cancel"), QMessageBox.ButtonRole.RejectRole)
    box.setDefaultButton(utf8)
    box.exec()
    return box.clickedButton() is utf8


def ask_css_path(parent: QWidget | None, current: str = "") -> Path | None:
    """The writer's own stylesheet for the preview (a local .css file)."""
    name, _ = QFileDialog.getOpenFileName(
        parent, tr("Choose a Stylesheet"), current, tr("Stylesheets (*.css);;All files (*)")
    )
    return Path(name) if name else None


def ask_export_path(parent: QWidget | None, suggested: str, fmt: str) -> Path | None:
    """Where to write an export; the format's suffix is added when the name has none."""
    if fmt == "html":
        title, filters = tr("Export as HTML"), tr("HTML (*.html *.htm)")
    else:
        title, filters = tr("Export as PDF"), tr("PDF (*.pdf)")
    name, _ = QFileDialog.getSaveFileName(parent, title, suggested, filters)
    if not name:
        return None
    path = Path(name)
    return path if path.suffix else path.with_suffix(f".{fmt}")
