"""Rename or merge a tag or category: the new name, every file and exact line change, then write."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import Slot
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from editor.core.site.taxonomy import RenamePlan, RenameResult, apply_plan, plan_rename
from editor.ui.app.i18n import tr

if TYPE_CHECKING:  # the index brings numpy: loaded only when a site is opened
    from editor.core.site.index import SiteIndex


def describe(plan: RenamePlan, root: Path) -> str:
    """The preview text: per file, each changed line as - old / + new."""
    lines: list[str] = []
    for item in plan.files:
        lines.append(_rel(item.path, root))
        for change in item.changes:
            if change.old is not None:
                lines.append(f"  {change.line}: - {change.old}")
            if change.new is not None:
                lines.append(f"  {change.line}: + {change.new}")
    for path, why in plan.refused:
        lines.append(tr("Not changed: %1 (%2)").replace("%1", _rel(path, root)).replace("%2", why))
    return "\n".join(lines)


def _rel(path: Path, root: Path) -> str:
    try:
        return path.relative_to(root).as_posix()
    except ValueError:
        return str(path)


class RenameDialog(QDialog):
    def __init__(
        self, index: SiteIndex, key: str, terms: list[str], parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.index, self.key, self.terms = index, key, terms
        self.plan: RenamePlan | None = None
        merge = len(terms) > 1
        self.setWindowTitle(tr("Merge") if merge else tr("Rename"))
        self.resize(640, 480)
        self.label = QLabel(
            (tr("Merge %1 into:") if merge else tr("Rename %1 to:")).replace("%1", ", ".join(terms))
        )
        self.name_edit = QLineEdit(terms[0])
        self.preview = QPlainTextEdit()
        self.preview.setReadOnly(True)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        layout = QVBoxLayout(self)
        layout.addWidget(self.label)
        layout.addWidget(self.name_edit)
        layout.addWidget(self.preview)
        layout.addWidget(self.buttons)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.name_edit.textChanged.connect(self._on_name_edit_text_changed)
        self._on_name_edit_text_changed(self.name_edit.text())

    @classmethod
    def ask(
        cls, parent: QWidget | None, index: SiteIndex, key: str, terms: list[str]
    ) -> list[Path]:
        """Show the preview; on OK write the files. The files written (maybe none)."""
        dialog = cls(index, key, terms, parent)
        if dialog.exec() != QDialog.DialogCode.Accepted or dialog.plan is None:
            return []
        result = apply_plan(dialog.plan)
        if result.refused:
            QMessageBox.warning(parent, dialog.windowTitle(), report(result, index.site.root))
        return result.written

    @Slot(str)
    def _on_name_edit_text_changed(self, text: str) -> None:
        new = text.strip()
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        if not new:
            self.plan = None
            self.preview.setPlainText("")
            ok.setEnabled(False)
            return
        self.plan = plan_rename(self.index, self.key, self.terms, new)
        self.preview.setPlainText(describe(self.plan, self.index.site.root))
        ok.setEnabled(bool(self.plan.files))


def report(result: RenameResult, root: Path) -> str:
    lines = [tr("%1 files changed.").replace("%1", str(len(result.written)))]
    for path, why in result.refused:
        lines.append(tr("Not changed: %1 (%2)").replace("%1", _rel(path, root)).replace("%2", why))
    return "\n".join(lines)
