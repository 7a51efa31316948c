"""Editing helpers through the real window: lists, Tab, format shortcuts, smart paste, IME."""

from __future__ import annotations

import os
import stat
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QMimeData, Qt
from PySide6.QtGui import QColor, QImage, QInputMethodEvent, QKeySequence, QTextCursor
from PySide6.QtWidgets import QApplication

from editor.ui.app.windows import WindowManager
from editor.ui.dialogs import questions as dialogs
from editor.ui.window.main_window import MainWindow
from tests.ui.conftest import open_window

CTRL = Qt.KeyboardModifier.ControlModifier
FRONT = "---\ntitle: Lists\n---\n\n"


def window_with(manager: WindowManager, qtbot: Any, tmp_path: Path, body: str) -> MainWindow:
    """A saved post holding ``body`` (after front matter), cursor at its end, editor focused."""
    path = tmp_path / "lists.md"
    path.write_text(FRONT + body, encoding="utf-8")
    window = open_window(manager, qtbot, path)
    window.activateWindow()
    window.editor.setFocus()
    window.editor.moveCursor(QTextCursor.MoveOperation.End)
    return window


def body(window: MainWindow) -> str:
    text = window.editor.text()
    assert text.startswith(FRONT)
    return text[len(FRONT) :]


def press_enter(qtbot: Any, window: MainWindow) -> None:
    qtbot.keyClick(window.editor, Qt.Key.Key_Return)


def select(window: MainWindow, start: int, end: int) -> None:
    """Select body characters ``start``..``end``."""
    cursor = window.editor.textCursor()
    cursor.setPosition(len(FRONT) + start)
    cursor.setPosition(len(FRONT) + end, QTextCursor.MoveMode.KeepAnchor)
    window.editor.setTextCursor(cursor)


@pytest.mark.parametrize(
    ("line", "next_prefix"),
    [
        ("- one", "- "),
        ("* one", "* "),
        ("+ one", "+ "),
        ("1. one", "2. "),
        ("3) one", "4) "),
        ("- [x] done", "- [ ] "),
        ("  - nested", "  - "),
    ],
)
def test_enter_continues_the_list(
    manager: WindowManager, qtbot: Any, tmp_path: Path, line: str, next_prefix: str
) -> None:
    window = window_with(manager, qtbot, tmp_path, line)
    press_enter(qtbot, window)
    qtbot.keyClicks(window.editor, "two")
    assert body(window) == f"{line}\n{next_prefix}two"


def test_numbered_items_count_up(manager: WindowManager, qtbot: Any, tmp_path: Path) -> None:
    window = window_with(manager, qtbot, tmp_path, "1. one")
    for word in ("two", "three"):
        press_enter(qtbot, window)
        qtbot.keyClicks(window.editor, word)
    assert body(window) == "1. one\n2. two\n3. three"


def test_a_list_continuation_is_one_undo_step(
    manager: WindowManager, qtbot: Any, tmp_path: Path
) -> None:
    window = window_with(manager, qtbot, tmp_path, "")
    qtbot.keyClicks(window.editor, "- one")
    press_enter(qtbot, window)
    assert body(window) == "- one\n- "
    window.editor.undo()
    assert body(window) == "- one"


def test_enter_on_an_empty_item_ends_the_list(
    manager: WindowManager, qtbot: Any, tmp_path: Path
) -> None:
    window = window_with(manager, qtbot, tmp_path, "- one")
    press_enter(qtbot, window)
    press_enter(qtbot, window)
    qtbot.keyClicks(window.editor, "After.")
    assert body(window) == "- one\n\nAfter."


def test_quote_continues_at_its_depth(manager: WindowManager, qtbot: Any, tmp_path: Path) -> None:
    window = window_with(manager, qtbot, tmp_path, "> > deep")
    press_enter(qtbot, window)
    qtbot.keyClicks(window.editor, "more")
    assert body(window) == "> > deep\n> > more"


def test_enter_inside_a_code_fence_is_a_plain_newline(
    manager: WindowManager, qtbot: Any, tmp_path: Path
) -> None:
    window = window_with(manager, qtbot, tmp_path, "```\n- not a list\n```")
    cursor = window.editor.textCursor()
    cursor.setPosition(len(FRONT) + len("```\n- not a list"))
    window.editor.setTextCursor(cursor)
    press_enter(qtbot, window)
    assert body(window) == "```\n- not a list\n\n```"


