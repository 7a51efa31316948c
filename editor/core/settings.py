"""Typed settings with defaults, loaded tolerantly and saved atomically.

The file's location is chosen by the UI (``QStandardPaths``) and passed in;
nothing is read or written at import time.
"""

from __future__ import annotations

import dataclasses
import json
import logging
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from editor.core.document.fileio import write_atomic
from editor.core.errors import DocumentWriteError

log = logging.getLogger(__name__)
MAX_RECENT = 10


@dataclass
class Settings:
    theme: str = "system"  # "system", "light" or "dark"
    language: str = "system"  # "system", "en" or "ja"
    editor_font_family: str = ""
    editor_font_size: int = 12
    preview_css_path: str = ""
    autosave_to_file: bool = False
    load_remote_images: bool = False
    preview_delay_ms: int = 120
    check_delay_ms: int = 400
    large_file_bytes: int = 5 * 1024 * 1024
    recent_files: list[str] = field(default_factory=list)
    window_geometry: str = ""  # base64 of QMainWindow.saveGeometry()
    window_state: str = ""  # base64 of QMainWindow.saveState()
    splitter_sizes: list[int] = field(default_factory=list)
    ignored_findings: dict[str, list[str]] = field(
        default_factory=dict
    )  # file path -> finding keys
    disabled_rules: list[str] = field(default_factory=list)
    max_file_bytes: int = 50 * 1024 * 1024  # refuse to open bigger files (see notes/input.md)
    # Check thresholds shown in Preferences (defaults = CheckOptions'); see core/check_settings.py.
    check_min_repeat_latin: int = 80  # characters
    check_min_repeat_cjk: int = 40  # characters
    check_near_similarity: int = 87  # percent
    # Spelling and Japanese proofreading (issue 13); see core/language/preferences.py.
    spelling_enabled: bool = True  # wavy underlines as you type
    spelling_dictionaries: list[str] = field(default_factory=lambda: ["en_US"])
    spelling_in_panel: bool = False  # also count unknown words in the Checks panel
    spelling_ignored_words: dict[str, list[str]] = field(default_factory=dict)  # path -> words
    proofreading_enabled: bool = True
    proofreading_disabled_kinds: list[str] = field(default_factory=lambda: ["weak-phrase"])
    proofreading_sentence_length: int = 100
    proofreading_max_ten: int = 3
    proofreading_max_kanji: int = 5

    def add_recent(self, path: Path | str) -> None:
        text = str(path)
        self.recent_files = [text] + [p for p in self.recent_files if p != text]
        del self.recent_files[MAX_RECENT:]


def load_settings(path: Path) -> Settings:
    """Read settings; a missing file, bad JSON or a bad key falls back to defaults (logged)."""
    settings = Settings()
    try:
        raw = json.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        return settings
    except (OSError, ValueError) as error:
        log.warning("settings file %s unreadable, using defaults: %s", path, error)
        return settings
    if not isinstance(raw, dict):
        log.warning("settings file %s is not an object, using defaults", path)
        return settings
    for item in dataclasses.fields(Settings):
        if item.name not in raw:
            continue
        value = raw[item.name]
        default = getattr(settings, item.name)
        if _same_type(value, default):
            setattr(settings, item.name, value)
        else:
            log.warning("settings key %r has a bad value %r, using the default", item.name, value)
    return settings


def _same_type(value: Any, default: Any) -> bool:
    if isinstance(default, bool):
        return isinstance(value, bool)
    if isinstance(default, int):
        return isinstance(value, int) and not isinstance(value, bool)
    return isinstance(value, type(default))


def save_settings(settings: Settings, path: Path) -> None:
    """Write atomically; raises DocumentWriteError on failure."""
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
    except OSError as error:
        raise DocumentWriteError(path, str(error), error.errno) from None
    data = json.dumps(dataclasses.asdict(settings), ensure_ascii=False, indent=2) + "\n"
    write_atomic(path, data.encode("utf-8"))
