"""Which language the interface starts in: the preference, else the system locale."""

from __future__ import annotations

import os
import subprocess
import sys
from collections.abc import Iterator

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
