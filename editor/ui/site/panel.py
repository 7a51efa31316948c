"""The posts dock: filter box, state/tag/category filters, and the sortable table of posts."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QModelIndex, QObject, Qt, Signal, Slot
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from editor.core.site.posts import STATES
from editor.ui.app.i18n import tr
from editor.ui.site.model import COLUMNS, PATH_ROLE, PostsFilter, PostsModel, state_title


class PostsPanel(QWidget):
    post_activated = Signal(str)  # the post's key (path relative to the site root)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.proxy = PostsFilter(self)
        self.filter_edit = QLineEdit()
        self.filter_edit.setPlaceholderText(tr("Filter by title or file name"))
        self.filter_edit.setClearButtonEnabled(True)
        self.state_box = QComboBox()
        self.state_box.addItem(tr("All states"), "")
        for state in STATES:
            self.state_box.addItem(state_title(state), state)
        self.tag_box = QComboBox()
        self.category_box = QComboBox()
        self._fill_terms(self.tag_box, tr("All tags"), [])
        self._fill_terms(self.category_box, tr("All categories"), [])
        self.table = QTableView()
        self.table.setModel(self.proxy)
        self.table.setSortingEnabled(True)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.sortByColumn(COLUMNS.index("date"), Qt.SortOrder.DescendingOrder)
        self.table.installEventFilter(self)
        self.status = QLabel()
        filters = QHBoxLayout()
        filters.addWidget(self.state_box)
        filters.addWidget(self.tag_box)
        filters.addWidget(self.category_box)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(2, 2, 2, 2)
        layout.addWidget(self.filter_edit)
        layout.addLayout(filters)
        layout.addWidget(self.table)
        layout.addWidget(self.status)
        self.filter_edit.textChanged.connect(self._on_filter_edit_text_changed)
        self.state_box.currentIndexChanged.connect(self._on_state_box_current_index_changed)
        self.tag_box.currentIndexChanged.connect(self._on_tag_box_current_index_changed)
        self.category_box.currentIndexChanged.connect(self._on_category_box_current_index_changed)
        self.table.doubleClicked.connect(self._on_table_double_clicked)

    def set_model(self, model: PostsModel) -> None:
        self.proxy.setSourceModel(model)

    def set_terms(self, tags: list[str], categories: list[str]) -> None:
        self._fill_terms(self.tag_box, tr("All tags"), tags)
        self._fill_terms(self.category_box, tr("All categories"), categories)

    def show_term(self, key: str, term: str) -> None:
        """Filter by one tag or category (chosen in the taxonomy view)."""
        box = self.tag_box if key == "tags" else self.category_box
        found = box.findData(term)
        box.setCurrentIndex(max(0, found))

    def rows(self) -> list[str]:
        """Keys of the posts shown, in the order shown."""
        return [
            str(self.proxy.index(row, 0).data(PATH_ROLE)) for row in range(self.proxy.rowCount())
        ]

    def _fill_terms(self, box: QComboBox, everything: str, terms: list[str]) -> None:
        current = box.currentData()
        box.blockSignals(True)
        box.clear()
        box.addItem(everything, "")
        for term in terms:
            box.addItem(term, term)
        found = box.findData(current) if current else 0
        box.setCurrentIndex(max(0, found))
        box.blockSignals(False)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # Qt's name
        if watched is self.table and event.type() == QEvent.Type.KeyPress:
            key = QKeyEvent(event).key() if not isinstance(event, QKeyEvent) else event.key()
            if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
                current = self.table.currentIndex()
                if current.isValid():
                    self._on_table_double_clicked(current)
                    return True
        return super().eventFilter(watched, event)

    @Slot(str)
    def _on_filter_edit_text_changed(self, text: str) -> None:
        self.proxy.set_filters(text=text)

    @Slot(int)
    def _on_state_box_current_index_changed(self, _index: int) -> None:
        self.proxy.set_filters(state=self.state_box.currentData() or "")

    @Slot(int)
    def _on_tag_box_current_index_changed(self, _index: int) -> None:
        self.proxy.set_filters(tag=self.tag_box.currentData() or "")

    @Slot(int)
    def _on_category_box_current_index_changed(self, _index: int) -> None:
        self.proxy.set_filters(category=self.category_box.currentData() or "")

    @Slot(QModelIndex)
    def _on_table_double_clicked(self, index: QModelIndex) -> None:
        rel = index.data(PATH_ROLE)
        if rel:
            self.post_activated.emit(str(rel))
