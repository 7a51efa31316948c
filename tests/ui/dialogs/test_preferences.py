from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from PySide6.QtGui import QFont, QFontDatabase, QKeySequence
from PySide6.QtWidgets import QDialog

from editor.core.settings import Settings, load_settings
from editor.ui.app import theme as theme_module
from editor.ui.app.windows import WindowManager
from editor.ui.dialogs import questions as dialogs
from editor.ui.dialogs.preferences import PreferencesDialog
from editor.ui.window.main_window import MainWindow
from tests.ui.conftest import open_window, run_js, wait_for_checks

REPEATED = "The ferry left the harbour at dawn, and the gulls followed it all the way out past the lighthouse and the long grey breakwater."
DRAFT = f"""---
title: Ferry
---

Intro paragraph that is different from everything else in this post, really.

{REPEATED} Then the passengers went below to find some coffee.

Something else is said here in the middle so the copy is not adjacent to the first one.

Later that week a storm came. {REPEATED}

---END---
"""


@pytest.fixture(autouse=True)
def _light_again() -> Any:
    yield
    theme_module.apply_app_theme("light")


@pytest.fixture
def draft(tmp_path: Path) -> Path:
    path = tmp_path / "draft.md"
    path.write_text(DRAFT, encoding="utf-8")
    return path


def other_family(current: str) -> str:
    others = [f for f in sorted(QFontDatabase.families()) if f != current]
    return next((f for f in others if "Serif" in f), others[0])


def answer_with(monkeypatch: pytest.MonkeyPatch, change: Any, accept: bool = True) -> list[Any]:
    """Replace exec: run ``change(dialog)`` on the real widgets, then press OK or Cancel."""
    seen: list[Any] = []

    def fake_exec(dialog: PreferencesDialog) -> int:
        seen.append(dialog)
        change(dialog)
        if accept:
            dialog.buttons.button(dialog.buttons.StandardButton.Ok).click()
        else:
            dialog.buttons.button(dialog.buttons.StandardButton.Cancel).click()
        return dialog.result()

    monkeypatch.setattr(PreferencesDialog, "exec", fake_exec)
    return seen


def change_everything(dialog: PreferencesDialog, css: Path) -> None:
    dialog.font_family.setCurrentFont(
        QFont(other_family(dialog.font_family.currentFont().family()))
    )
    dialog.font_size.setValue(17)
    dialog.theme.setCurrentIndex(dialog.theme.findData("dark"))
    dialog.language.setCurrentIndex(dialog.language.findData("ja"))
    dialog.autosave.setChecked(True)
    dialog.css_path.setText(str(css))
    dialog.remote_images.setChecked(True)
    dialog.rule_boxes["generation-marker"].setChecked(False)
    dialog.min_repeat_latin.setValue(120)
    dialog.min_repeat_cjk.setValue(30)
    dialog.similarity.setValue(92)


