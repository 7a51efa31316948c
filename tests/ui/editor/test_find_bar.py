from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QTextCursor

from editor.core.checks.findings import Span
from editor.ui.app.windows import WindowManager
from editor.ui.window.main_window import MainWindow
from tests.ui.conftest import open_window, preview_text

TEXT = (
    "---\ntitle: Find test\n---\n\n"
    "The cat sat. A Cat and a concat.\n\n"
    "2026-11-29 and 1999-01-02 are dates.\n\n"
    "ＡＢＣ and ABC; ｶﾀｶﾅ and カタカナ.\n"
)


def open_text(manager: WindowManager, qtbot: Any, tmp_path: Path, text: str = TEXT) -> MainWindow:
    path = tmp_path / "find.md"
    path.write_text(text, encoding="utf-8")
    window = open_window(manager, qtbot, path)
    window.show()
    qtbot.waitExposed(window)
    return window


def select(window: MainWindow, needle: str) -> None:
    start = window.editor.text().index(needle)
    cursor = window.editor.textCursor()
    cursor.setPosition(start)
    cursor.setPosition(start + len(needle), QTextCursor.MoveMode.KeepAnchor)
    window.editor.setTextCursor(cursor)


def search(qtbot: Any, window: MainWindow, query: str, **options: bool) -> None:
    """Open the bar, set options and type ``query``; wait for the debounced search."""
    window.actions_by_name["find"].trigger()
    bar = window.find_bar
    for name, value in options.items():
        getattr(bar, name).setChecked(value)
    bar.find_field.clear()
    if query.isascii():
        qtbot.keyClicks(bar.find_field, query)
    else:  # QTest can only type ASCII (it aborts on other characters)
        bar.find_field.setText(query)
    qtbot.waitUntil(lambda: not window.finder._timer.isActive(), timeout=3000)


def replace_all(qtbot: Any, window: MainWindow, replacement: str) -> None:
    window.actions_by_name["replace"].trigger()
    bar = window.find_bar
    bar.replace_field.setText(replacement)
    qtbot.mouseClick(bar.replace_all_button, Qt.MouseButton.LeftButton)


def selected(window: MainWindow) -> str:
    return window.editor.textCursor().selectedText()