def test_enter_in_front_matter_is_a_plain_newline(
    manager: WindowManager, qtbot: Any, tmp_path: Path
) -> None:
    window = window_with(manager, qtbot, tmp_path, "")
    window.editor.set_text("---\ntags:\n  - a\n---\n")
    cursor = window.editor.textCursor()
    cursor.setPosition(len("---\ntags:\n  - a"))
    window.editor.setTextCursor(cursor)
    press_enter(qtbot, window)
    assert window.editor.text() == "---\ntags:\n  - a\n\n---\n"


def test_tab_nests_an_item_and_one_undo_takes_it_back(
    manager: WindowManager, qtbot: Any, tmp_path: Path
) -> None:
    window = window_with(manager, qtbot, tmp_path, "1. one\n2. two")
    qtbot.keyClick(window.editor, Qt.Key.Key_Tab)
    assert body(window) == "1. one\n   1. two"
    window.editor.undo()
    assert body(window) == "1. one\n2. two"


def test_shift_tab_returns_an_item_to_its_parent_level(
    manager: WindowManager, qtbot: Any, tmp_path: Path
) -> None:
    window = window_with(manager, qtbot, tmp_path, "- one\n  - two")
    qtbot.keyClick(window.editor, Qt.Key.Key_Backtab, Qt.KeyboardModifier.ShiftModifier)
    assert body(window) == "- one\n- two"
    window.editor.undo()
    assert body(window) == "- one\n  - two"


def test_tab_over_a_selection_indents_every_line_in_one_undo_step(
    manager: WindowManager, qtbot: Any, tmp_path: Path
) -> None:
    window = window_with(manager, qtbot, tmp_path, "- a\n- b\n- c")
    select(window, len("- a\n"), len("- a\n- b\n- c"))
    qtbot.keyClick(window.editor, Qt.Key.Key_Tab)
    assert body(window) == "- a\n  - b\n  - c"
    assert window.editor.textCursor().selectedText() == "  - b\u2029  - c"
    window.editor.undo()
    assert body(window) == "- a\n- b\n- c"


def test_tab_in_a_paragraph_inserts_spaces(
    manager: WindowManager, qtbot: Any, tmp_path: Path
) -> None:
    window = window_with(manager, qtbot, tmp_path, "ab")
    qtbot.keyClick(window.editor, Qt.Key.Key_Tab)
    assert body(window) == "ab  "
    assert window.editor.hasFocus()


def test_ctrl_b_wraps_the_selection_and_again_unwraps_it(
    manager: WindowManager, qtbot: Any, tmp_path: Path
) -> None:
    window = window_with(manager, qtbot, tmp_path, "a word here")
    select(window, 2, 6)
    qtbot.keyClick(window.editor, Qt.Key.Key_B, CTRL)
    assert body(window) == "a **word** here"
    assert window.editor.textCursor().selectedText() == "word"
    qtbot.keyClick(window.editor, Qt.Key.Key_B, CTRL)
    assert body(window) == "a word here"


@pytest.mark.parametrize(
    ("key", "modifiers", "expected"),
    [
        (Qt.Key.Key_I, CTRL, "*x*"),
        (Qt.Key.Key_QuoteLeft, CTRL, "`x`"),
        (Qt.Key.Key_C, CTRL | Qt.KeyboardModifier.ShiftModifier, "`x`"),
        (Qt.Key.Key_B, CTRL, "**x**"),
    ],
)
def test_format_shortcut_without_selection_puts_the_cursor_between_markers(
    manager: WindowManager, qtbot: Any, tmp_path: Path, key: Qt.Key, modifiers: Any, expected: str
) -> None:
    window = window_with(manager, qtbot, tmp_path, "")
    qtbot.keyClick(window.editor, key, modifiers)
    qtbot.keyClicks(window.editor, "x")
    assert body(window) == expected


def test_ctrl_k_links_the_selection_with_the_url_ready_to_type(
    manager: WindowManager, qtbot: Any, tmp_path: Path
) -> None:
    window = window_with(manager, qtbot, tmp_path, "see Kosei now")
    select(window, 4, 9)
    qtbot.keyClick(window.editor, Qt.Key.Key_K, CTRL)
    qtbot.keyClicks(window.editor, "https://example.com")
    assert body(window) == "see [Kosei](https://example.com) now"


def test_format_shortcut_in_the_form_leaves_the_body_alone(
    manager: WindowManager, qtbot: Any, tmp_path: Path
) -> None:
    window = window_with(manager, qtbot, tmp_path, "body")
    select(window, 0, 4)
    window.editor.clearFocus()
    window.form.setFocus()
    window.form.focusNextChild()
    assert window.focusWidget() is not window.editor
    window.actions_by_name["bold"].trigger()
    assert body(window) == "body"


