"""Every per-user path the README names on Linux is the one the code uses."""

from __future__ import annotations

import re
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QCoreApplication, QStandardPaths

from editor.ui.app.app import settings_file
from editor.ui.files.journal_session import DATA_DIR_VARIABLE, journal_folder
from tests.paths import REPO

pytestmark = pytest.mark.skipif(sys.platform != "linux", reason="the README's Linux paths")


@pytest.fixture
def as_kosei(qapp: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    """The names ``run_app`` gives the application, and a home folder of our own."""
    monkeypatch.setenv("HOME", str(tmp_path))
    for variable in ("XDG_CONFIG_HOME", "XDG_DATA_HOME", DATA_DIR_VARIABLE):
        monkeypatch.delenv(variable, raising=False)
    names = QCoreApplication.applicationName(), QCoreApplication.organizationName()
    QCoreApplication.setApplicationName("kosei")
    QCoreApplication.setOrganizationName("kosei")
    QStandardPaths.setTestModeEnabled(False)
    yield tmp_path
    QCoreApplication.setApplicationName(names[0])
    QCoreApplication.setOrganizationName(names[1])


def _home_paths(text: str) -> set[str]:
    """The ``~/...`` paths in backticks, except macOS's ``~/Library``."""
    found = set(re.findall(r"`(~/[^`\s]+)`", text))
    return {path for path in found if not path.startswith("~/Library")}


def test_every_home_path_in_the_readme_is_used_by_the_code(as_kosei: Path) -> None:
    home = str(as_kosei)
    used = {
        "~" + str(settings_file())[len(home) :],
        "~" + str(journal_folder())[len(home) :],
    }
    named = _home_paths((REPO / "README.md").read_text(encoding="utf-8"))
    assert "~/.config/kosei/kosei/settings.json" in used
    assert named, "the README names no per-user path"
    # A README path is either a path the code uses or a folder holding one.
    wrong = [p for p in named if not any(u == p or u.startswith(p.rstrip("/") + "/") for u in used)]
    assert wrong == []
    assert used <= named, "the README should say where settings and the journal live"
