"""Typed settings with defaults, loaded tolerantly and saved atomically.

The file's location is chosen by the UI (``QStandardPaths``) and passed in;
nothing is read or written at import time. :class:`SettingsStore` shares the
file between running instances (merging saves under a lock).
"""

from __future__ import annotations

import contextlib
import copy
import dataclasses
import logging
import os
import time
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from editor.core.document import jsonfile
from editor.core.document.fileio import write_atomic
from editor.core.document.private import FILE_MODE, ensure_private_folder, repair_mode
from editor.core.document.safe_read import read_regular
from editor.core.errors import DocumentReadError, DocumentWriteError

log = logging.getLogger(__name__)
MAX_RECENT = 10
MAX_SETTINGS_BYTES = 16 * 1024 * 1024  # ignored findings of many files; far above a real file


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
    recent_sites: list[str] = field(default_factory=list)  # site roots, newest first
    window_geometry: str = ""  # base64 of QMainWindow.saveGeometry()
    window_state: str = ""  # base64 of QMainWindow.saveState()
    splitter_sizes: list[int] = field(default_factory=list)
    ignored_findings: dict[str, list[str]] = field(
        default_factory=dict
    )  # file path -> finding keys
    disabled_rules: list[str] = field(default_factory=list)
    site_presets: dict[str, str] = field(default_factory=dict)  # folder -> site chosen by hand
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
        raw = jsonfile.loads(read_regular(path, MAX_SETTINGS_BYTES))
    except FileNotFoundError:
        return settings
    except (OSError, ValueError, DocumentReadError) as error:
        log.warning("settings file %s unreadable, using defaults: %s", path, error)
        return settings
    repair_mode(path, FILE_MODE)
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
        ensure_private_folder(path.parent, repair=False)  # --settings may name any folder
    except OSError as error:
        raise DocumentWriteError(path, str(error), error.errno) from None
    # jsonfile.dumps: a recent file whose name is not UTF-8 is kept exactly, never a crash.
    data = jsonfile.dumps(dataclasses.asdict(settings), indent=2) + "\n"
    write_atomic(path, data.encode("utf-8"), mode=FILE_MODE)


# -- one file shared by every running Kosei ------------------------------------------------
# Two instances (``--new-window``, or two desktop sessions) each hold a
# :class:`Settings`. Writing the whole object would undo whatever the other one
# saved since it started, so a save is a read-modify-write under a lock file:
# read the file, put in only the keys this instance changed since it last read
# or wrote the file (for a mapping such as ``ignored_findings``, only the entries
# it changed), write it atomically. :meth:`SettingsStore.reload` adopts what
# another instance wrote, leaving keys changed here and not yet saved alone.
LOCK_WAIT_S = 2.0  # give up waiting for another instance's lock after this long
LOCK_STALE_S = 10.0  # a lock file older than this was left by a crash: take it over
_MISSING = object()


class SettingsStore:
    """The live ``settings`` of this process and the file they are kept in."""

    def __init__(self, settings: Settings, path: Path) -> None:
        self.settings = settings
        self.path = Path(path)
        self._base = _as_dict(load_settings(self.path))  # the file as we last read or wrote it

    @property
    def lock_path(self) -> Path:
        return self.path.with_name(self.path.name + ".lock")

    def save(self) -> set[str]:
        """Write this instance's changes into the file; returns the keys adopted from disk.

        Raises DocumentWriteError when the file cannot be written.
        """
        try:
            ensure_private_folder(self.path.parent, repair=False)
        except OSError as error:
            raise DocumentWriteError(self.path, str(error), error.errno) from None
        with self._locked():
            disk = _as_dict(load_settings(self.path))
            mine = _as_dict(self.settings)
            merged = _merge_all(self._base, mine, disk)
            data = jsonfile.dumps(merged, indent=2) + "\n"
            write_atomic(self.path, data.encode("utf-8"), mode=FILE_MODE)
            self._base = copy.deepcopy(merged)
            return self._adopt(merged)

    def reload(self) -> set[str]:
        """Take in what another instance wrote; returns the names of the settings that changed."""
        disk = _as_dict(load_settings(self.path))
        mine = _as_dict(self.settings)
        merged = _merge_all(self._base, mine, disk)
        self._base = disk
        return self._adopt(merged)

    def _adopt(self, merged: dict[str, Any]) -> set[str]:
        changed = set()
        for name, value in merged.items():
            if getattr(self.settings, name) != value:
                setattr(self.settings, name, copy.deepcopy(value))  # in place: windows share it
                changed.add(name)
        return changed

    @contextlib.contextmanager
    def _locked(self) -> Iterator[None]:
        deadline = time.monotonic() + LOCK_WAIT_S
        fd = None
        while fd is None:
            try:
                fd = os.open(self.lock_path, os.O_CREAT | os.O_EXCL | os.O_WRONLY, 0o600)
            except FileExistsError:
                if _is_stale(self.lock_path) or time.monotonic() > deadline:
                    log.warning("taking over the settings lock %s", self.lock_path)
                    with contextlib.suppress(OSError):
                        os.unlink(self.lock_path)
                else:
                    time.sleep(0.02)
            except OSError as error:
                raise DocumentWriteError(self.lock_path, str(error), error.errno) from None
        try:
            os.write(fd, str(os.getpid()).encode("ascii"))
            yield
        finally:
            os.close(fd)
            with contextlib.suppress(OSError):
                os.unlink(self.lock_path)


def _is_stale(lock: Path) -> bool:
    try:
        return time.time() - lock.stat().st_mtime > LOCK_STALE_S
    except OSError:
        return False  # gone already: the next try takes it


def _as_dict(settings: Settings) -> dict[str, Any]:
    return dataclasses.asdict(settings)


def _merge_all(base: dict[str, Any], mine: dict[str, Any], disk: dict[str, Any]) -> dict[str, Any]:
    merged = {name: _merge(base.get(name), mine[name], disk[name]) for name in mine}
    del merged["recent_files"][MAX_RECENT:]
    return merged


def _merge(base: Any, mine: Any, disk: Any) -> Any:
    """Three-way merge of one setting: what I changed since ``base`` wins, the rest is disk's."""
    if mine == base:
        return copy.deepcopy(disk)
    if isinstance(mine, dict) and isinstance(disk, dict) and isinstance(base, dict):
        merged = copy.deepcopy(disk)
        for key in set(base) | set(mine):
            before, now = base.get(key, _MISSING), mine.get(key, _MISSING)
            if before == now:
                continue
            if now is _MISSING:
                merged.pop(key, None)
            else:
                if before is _MISSING:
                    before = type(now)() if isinstance(now, (list, dict)) else None
                merged[key] = _merge(before, now, disk.get(key, before))
        return merged
    if _strings(mine) and _strings(disk) and _strings(base):
        # Ignored findings, disabled rules, recent files: what I added or moved up, in my
        # order, then the file's list without what I removed.
        removed = set(base) - set(mine)
        ahead = [
            item for index, item in enumerate(mine) if item not in base or index < base.index(item)
        ]
        return ahead + [item for item in disk if item not in ahead and item not in removed]
    return copy.deepcopy(mine)


def _strings(value: Any) -> bool:
    return isinstance(value, list) and all(isinstance(item, str) for item in value)
