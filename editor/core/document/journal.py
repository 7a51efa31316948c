"""Crash journal: unsaved text kept in the app data folder, never in the user's file.

Each open document (saved or untitled) has an id; its unsaved text is written
atomically to ``<folder>/<id>.json``. A clean close discards the entry, so what
is left at the next start was lost by a crash or a kill and can be offered back.

Several Kosei processes may share one folder. Each entry records the ``owner``
(an id of the running process that wrote it); the UI holds a lock per owner and
treats an entry as left behind only when its owner's lock is free.
"""

from __future__ import annotations

import contextlib
import difflib
import logging
import time
import uuid
from dataclasses import dataclass
from pathlib import Path

from editor.core.document import jsonfile
from editor.core.document.fileio import write_atomic
from editor.core.document.private import FILE_MODE, ensure_private_folder, repair_mode
from editor.core.document.safe_read import MAX_FILE_BYTES, read_regular
from editor.core.errors import DocumentReadError, DocumentWriteError

log = logging.getLogger(__name__)

_SUFFIX = ".json"
_FORMAT = 1
# An entry holds at most a window's largest file; JSON escapes can make it up to 6x longer.
MAX_ENTRY_BYTES = 6 * MAX_FILE_BYTES


def new_entry_id() -> str:
    """A fresh id for one open document (stable while it stays open)."""
    return uuid.uuid4().hex


@dataclass(frozen=True)
class UnreadableEntry:
    """A file in the journal folder that is not an entry Kosei can read back."""

    file: Path
    reason: str

    @property
    def entry_id(self) -> str:
        return self.file.name[: -len(_SUFFIX)]


@dataclass(frozen=True)
class JournalEntry:
    entry_id: str
    text: str  # the editor's text, "\n" newlines
    path: Path | None  # None for an untitled document
    encoding: str = "utf-8"
    saved_at: float = 0.0
    owner: str = ""  # id of the process that wrote it ("" in entries from older versions)

    @property
    def title(self) -> str:
        return self.path.name if self.path else "untitled"

    def disk_text(self) -> str | None:
        """The file's current text ("\n" newlines), or None when it cannot be read."""
        if self.path is None:
            return None
        try:
            raw = read_regular(self.path, MAX_FILE_BYTES).decode(self.encoding, errors="replace")
        except (OSError, DocumentReadError, LookupError):  # a FIFO here must not hang start-up
            return None
        return raw.replace("\r\n", "\n").replace("\r", "\n").lstrip("\ufeff")

    def diff(self) -> str:
        """A unified diff from the file on disk (or nothing) to the journaled text."""
        before = self.disk_text() or ""
        label = str(self.path) if self.path else "untitled"
        lines = difflib.unified_diff(
            _lines(before),
            _lines(self.text),
            fromfile=f"{label} (disk)",
            tofile=f"{label} (recovered)",
        )
        # A last line without its newline would run into the next diff line
        # ("----END---+---END---"): end it and say so, as git does.
        return "".join(
            line if line.endswith("\n") else line + "\n\\ No newline at end of file\n"
            for line in lines
        )

    def differs_from_disk(self) -> bool:
        return self.disk_text() != self.text


def _lines(text: str) -> list[str]:
    """Lines with their ``\\n``; unlike ``splitlines`` a U+2028 or form feed is no line end."""
    parts = text.split("\n")
    lines = [part + "\n" for part in parts[:-1]]
    return lines + [parts[-1]] if parts[-1] else lines


class Journal:
    """The journal folder: write, list, read back and discard entries."""

    def __init__(self, folder: Path | str, owner: str = "") -> None:
        self.folder = Path(folder)
        self.owner = owner

    def _file(self, entry_id: str) -> Path:
        # Any name found in the folder is an id (so any entry can be discarded), but
        # never one that reaches outside it.
        if not entry_id or entry_id in (".", "..") or Path(entry_id).name != entry_id:
            raise ValueError(f"bad journal id {entry_id!r}")
        return self.folder / f"{entry_id}{_SUFFIX}"

    def write(self, entry_id: str, text: str, path: Path | None, encoding: str = "utf-8") -> None:
        """Store the text atomically; ``DocumentWriteError`` when the folder is unwritable."""
        record = {
            "format": _FORMAT,
            "id": entry_id,
            "path": str(path) if path else None,  # lossless: see jsonfile.dumps
            "encoding": encoding,
            "saved_at": time.time(),
            "owner": self.owner,
            "text": text,
        }
        try:
            ensure_private_folder(self.folder)
        except OSError as error:
            raise DocumentWriteError(self.folder, error.strerror or str(error)) from None
        data = jsonfile.dumps(record).encode("utf-8")
        write_atomic(self._file(entry_id), data, mode=FILE_MODE)

    def discard(self, entry_id: str) -> None:
        with contextlib.suppress(FileNotFoundError, ValueError):
            self._file(entry_id).unlink()

    def discard_file(self, file: Path) -> None:
        """Remove a file of this folder found unreadable (only ones directly inside it)."""
        if Path(file).parent == self.folder and file.name.endswith(_SUFFIX):
            with contextlib.suppress(FileNotFoundError):
                Path(file).unlink()

    def entries(self) -> list[JournalEntry]:
        """Every readable entry, oldest first; unreadable ones are logged and skipped."""
        return self.scan()[0]

    def scan(self) -> tuple[list[JournalEntry], list[UnreadableEntry]]:
        """(readable entries oldest first, files that could not be read back)."""
        if not self.folder.is_dir():
            return [], []
        repair_mode(self.folder, 0o700)
        found: list[JournalEntry] = []
        bad: list[UnreadableEntry] = []
        for file in sorted(self.folder.glob(f"*{_SUFFIX}")):
            entry = _read_entry(file)
            if isinstance(entry, JournalEntry):
                repair_mode(file, FILE_MODE)
                found.append(entry)
            else:
                log.warning("unreadable journal entry %s: %s", file, entry.reason)
                bad.append(entry)
        return sorted(found, key=lambda e: e.saved_at), bad

    def is_empty(self) -> bool:
        return not self.entries()


def _read_entry(file: Path) -> JournalEntry | UnreadableEntry:
    try:
        record = jsonfile.loads(read_regular(file, MAX_ENTRY_BYTES))
        path = record.get("path")
        return JournalEntry(
            # The file's own name is the id: discarding it must remove this very file.
            entry_id=file.name[: -len(_SUFFIX)],
            text=str(record["text"]),
            path=Path(path) if path else None,
            encoding=str(record.get("encoding") or "utf-8"),
            saved_at=float(record.get("saved_at") or 0.0),
            owner=str(record.get("owner") or ""),
        )
    except DocumentReadError as error:
        return UnreadableEntry(file, error.reason)
    except OSError as error:
        return UnreadableEntry(file, error.strerror or str(error))
    except (ValueError, KeyError, TypeError, AttributeError) as error:
        return UnreadableEntry(file, str(error) or type(error).__name__)
