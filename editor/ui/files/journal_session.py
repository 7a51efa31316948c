"""This process's share of the crash journal: where it lives and which entries were left behind.

Every running Kosei has an owner id and holds ``<journal>/<owner>.lock`` (a
``QLockFile``) for as long as it runs; its entries record that owner. An entry
is "left behind" only when its owner's lock can be taken, i.e. the process that
wrote it is gone: ``QLockFile`` sees the recorded process id (and host, boot and
program name) is no longer running. A second Kosei started with ``--new-window``
therefore never offers to recover the first one's live entries. Locks of dead
owners are held while their entries are being recovered, so two Kosei starting
at the same moment never offer the same entry twice.
"""

from __future__ import annotations

import logging
import os
from pathlib import Path

from PySide6.QtCore import QLockFile, QObject, QStandardPaths, Slot

from editor.core.document.journal import Journal, JournalEntry, UnreadableEntry, new_entry_id
from editor.core.document.private import ensure_private_folder

log = logging.getLogger(__name__)

DATA_DIR_VARIABLE = "KOSEI_DATA_DIR"
_LOCK_SUFFIX = ".lock"


def data_folder(option: Path | None = None) -> Path:
    """``--data-dir``, else ``$KOSEI_DATA_DIR``, else the user's app data folder."""
    if option is not None:
        return option
    if os.environ.get(DATA_DIR_VARIABLE):
        return Path(os.environ[DATA_DIR_VARIABLE])
    location = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.AppDataLocation)
    return Path(location)


def journal_folder(option: Path | None = None) -> Path:
    return data_folder(option) / "journal"


def _lock(folder: Path, owner: str) -> QLockFile:
    lock = QLockFile(str(folder / f"{owner}{_LOCK_SUFFIX}"))
    lock.setStaleLockTime(0)  # stale only when the owner process is gone, never by age
    return lock


class JournalSession(QObject):
    """Owns this process's journal and lock; finds and claims entries of dead owners.

    Give it the application as parent: the lock must live as long as the process.
    """

    def __init__(self, folder: Path, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.folder = Path(folder)
        self.owner = new_entry_id()
        self.journal = Journal(self.folder, owner=self.owner)
        self._own_lock = _lock(self.folder, self.owner)
        self._claimed: dict[str, QLockFile] = {}
        try:
            ensure_private_folder(self.folder)  # unsaved text: 0700, narrowed if found wider
        except OSError as error:
            log.warning("journal folder %s unusable: %s", self.folder, error)
        if not self._own_lock.tryLock(0):
            log.warning("could not lock %s (%s)", self.folder, self._own_lock.error())

    def left_behind(self) -> list[JournalEntry]:
        """Entries whose writer is no longer running (their owners stay claimed until release)."""
        self._claim_dead_owners()
        return [
            entry
            for entry in self.journal.entries()
            if entry.owner != self.owner and self._claim(entry.owner)
        ]

    def unreadable(self) -> list[UnreadableEntry]:
        """Journal files that cannot be read back (entries are written atomically, so a live
        Kosei never leaves one half-written: these are damaged or were put there)."""
        return self.journal.scan()[1]

    def _claim_dead_owners(self) -> None:
        """Take every free lock (removing lock files of crashes that left nothing unsaved)."""
        if not self.folder.is_dir():
            return
        for file in self.folder.glob(f"*{_LOCK_SUFFIX}"):
            owner = file.name[: -len(_LOCK_SUFFIX)]
            if owner.isalnum() and owner != self.owner:
                self._claim(owner)

    def _claim(self, owner: str) -> bool:
        if not owner or owner in self._claimed:
            return True  # "" = written by a version without owners, long gone
        lock = _lock(self.folder, owner)
        if not lock.tryLock(0):
            return False  # a running Kosei holds it
        self._claimed[owner] = lock
        return True

    def release_claims(self) -> None:
        """Done recovering: drop the dead owners' locks (their lock files go with them)."""
        for lock in self._claimed.values():
            lock.unlock()
        self._claimed.clear()

    @Slot()
    def close(self) -> None:
        """Clean exit: release every lock; the windows have already discarded their entries."""
        self.release_claims()
        self._own_lock.unlock()
