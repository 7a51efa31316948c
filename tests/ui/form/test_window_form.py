"""The form inside the real window: an edit changes exactly one key's line, as one undo step."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt

from editor.ui.app.windows import WindowManager
from tests.ui.conftest import open_window, preview_text

POST = (
    "---\n"
    "# comment kept\n"
    'title: "Old title"   # trailing comment\n'
    "date: 2026-02-11 13:49:15 +0000\n"
    "tags: [a, b]\n"
    "zeta_custom: keep me\n"
    "---\n"
    "\n"
    "Body text.\n"
)


def test_editing_the_title_field_changes_only_the_title_line(
    manager: WindowManager, qtbot: Any, tmp_path: Path
) -> None:
    path = tmp_path / "post.md"
    path.write_text(POST, encoding="utf-8")
    window = open_window(manager, qtbot, path)
    qtbot.waitUntil(lambda: "title" in window.form.fields, timeout=5000)
    title = window.form.fields["title"]
    title.edit.selectAll()
    qtbot.keyClicks(title.edit, "New title")
    qtbot.keyClick(title.edit, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: "New title" in window.editor.text(), timeout=5000)
    before, after = POST.split("\n"), window.editor.text().split("\n")
    changed = [(b, a) for b, a in zip(before, after, strict=True) if b != a]
    assert len(changed) == 1
    assert changed[0][1].startswith("title:") and "New title" in changed[0][1]
    assert "# trailing comment" in changed[0][1]
    qtbot.waitUntil(lambda: "New title" in preview_text(qtbot, window), timeout=5000)
    window.editor.undo()
    assert window.editor.text() == POST


def test_editing_the_raw_front_matter_updates_the_form(
    manager: WindowManager, qtbot: Any, tmp_path: Path
) -> None:
    path = tmp_path / "post.md"
    path.write_text(POST, encoding="utf-8")
    window = open_window(manager, qtbot, path)
    cursor = window.editor.textCursor()
    cursor.setPosition(window.editor.position_of(3, 9))
    window.editor.setTextCursor(cursor)
    qtbot.keyClicks(window.editor, "Renamed ")
    qtbot.waitUntil(
        lambda: window.form.fields["title"].value() == "Renamed Old title", timeout=5000
    )


def test_saving_after_a_form_edit_keeps_every_other_byte(
    manager: WindowManager, qtbot: Any, tmp_path: Path
) -> None:
    path = tmp_path / "post.md"
    path.write_bytes(POST.replace("\n", "\r\n").encode("utf-8"))
    window = open_window(manager, qtbot, path)
    qtbot.waitUntil(lambda: "title" in window.form.fields, timeout=5000)
    title = window.form.fields["title"]
    title.edit.selectAll()
    qtbot.keyClicks(title.edit, "T2")
    qtbot.keyClick(title.edit, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: "T2" in window.editor.text(), timeout=5000)
    window.actions_by_name["save"].trigger()
    expected = POST.replace('"Old title"', '"T2"').replace("\n", "\r\n").encode("utf-8")
    assert path.read_bytes() == expected


def test_a_site_chosen_by_hand_is_remembered_for_the_folder(qtbot: Any, tmp_path: Path) -> None:
    from editor.core.settings import load_settings

    folder = tmp_path / "blog"
    folder.mkdir()
    first, second = folder / "one.md", folder / "two.md"
    for path in (first, second):
        path.write_text("---\ntitle: T\ndraft: true\n---\n\nBody.\n", encoding="utf-8")
    settings_path = tmp_path / "settings.json"
    manager = WindowManager(load_settings(settings_path), settings_path)
    window = open_window(manager, qtbot, first)
    assert window.form.preset_name == "generic"
    window.form.preset_combo.setCurrentIndex(window.form.preset_combo.findData("jekyll"))
    window.form.preset_combo.activated.emit(window.form.preset_combo.currentIndex())
    # The draft note now names Jekyll: it ignores draft: true.
    qtbot.waitUntil(
        lambda: any(f.kind == "draft-ignored" for f in window.panel.findings), timeout=5000
    )
    window.close()
    again = WindowManager(load_settings(settings_path), settings_path)
    other = open_window(again, qtbot, second)
    assert other.form.preset_name == "jekyll" and "published" in other.form.fields
    other.close()
