"""Issue 18 through the real window: Fix all on the sample, fixes keep the place, marks cleared,
ignored findings reviewed and brought back, Undo restores an Ignore, export warns on errors."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt

from editor.core.checks import run_checks
from editor.core.checks.findings import Finding, Severity, Span
from editor.core.frontmatter.split import split
from editor.core.markdown.stats import compute_stats
from editor.ui.app.windows import WindowManager
from editor.ui.dialogs import questions as dialogs
from editor.ui.export.options_dialog import ExportChoice, ExportOptionsDialog
from tests.paths import shared_sample
from tests.ui.checks.test_checks_panel import DRAFT, click_finding, findings_of
from tests.ui.conftest import open_window, run_js, wait_for_checks

DRAFT_RULES = ("duplicate", "truncated", "generation-marker")


def _warnings(text: str) -> list[Finding]:
    return [
        f
        for f in run_checks(text)
        if f.rule in DRAFT_RULES and f.severity.rank >= Severity.WARNING.rank
    ]


def test_fix_all_on_the_sample_leaves_no_draft_warning_and_keeps_every_word(
    manager: WindowManager, qtbot: Any, tmp_path: Path
) -> None:
    original = shared_sample().read_text(encoding="utf-8")
    path = tmp_path / "generated_post_ja.md"
    path.write_text(original, encoding="utf-8")
    window = open_window(manager, qtbot, path)
    wait_for_checks(qtbot, window)
    assert {f.kind for f in findings_of(window, "duplicate")} >= {"echo", "section", "restart"}
    window.panel.fix_all_button.click()
    fixed = window.editor.text()
    assert _warnings(fixed) == []
    minutes = compute_stats(split(fixed).body).reading_minutes
    assert f"reading_time: {max(1, round(minutes))}\n" in fixed
    assert [f for f in run_checks(fixed) if f.kind == "reading-time"] == []
    assert "そして社会に生きる私たち一人ひとりも" in fixed  # the section copy's new clause
    assert fixed.count("ひしひしと伝わってくるんだ") == 2
    assert fixed.endswith("じゃないか。")  # no stray blank line (the sample has no final newline)
    window.undo()
    assert window.editor.text() == original


def test_after_a_fix_and_its_undo_the_cursor_stays_at_the_fixed_place(
    manager: WindowManager, qtbot: Any, tmp_path: Path
) -> None:
    path = tmp_path / "draft.md"
    path.write_text(DRAFT, encoding="utf-8")
    window = open_window(manager, qtbot, path)
    wait_for_checks(qtbot, window)
    [marker] = findings_of(window, "generation-marker")
    window.panel.tree.setCurrentItem(window.panel.item_for(marker))
    window.panel.fix_button.click()
    assert window.editor.line_column()[0] >= 12
    window.undo()
    assert window.editor.text() == DRAFT
    assert window.editor.line_column()[0] >= 12


def test_a_finding_without_a_related_passage_clears_the_previous_dashed_box(
    manager: WindowManager, qtbot: Any, post: Path
) -> None:
    window = open_window(manager, qtbot, post)
    copy = Finding(
        "duplicate", Severity.WARNING, "Repeats line 8.", "8行目の繰り返し。", Span(10, 10, 1, 0),
        (Span(8, 8, 1, 0),), kind="exact", key="copy",
    )  # fmt: skip
    alone = Finding(
        "truncated", Severity.WARNING, "Cut.", "途切れ。", Span(10, 10, 1, 0), kind="mid-cut",
        key="cut",
    )  # fmt: skip
    window.panel.set_findings([copy, alone])
    count = "document.querySelectorAll('.kosei-related').length"
    click_finding(qtbot, window, copy)
    qtbot.waitUntil(lambda: run_js(qtbot, window, count) == 1, timeout=5000)
    click_finding(qtbot, window, alone)
    qtbot.waitUntil(lambda: run_js(qtbot, window, count) == 0, timeout=5000)


def test_ignored_findings_are_counted_shown_and_brought_back(
    manager: WindowManager, qtbot: Any, tmp_path: Path
) -> None:
    path = tmp_path / "draft.md"
    path.write_text(DRAFT, encoding="utf-8")
    window = open_window(manager, qtbot, path)
    wait_for_checks(qtbot, window)
    [marker] = findings_of(window, "generation-marker")
    panel = window.panel
    panel.tree.setCurrentItem(panel.item_for(marker))
    panel.ignore_button.click()
    assert findings_of(window, "generation-marker") == []
    assert panel.ignored_button.isVisible() or not window.isVisible()
    assert panel.ignored_button.text() == "1 ignored"
    panel.ignored_button.click()  # show them
    titles = [panel.tree.topLevelItem(i).text(0) for i in range(panel.tree.topLevelItemCount())]
    assert titles[-1] == "Ignored"
    ignored = panel.tree.topLevelItem(len(titles) - 1).child(0)
    panel.tree.setCurrentItem(ignored)
    assert panel.ignore_button.text() == "Un-ignore"
    panel.ignore_button.click()
    assert [f.key for f in findings_of(window, "generation-marker")] == [marker.key]
    assert window.settings.ignored_findings.get(str(path.resolve()), []) == []


def test_undo_restores_an_ignore_before_undoing_text(
    manager: WindowManager, qtbot: Any, tmp_path: Path
) -> None:
    path = tmp_path / "draft.md"
    path.write_text(DRAFT, encoding="utf-8")
    window = open_window(manager, qtbot, path)
    wait_for_checks(qtbot, window)
    [marker] = findings_of(window, "generation-marker")
    window.panel.tree.setCurrentItem(window.panel.item_for(marker))
    window.panel.ignore_button.click()
    assert findings_of(window, "generation-marker") == []
    window.activateWindow()
    window.editor.setFocus()
    qtbot.keyClick(window.editor, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert [f.key for f in findings_of(window, "generation-marker")] == [marker.key]
    assert window.editor.text() == DRAFT
    qtbot.keyClicks(window.editor, "x")
    qtbot.keyClick(window.editor, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert window.editor.text() == DRAFT  # the next Undo undoes typing again


@pytest.mark.parametrize("with_marker", [True, False], ids=["marker", "clean"])
def test_export_says_when_the_post_still_has_error_findings(
    manager: WindowManager, qtbot: Any, tmp_path: Path, monkeypatch: Any, with_marker: bool
) -> None:
    path = tmp_path / "draft.md"
    text = DRAFT if with_marker else DRAFT.replace("[DONE]\n", "")
    path.write_text(text, encoding="utf-8")
    window = open_window(manager, qtbot, path)
    wait_for_checks(qtbot, window)
    target = tmp_path / "out.html"
    monkeypatch.setattr(
        ExportOptionsDialog, "ask", classmethod(lambda cls, p, fmt, i=None: ExportChoice("html"))
    )
    monkeypatch.setattr(dialogs, "ask_export_path", lambda _p, _s, _f: target)
    window.actions_by_name["export_html"].trigger()
    assert target.is_file()
    message = window.status.currentMessage()
    assert str(target) in message
    assert ("1 error finding still in the post" in message) is with_marker
