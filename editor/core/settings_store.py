"""One settings file shared by every running Kosei: saves merge, other instances' changes are adopted.

Two instances (``--new-window``, or two desktop sessions) each hold a
:class:`Settings`. Writing the whole object would undo whatever the other one
saved since it started, so a save is a read-modify-write under a lock file:
read the file, put in only the keys this instance changed since it last read
or wrote the file (for a mapping such as ``ignored_findings``, only the entries
it changed), write it atomically. :meth:`SettingsStore.reload` adopts what
another instance wrote, leaving keys changed here and not yet saved alone.
"""

from __future__ import annotations

import contextlib
import copy
import dataclasses
import json
import logging
import os
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from editor.core.document.fileio import write_atomic
from editor.core.errors import DocumentWriteError
from editor.core.settings import MAX_RECENT, Settings, load_settings

log = logging.getLogger(__name__)
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
            self.path.parent.mkdir(parents=True, exist_ok=True)
        except OSError as error:
            raise DocumentWriteError(self.path, str(error), error.errno) from None
        with self._locked():
            disk = _as_dict(load_settings(self.path))
            mine = _as_dict(self.settings)
            merged = _merge_all(self._base, mine, disk)
            data = json.dumps(merged, ensure_ascii=False, indent=2) + "\n"
            write_atomic(self.path, data.encode("utf-8"))
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