def test_pasting_a_url_over_a_selection_makes_a_link(
    manager: WindowManager, qtbot: Any, tmp_path: Path
) -> None:
    window = window_with(manager, qtbot, tmp_path, "read the docs")
    select(window, 9, 13)
    QApplication.clipboard().setText("https://example.com/docs")
    qtbot.keyClick(window.editor, Qt.Key.Key_V, CTRL)
    assert body(window) == "read the [docs](https://example.com/docs)"


def test_pasting_a_url_without_selection_inserts_it(
    manager: WindowManager, qtbot: Any, tmp_path: Path
) -> None:
    window = window_with(manager, qtbot, tmp_path, "at ")
    QApplication.clipboard().setText("https://example.com")
    qtbot.keyClick(window.editor, Qt.Key.Key_V, CTRL)
    assert body(window) == "at https://example.com"


def red_square() -> QImage:
    image = QImage(8, 6, QImage.Format.Format_RGB32)
    image.fill(QColor("red"))
    return image


def image_data() -> QMimeData:
    data = QMimeData()
    data.setImageData(red_square())
    return data


def test_pasting_an_image_saves_a_png_next_to_the_post_and_links_it(
    manager: WindowManager, qtbot: Any, tmp_path: Path
) -> None:
    window = window_with(manager, qtbot, tmp_path, "Look: ")
    QApplication.clipboard().setImage(red_square())
    qtbot.keyClick(window.editor, Qt.Key.Key_V, CTRL)
    [saved] = (tmp_path / "images").iterdir()
    assert saved.suffix == ".png" and saved.stem.startswith("lists-")
    image = QImage(str(saved))
    assert (image.width(), image.height()) == (8, 6)
    assert image.pixelColor(3, 3) == QColor("red")
    assert body(window) == f"Look: ![{saved.stem}](images/{saved.name})"


def test_a_pasted_image_has_its_alt_text_selected_for_typing_and_is_not_executable(
    manager: WindowManager, qtbot: Any, tmp_path: Path
) -> None:
    window = window_with(manager, qtbot, tmp_path, "Look: ")
    QApplication.clipboard().setImage(red_square())
    qtbot.keyClick(window.editor, Qt.Key.Key_V, CTRL)
    [saved] = (tmp_path / "images").iterdir()
    assert window.editor.textCursor().selectedText() == saved.stem
    umask = os.umask(0)
    os.umask(umask)
    assert stat.S_IMODE(saved.stat().st_mode) == 0o666 & ~umask
    qtbot.keyClicks(window.editor, "A red square")
    assert body(window) == f"Look: ![A red square](images/{saved.name})"


def test_a_second_pasted_image_gets_its_own_file(
    manager: WindowManager, qtbot: Any, tmp_path: Path
) -> None:
    window = window_with(manager, qtbot, tmp_path, "")
    window.editor.insertFromMimeData(image_data())
    window.editor.insertFromMimeData(image_data())
    assert len(list((tmp_path / "images").iterdir())) == 2


