"""The posts of a site as a table model shared by every window of the site, and its filter."""

from __future__ import annotations

import unicodedata
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
)

from editor.core.site.posts import DRAFT, EXPIRED, PUBLISHED, SCHEDULED, PostEntry
from editor.ui.app.i18n import tr

SORT_ROLE = Qt.ItemDataRole.UserRole + 1
PATH_ROLE = Qt.ItemDataRole.UserRole + 2
COLUMNS = ("title", "date", "state", "tags", "categories", "findings", "path")
Index = QModelIndex | QPersistentModelIndex


def column_title(name: str) -> str:
    return {
        "title": tr("Title"),
        "date": tr("Date"),
        "state": tr("State"),
        "tags": tr("Tags"),
        "categories": tr("Categories"),
        "findings": tr("Findings"),
        "path": tr("Path"),
    }[name]


def state_title(state: str) -> str:
    return {
        PUBLISHED: tr("Published"),
        DRAFT: tr("Draft"),
        SCHEDULED: tr("Scheduled"),
        EXPIRED: tr("Expired"),
    }.get(state, state)


class PostsModel(QAbstractTableModel):
    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.entries: list[PostEntry] = []
        self.counts: dict[str, int] = {}
        self._rows: dict[str, int] = {}

    def set_entries(self, entries: list[PostEntry]) -> None:
        self.beginResetModel()
        self.entries = sorted(entries, key=lambda e: e.path)
        self._rows = {e.path: row for row, e in enumerate(self.entries)}
        self.endResetModel()

    def set_counts(self, counts: dict[str, int]) -> None:
        self.counts = dict(counts)
        if self.entries:
            column = COLUMNS.index("findings")
            self.dataChanged.emit(self.index(0, column), self.index(len(self.entries) - 1, column))

    def update_entry(self, entry: PostEntry | None, rel: str) -> None:
        """One post changed (or, with ``entry`` None, went away)."""
        row = self._rows.get(rel)
        if entry is None or row is None:
            rest = [e for e in self.entries if e.path != rel]
            self.set_entries(rest + ([entry] if entry is not None else []))
            return
        self.entries[row] = entry
        self.dataChanged.emit(self.index(row, 0), self.index(row, len(COLUMNS) - 1))

    def row_of(self, rel: str) -> int | None:
        return self._rows.get(rel)

    # -- Qt model ----------------------------------------------------------------------------------
    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else len(self.entries)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(COLUMNS)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = 0) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return column_title(COLUMNS[section])
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        entry = self.entries[index.row()]
        name = COLUMNS[index.column()]
        if role == PATH_ROLE:
            return entry.path
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(entry, name)
        if role == SORT_ROLE:
            if name == "findings":
                return self.counts.get(entry.path, -1)
            if name == "title":
                return entry.display_title.casefold()
            return self._display(entry, name) or ""
        if role == Qt.ItemDataRole.ToolTipRole and name == "title" and entry.error:
            return tr("Front matter does not parse: %1").replace("%1", entry.error)
        return None

    def _display(self, entry: PostEntry, name: str) -> str:
        if name == "title":
            return entry.display_title
        if name == "date":
            return entry.date[:10]
        if name == "state":
            return state_title(entry.state)
        if name == "tags":
            return ", ".join(entry.tags)
        if name == "categories":
            return ", ".join(entry.categories)
        if name == "findings":
            count = self.counts.get(entry.path)
            return "" if count is None else str(count)
        return entry.path


def fold(text: str) -> str:
    """Width and case folded, so ｊａｖａ finds Java and a Japanese filter finds titles."""
    return unicodedata.normalize("NFKC", text).casefold()


class PostsFilter(QSortFilterProxyModel):
    """Text (title and file name), tag, category and state filters over a PostsModel."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.text = ""
        self.tag = ""
        self.category = ""
        self.state = ""
        self.setSortRole(SORT_ROLE)
        self.setDynamicSortFilter(True)

    def set_filters(
        self,
        text: str | None = None,
        tag: str | None = None,
        category: str | None = None,
        state: str | None = None,
    ) -> None:
        if text is not None:
            self.text = fold(text.strip())
        if tag is not None:
            self.tag = tag
        if category is not None:
            self.category = category
        if state is not None:
            self.state = state
        self.invalidateFilter()

    def filterAcceptsRow(self, row: int, parent: Index) -> bool:  # Qt's name
        model = self.sourceModel()
        if not isinstance(model, PostsModel) or row >= len(model.entries):
            return False
        entry = model.entries[row]
        if self.state and entry.state != self.state:
            return False
        if self.tag and self.tag not in entry.tags:
            return False
        if self.category and self.category not in entry.categories:
            return False
        if self.text:
            haystack = fold(entry.display_title) + "\n" + fold(entry.name)
            return all(word in haystack for word in self.text.split())
        return True
