"""Tags and categories of a site with their counts; rename or merge them across posts."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal, Slot
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from editor.core.site.taxonomy import fold_term, near_duplicates
from editor.ui.app.i18n import tr
from editor.ui.site.rename_dialog import RenameDialog

if TYPE_CHECKING:  # the index brings numpy: loaded only when a site is opened
    from editor.core.site.index import SiteIndex

ROLE = Qt.ItemDataRole.UserRole


class TaxonomyPanel(QWidget):
    term_chosen = Signal(str, str)  # (key, term): filter the posts by it
    changed_files = Signal(list)  # list[Path] written by a rename

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.index: SiteIndex | None = None
        self.tree = QTreeWidget()
        self.tree.setHeaderHidden(True)
        self.tree.setSelectionMode(QTreeWidget.SelectionMode.ExtendedSelection)
        self.rename_button = QPushButton(tr("Rename or Merge…"))
        self.notes = QLabel()
        self.notes.setWordWrap(True)
        buttons = QHBoxLayout()
        buttons.addWidget(self.rename_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(2, 2, 2, 2)
        layout.addWidget(self.tree)
        layout.addWidget(self.notes)
        layout.addLayout(buttons)
        self.tree.itemClicked.connect(self._on_tree_item_clicked)
        self.rename_button.clicked.connect(self._on_rename_button_clicked)

    def set_index(self, index: SiteIndex) -> None:
        self.index = index
        self.refresh()

    def refresh(self) -> None:
        self.tree.clear()
        if self.index is None:
            return
        notes = []
        for key, title in (("tags", tr("Tags")), ("categories", tr("Categories"))):
            counts = self.index.term_counts(key)
            near = near_duplicates(counts)
            similar = {term for group in near for term in group}
            top = QTreeWidgetItem([f"{title} ({len(counts)})"])
            for term, count in sorted(counts.items(), key=lambda kv: (-kv[1], kv[0])):
                mark = "  ≈" if term in similar else ""
                item = QTreeWidgetItem([f"{term} ({count}){mark}"])
                item.setData(0, ROLE, (key, term))
                if term in similar:
                    item.setToolTip(
                        0,
                        tr("Probably the same as: %1").replace(
                            "%1",
                            ", ".join(
                                t for t in similar if fold_term(t) == fold_term(term) and t != term
                            ),
                        ),
                    )
                top.addChild(item)
            self.tree.addTopLevelItem(top)
            top.setExpanded(True)
            notes += [" / ".join(group) for group in near]
        self.notes.setText(
            tr("Maybe the same: %1").replace("%1", "; ".join(notes)) if notes else ""
        )

    def selected_terms(self) -> tuple[str, list[str]] | None:
        chosen = [i.data(0, ROLE) for i in self.tree.selectedItems() if i.data(0, ROLE)]
        if not chosen:
            return None
        key = chosen[0][0]
        return key, [term for k, term in chosen if k == key]

    @Slot(QTreeWidgetItem, int)
    def _on_tree_item_clicked(self, item: QTreeWidgetItem, _column: int) -> None:
        data = item.data(0, ROLE)
        if data:
            self.term_chosen.emit(data[0], data[1])

    @Slot()
    def _on_rename_button_clicked(self) -> None:
        selected = self.selected_terms()
        if self.index is None or selected is None:
            return
        written = RenameDialog.ask(self, self.index, selected[0], selected[1])
        if written:
            self.changed_files.emit([Path(p) for p in written])