def test_ctrl_f_opens_the_bar_with_the_selection_as_query(
    manager: WindowManager, qtbot: Any, tmp_path: Path
) -> None:
    window = open_text(manager, qtbot, tmp_path)
    select(window, "cat")
    window.editor.setFocus()
    qtbot.keyClick(window.editor, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert window.find_bar.isVisible()
    assert window.find_bar.query() == "cat"
    assert window.find_bar.find_field.hasFocus()
    assert window.find_bar.replace_field.isHidden()


def test_ctrl_h_shows_the_replace_field(manager: WindowManager, qtbot: Any, tmp_path: Path) -> None:
    window = open_text(manager, qtbot, tmp_path)
    window.editor.setFocus()
    qtbot.keyClick(window.editor, Qt.Key.Key_H, Qt.KeyboardModifier.ControlModifier)
    assert window.find_bar.isVisible()
    assert window.find_bar.replace_field.isVisible()


def test_escape_closes_the_bar_and_returns_focus_to_the_editor(
    manager: WindowManager, qtbot: Any, tmp_path: Path
) -> None:
    window = open_text(manager, qtbot, tmp_path)
    search(qtbot, window, "cat")
    qtbot.keyClick(window.find_bar.find_field, Qt.Key.Key_Escape)
    assert not window.find_bar.isVisible()
    qtbot.waitUntil(window.editor.hasFocus, timeout=2000)
    assert not [s for s in window.editor.extraSelections() if s.cursor.selectedText() == "cat"]


def test_count_label_shows_position_and_total(
    manager: WindowManager, qtbot: Any, tmp_path: Path
) -> None:
    window = open_text(manager, qtbot, tmp_path)
    window.editor.moveCursor(QTextCursor.MoveOperation.Start)
    search(qtbot, window, "cat")
    assert window.find_bar.count_label.text() == "1 of 3"
    assert selected(window) == "cat"
    qtbot.keyClick(window.find_bar.find_field, Qt.Key.Key_Return)
    assert window.find_bar.count_label.text() == "2 of 3"
    assert selected(window) == "Cat"


def test_search_waits_for_a_pause_in_typing(
    manager: WindowManager, qtbot: Any, tmp_path: Path
) -> None:
    window = open_text(manager, qtbot, tmp_path)
    window.actions_by_name["find"].trigger()
    qtbot.keyClicks(window.find_bar.find_field, "cat")
    assert window.finder._timer.isActive()
    assert window.finder.matches == []
    qtbot.waitUntil(lambda: len(window.finder.matches) == 3, timeout=3000)


def test_match_case_skips_other_cases(manager: WindowManager, qtbot: Any, tmp_path: Path) -> None:
    window = open_text(manager, qtbot, tmp_path)
    search(qtbot, window, "cat", match_case=True)
    found = [window.editor.text()[m.start : m.end] for m in window.finder.matches]
    assert found == ["cat", "cat"]  # "cat" and the end of "concat", not "Cat"


def test_whole_word_skips_the_end_of_concat(
    manager: WindowManager, qtbot: Any, tmp_path: Path
) -> None:
    window = open_text(manager, qtbot, tmp_path)
    search(qtbot, window, "cat", whole_word=True)
    found = [window.editor.text()[m.start : m.end] for m in window.finder.matches]
    assert found == ["cat", "Cat"]


def test_next_wraps_to_the_first_match_and_previous_to_the_last(
    manager: WindowManager, qtbot: Any, tmp_path: Path
) -> None:
    window = open_text(manager, qtbot, tmp_path)
    search(qtbot, window, "dates|sat", regex=True)
    first = window.editor.textCursor().selectionStart()
    qtbot.keyClick(window.find_bar.find_field, Qt.Key.Key_F3)
    assert window.find_bar.count_label.text() == "2 of 2"
    qtbot.keyClick(window.find_bar.find_field, Qt.Key.Key_F3)
    assert window.find_bar.count_label.text() == "1 of 2"
    assert window.editor.textCursor().selectionStart() == first
    qtbot.keyClick(window.find_bar.find_field, Qt.Key.Key_Return, Qt.KeyboardModifier.ShiftModifier)
    assert selected(window) == "dates"


def test_matches_are_highlighted_beside_the_checks_marks(
    manager: WindowManager, qtbot: Any, tmp_path: Path
) -> None:
    window = open_text(manager, qtbot, tmp_path)
    window.editor.mark_spans("finding", [Span(7, 7, 1, 4)], "#ffe08a")  # as the checks do
    search(qtbot, window, "cat")
    marked = [s.cursor.selectedText() for s in window.editor.extraSelections()]
    assert marked.count("cat") == 2 and marked.count("Cat") == 1
    assert "2026" in marked, "the checks' mark is kept"


def test_regex_groups_replace_all_is_one_undo_step(
    manager: WindowManager, qtbot: Any, tmp_path: Path
) -> None:
    window = open_text(manager, qtbot, tmp_path)
    original = window.editor.text()
    search(qtbot, window, r"(\d{4})-(?P<m>\d\d)-(\d\d)", regex=True)
    replace_all(qtbot, window, r"\3/\g<m>/\1")
    assert "29/11/2026 and 02/01/1999 are dates." in window.editor.text()
    assert window.find_bar.count_label.text() == "Replaced 2 matches"
    window.actions_by_name["undo"].trigger()
    assert window.editor.text() == original


def test_dollar_groups_replace_as_in_vs_code(
    manager: WindowManager, qtbot: Any, tmp_path: Path
) -> None:
    window = open_text(manager, qtbot, tmp_path)
    search(qtbot, window, r"(\d{4})-(\d\d)-(\d\d)", regex=True)
    assert "$1" in window.find_bar.replace_field.placeholderText()
    assert "$&" in window.find_bar.replace_field.toolTip()
    replace_all(qtbot, window, "$3.$2.$1 ($&)")
    assert "29.11.2026 (2026-11-29) and 02.01.1999 (1999-01-02) are dates." in window.editor.text()


def test_replace_current_replaces_the_selected_match_and_moves_on(
    manager: WindowManager, qtbot: Any, tmp_path: Path
) -> None:
    window = open_text(manager, qtbot, tmp_path)
    window.editor.moveCursor(QTextCursor.MoveOperation.Start)
    search(qtbot, window, "cat", whole_word=True)
    window.actions_by_name["replace"].trigger()
    window.find_bar.replace_field.setText("dog")
    qtbot.keyClick(window.find_bar.replace_field, Qt.Key.Key_Return)
    assert "The dog sat. A Cat and a concat." in window.editor.text()
    assert selected(window) == "Cat"


def test_replace_all_in_selection_changes_only_the_selection(
    manager: WindowManager, qtbot: Any, tmp_path: Path
) -> None:
    window = open_text(manager, qtbot, tmp_path)
    select(window, "2026-11-29 and 1999-01-02 are dates.\n\nＡＢＣ")
    window.actions_by_name["replace"].trigger()
    window.find_bar.in_selection.setChecked(True)
    window.find_bar.find_field.setText("a")
    replace_all(qtbot, window, "_")
    text = window.editor.text()
    assert "2026-11-29 _nd 1999-01-02 _re d_tes." in text
    assert "The cat sat. A Cat and a concat." in text
    assert "ＡＢＣ and ABC" in text


def test_invalid_regex_shows_an_error_and_changes_nothing(
    manager: WindowManager, qtbot: Any, tmp_path: Path
) -> None:
    window = open_text(manager, qtbot, tmp_path)
    original = window.editor.text()
    search(qtbot, window, "(cat", regex=True)
    label = window.find_bar.error_label
    assert label.isVisible()
    assert label.text().startswith("Regular expression error at position 1: missing )")
    assert "c0392b" in label.styleSheet()
    replace_all(qtbot, window, "dog")
    assert window.editor.text() == original
    assert not window.editor.document().isUndoAvailable()


def test_fold_width_finds_full_width_latin_and_half_width_katakana(
    manager: WindowManager, qtbot: Any, tmp_path: Path
) -> None:
    window = open_text(manager, qtbot, tmp_path)
    search(qtbot, window, "ABC", fold_width=True)
    found = [window.editor.text()[m.start : m.end] for m in window.finder.matches]
    assert found == ["ＡＢＣ", "ABC"]
    search(qtbot, window, "カタカナ", fold_width=True)
    found = [window.editor.text()[m.start : m.end] for m in window.finder.matches]
    assert found == ["ｶﾀｶﾅ", "カタカナ"]
    search(qtbot, window, "カタカナ", fold_width=False)
    assert len(window.finder.matches) == 1


def test_emoji_before_a_match_do_not_shift_selection_or_replacement(
    manager: WindowManager, qtbot: Any, tmp_path: Path
) -> None:
    window = open_text(manager, qtbot, tmp_path, "😀😀 cat 😀 cat\n")
    window.editor.moveCursor(QTextCursor.MoveOperation.Start)
    search(qtbot, window, "cat")
    qtbot.keyClick(window.find_bar.find_field, Qt.Key.Key_Return)
    assert selected(window) == "cat"
    replace_all(qtbot, window, "dog")
    assert window.editor.text() == "😀😀 dog 😀 dog\n"


def test_counts_follow_edits_while_the_bar_is_open(
    manager: WindowManager, qtbot: Any, tmp_path: Path
) -> None:
    window = open_text(manager, qtbot, tmp_path)
    search(qtbot, window, "cat", whole_word=True)
    assert len(window.finder.matches) == 2
    cursor = window.editor.textCursor()
    cursor.movePosition(QTextCursor.MoveOperation.End)
    cursor.insertText("\nOne more cat.\n")
    qtbot.waitUntil(lambda: len(window.finder.matches) == 3, timeout=3000)
    assert "3" in window.find_bar.count_label.text()


def test_preview_follows_replace_all(manager: WindowManager, qtbot: Any, tmp_path: Path) -> None:
    window = open_text(manager, qtbot, tmp_path)
    search(qtbot, window, "concat")
    replace_all(qtbot, window, "pussycat")
    qtbot.waitUntil(lambda: "pussycat" in preview_text(qtbot, window), timeout=10000)
    assert "concat" not in preview_text(qtbot, window)


def test_f3_with_the_bar_closed_opens_it_and_finds_the_next_match(
    manager: WindowManager, qtbot: Any, tmp_path: Path
) -> None:
    window = open_text(manager, qtbot, tmp_path)
    search(qtbot, window, "dates")
    qtbot.keyClick(window.find_bar.find_field, Qt.Key.Key_Escape)
    window.editor.moveCursor(QTextCursor.MoveOperation.Start)
    qtbot.keyClick(window.editor, Qt.Key.Key_F3)
    assert window.find_bar.isVisible()
    assert selected(window) == "dates"


def test_edit_menu_lists_the_find_actions_with_their_shortcuts(
    manager: WindowManager, qtbot: Any, tmp_path: Path
) -> None:
    window = open_text(manager, qtbot, tmp_path)
    edit_actions = window.menus["&Edit"].actions()
    shortcuts = {a.objectName(): a.shortcut().toString() for a in edit_actions}
    assert shortcuts["action_find"] == "Ctrl+F"
    assert shortcuts["action_replace"] == "Ctrl+H"
    assert shortcuts["action_find_next"] == "F3"
    assert shortcuts["action_find_previous"] == "Shift+F3"


def test_in_selection_without_a_selection_says_what_to_do(
    manager: WindowManager, qtbot: Any, tmp_path: Path
) -> None:
    window = open_text(manager, qtbot, tmp_path)
    window.editor.moveCursor(QTextCursor.MoveOperation.Start)
    search(qtbot, window, "cat", in_selection=True)
    assert window.finder.matches == []
    assert "Select text" in window.find_bar.count_label.text()


def test_find_matches_stay_visible_over_a_findings_related_mark(
    manager: WindowManager, qtbot: Any, post: Path
) -> None:
    from PySide6.QtGui import QColor

    from editor.ui.editor.find_controller import MATCH_COLOR
    from tests.ui.checks.test_checks_panel import click_finding, sample_finding

    window = open_window(manager, qtbot, post)
    search(qtbot, window, "paragraph")
    finding = sample_finding()  # related: line 8, "First paragraph."
    window.panel.set_findings([finding])
    click_finding(qtbot, window, finding)
    inside = window.editor.text().index("First paragraph.") + len("First p")
    covering = [
        s
        for s in window.editor.extraSelections()
        if s.cursor.selectionStart() <= inside < s.cursor.selectionEnd()
    ]
    assert len(covering) == 2  # the related copy and the match in it
    assert covering[-1].format.background().color() == QColor(MATCH_COLOR)  # painted last


def test_a_scroll_before_the_search_catches_up_marks_no_stale_positions(
    manager: WindowManager, qtbot: Any, tmp_path: Path
) -> None:
    """A reload from disk shrank the text and scrolled: old match offsets must not be painted."""
    long_text = "second\n" + "filler line\n\n" * 400 + "second\n"
    window = open_text(manager, qtbot, tmp_path, long_text)
    window.editor.moveCursor(QTextCursor.MoveOperation.End)
    search(qtbot, window, "second")
    window.editor.replace_text_minimal("---\ntitle: Shell\n---\n\nOne second here.\n")
    window.editor.verticalScrollBar().setValue(0)
    marked = [s.cursor.selectedText() for s in window.editor.extraSelections()]
    assert set(marked) <= {"", "second"}, marked  # marks moved with the text, or none
    qtbot.waitUntil(lambda: not window.finder._timer.isActive(), timeout=3000)
    assert [s.cursor.selectedText() for s in window.editor.extraSelections()] == ["second"]
