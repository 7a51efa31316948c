"""Two Kosei instances on one settings file: neither undoes what the other saved."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QThreadPool

from editor.core.settings import load_settings
from editor.ui.app import theme as theme_module
from editor.ui.app.windows import WindowManager
from editor.ui.dialogs.preferences import PreferencesDialog
from tests.ui.conftest import open_window, wait_for_checks

DRAFT = "---\ntitle: Ferry\n---\n\nThe ferry left at dawn.\n\n---END---\n"


@pytest.fixture
def two(qtbot: Any, tmp_path: Path) -> Iterator[tuple[WindowManager, WindowManager]]:
    path = tmp_path / "config" / "settings.json"
    a = WindowManager(load_settings(path), path)
    b = WindowManager(load_settings(path), path)
    yield a, b
    for manager in (a, b):
        for window in list(manager.windows):
            window.editor.document().setModified(False)
            window.close()
    QThreadPool.globalInstance().waitForDone(10000)
    a.deleteLater()
    b.deleteLater()
    qtbot.wait(20)
    theme_module.apply_app_theme("light")


def _press_ok_after(monkeypatch: pytest.MonkeyPatch, change: Any, seen: list[str]) -> None:
    def fake_exec(dialog: PreferencesDialog) -> int:
        seen.append(str(dialog.theme.currentData()))
        change(dialog)
        dialog.buttons.button(dialog.buttons.StandardButton.Ok).click()
        return dialog.result()

    monkeypatch.setattr(PreferencesDialog, "exec", fake_exec)


def test_an_ignore_in_one_instance_survives_a_preference_change_in_another(
    two: tuple[WindowManager, WindowManager],
    qtbot: Any,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    a, b = two
    post = tmp_path / "draft.md"
    post.write_text(DRAFT, encoding="utf-8")
    window = open_window(a, qtbot, post)
    wait_for_checks(qtbot, window)
    [marker] = [f for f in window.panel.findings if f.rule == "generation-marker"]
    window.panel.tree.setCurrentItem(window.panel.item_for(marker))
    window.panel.ignore_button.click()

    seen: list[str] = []
    _press_ok_after(monkeypatch, lambda d: d.theme.setCurrentIndex(d.theme.findData("dark")), seen)
    assert b.show_preferences()
    assert b.settings_path is not None
    on_disk = load_settings(b.settings_path)
    assert on_disk.theme == "dark" and on_disk.ignored_findings == a.settings.ignored_findings

    # A sees B's change (file watch) and its own OK does not turn it back.
    qtbot.waitUntil(lambda: a.settings.theme == "dark", timeout=5000)
    _press_ok_after(monkeypatch, lambda d: d.font_size.setValue(15), seen)
    assert a.show_preferences(window)
    assert seen == ["system", "dark"]
    on_disk = load_settings(b.settings_path)
    assert (on_disk.theme, on_disk.editor_font_size) == ("dark", 15)
    assert on_disk.ignored_findings == {str(post.resolve()): [marker.key]}


def test_preferences_show_what_another_instance_saved_a_moment_ago(
    two: tuple[WindowManager, WindowManager], qtbot: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    a, b = two
    b.settings.editor_font_size = 19
    b.save()
    seen: list[int] = []

    def fake_exec(dialog: PreferencesDialog) -> int:
        seen.append(dialog.font_size.value())  # before any watcher event was delivered
        return 0

    monkeypatch.setattr(PreferencesDialog, "exec", fake_exec)
    a.show_preferences()
    assert seen == [19]
