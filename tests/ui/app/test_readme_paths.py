"""Every per-user path the README names on Linux is the one the code uses."""

from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

from tests.paths import REPO

pytestmark = pytest.mark.skipif(sys.platform != "linux", reason="the README's Linux paths")

# Run in a child process: renaming this process's application would move QtWebEngine's
# profile under the other tests' feet.
PROBE = """
from PySide6.QtCore import QCoreApplication
app = QCoreApplication([])
app.setApplicationName("kosei")
app.setOrganizationName("kosei")
from editor.ui.app.app import settings_file
from editor.ui.files.journal_session import journal_folder
print(settings_file())
print(journal_folder())
"""


def _home_paths(text: str) -> set[str]:
    """The ``~/...`` paths in backticks, except macOS's ``~/Library``."""
    found = set(re.findall(r"`(~/[^`\s]+)`", text))
    return {path for path in found if not path.startswith("~/Library")}


def test_every_home_path_in_the_readme_is_used_by_the_code(tmp_path: Path) -> None:
    env = {k: v for k, v in os.environ.items() if not k.startswith("XDG_")}
    env.pop("KOSEI_DATA_DIR", None)
    env.update(HOME=str(tmp_path), PYTHONPATH=str(REPO), QT_QPA_PLATFORM="offscreen")
    out = subprocess.run(
        [sys.executable, "-c", PROBE], env=env, capture_output=True, text=True, check=True
    ).stdout.split()
    used = {"~" + line[len(str(tmp_path)) :] for line in out}
    named = _home_paths((REPO / "README.md").read_text(encoding="utf-8"))
    assert "~/.config/kosei/kosei/settings.json" in used
    # A README path is either a path the code uses or a folder holding one.
    wrong = [p for p in named if not any(u == p or u.startswith(p.rstrip("/") + "/") for u in used)]
    assert wrong == []
    assert used <= named, "the README should say where settings and the journal live"
