"""Preferences > Spelling and proofreading: dictionaries found, chosen, and the kinds."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt

from editor.core.language.setup import forget_cached
from editor.core.settings import Settings
from editor.ui.dialogs.preferences import PreferencesDialog


def _items(widget: Any) -> list[Any]:
    return [widget.item(i) for i in range(widget.count())]


def test_dictionaries_found_are_listed_and_can_be_chosen(qtbot: Any, tmp_path: Path) -> None:
    forget_cached()
    user = tmp_path / "data" / "dictionaries"
    user.mkdir(parents=True)
    (user / "en_GB.aff").write_text("SET UTF-8\n", encoding="utf-8")
    (user / "en_GB.dic").write_text("1\ncolour\n", encoding="utf-8")
    dialog = PreferencesDialog(None, Settings(), tmp_path / "data")
    qtbot.addWidget(dialog)
    box = dialog.language_box
    names = {i.data(Qt.ItemDataRole.UserRole): i for i in _items(box.dictionaries)}
    assert "en_GB" in names and "en_US" in names
    assert names["en_US"].checkState() == Qt.CheckState.Checked
    names["en_GB"].setCheckState(Qt.CheckState.Checked)
    names["en_US"].setCheckState(Qt.CheckState.Unchecked)
    assert dialog.chosen_settings().spelling_dictionaries == ["en_GB"]


def test_proofreading_kinds_and_thresholds_are_saved(qtbot: Any) -> None:
    dialog = PreferencesDialog(None, Settings())
    qtbot.addWidget(dialog)
    box = dialog.language_box
    kinds = {i.data(Qt.ItemDataRole.UserRole): i for i in _items(box.kinds)}
    assert kinds["weak-phrase"].checkState() == Qt.CheckState.Unchecked  # off by default
    kinds["weak-phrase"].setCheckState(Qt.CheckState.Checked)
    kinds["spacing"].setCheckState(Qt.CheckState.Unchecked)
    box.sentence_length.setValue(80)
    box.in_panel.setChecked(True)
    chosen = dialog.chosen_settings()
    assert chosen.proofreading_disabled_kinds == ["spacing"]
    assert chosen.proofreading_sentence_length == 80
    assert chosen.spelling_in_panel is True


def test_language_rules_are_not_in_the_generic_rule_list(qtbot: Any) -> None:
    dialog = PreferencesDialog(None, Settings())
    qtbot.addWidget(dialog)
    assert "spelling" not in dialog.rule_boxes and "proofreading" not in dialog.rule_boxes
