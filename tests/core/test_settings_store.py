"""Two Kosei instances sharing one settings file keep each other's changes."""

from __future__ import annotations

import json
import os
import time
from pathlib import Path

from editor.core.settings import LOCK_STALE_S, Settings, SettingsStore, load_settings, save_settings


def _two_instances(path: Path) -> tuple[SettingsStore, SettingsStore]:
    return SettingsStore(load_settings(path), path), SettingsStore(load_settings(path), path)


def test_a_save_keeps_the_keys_another_instance_saved(tmp_path: Path) -> None:
    path = tmp_path / "settings.json"
    a, b = _two_instances(path)
    a.settings.ignored_findings["/post.md"] = ["repeat:1"]
    a.save()
    b.settings.theme = "dark"
    b.save()
    on_disk = load_settings(path)
    assert on_disk.ignored_findings == {"/post.md": ["repeat:1"]} and on_disk.theme == "dark"


def test_a_save_adopts_the_other_instance_changes_it_did_not_make(tmp_path: Path) -> None:
    path = tmp_path / "settings.json"
    a, b = _two_instances(path)
    b.settings.theme = "dark"
    b.save()
    a.settings.editor_font_size = 16
    assert a.save() == {"theme"}
    assert a.settings.theme == "dark"
    # ...so a later OK in A's Preferences does not turn B's change back.
    a.settings.language = "ja"
    a.save()
    assert load_settings(path).theme == "dark"


def test_both_instances_ignoring_findings_in_one_file_keep_both(tmp_path: Path) -> None:
    path = tmp_path / "settings.json"
    a, b = _two_instances(path)
    a.settings.ignored_findings.setdefault("/p.md", []).append("x")
    b.settings.ignored_findings.setdefault("/p.md", []).append("y")
    b.settings.ignored_findings["/q.md"] = ["z"]
    a.save()
    b.save()
    assert load_settings(path).ignored_findings == {"/p.md": ["y", "x"], "/q.md": ["z"]}


def test_reload_takes_other_changes_and_keeps_unsaved_local_ones(tmp_path: Path) -> None:
    path = tmp_path / "settings.json"
    a, b = _two_instances(path)
    b.settings.theme = "dark"
    b.settings.editor_font_size = 20
    b.save()
    a.settings.editor_font_size = 9  # changed here, not saved yet
    assert a.reload() == {"theme"}
    assert a.settings.theme == "dark" and a.settings.editor_font_size == 9


def test_recent_files_merge_in_order_and_stay_bounded(tmp_path: Path) -> None:
    path = tmp_path / "settings.json"
    save_settings(Settings(recent_files=[f"/{i}.md" for i in range(10)]), path)
    a, b = _two_instances(path)
    a.settings.add_recent("/a.md")
    a.save()
    b.settings.add_recent("/b.md")
    b.save()
    recent = load_settings(path).recent_files
    assert recent[:2] == ["/b.md", "/a.md"] and len(recent) == 10


def test_a_stale_lock_left_by_a_crash_is_taken_over(tmp_path: Path) -> None:
    path = tmp_path / "settings.json"
    store = SettingsStore(Settings(), path)
    store.lock_path.write_text("12345")
    old = time.time() - LOCK_STALE_S - 1
    os.utime(store.lock_path, (old, old))
    store.settings.theme = "light"
    store.save()
    assert json.loads(path.read_text())["theme"] == "light" and not store.lock_path.exists()
