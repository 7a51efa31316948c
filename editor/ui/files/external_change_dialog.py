"""The question asked when the open file changed on disk while it has unsaved edits."""

from __future__ import annotations

from enum import Enum

from PySide6.QtWidgets import QMessageBox, QWidget

from editor.ui.app.i18n import tr


class Choice(Enum):
    KEEP_MINE = "keep_mine"  # keep the window's text; the next Save overwrites the disk
    LOAD_DISK = "load_disk"  # take the disk version as one undo step
    COMPARE = "compare"  # look at both side by side first


class ExternalChangeDialog(QMessageBox):
    def __init__(self, parent: QWidget | None, name: str) -> None:
        super().__init__(parent)
        self.setObjectName("external_change_dialog")
        self.setIcon(QMessageBox.Icon.Warning)
        self.setWindowTitle(tr("File changed on disk"))
        self.setText(
            tr("“%1” was changed by another program, and you have unsaved changes.").replace(
                "%1", name
            )
        )
        self.setInformativeText(
            tr(
                "Load the version on disk (Undo brings yours back), keep your version (saving will replace the one on disk), or compare them first."
            )
        )
        self.load_button = self.addButton(
            tr("Load Disk Version"), QMessageBox.ButtonRole.AcceptRole
        )
        self.keep_button = self.addButton(tr("Keep My Version"), QMessageBox.ButtonRole.AcceptRole)
        self.compare_button = self.addButton(tr("Compare…"), QMessageBox.ButtonRole.ActionRole)
        self.later_button = self.addButton(tr("Decide Later"), QMessageBox.ButtonRole.RejectRole)
        self.setDefaultButton(self.compare_button)
        self.setEscapeButton(self.later_button)

    def choice(self) -> Choice | None:
        return {
            id(self.load_button): Choice.LOAD_DISK,
            id(self.keep_button): Choice.KEEP_MINE,
            id(self.compare_button): Choice.COMPARE,
        }.get(id(self.clickedButton()))

    @classmethod
    def ask(cls, parent: QWidget | None, name: str) -> Choice | None:
        """The writer's choice; None ("decide later"): keep the text, ask again at Save."""
        dialog = cls(parent, name)
        dialog.exec()
        choice = dialog.choice()
        dialog.deleteLater()
        return choice
