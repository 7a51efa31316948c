"""Spelling in the real window: underlines, the context menu and its actions."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QTextCursor

from editor.core.language.site_files import site_words_path
from editor.ui.app.windows import WindowManager
from editor.ui.window.main_window import MainWindow
from tests.ui.conftest import open_window

TEXT = (
    "---\ntitle: Spelling\n---\n\nThis paragraph has a mistake: recieve it.\n\n`recieve` in code.\n"
)


def _wait_spelling(qtbot: Any, window: MainWindow) -> None:
    window.spelling.run_now()
    qtbot.waitUntil(lambda: not window.spelling.runner.busy, timeout=15000)
    qtbot.wait(10)


def _underlined(window: MainWindow) -> list[str]:
    text = window.editor.toPlainText()
    return [text[a:b] for a, b in window.editor.marks("spelling")]


def _menu_at_word(window: MainWindow, word: str) -> Any:
    position = window.editor.toPlainText().index(word) + 1
    cursor = QTextCursor(window.editor.document())
    cursor.setPosition(position)
    point = window.editor.cursorRect(cursor).center()
    return window.spelling.build_menu(point)


def _action(menu: Any, name: str) -> Any:
    return next(a for a in menu.actions() if a.objectName() == name)


def test_unknown_word_is_underlined_but_not_in_code(
    manager: WindowManager, qtbot: Any, tmp_path: Path
) -> None:
    path = tmp_path / "post.md"
    path.write_text(TEXT, encoding="utf-8")
    window = open_window(manager, qtbot, path)
    _wait_spelling(qtbot, window)
    assert _underlined(window) == ["recieve"]


def test_context_menu_suggestion_replaces_the_word(
    manager: WindowManager, qtbot: Any, tmp_path: Path
) -> None:
    path = tmp_path / "post.md"
    path.write_text(TEXT, encoding="utf-8")
    window = open_window(manager, qtbot, path)
    _wait_spelling(qtbot, window)
    menu = _menu_at_word(window, "recieve it")
    suggestions = [a.text() for a in menu.actions() if a.objectName() == "spelling_suggestion"]
    assert suggestions and suggestions[0] == "receive" and len(suggestions) <= 7
    menu.actions()[0].trigger()
    assert "mistake: receive it." in window.editor.text()
    _wait_spelling(qtbot, window)
    assert _underlined(window) == []


def test_add_to_dictionary_writes_the_personal_list(
    manager: WindowManager, qtbot: Any, tmp_path: Path
) -> None:
    path = tmp_path / "post.md"
    path.write_text(TEXT, encoding="utf-8")
    window = open_window(manager, qtbot, path)
    _wait_spelling(qtbot, window)
    _action(_menu_at_word(window, "recieve it"), "spelling_add_personal").trigger()
    personal = manager.data_folder() / "dictionaries" / "personal.txt"
    assert personal.read_text(encoding="utf-8") == "recieve\n"
    _wait_spelling(qtbot, window)
    assert _underlined(window) == []


def test_add_to_site_word_list_writes_kosei_words(
    manager: WindowManager, qtbot: Any, tmp_path: Path
) -> None:
    site = tmp_path / "blog"
    (site / "_posts").mkdir(parents=True)
    (site / "_config.yml").write_text("title: Blog\n", encoding="utf-8")
    path = site / "_posts" / "2024-01-01-post.md"
    path.write_text(TEXT, encoding="utf-8")
    window = open_window(manager, qtbot, path)
    _wait_spelling(qtbot, window)
    _action(_menu_at_word(window, "recieve it"), "spelling_add_site").trigger()
    assert site_words_path(site).read_text(encoding="utf-8") == "recieve\n"
    _wait_spelling(qtbot, window)
    assert _underlined(window) == []


def test_ignore_in_this_post_remembers_the_word_for_this_file_only(
    manager: WindowManager, qtbot: Any, tmp_path: Path
) -> None:
    path = tmp_path / "post.md"
    path.write_text(TEXT, encoding="utf-8")
    window = open_window(manager, qtbot, path)
    _wait_spelling(qtbot, window)
    menu = _menu_at_word(window, "recieve it")
    assert all(a.objectName() != "spelling_add_site" for a in menu.actions())  # no site here
    _action(menu, "spelling_ignore").trigger()
    _wait_spelling(qtbot, window)
    assert _underlined(window) == []
    assert manager.settings.spelling_ignored_words == {str(path.resolve()): ["recieve"]}
    other = tmp_path / "other.md"
    other.write_text(TEXT, encoding="utf-8")
    second = open_window(manager, qtbot, other)
    _wait_spelling(qtbot, second)
    assert _underlined(second) == ["recieve"]


def test_word_being_typed_is_not_underlined_until_left(
    manager: WindowManager, qtbot: Any, tmp_path: Path
) -> None:
    path = tmp_path / "post.md"
    path.write_text("Some text here.\n", encoding="utf-8")
    window = open_window(manager, qtbot, path)
    window.editor.moveCursor(QTextCursor.MoveOperation.End)
    qtbot.keyClicks(window.editor, "A wrnog")
    _wait_spelling(qtbot, window)
    assert _underlined(window) == []  # the cursor is still in the word
    qtbot.keyClick(window.editor, Qt.Key.Key_Space)
    qtbot.keyClicks(window.editor, "word")
    _wait_spelling(qtbot, window)
    assert _underlined(window) == ["wrnog"]
