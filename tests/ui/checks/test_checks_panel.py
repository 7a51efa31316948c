from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt

from editor.core.checks.findings import Finding, Fix, Severity, Span
from editor.ui.app.windows import WindowManager
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


def test_clicking_a_finding_selects_its_range_and_marks_the_related_copy(
    manager: WindowManager, qtbot: Any, post: Path
) -> None:
    window = open_window(manager, qtbot, post)
    finding = sample_finding()
    window.panel.set_findings([finding])
    click_finding(qtbot, window, finding)
    assert window.editor.textCursor().selectedText() == "Second paragraph."
    related = [
        s for s in window.editor.extraSelections() if s.cursor.selectedText() == "First paragraph."
    ]
    assert related, "the earlier copy is highlighted too"
    qtbot.waitUntil(
        lambda: (
            run_js(
                qtbot, window, "String((document.querySelector('.kosei-flash')||{}).textContent)"
            )
            == "Second paragraph."
        ),
        timeout=5000,
    )
    assert (
        run_js(qtbot, window, "String(document.querySelector('.kosei-related').textContent)")
        == "First paragraph."
    )


def test_panel_groups_by_rule_and_severity_with_counts(qtbot: Any) -> None:
    from editor.ui.checks.panel import ChecksPanel

    panel = ChecksPanel()
    qtbot.addWidget(panel)
    other = Finding("generation-marker", Severity.ERROR, "Marker", "マーカー", Span(3, 3))
    panel.set_findings([sample_finding(), other])
    groups = [panel.tree.topLevelItem(i).text(0) for i in range(panel.tree.topLevelItemCount())]
    assert len(groups) == 2
    assert "Leftover markers" in groups[0] and "1" in groups[0]  # errors first
    assert "Repeated passages" in groups[1]


def test_panel_shows_japanese_messages_when_the_interface_is_japanese(qtbot: Any) -> None:
    from editor.ui.checks.panel import ChecksPanel

    panel = ChecksPanel()
    qtbot.addWidget(panel)
    panel.language = "ja"
    panel.set_findings([sample_finding()])
    assert "繰り返し" in panel.tree.topLevelItem(0).child(0).text(0)


DRAFT = (
    "---\ntitle: Draft\n---\n\n"
    "An opening paragraph that is written only once in this whole draft.\n\n"
    "This paragraph was pasted twice by accident and the checks must find the later copy of it.\n\n"
    "Something else sits between the two copies so they are not neighbours.\n\n"
    "This paragraph was pasted twice by accident and the checks must find the later copy of it.\n\n"
    "[DONE]\n"
)


def findings_of(window: Any, rule: str) -> list[Finding]:
    return [f for f in window.panel.findings if f.rule == rule]


def test_real_checks_fill_the_panel_and_a_fix_is_one_undo_step(
    manager: WindowManager, qtbot: Any, tmp_path: Path
) -> None:
    from tests.ui.conftest import wait_for_checks

    path = tmp_path / "draft.md"
    path.write_text(DRAFT, encoding="utf-8")
    window = open_window(manager, qtbot, path)
    wait_for_checks(qtbot, window)
    [marker] = findings_of(window, "generation-marker")
    assert marker.span.line == 13 and marker.fix is not None
    window.panel.tree.setCurrentItem(window.panel.item_for(marker))
    window.panel.fix_button.click()
    assert "[DONE]" not in window.editor.text()
    qtbot.waitUntil(lambda: not findings_of(window, "generation-marker"), timeout=5000)
    window.editor.undo()
    assert window.editor.text() == DRAFT


def test_fix_all_safe_applies_every_fix_as_one_undo_step(
    manager: WindowManager, qtbot: Any, tmp_path: Path
) -> None:
    from tests.ui.conftest import wait_for_checks

    path = tmp_path / "draft.md"
    path.write_text(DRAFT, encoding="utf-8")
    window = open_window(manager, qtbot, path)
    wait_for_checks(qtbot, window)
    assert findings_of(window, "duplicate") and findings_of(window, "generation-marker")
    window.panel.fix_all_button.click()
    text = window.editor.text()
    assert "[DONE]" not in text
    assert text.count("pasted twice by accident") == 1
    window.editor.undo()
    assert window.editor.text() == DRAFT


def test_ignored_finding_stays_ignored_after_a_restart(qtbot: Any, tmp_path: Path) -> None:
    from editor.core.settings import load_settings
    from tests.ui.conftest import wait_for_checks

    path = tmp_path / "draft.md"
    path.write_text(DRAFT, encoding="utf-8")
    settings_path = tmp_path / "settings.json"
    first = WindowManager(load_settings(settings_path), settings_path)
    window = open_window(first, qtbot, path)
    wait_for_checks(qtbot, window)
    [marker] = findings_of(window, "generation-marker")
    window.panel.tree.setCurrentItem(window.panel.item_for(marker))
    window.panel.ignore_button.click()
    assert not findings_of(window, "generation-marker")
    window.close()
    second = WindowManager(load_settings(settings_path), settings_path)
    again = open_window(second, qtbot, path)
    wait_for_checks(qtbot, again)
    assert findings_of(again, "duplicate")
    assert not findings_of(again, "generation-marker")
    again.close()


def test_checks_never_show_results_for_older_text(
    manager: WindowManager, qtbot: Any, tmp_path: Path
) -> None:
    path = tmp_path / "draft.md"
    path.write_text(DRAFT, encoding="utf-8")
    window = open_window(manager, qtbot, path)
    window.panel.set_findings([])
    window.checks.run_now()
    qtbot.keyClicks(window.editor, "x")  # the text changes while the check runs
    qtbot.waitUntil(lambda: not window.checks.runner.busy, timeout=5000)
    assert window.panel.findings == []


def test_a_rule_turned_off_in_the_settings_does_not_run(
    manager: WindowManager, qtbot: Any, tmp_path: Path
) -> None:
    from tests.ui.conftest import wait_for_checks

    manager.settings.disabled_rules = ["generation-marker"]
    path = tmp_path / "draft.md"
    path.write_text(DRAFT, encoding="utf-8")
    window = open_window(manager, qtbot, path)
    wait_for_checks(qtbot, window)
    assert findings_of(window, "duplicate")
    assert not findings_of(window, "generation-marker")


def test_a_long_finding_is_shown_from_its_first_line(
    manager: WindowManager, qtbot: Any, tmp_path: Path
) -> None:
    from editor.core.checks.findings import Finding, Severity, Span

    path = tmp_path / "long.md"
    path.write_text("".join(f"Line {i} of a long post.\n" for i in range(1, 201)), encoding="utf-8")
    window = open_window(manager, qtbot, path)
    window.resize(900, 500)
    long_span = Span(82, 160)  # longer than the view
    finding = Finding("duplicate", Severity.WARNING, "en", "ja", long_span)
    window.show_finding(finding)
    editor = window.editor
    assert editor.textCursor().selectedText().startswith("Line 82 of")
    first = editor.cursorRect(editor.span_cursor(Span(82, 82)))
    assert 0 <= first.top() < editor.viewport().height()
