from __future__ import annotations

import json
from pathlib import Path

from editor.core.settings import Settings, load_settings, save_settings


def test_missing_file_gives_defaults(tmp_path: Path) -> None:
    assert load_settings(tmp_path / "none.json") == Settings()


def test_round_trip(tmp_path: Path) -> None:
    path = tmp_path / "conf" / "settings.json"
    settings = Settings(theme="dark", editor_font_size=15)
    settings.add_recent("/x/a.md")
    save_settings(settings, path)
    assert load_settings(path) == settings


def test_bad_values_fall_back_per_key(tmp_path: Path) -> None:
    path = tmp_path / "settings.json"
    path.write_text(
        json.dumps({"theme": 3, "editor_font_size": "big", "language": "ja", "unknown": 1})
    )
    settings = load_settings(path)
    assert settings.theme == "system"
    assert settings.editor_font_size == 12
    assert settings.language == "ja"


def test_corrupt_file_gives_defaults(tmp_path: Path) -> None:
    path = tmp_path / "settings.json"
    path.write_text("{not json")
    assert load_settings(path) == Settings()


def test_recent_files_are_unique_and_bounded() -> None:
    settings = Settings()
    for index in range(15):
        settings.add_recent(f"/p/{index}.md")
    settings.add_recent("/p/3.md")
    assert settings.recent_files[0] == "/p/3.md"
    assert len(settings.recent_files) == 10
    assert settings.recent_files.count("/p/3.md") == 1
