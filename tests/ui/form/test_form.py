"""The front-matter form on its own: each widget type makes exactly one key's change."""

from __future__ import annotations

import difflib
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QInputMethodEvent
from PySide6.QtWidgets import QApplication

from editor.ui.form import FrontMatterForm
from editor.ui.form.chips import ChipsField
from editor.ui.form.date_field import DateField
from editor.ui.form.fields import ABSENT, MultiLineField, NumberField, TextField
from editor.ui.form.switch_field import SwitchField

POST = """---
# Settings for this post
layout: post   # default layout
title: "First title"  # shown in lists
date: 2026-02-11 13:49:15 +0000
categories: [notes]
tags:
  - rust
  # - later
excerpt: >
  Two lines of
  folded excerpt.
published: true
weight: 10
params:
  toc: true
---
Body.
"""


@pytest.fixture
def form(qtbot: Any) -> FrontMatterForm:
    widget = FrontMatterForm()
    qtbot.addWidget(widget)
    widget.resize(360, 600)
    widget.show()
    return widget


def _jekyll_path(tmp_path: Path) -> Path:
    (tmp_path / "_posts").mkdir(exist_ok=True)
    return tmp_path / "_posts" / "2026-02-11-first.md"


def _changes(old: str, new: str) -> list[tuple[list[str], list[str]]]:
    a, b = old.split("\n"), new.split("\n")
    matcher = difflib.SequenceMatcher(None, a, b, autojunk=False)
    return [(a[i1:i2], b[j1:j2]) for tag, i1, i2, j1, j2 in matcher.get_opcodes() if tag != "equal"]


def _emitted(qtbot: Any, form: FrontMatterForm, action: Any) -> str:
    with qtbot.waitSignal(form.text_edit_requested, timeout=3000) as blocker:
        action()
    return str(blocker.args[0])


def test_set_source_fills_typed_fields_without_emitting(
    qtbot: Any, form: FrontMatterForm, tmp_path: Path
) -> None:
    with qtbot.assertNotEmitted(form.text_edit_requested):
        form.set_source(POST, _jekyll_path(tmp_path))
    assert form.preset_name == "jekyll"
    assert (
        isinstance(form.fields["title"], TextField)
        and form.fields["title"].value() == "First title"
    )
    assert isinstance(form.fields["excerpt"], MultiLineField)
    assert isinstance(form.fields["tags"], ChipsField) and form.fields["tags"].value() == ["rust"]
    assert (
        isinstance(form.fields["published"], SwitchField)
        and form.fields["published"].value() is True
    )
    assert isinstance(form.fields["date"], DateField)
    assert form.other.keys() == ["weight", "params"]
    assert not form.add_button.isVisible() and not form.message.isVisible()


def test_title_edit_changes_only_the_title_line(qtbot: Any, form: FrontMatterForm) -> None:
    form.set_source(POST, None)
    edit = form.fields["title"].edit  # type: ignore[attr-defined]
    edit.selectAll()
    qtbot.keyClicks(edit, "New title")
    new = _emitted(qtbot, form, lambda: qtbot.keyClick(edit, Qt.Key.Key_Return))
    assert _changes(POST, new) == [
        (['title: "First title"  # shown in lists'], ['title: "New title"  # shown in lists'])
    ]


def test_title_commits_after_a_pause_in_typing(qtbot: Any, form: FrontMatterForm) -> None:
    form.set_source(POST, None)
    edit = form.fields["title"].edit  # type: ignore[attr-defined]
    edit.setFocus()
    edit.end(False)
    new = _emitted(qtbot, form, lambda: qtbot.keyClicks(edit, "!"))
    assert 'title: "First title!"  # shown in lists' in new


def test_character_count_follows_typing(qtbot: Any, form: FrontMatterForm) -> None:
    form.set_source(POST, None)
    field = form.fields["title"]
    assert field.count is not None and field.count.text().startswith("11")  # type: ignore[attr-defined]
    event = QInputMethodEvent("", [])  # Japanese arrives from the input method, not as keys
    event.setCommitString("日本")
    field.edit.setFocus()  # type: ignore[attr-defined]
    QApplication.sendEvent(field.edit, event)  # type: ignore[attr-defined]
    assert field.count.text().startswith("13")  # type: ignore[attr-defined]