def test_preferences_round_trip_through_the_settings_file(
    manager: WindowManager, qtbot: Any, draft: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    window = open_window(manager, qtbot, draft)
    css = tmp_path / "site.css"
    css.write_text("p { margin: 0 }", encoding="utf-8")
    answer_with(monkeypatch, lambda d: change_everything(d, css))
    assert manager.show_preferences(window)
    settings = manager.settings
    assert settings.editor_font_family and settings.editor_font_size == 17
    assert (settings.theme, settings.language) == ("dark", "ja")
    assert settings.autosave_to_file and settings.load_remote_images
    assert settings.preview_css_path == str(css)
    assert settings.disabled_rules == ["generation-marker"]
    assert (settings.check_min_repeat_latin, settings.check_min_repeat_cjk) == (120, 30)
    assert settings.check_near_similarity == 92
    assert manager.settings_path is not None
    assert load_settings(manager.settings_path) == settings


def test_ask_returns_a_new_settings_object(monkeypatch: pytest.MonkeyPatch, qtbot: Any) -> None:
    original = Settings()
    answer_with(monkeypatch, lambda d: d.font_size.setValue(20))
    chosen = PreferencesDialog.ask(None, original)
    assert chosen is not None and chosen is not original
    assert chosen.editor_font_size == 20 and original.editor_font_size == 12


def test_cancel_changes_nothing(
    manager: WindowManager, qtbot: Any, draft: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    window = open_window(manager, qtbot, draft)
    before = load_settings(manager.settings_path) if manager.settings_path else None
    snapshot = Settings(**vars(manager.settings))
    answer_with(monkeypatch, lambda d: change_everything(d, tmp_path), accept=False)
    assert PreferencesDialog.ask(window, manager.settings) is None
    assert not manager.show_preferences(window)
    assert manager.settings == snapshot
    assert manager.settings_path is not None
    assert load_settings(manager.settings_path) == before


def test_untouched_default_font_stays_the_system_font(
    monkeypatch: pytest.MonkeyPatch, qtbot: Any
) -> None:
    answer_with(monkeypatch, lambda d: None)
    chosen = PreferencesDialog.ask(None, Settings())
    assert chosen is not None and chosen.editor_font_family == ""


def test_new_font_size_reaches_the_editor(
    manager: WindowManager, qtbot: Any, draft: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    window = open_window(manager, qtbot, draft)
    answer_with(monkeypatch, lambda d: d.font_size.setValue(21))
    manager.show_preferences(window)
    assert window.editor.font().pointSize() == 21


def test_new_font_reaches_every_window(
    manager: WindowManager, qtbot: Any, draft: Path, post: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    first = open_window(manager, qtbot, draft)
    second = open_window(manager, qtbot, post)
    family = other_family(first.editor.font().family())
    answer_with(monkeypatch, lambda d: d.font_family.setCurrentFont(QFont(family)))
    manager.show_preferences(first)
    assert second.editor.font().family() == first.editor.font().family() != ""
    assert second.editor.font().family() == QFont(family).family()


def findings_of(window: MainWindow, rule: str) -> list[Any]:
    return [f for f in window.panel.findings if f.rule == rule]


def test_turning_a_check_off_removes_its_findings(
    manager: WindowManager, qtbot: Any, draft: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    window = open_window(manager, qtbot, draft)
    wait_for_checks(qtbot, window)
    assert findings_of(window, "generation-marker")
    answer_with(monkeypatch, lambda d: d.rule_boxes["generation-marker"].setChecked(False))
    manager.show_preferences(window)
    qtbot.waitUntil(lambda: not findings_of(window, "generation-marker"), timeout=5000)
    assert findings_of(window, "duplicate")  # the other checks still run


def test_longer_shortest_repeat_quiets_the_repeat_finding(
    manager: WindowManager, qtbot: Any, draft: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    window = open_window(manager, qtbot, draft)
    wait_for_checks(qtbot, window)
    assert findings_of(window, "duplicate")
    answer_with(monkeypatch, lambda d: d.min_repeat_latin.setValue(300))
    manager.show_preferences(window)
    qtbot.waitUntil(lambda: not findings_of(window, "duplicate"), timeout=5000)


def test_thresholds_grey_out_when_the_repeat_check_is_off(qtbot: Any) -> None:
    dialog = PreferencesDialog(None, Settings(disabled_rules=["duplicate"]))
    qtbot.addWidget(dialog)
    assert not dialog.thresholds.isEnabled()
    dialog.rule_boxes["duplicate"].setChecked(True)
    assert dialog.thresholds.isEnabled()


def test_unreadable_stylesheet_keeps_the_dialog_open_with_a_reason(
    qtbot: Any, tmp_path: Path
) -> None:
    dialog = PreferencesDialog(None, Settings())
    qtbot.addWidget(dialog)
    dialog.css_path.setText(str(tmp_path / "nope.css"))
    dialog.accept()
    assert dialog.result() != QDialog.DialogCode.Accepted
    assert "nope.css" in dialog.error_label.text()
    assert not dialog.error_label.isHidden()


def test_browse_fills_in_the_chosen_stylesheet(
    qtbot: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    css = tmp_path / "site.css"
    monkeypatch.setattr(dialogs, "ask_css_path", lambda parent, current: css)
    dialog = PreferencesDialog(None, Settings())
    qtbot.addWidget(dialog)
    dialog.findChild(
        type(dialog.buttons.button(dialog.buttons.StandardButton.Ok)), "browse_css"
    ).click()
    assert dialog.css_path.text() == str(css)


def test_restore_defaults_resets_the_widgets(qtbot: Any) -> None:
    dialog = PreferencesDialog(
        None, Settings(editor_font_size=30, theme="dark", disabled_rules=["duplicate"])
    )
    qtbot.addWidget(dialog)
    dialog.buttons.button(dialog.buttons.StandardButton.RestoreDefaults).click()
    chosen = dialog.chosen_settings()
    assert (chosen.editor_font_size, chosen.theme, chosen.disabled_rules) == (12, "system", [])


def test_preferences_action_is_in_the_edit_menu(
    manager: WindowManager, qtbot: Any, draft: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    window = open_window(manager, qtbot, draft)
    action = window.actions_by_name["preferences"]
    assert action in window.menus["&Edit"].actions()
    assert action.shortcut() == QKeySequence("Ctrl+,")
    seen = answer_with(monkeypatch, lambda d: d.theme.setCurrentIndex(d.theme.findData("dark")))
    action.trigger()
    assert seen and seen[0].parent() is window
    qtbot.waitUntil(
        lambda: run_js(qtbot, window, "document.body.className") == "kosei-dark kosei-preview"
    )


def test_unrelated_preferences_keep_a_documents_remote_images_switch(
    manager: WindowManager, qtbot: Any, draft: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    window = open_window(manager, qtbot, draft)
    window.actions_by_name["remote_images"].trigger()  # on for this document only
    assert window.preview.allow_remote
    answer_with(monkeypatch, lambda d: d.font_size.setValue(19))
    manager.show_preferences(window)
    assert window.preview.allow_remote and window.actions_by_name["remote_images"].isChecked()


def test_new_remote_images_default_moves_open_documents_and_their_menu(
    manager: WindowManager, qtbot: Any, draft: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    window = open_window(manager, qtbot, draft)
    answer_with(monkeypatch, lambda d: d.remote_images.setChecked(True))
    manager.show_preferences(window)
    assert window.preview.allow_remote and window.actions_by_name["remote_images"].isChecked()
