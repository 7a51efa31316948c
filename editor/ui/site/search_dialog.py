"""Search in site (Ctrl+Shift+F): every post's text, results grouped by post, in the background."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, Slot
from PySide6.QtCore import Signal as _Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from editor.core.errors import SearchError
from editor.core.site.index import SiteIndex
from editor.core.site.search import PostHits, search_site
from editor.core.text.search import SearchOptions
from editor.ui.app.i18n import tr
from editor.ui.app.workers import BackgroundRunner

ROLE = Qt.ItemDataRole.UserRole


class SiteSearchDialog(QDialog):
    hit_activated = _Signal(object, int)  # (Path, 1-based line)

    def __init__(self, index: SiteIndex, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.index = index
        self.setWindowTitle(tr("Search in Site"))
        self.resize(720, 480)
        self.query_edit = QLineEdit()
        self.query_edit.setPlaceholderText(tr("Text or regular expression"))
        self.case_box = QCheckBox(tr("Match case"))
        self.regex_box = QCheckBox(tr("Regular expression"))
        self.width_box = QCheckBox(tr("Ignore width"))
        self.results = QTreeWidget()
        self.results.setHeaderHidden(True)
        self.summary = QLabel()
        options = QHBoxLayout()
        for box in (self.case_box, self.regex_box, self.width_box):
            options.addWidget(box)
        options.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.query_edit)
        layout.addLayout(options)
        layout.addWidget(self.results)
        layout.addWidget(self.summary)
        self.runner = BackgroundRunner(self)
        self.runner.finished.connect(self._on_runner_finished)
        self.query_edit.returnPressed.connect(self.run)
        self.results.itemActivated.connect(self._on_results_item_activated)
        self.results.itemDoubleClicked.connect(self._on_results_item_activated)

    def options(self) -> SearchOptions:
        return SearchOptions(
            match_case=self.case_box.isChecked(),
            regex=self.regex_box.isChecked(),
            fold_width=self.width_box.isChecked(),
        )

    @Slot()
    def run(self) -> None:
        query, options, index = self.query_edit.text(), self.options(), self.index
        if not query:
            return
        self.summary.setText(tr("Searching…"))
        self.runner.submit(lambda: search_site(index, query, options))

    @Slot(int, object)
    def _on_runner_finished(self, _generation: int, result: object) -> None:
        self.results.clear()
        if isinstance(result, SearchError):
            self.summary.setText(tr("Bad expression: %1").replace("%1", str(result)))
            return
        if isinstance(result, Exception):
            self.summary.setText(str(result))
            return
        posts: list[PostHits] = result  # type: ignore[assignment]
        total = 0
        for post in posts:
            rel = self.index.rel(post.path) or str(post.path)
            top = QTreeWidgetItem([f"{post.title} — {rel} ({len(post.hits)})"])
            top.setData(0, ROLE, (post.path, post.hits[0].line if post.hits else 1))
            for hit in post.hits:
                child = QTreeWidgetItem([f"{hit.line}: {hit.text.strip()[:200]}"])
                child.setData(0, ROLE, (post.path, hit.line))
                top.addChild(child)
            total += len(post.hits)
            self.results.addTopLevelItem(top)
            top.setExpanded(True)
        self.summary.setText(
            tr("%1 matches in %2 posts").replace("%1", str(total)).replace("%2", str(len(posts)))
        )

    @Slot(QTreeWidgetItem)
    def _on_results_item_activated(self, item: QTreeWidgetItem) -> None:
        data = item.data(0, ROLE)
        if data:
            path, line = data
            self.hit_activated.emit(Path(path), int(line))
