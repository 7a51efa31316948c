"""What Kosei imports before its window is first shown: the window must not wait for
the site index, the fuzzy matcher, Japanese morphology, Hunspell, the lexer table,
the preferences dialog, QtWebEngine, the Markdown parser or the check rules; each
loads when its feature is first used."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

PROBE = Path(__file__).with_name("startup_modules_probe.py")
ROOT = Path(__file__).resolve().parents[3]
# Whole packages (and their submodules) that have no part in the first paint.
DEFERRED = (
    "numpy",  # the site index (editor/core/site), only when a site folder opens
    "rapidfuzz",  # near-repeat checks, on the first check run
    "sudachipy",  # Japanese proofreading, on the first language check
    "hunspell",  # spelling, on the first language check
    "pygments",  # code colours and highlighting, with the preview's first page
    "pypdf",
    "editor.ui.dialogs.preferences",  # every rule's options, when Preferences opens
    "editor.core.site.index",
    # Issue #19: the first paint waits for none of these either.
    "PySide6.QtWebEngineCore",  # the engine starts after the paint
    "PySide6.QtWebEngineWidgets",
    "markdown_it",  # the Markdown stack, on the first render's worker
    "ruamel",  # the generators' config files and the YAML editor
    "tomlkit",  # the TOML editor, on the first edit of TOML front matter
    "editor.core.markdown.parser",
    "editor.core.markdown.export",  # the first export
    "editor.core.checks.context",  # the rules, on the first check run
    "editor.core.checks.duplicates",
    "editor.core.language.proofreading",  # the language tools, on the first check run
    "editor.core.language.spelling",
)


def test_the_window_is_shown_before_the_heavy_modules_load(tmp_path: Path) -> None:
    post = tmp_path / "post.md"
    # No fenced block: the first render may start on a worker before the Show event, and
    # a fence there would rightly load the lexers; this test is about import-time loads.
    post.write_text("---\ntitle: 日本語の投稿\n---\n\n本文です。\n", encoding="utf-8")
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", KOSEI_DATA_DIR=str(tmp_path / "data"))
    env["XDG_RUNTIME_DIR"] = str(tmp_path / "run")  # no other Kosei to hand the file to
    (tmp_path / "run").mkdir(mode=0o700)
    done = subprocess.run(
        [sys.executable, str(PROBE), str(post), str(tmp_path / "settings.json")],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert done.returncode == 0, done.stderr[-2000:]
    report = json.loads(done.stdout.strip().splitlines()[-1])
    modules = set(report["modules"])
    assert "editor.ui.window.main_window" in modules  # the probe saw the real window
    assert not report["preview_created"]  # the web engine follows the first paint
    loaded = sorted(
        name for name in modules if any(name == d or name.startswith(d + ".") for d in DEFERRED)
    )
    assert loaded == []
