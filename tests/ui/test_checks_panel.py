from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt

from editor.core.findings import Finding, Fix, Severity, Span
from editor.ui.windows import WindowManager
from tests.ui.conftest import open_window, run_js


def sample_finding() -> Finding:
    return Finding(
        rule="duplicate",
        severity=Severity.WARNING,
        message_en="This paragraph repeats line 8.",
        message_ja="この段落は8行目の繰り返しです。",
        span=Span(10, 10, 1, 0),
        related=(Span(8, 8, 1, 0),),
        fix=Fix("Delete", "削除", Span(10, 10, 1, 0), ""),
        kind="exact",
        key="k1",
    )


def click_finding(qtbot: Any, window: Any, finding: Finding) -> None:
    item = window.panel.item_for(finding)
    assert item is not None
    rect = window.panel.tree.visualItemRect(item)
    qtbot.mouseClick(window.panel.tree.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())


def test_clicking_a_finding_selects_its_range_and_marks_the_related_copy(manager: WindowManager, qtbot: Any, post: Path) -> None:
    window = open_window(manager, qtbot, post)
    finding = sample_finding()
    window.panel.set_findings([finding])
    click_finding(qtbot, window, finding)
    assert window.editor.textCursor().selectedText() == "Second paragraph."
    related = [s for s in window.editor.extraSelections() if s.cursor.selectedText() == "First paragraph."]
    assert related, "the earlier copy is highlighted too"
    qtbot.waitUntil(lambda: run_js(qtbot, window, "String((document.querySelector('.kosei-flash')||{}).textContent)") == "Second paragraph.", timeout=5000)
    assert run_js(qtbot, window, "String(document.querySelector('.kosei-related').textContent)") == "First paragraph."


def test_panel_groups_by_rule_and_severity_with_counts(qtbot: Any) -> None:
    from editor.ui.checks_panel import ChecksPanel

    panel = ChecksPanel()
    qtbot.addWidget(panel)
    other = Finding("generation-marker", Severity.ERROR, "Marker", "マーカー", Span(3, 3))
    panel.set_findings([sample_finding(), other])
    groups = [panel.tree.topLevelItem(i).text(0) for i in range(panel.tree.topLevelItemCount())]
    assert len(groups) == 2
    assert "Leftover markers" in groups[0] and "1" in groups[0]  # errors first
    assert "Repeated passages" in groups[1]


def test_panel_shows_japanese_messages_when_the_interface_is_japanese(qtbot: Any) -> None:
    from editor.ui.checks_panel import ChecksPanel

    panel = ChecksPanel()
    qtbot.addWidget(panel)
    panel.language = "ja"
    panel.set_findings([sample_finding()])
    assert "繰り返し" in panel.tree.topLevelItem(0).child(0).text(0)
