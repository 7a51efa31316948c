"""The checks panel: findings grouped by rule (severity counts in the title), fix and ignore.

Ignored findings are counted ("3 ignored"); the button shows them in their own
group, where the Ignore button brings the selected one back.
"""

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
        "markup": tr("Markup that will not render"),
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


def group_title(rule: str, members: list[Finding]) -> str:
    """ "Repeated passages — 1 warning, 1 note": one group per rule, severities counted."""
    counts = [
        severity_title(severity, n)
        for severity in (Severity.ERROR, Severity.WARNING, Severity.INFO)
        if (n := sum(1 for f in members if f.severity is severity))
    ]
    return f"{rule_title(rule)} — {', '.join(counts)}"


class ChecksPanel(QWidget):
    finding_activated = Signal(object)  # Finding
    fix_requested = Signal(object)  # Finding
    ignore_requested = Signal(object)  # Finding
    unignore_requested = Signal(object)  # Finding (an ignored one)
    fix_all_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.language = "en"
        self._findings: list[Finding] = []
        self._ignored: list[Finding] = []
        self.summary = QLabel()
        self.tree = QTreeWidget()
        self.tree.setHeaderHidden(True)
        self.tree.setRootIsDecorated(True)
        self.tree.setUniformRowHeights(True)
        self.fix_button = QPushButton(tr("Fix"))
        self.ignore_button = QPushButton(tr("Ignore"))
        self.fix_all_button = QPushButton(tr("Fix all safe"))
        self.ignored_button = QPushButton()
        self.ignored_button.setCheckable(True)
        self.ignored_button.setFlat(True)
        buttons = QHBoxLayout()
        buttons.addWidget(self.summary, 1)
        buttons.addWidget(self.ignored_button)
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
        self.ignored_button.toggled.connect(self._on_ignored_button_toggled)
        self.set_findings([])

    @property
    def findings(self) -> list[Finding]:
        return list(self._findings)

    @property
    def ignored(self) -> list[Finding]:
        return list(self._ignored)

    def set_findings(self, findings: list[Finding], ignored: list[Finding] | None = None) -> None:
        """Show ``findings``; ``ignored`` (when given) are the ones the writer ignored."""
        current = self.current_finding()
        self._findings = list(findings)
        if ignored is not None:
            self._ignored = list(ignored)
        self.tree.clear()
        groups: dict[str, list[Finding]] = defaultdict(list)
        for finding in findings:
            groups[finding.rule].append(finding)
        order = sorted(groups, key=lambda rule: (-max(f.severity.rank for f in groups[rule]), rule))
        for rule in order:
            members = sorted(groups[rule], key=lambda f: (f.span.line, f.span.column))
            self._add_group(group_title(rule, members), members, current)
        if self._ignored and self.ignored_button.isChecked():
            members = sorted(self._ignored, key=lambda f: (f.span.line, f.span.column))
            self._add_group(tr("Ignored"), members, current)
        fixable = sum(1 for f in findings if f.fix is not None and f.fix.safe)
        self.summary.setText(
            tr("No problems found")
            if not findings
            else plural("%n finding", "%n findings", len(findings))
        )
        self.ignored_button.setText(plural("%n ignored", "%n ignored", len(self._ignored)))
        self.ignored_button.setVisible(bool(self._ignored))
        self.fix_all_button.setEnabled(fixable > 0)
        self._update_buttons()

    def _add_group(self, title: str, members: list[Finding], current: Finding | None) -> None:
        group = QTreeWidgetItem([title])
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

    def is_ignored(self, finding: Finding) -> bool:
        return any(f.key == finding.key for f in self._ignored)

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
        ignored = finding is not None and self.is_ignored(finding)
        self.ignore_button.setText(tr("Un-ignore") if ignored else tr("Ignore"))

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
        if finding is not None and self.is_ignored(finding):
            self.unignore_requested.emit(finding)
        elif finding is not None:
            self.ignore_requested.emit(finding)

    @Slot(bool)
    def _on_ignored_button_toggled(self, _checked: bool) -> None:
        self.set_findings(self._findings)
