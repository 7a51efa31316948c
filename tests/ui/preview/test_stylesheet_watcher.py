from __future__ import annotations

import os
from pathlib import Path
from typing import Any

from editor.ui.preview.stylesheet_watcher import StyleSheetWatcher


def test_replacing_the_stylesheet_is_announced(qtbot: Any, tmp_path: Path) -> None:
    css = tmp_path / "site.css"
    css.write_text("h1 { color: red; }", encoding="utf-8")
    watcher = StyleSheetWatcher()
    watcher.watch(str(css))
    with qtbot.waitSignal(watcher.changed, timeout=5000):
        new = tmp_path / "site.css.tmp"
        new.write_text("h1 { color: blue; }", encoding="utf-8")
        os.replace(new, css)  # how editors save
    with qtbot.waitSignal(watcher.changed, timeout=5000):  # still watched after the replace
        css.write_text("h1 { color: green; }", encoding="utf-8")


def test_other_files_beside_the_stylesheet_are_not_announced(qtbot: Any, tmp_path: Path) -> None:
    css = tmp_path / "site.css"
    css.write_text("h1 { color: red; }", encoding="utf-8")
    watcher = StyleSheetWatcher()
    watcher.watch(str(css))
    with qtbot.assertNotEmitted(watcher.changed, wait=800):
        (tmp_path / "post.md").write_text("# A post saved beside it\n", encoding="utf-8")