def test_pasting_an_image_into_an_untitled_post_asks_to_save_first(
    manager: WindowManager, qtbot: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    shown: list[str] = []
    monkeypatch.setattr(dialogs, "show_error", lambda _parent, _title, text: shown.append(text))
    window = manager.new_window()
    window.editor.setFocus()
    window.editor.insertFromMimeData(image_data())
    assert window.editor.text() == ""
    assert len(shown) == 1 and "Save the post first" in shown[0]


def test_an_image_that_cannot_be_written_is_reported_and_nothing_inserted(
    manager: WindowManager, qtbot: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    shown: list[str] = []
    monkeypatch.setattr(dialogs, "show_error", lambda _parent, _title, text: shown.append(text))
    window = window_with(manager, qtbot, tmp_path, "text")
    (tmp_path / "images").write_text("a file in the way", encoding="utf-8")
    window.editor.insertFromMimeData(image_data())
    assert body(window) == "text"
    assert len(shown) == 1 and "images" in shown[0] and "Nothing was inserted" in shown[0]


def test_an_image_with_text_beside_it_pastes_the_text(
    manager: WindowManager, qtbot: Any, tmp_path: Path
) -> None:
    window = window_with(manager, qtbot, tmp_path, "")
    data = image_data()
    data.setText("cells")
    window.editor.insertFromMimeData(data)
    assert body(window) == "cells"
    assert not (tmp_path / "images").exists()


def compose(window: MainWindow, preedit: str) -> None:
    window.editor.inputMethodEvent(QInputMethodEvent(preedit, []))


def commit(window: MainWindow, text: str) -> None:
    event = QInputMethodEvent("", [])
    event.setCommitString(text)
    window.editor.inputMethodEvent(event)


def test_enter_while_the_ime_is_composing_is_not_a_list_continuation(
    manager: WindowManager, qtbot: Any, tmp_path: Path
) -> None:
    window = window_with(manager, qtbot, tmp_path, "- 項目")
    compose(window, "にほん")
    assert window.editor.editing.composing()
    press_enter(qtbot, window)
    assert "\n- " not in body(window)


def test_enter_after_the_ime_commits_continues_the_list(
    manager: WindowManager, qtbot: Any, tmp_path: Path
) -> None:
    window = window_with(manager, qtbot, tmp_path, "- ")
    compose(window, "にほん")
    commit(window, "日本")
    press_enter(qtbot, window)
    assert body(window) == "- 日本\n- "


def test_list_helpers_count_characters_outside_the_bmp(
    manager: WindowManager, qtbot: Any, tmp_path: Path
) -> None:
    window = window_with(manager, qtbot, tmp_path, "- 𠮷野家 🍣 yum")
    cursor = window.editor.textCursor()
    cursor.movePosition(QTextCursor.MoveOperation.Left, n=4)
    window.editor.setTextCursor(cursor)
    press_enter(qtbot, window)
    assert body(window) == "- 𠮷野家 🍣\n- yum"


def test_edit_menu_has_the_clipboard_actions_with_standard_shortcuts(
    manager: WindowManager, qtbot: Any, tmp_path: Path
) -> None:
    window = window_with(manager, qtbot, tmp_path, "alpha beta")
    for name, key in (
        ("cut", QKeySequence.StandardKey.Cut),
        ("copy", QKeySequence.StandardKey.Copy),
        ("paste", QKeySequence.StandardKey.Paste),
        ("select_all", QKeySequence.StandardKey.SelectAll),
    ):
        action = window.actions_by_name[name]
        assert action in window.menus["&Edit"].actions()
        assert action.shortcut() == QKeySequence(key)
    window.actions_by_name["select_all"].trigger()
    window.actions_by_name["copy"].trigger()
    everything = window.editor.text()
    assert QApplication.clipboard().text() == everything
    window.actions_by_name["cut"].trigger()
    assert window.editor.text() == ""
    window.actions_by_name["paste"].trigger()
    assert window.editor.text() == everything


def test_format_menu_inserts_a_table_tab_moves_between_cells_and_format_aligns(
    manager: WindowManager, qtbot: Any, tmp_path: Path
) -> None:
    window = window_with(manager, qtbot, tmp_path, "")
    window.actions_by_name["table"].trigger()
    assert window.editor.textCursor().selectedText() == "Column 1"
    window.editor.insertPlainText("名前")  # QTest types ASCII only
    qtbot.keyClick(window.editor, Qt.Key.Key_Tab)
    assert window.editor.textCursor().selectedText() == "Column 2"
    qtbot.keyClicks(window.editor, "Age")
    qtbot.keyClick(window.editor, Qt.Key.Key_Backtab)
    assert window.editor.textCursor().selectedText() == "名前"
    window.actions_by_name["format_table"].trigger()
    assert body(window).split("\n")[:3] == ["| 名前 | Age |", "| ---- | --- |", "|      |     |"]


def test_format_menu_headings_rule_code_block_and_footnote(
    manager: WindowManager, qtbot: Any, tmp_path: Path
) -> None:
    window = window_with(manager, qtbot, tmp_path, "Title")
    qtbot.keyClick(window.editor, Qt.Key.Key_2, CTRL)
    assert body(window) == "## Title"
    window.actions_by_name["heading_1"].trigger()
    assert body(window) == "# Title"
    window.actions_by_name["footnote"].trigger()
    assert body(window) == "# Title[^1]\n\n[^1]: note"
    assert window.editor.textCursor().selectedText() == "note"
    window.actions_by_name["code_block"].trigger()  # over the selected "note"
    assert body(window).endswith("[^1]: \n\n```\nnote\n```\n")
    window.actions_by_name["rule"].trigger()
    assert "\n---\n" in body(window)
    window.actions_by_name["image"].trigger()
    assert window.editor.textCursor().selectedText() == "description"
