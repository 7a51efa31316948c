"""The checks panel: findings grouped by rule and severity, with fix and ignore."""

from __future__ import annotations

from collections import defaultdict

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

from editor.core.checks.findings import Finding, Severity
from editor.ui.app.i18n import plural, tr

ROLE = Qt.ItemDataRole.UserRole


def rule_title(rule: str) -> str:
    titles = {
        "duplicate": tr("Repeated passages"),
        "truncated": tr("Cut-off text"),
        "generation-marker": tr("Leftover markers"),
        "front-matter": tr("Front matter"),
        "spelling": tr("Spelling"),
        "proofreading": tr("Proofreading"),
    }
    return titles.get(rule, rule)


def severity_title(severity: Severity, count: int) -> str:
    if severity is Severity.ERROR:
        return plural("%n error", "%n errors", count)
    if severity is Severity.WARNING:
        return plural("%n warning", "%n warnings", count)
    return plural("%n note", "%n notes", count)


class ChecksPanel(QWidget):
    finding_activated = Signal(object)  # Finding
    fix_requested = Signal(object)  # Finding
    ignore_requested = Signal(object)  # Finding
    fix_all_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.language = "en"
        self._findings: list[Finding] = []
        self.summary = QLabel()
        self.tree = QTreeWidget()
        self.tree.setHeaderHidden(True)
        self.tree.setRootIsDecorated(True)
        self.tree.setUniformRowHeights(True)
        self.fix_button = QPushButton(tr("Fix"))
        self.ignore_button = QPushButton(tr("Ignore"))
        self.fix_all_button = QPushButton(tr("Fix all safe"))
        buttons = QHBoxLayout()
        buttons.addWidget(self.summary, 1)
        for button in (self.fix_button, self.ignore_button, self.fix_all_button):
            buttons.addWidget(button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addLayout(buttons)
        layout.addWidget(self.tree)
        self.tree.itemActivated.connect(self._on_tree_item_activated)
        self.tree.itemClicked.connect(self._on_tree_item_activated)
        self.tree.currentItemChanged.connect(self._on_tree_current_item_changed)
        self.fix_button.clicked.connect(self._on_fix_button_clicked)
        self.ignore_button.clicked.connect(self._on_ignore_button_clicked)
        self.fix_all_button.clicked.connect(self.fix_all_requested)
        self.set_findings([])

    @property
    def findings(self) -> list[Finding]:
        return list(self._findings)

    def set_findings(self, findings: list[Finding]) -> None:
        current = self.current_finding()
        self._findings = list(findings)
        self.tree.clear()
        groups: dict[tuple[str, Severity], list[Finding]] = defaultdict(list)
        for finding in findings:
            groups[(finding.rule, finding.severity)].append(finding)
        order = sorted(groups, key=lambda key: (-key[1].rank, key[0]))
        for rule, severity in order:
            members = sorted(groups[(rule, severity)], key=lambda f: (f.span.line, f.span.column))
            group = QTreeWidgetItem(
                [f"{rule_title(rule)} — {severity_title(severity, len(members))}"]
            )
            group.setFlags(group.flags() & ~Qt.ItemFlag.ItemIsSelectable)
            self.tree.addTopLevelItem(group)
            for finding in members:
                text = tr("line %1: %2").replace("%1", str(finding.span.line))
                item = QTreeWidgetItem([text.replace("%2", finding.message(self.language))])
                item.setData(0, ROLE, finding)
                item.setToolTip(0, finding.message(self.language))
                group.addChild(item)
                if current is not None and finding.key and finding.key == current.key:
                    self.tree.setCurrentItem(item)
            group.setExpanded(True)
        fixable = sum(1 for f in findings if f.fix is not None)
        self.summary.setText(
            tr("No problems found")
            if not findings
            else plural("%n finding", "%n findings", len(findings))
        )
        self.fix_all_button.setEnabled(fixable > 0)
        self._update_buttons()

    def current_finding(self) -> Finding | None:
        item = self.tree.currentItem()
        value = item.data(0, ROLE) if item is not None else None
        return value if isinstance(value, Finding) else None

    def item_for(self, finding: Finding) -> QTreeWidgetItem | None:
        for index in range(self.tree.topLevelItemCount()):
            group = self.tree.topLevelItem(index)
            if group is None:
                continue
            for child in range(group.childCount()):
                item = group.child(child)
                if item is not None and item.data(0, ROLE) == finding:
                    return item
        return None

    def _update_buttons(self) -> None:
        finding = self.current_finding()
        fix = finding.fix if finding is not None else None
        self.fix_button.setEnabled(fix is not None)
        # The core words each fix in both languages (the CLI shows them too).
        self.fix_button.setToolTip(
            "" if fix is None else fix.label_ja if self.language == "ja" else fix.label_en
        )
        self.ignore_button.setEnabled(finding is not None)

    @Slot(QTreeWidgetItem, int)
    def _on_tree_item_activated(self, item: QTreeWidgetItem, _column: int = 0) -> None:
        finding = item.data(0, ROLE)
        if isinstance(finding, Finding):
            self.finding_activated.emit(finding)

    @Slot(QTreeWidgetItem, QTreeWidgetItem)
    def _on_tree_current_item_changed(
        self, _current: QTreeWidgetItem, _previous: QTreeWidgetItem
    ) -> None:
        self._update_buttons()

    @Slot()
    def _on_fix_button_clicked(self) -> None:
        finding = self.current_finding()
        if finding is not None and finding.fix is not None:
            self.fix_requested.emit(finding)

    @Slot()
    def _on_ignore_button_clicked(self) -> None:
        finding = self.current_finding()
        if finding is not None:
            self.ignore_requested.emit(finding)
