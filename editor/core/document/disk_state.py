"""Has the file under an open document changed on disk, and what should the window do?

The answer is decided on content hashes, never on timestamps: an editor that
rewrites identical bytes (or our own atomic save) is not a change. Everything
here is plain Python so the rules are tested without a window.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from enum import Enum
from pathlib import Path

from editor.core.document.document import Document
from editor.core.document.safe_read import MAX_FILE_BYTES, read_regular
from editor.core.errors import DocumentReadError


class DiskState(Enum):
    UNCHANGED = "unchanged"  # the bytes on disk are the ones last loaded or saved
    CHANGED = "changed"  # another program wrote different bytes
    DELETED = "deleted"  # nothing at the path any more (deleted, or moved away)
    UNREADABLE = "unreadable"  # something is there but cannot be read now; decide later


class Action(Enum):
    NOTHING = "nothing"
    RELOAD = "reload"  # no local edits: take the disk version in place
    ASK = "ask"  # local edits: the writer chooses
    MARK_DELETED = "mark_deleted"  # keep the text, mark the window
    CLEAR_DELETED = "clear_deleted"  # the file came back with the bytes we know


@dataclass(frozen=True)
class Snapshot:
    """One look at the file: ``data`` is None when it is missing or unreadable."""

    state_hint: DiskState  # DELETED / UNREADABLE when there is no data, else UNCHANGED
    data: bytes | None = None

    @property
    def hash(self) -> str | None:
        return hashlib.sha256(self.data).hexdigest() if self.data is not None else None


def take_snapshot(path: Path) -> Snapshot:
    """Read the file once; its hash and (if needed) its text come from the same bytes."""
    try:
        return Snapshot(DiskState.UNCHANGED, read_regular(path, 4 * MAX_FILE_BYTES))
    except (FileNotFoundError, NotADirectoryError):
        return Snapshot(DiskState.DELETED)
    except (OSError, DocumentReadError):  # permission denied, replaced by a FIFO, too large...
        return Snapshot(DiskState.UNREADABLE)


def disk_state(known_hash: str | None, snapshot: Snapshot) -> DiskState:
    """Compare what is on disk now with the hash of what was last loaded or saved."""
    if snapshot.data is None:
        return snapshot.state_hint
    return DiskState.UNCHANGED if snapshot.hash == known_hash else DiskState.CHANGED


def decide(
    known_hash: str | None,
    snapshot: Snapshot,
    *,
    local_edits: bool,
    marked_deleted: bool,
    answered_hash: str | None = None,
) -> Action:
    """What the window should do about ``snapshot``.

    ``answered_hash`` is a disk version the writer already decided about: it is
    never asked about twice. A window marked deleted whose file comes back with
    new bytes is handled like any change (reload, or ask when there are edits).
    """
    state = disk_state(known_hash, snapshot)
    if state is DiskState.UNREADABLE:
        return Action.NOTHING
    if state is DiskState.DELETED:
        return Action.NOTHING if marked_deleted else Action.MARK_DELETED
    if state is DiskState.UNCHANGED:
        return Action.CLEAR_DELETED if marked_deleted else Action.NOTHING
    if snapshot.hash == answered_hash:
        return Action.CLEAR_DELETED if marked_deleted else Action.NOTHING
    return Action.ASK if local_edits else Action.RELOAD


def read_encoding(document: Document) -> str | None:
    """The encoding to decode a new disk version of ``document`` with.

    None (detect again) for UTF-8 and byte-order-marked files, so a file that
    gained or lost a BOM still reads right; the document's own encoding otherwise
    (a legacy encoding the writer chose when opening it).
    """
    if document.bom or document.encoding == "utf-8":
        return None
    return document.encoding


def document_from_snapshot(snapshot: Snapshot, current: Document) -> Document:
    """Decode the disk version like ``current`` was; raises ``DocumentReadError``."""
    if snapshot.data is None:
        raise ValueError("no data to decode")
    return Document.from_bytes(snapshot.data, current.path, read_encoding(current))