def test_multiline_excerpt_edit_changes_only_excerpt_lines(
    qtbot: Any, form: FrontMatterForm, tmp_path: Path
) -> None:
    form.set_source(POST, _jekyll_path(tmp_path))
    field = form.fields["excerpt"]
    assert field.edit.toPlainText() == "Two lines of folded excerpt."  # type: ignore[attr-defined]
    new = _emitted(qtbot, form, lambda: field.edit.setPlainText("Short excerpt."))  # type: ignore[attr-defined]
    assert _changes(POST, new) == [(["  Two lines of", "  folded excerpt."], ["  Short excerpt."])]


def _type_date(qtbot: Any, field: DateField, text: str) -> None:
    qtbot.mouseClick(field.edit, Qt.MouseButton.LeftButton)
    qtbot.keyClick(field.edit, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(field.edit, text)


def test_date_edit_keeps_written_format_and_offset(qtbot: Any, form: FrontMatterForm) -> None:
    form.set_source(POST, None)
    field = form.fields["date"]
    assert isinstance(field, DateField) and field.edit.text() == "2026-02-11 13:49:15 +00:00"
    _type_date(qtbot, field, "2026-02-12 13:49:15")
    new = _emitted(qtbot, form, lambda: qtbot.keyClick(field.edit, Qt.Key.Key_Tab))
    assert _changes(POST, new) == [
        (["date: 2026-02-11 13:49:15 +0000"], ["date: 2026-02-12 13:49:15 +0000"])
    ]


def test_a_typed_date_time_is_written_exactly(qtbot: Any, form: FrontMatterForm) -> None:
    form.set_source(POST, None)
    field = form.fields["date"]
    assert isinstance(field, DateField)
    _type_date(qtbot, field, "2025-12-24 18:05:07")
    new = _emitted(qtbot, form, lambda: qtbot.keyClick(field.edit, Qt.Key.Key_Tab))
    assert _changes(POST, new) == [
        (["date: 2026-02-11 13:49:15 +0000"], ["date: 2025-12-24 18:05:07 +0000"])
    ]


def test_a_pasted_date_with_its_own_offset_is_written_with_it(
    qtbot: Any, form: FrontMatterForm
) -> None:
    form.set_source(POST, None)
    field = form.fields["date"]
    assert isinstance(field, DateField)
    field.edit.selectAll()
    field.edit.insert("2025-12-24T18:05:07+09:00")  # what a paste does
    new = _emitted(qtbot, form, field.edit.editingFinished.emit)
    assert "date: 2025-12-24 18:05:07 +0900\n" in new


def test_date_only_value_stays_date_only(qtbot: Any, form: FrontMatterForm) -> None:
    text = POST.replace("date: 2026-02-11 13:49:15 +0000", "date: 2026-02-11")
    form.set_source(text, None)
    field = form.fields["date"]
    assert isinstance(field, DateField) and field.edit.text() == "2026-02-11"
    _type_date(qtbot, field, "2025-01-15")
    new = _emitted(qtbot, form, lambda: qtbot.keyClick(field.edit, Qt.Key.Key_Tab))
    assert _changes(text, new) == [(["date: 2026-02-11"], ["date: 2025-01-15"])]


def test_text_that_is_no_date_is_marked_and_not_written(qtbot: Any, form: FrontMatterForm) -> None:
    text = POST.replace("date: 2026-02-11 13:49:15 +0000", "date: 2026-01-15")
    form.set_source(text, None)
    field = form.fields["date"]
    assert isinstance(field, DateField)
    qtbot.mouseClick(field.edit, Qt.MouseButton.LeftButton)
    qtbot.keyClick(field.edit, Qt.Key.Key_Home)
    with qtbot.assertNotEmitted(form.text_edit_requested, wait=100):
        qtbot.keyClicks(field.edit, "2027")
        qtbot.keyClick(field.edit, Qt.Key.Key_Tab)
    assert field.edit.property("invalid") is True and "YYYY-MM-DD" in field.edit.toolTip()
    assert form.text() == text


def test_calendar_changes_the_day_and_keeps_the_time(qtbot: Any, form: FrontMatterForm) -> None:
    form.set_source(POST, None)
    field = form.fields["date"]
    assert isinstance(field, DateField)
    field.calendar_button.click()
    assert field.calendar.isVisible()
    day = field.calendar.selectedDate().addDays(3)
    new = _emitted(qtbot, form, lambda: field.calendar.clicked.emit(day))
    assert "date: 2026-02-14 13:49:15 +0000\n" in new and not field.calendar.isVisible()


def test_adding_a_tag_keeps_the_comments_of_the_other_tags(
    qtbot: Any, form: FrontMatterForm
) -> None:
    text = POST.replace("  - rust\n", "  - static-sites   # inline comment\n  - rust  # second\n")
    form.set_source(text, None)
    field = form.fields["tags"]
    assert isinstance(field, ChipsField)
    qtbot.keyClicks(field.entry, "web")
    new = _emitted(qtbot, form, lambda: qtbot.keyClick(field.entry, Qt.Key.Key_Return))
    assert _changes(text, new) == [([], ["  - web"])]


def test_a_folded_excerpt_keeps_its_style_and_final_newline(
    qtbot: Any, form: FrontMatterForm, tmp_path: Path
) -> None:
    form.set_source(POST, _jekyll_path(tmp_path))
    field = form.fields["excerpt"]
    edit = field.edit  # type: ignore[attr-defined]
    edit.setFocus()
    edit.moveCursor(edit.textCursor().MoveOperation.End)
    new = _emitted(qtbot, form, lambda: qtbot.keyClicks(edit, " More."))
    assert _changes(POST, new) == [
        (["  Two lines of", "  folded excerpt."], ["  Two lines of folded excerpt. More."])
    ]


def test_adding_a_tag_chip_changes_only_the_tag_list(qtbot: Any, form: FrontMatterForm) -> None:
    form.set_source(POST, None)
    field = form.fields["tags"]
    assert isinstance(field, ChipsField)
    qtbot.keyClicks(field.entry, "qt")
    new = _emitted(qtbot, form, lambda: qtbot.keyClick(field.entry, Qt.Key.Key_Return))
    assert _changes(POST, new) == [([], ["  - qt"])]
    assert "  - rust\n  - qt\n  # - later\n" in new


def test_removing_a_category_chip_keeps_flow_style(qtbot: Any, form: FrontMatterForm) -> None:
    text = POST.replace("categories: [notes]", "categories: [notes, misc]")
    form.set_source(text, None)
    field = form.fields["categories"]
    assert isinstance(field, ChipsField)
    new = _emitted(
        qtbot, form, lambda: qtbot.mouseClick(field.chip_button(0), Qt.MouseButton.LeftButton)
    )
    assert _changes(text, new) == [(["categories: [notes, misc]"], ["categories: [misc]"])]


def test_chip_completion_offers_values_from_sibling_posts(
    qtbot: Any, form: FrontMatterForm, tmp_path: Path
) -> None:
    path = _jekyll_path(tmp_path)
    (tmp_path / "_posts" / "2026-01-01-a.md").write_text(
        "---\ntags: [python, qt]\n---\n", encoding="utf-8"
    )
    (tmp_path / "_posts" / "2026-01-02-b.md").write_text(
        "---\ntags: [python]\n---\n", encoding="utf-8"
    )
    form.set_source(POST, path)
    field = form.fields["tags"]
    assert isinstance(field, ChipsField)
    field.entry.setFocus()
    qtbot.waitUntil(lambda: field._completion_model.stringList() == ["python", "qt"], timeout=3000)


def test_boolean_click_changes_only_that_line(
    qtbot: Any, form: FrontMatterForm, tmp_path: Path
) -> None:
    form.set_source(POST, _jekyll_path(tmp_path))
    new = _emitted(qtbot, form, lambda: _choose(form.fields["published"], False))
    assert _changes(POST, new) == [(["published: true"], ["published: false"])]


def _choose(field: Any, value: Any) -> None:
    """Pick ``value`` (True, False or ABSENT) in a switch as the writer does: open, pick."""
    assert isinstance(field, SwitchField)
    index = [ABSENT, True, False].index(value)
    field.combo.setCurrentIndex(index)
    field.combo.activated.emit(index)


def test_jekyll_published_absent_is_shown_as_published_and_can_be_restored(
    qtbot: Any, form: FrontMatterForm, tmp_path: Path
) -> None:
    text = POST.replace("published: true\n", "")
    form.set_source(text, _jekyll_path(tmp_path))
    field = form.fields["published"]
    assert isinstance(field, SwitchField) and field.value() is ABSENT
    assert "publishes" in field.combo.currentText() and "published: false" in field.rule.text()
    new = _emitted(qtbot, form, lambda: _choose(field, True))
    assert _changes(text, new) == [([], ["published: true"])]
    form.set_source(new, _jekyll_path(tmp_path))
    new = _emitted(qtbot, form, lambda: _choose(field, False))
    form.set_source(new, _jekyll_path(tmp_path))
    back = _emitted(qtbot, form, lambda: _choose(field, ABSENT))
    assert back == text


def test_generic_draft_says_jekyll_ignores_it_and_jekyll_has_no_draft(
    qtbot: Any, form: FrontMatterForm
) -> None:
    form.set_source("---\ntitle: T\n---\n", None)
    assert form.preset_name == "generic"
    draft = form.fields["draft"]
    assert isinstance(draft, SwitchField) and "Jekyll ignores" in draft.rule.text()
    form.set_preset("jekyll")
    assert "draft" not in form.fields and isinstance(form.fields["published"], SwitchField)
    form.set_preset("hugo")
    hugo_draft = form.fields["draft"]
    assert isinstance(hugo_draft, SwitchField) and "Hugo" in hugo_draft.rule.text()
    assert "Jekyll" not in hugo_draft.rule.text()


def test_number_field_commits_numbers_only(qtbot: Any) -> None:
    field = NumberField("weight")
    qtbot.addWidget(field)
    field.set_value(10)
    committed: list[object] = []
    field.value_committed.connect(committed.append)
    field.edit.setText("abc")
    field.commit()
    field.edit.setText("12")
    field.commit()
    assert committed == [12]


def test_table_edits_number_keeping_its_type(
    qtbot: Any, form: FrontMatterForm, tmp_path: Path
) -> None:
    form.set_source(POST, _jekyll_path(tmp_path))
    new = _emitted(qtbot, form, lambda: form.other.cell_edited(0, 1, "12"))
    assert _changes(POST, new) == [(["weight: 10"], ["weight: 12"])]


def test_table_shows_nested_summary_and_edits_it_as_json(
    qtbot: Any, form: FrontMatterForm, tmp_path: Path
) -> None:
    form.set_source(POST, _jekyll_path(tmp_path))
    item = form.other.table.item(1, 1)
    assert item.text() == "1 key" and item.data(Qt.ItemDataRole.UserRole) == '{"toc": true}'
    new = _emitted(qtbot, form, lambda: form.other.cell_edited(1, 1, '{"toc": false}'))
    assert _changes(POST, new) == [(["  toc: true"], ["  toc: false"])]


def test_table_renames_a_key_in_place(qtbot: Any, form: FrontMatterForm, tmp_path: Path) -> None:
    form.set_source(POST, _jekyll_path(tmp_path))
    new = _emitted(qtbot, form, lambda: form.other.cell_edited(0, 0, "order"))
    assert _changes(POST, new) == [(["weight: 10"], ["order: 10"])]


def test_table_removes_a_key(qtbot: Any, form: FrontMatterForm, tmp_path: Path) -> None:
    form.set_source(POST, _jekyll_path(tmp_path))
    form.other.table.setCurrentCell(0, 0)
    new = _emitted(qtbot, form, form.other.remove_button.click)
    assert _changes(POST, new) == [(["weight: 10"], [])]


def test_invalid_front_matter_is_read_only_with_parser_message(
    qtbot: Any, form: FrontMatterForm
) -> None:
    bad = "---\ntitle: Fine\ntags: [open\ndraft: true\n---\nBody\n"
    form.set_source(bad, None)
    assert form.read_only and form.message.isVisible()
    assert "line" in form.message.text() and "column" in form.message.text()
    assert form.fields["title"].edit.isReadOnly()  # type: ignore[attr-defined]
    assert not form.fields["draft"].combo.isEnabled()  # type: ignore[attr-defined]
    with qtbot.assertNotEmitted(form.text_edit_requested):
        form.fields["title"].value_committed.emit("changed")
        form.other.key_added.emit("new")
    assert form.text() == bad


def test_add_front_matter_button_uses_the_preset(qtbot: Any, form: FrontMatterForm) -> None:
    body = "# My heading\n\nText.\n"
    form.set_source(body, None)
    assert form.add_button.isVisible()
    new = _emitted(qtbot, form, form.add_button.click)
    today = date.today().isoformat()
    assert new == f"---\ntitle: My heading\ndate: {today}\ndraft: true\n---\n" + body


def test_hugo_toml_site_gets_toml_front_matter(
    qtbot: Any, form: FrontMatterForm, tmp_path: Path
) -> None:
    (tmp_path / "hugo.toml").write_text("title = 'site'\n", encoding="utf-8")
    (tmp_path / "content").mkdir()
    (tmp_path / "content" / "old.md").write_text("+++\ntitle = 'Old'\n+++\n", encoding="utf-8")
    form.set_source("Body.\n", tmp_path / "content" / "new.md")
    assert form.preset_name == "hugo"
    new = _emitted(qtbot, form, form.add_button.click)
    assert new.startswith('+++\ntitle = ""\ndate = ') and "draft = true\n+++\nBody.\n" in new


def test_preset_switch_by_hand_sticks_for_the_same_file(
    qtbot: Any, form: FrontMatterForm, tmp_path: Path
) -> None:
    path = _jekyll_path(tmp_path)
    form.set_source(POST, path)
    with qtbot.waitSignal(form.preset_changed) as blocker:
        form.set_preset("hugo")
    assert blocker.args == ["hugo"] and "draft" in form.fields
    form.set_source(POST, path)
    assert form.preset_name == "hugo"
    form.set_source(POST, tmp_path / "elsewhere.toml.md")
    assert form.preset_name == "generic"


def test_refresh_keeps_cursor_in_field_being_edited(qtbot: Any, form: FrontMatterForm) -> None:
    form.set_source(POST, None)
    edit = form.fields["title"].edit  # type: ignore[attr-defined]
    edit.setFocus()
    qtbot.waitUntil(edit.hasFocus, timeout=2000)
    edit.setCursorPosition(3)
    form.set_source(POST.replace("weight: 10", "weight: 11"), None)
    assert edit.cursorPosition() == 3 and edit.hasFocus()


def test_toml_title_edit_changes_only_that_line(qtbot: Any, form: FrontMatterForm) -> None:
    text = "+++\n# Hugo post\ntitle = 'Old'  # c\ndraft = true\n+++\nBody\n"
    form.set_source(text, None)
    assert form.preset_name == "hugo" and form.format_label.text() == "TOML"
    edit = form.fields["title"].edit  # type: ignore[attr-defined]
    edit.setText("New")
    new = _emitted(qtbot, form, edit.editingFinished.emit)
    assert _changes(text, new) == [(["title = 'Old'  # c"], ["title = 'New'  # c"])]


def test_json_draft_toggle_changes_only_that_line(qtbot: Any, form: FrontMatterForm) -> None:
    text = '{\n    "title": "J",\n    "draft": false\n}\nBody\n'
    form.set_source(text, None)
    new = _emitted(qtbot, form, lambda: _choose(form.fields["draft"], True))
    assert _changes(text, new) == [(['    "draft": false'], ['    "draft": true'])]


def test_pause_commits_do_not_change_the_key_style(qtbot: Any, form: FrontMatterForm) -> None:
    text = "---\ntitle: Plain\n---\n"
    form.set_source(text, None)
    field = form.fields["title"]
    emitted: list[str] = []
    form.text_edit_requested.connect(emitted.append)
    for typed in ("Note:", "Note: part", "Note part two"):
        field.edit.setText(typed)  # type: ignore[attr-defined]
        field.commit()
        form.set_source(emitted[-1], None)  # the window applies each edit and refreshes
    assert emitted[1] == "---\ntitle: 'Note: part'\n---\n"
    assert emitted[-1] == "---\ntitle: Note part two\n---\n"


def test_value_of_another_shape_is_shown_read_only(qtbot: Any, form: FrontMatterForm) -> None:
    text = "---\ntitle:\n  en: Hello\n  ja: こんにちは\ntags: rust ssg\n---\n"
    form.set_source(text, None)
    assert form.fields["title"].edit.isReadOnly()  # type: ignore[attr-defined]
    assert form.fields["tags"].entry.isReadOnly()  # type: ignore[attr-defined]
    assert not form.read_only


def test_now_button_keeps_the_offset_of_the_value(qtbot: Any, form: FrontMatterForm) -> None:
    form.set_source(POST, None)
    field = form.fields["date"]
    assert isinstance(field, DateField)
    new = _emitted(qtbot, form, field.now_button.click)
    [(old_lines, new_lines)] = _changes(POST, new)
    assert old_lines == ["date: 2026-02-11 13:49:15 +0000"]
    assert new_lines[0].startswith("date: 20") and new_lines[0].endswith(" +0000")


def test_first_field_in_post_without_front_matter_creates_the_block(
    qtbot: Any, form: FrontMatterForm
) -> None:
    form.set_source("Body.\n", None)
    edit = form.fields["title"].edit  # type: ignore[attr-defined]
    edit.setText("Hello")
    new = _emitted(qtbot, form, edit.editingFinished.emit)
    assert new == "---\ntitle: Hello\n---\nBody.\n"


def test_refresh_with_same_keys_keeps_table_selection(
    qtbot: Any, form: FrontMatterForm, tmp_path: Path
) -> None:
    path = _jekyll_path(tmp_path)
    form.set_source(POST, path)
    form.other.table.setCurrentCell(1, 0)
    form.set_source(POST.replace("Body.", "Body, edited."), path)
    assert form.other.table.currentRow() == 1
    form.set_source(POST.replace("weight: 10", "weight: 11"), path)
    assert form.other.table.item(0, 1).text() == "11"
