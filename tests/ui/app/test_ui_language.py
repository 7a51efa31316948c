"""Which language the interface starts in: the preference, else the system locale."""

from __future__ import annotations

import os
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QLocale

from editor.ui.app.i18n import ui_language
from tests.paths import REPO


@pytest.fixture
def japanese_locale() -> Iterator[None]:
    QLocale.setDefault(QLocale(QLocale.Language.Japanese, QLocale.Country.Japan))
    yield
    QLocale.setDefault(QLocale.system())


def test_system_preference_follows_a_japanese_locale(japanese_locale: None) -> None:
    assert ui_language("system") == "ja"


def test_system_preference_follows_an_english_locale() -> None:
    assert (
        ui_language("system", QLocale(QLocale.Language.English, QLocale.Country.UnitedStates))
        == "en"
    )


def test_english_preference_overrides_a_japanese_locale(japanese_locale: None) -> None:
    assert ui_language("en") == "en"


def test_japanese_preference_overrides_an_english_locale() -> None:
    assert (
        ui_language("ja", QLocale(QLocale.Language.English, QLocale.Country.UnitedStates)) == "ja"
    )


@pytest.mark.parametrize(
    ("variables", "expected"),
    [({"LANG": "ja_JP.UTF-8"}, "ja"), ({"LANG": "en_US.UTF-8"}, "en"), ({"LANG": "C"}, "en")],
)
def test_system_locale_comes_from_the_environment(variables: dict[str, str], expected: str) -> None:
    env = {key: value for key, value in os.environ.items() if not key.startswith(("LC_", "LANG"))}
    code = "from editor.ui.app.i18n import ui_language; print(ui_language('system'))"
    result = subprocess.run(
        [sys.executable, "-c", code],
        env={**env, **variables},
        cwd=REPO,
        capture_output=True,
        text=True,
        check=True,
    )
    assert result.stdout.strip() == expected


def test_a_language_chosen_in_preferences_waits_for_the_next_start(
    manager: Any, qtbot: Any, tmp_path: Path
) -> None:
    from tests.ui.conftest import wait_for_checks

    chosen = type(manager.settings)(**vars(manager.settings))
    chosen.language = "ja"
    manager.apply_preferences(chosen)  # Preferences > 日本語, OK
    post = tmp_path / "post.md"
    post.write_text("Body without a title.\n", encoding="utf-8")
    [window] = manager.open_paths([post])
    wait_for_checks(qtbot, window)
    assert window.language == "en" and window.panel.language == "en"
    assert window.menus["&File"].title() == "&File"
    message = window.panel.tree.topLevelItem(0)
    assert message is not None
    texts = [message.child(i).text(0) for i in range(message.childCount())] or [message.text(0)]
    assert any("No title" in text for text in texts), texts
