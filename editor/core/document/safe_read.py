"""Bounded reads of regular files only: a FIFO, socket or device is refused, never waited on.

Every read of a file Kosei did not write itself goes through :func:`read_regular`.
The file is opened with ``O_NONBLOCK`` (opening a FIFO for reading would otherwise
block until a writer appears) and the *open descriptor* is checked with ``fstat``,
so a name swapped for a FIFO between a ``stat`` and the ``open`` is still refused.
"""

from __future__ import annotations

import os
import stat
from pathlib import Path

from editor.core.errors import DocumentReadError, FileTooLargeError

# The window's default limit (``Settings.max_file_bytes``); the CLI's ``--max-size`` raises it.
MAX_FILE_BYTES = 50 * 1024 * 1024
_CHUNK = 1024 * 1024


class NotRegularFileError(DocumentReadError):
    """The path names a FIFO, socket, device or folder, not a file with contents."""

    def __init__(self, path: Path | str, kind: str) -> None:
        self.kind = kind
        super().__init__(path, f"is a {kind}, not a regular file")


def file_kind(mode: int) -> str:
    """A word for what ``mode`` (from ``stat``) describes."""
    if stat.S_ISDIR(mode):
        return "folder"
    if stat.S_ISFIFO(mode):
        return "named pipe (FIFO)"
    if stat.S_ISSOCK(mode):
        return "socket"
    if stat.S_ISCHR(mode) or stat.S_ISBLK(mode):
        return "device"
    return "special file"


def is_regular_file(path: Path | str) -> bool:
    """True for a regular file (symlinks followed); never opens the file, never raises."""
    try:
        return stat.S_ISREG(os.stat(path).st_mode)
    except (OSError, ValueError):
        return False


def read_regular(path: Path | str, max_bytes: int, *, truncate: bool = False) -> bytes:
    """The bytes of the regular file ``path``, at most ``max_bytes`` of them.

    Raises :class:`NotRegularFileError` for anything else, ``FileTooLargeError``
    when it holds more than ``max_bytes`` (unless ``truncate``: then only the
    first ``max_bytes`` are returned), and ``OSError`` as ``open`` does.
    """
    flags = os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_BINARY", 0)
    fd = os.open(path, flags)
    try:
        info = os.fstat(fd)
        if not stat.S_ISREG(info.st_mode):
            raise NotRegularFileError(path, file_kind(info.st_mode))
        if info.st_size > max_bytes and not truncate:
            raise FileTooLargeError(path, info.st_size, max_bytes)
        chunks: list[bytes] = []
        total = 0
        while total <= max_bytes:  # one byte past the limit tells a file that grew meanwhile
            chunk = os.read(fd, min(_CHUNK, max_bytes + 1 - total))
            if not chunk:
                break
            chunks.append(chunk)
            total += len(chunk)
    finally:
        os.close(fd)
    data = b"".join(chunks)
    if total > max_bytes:
        if not truncate:
            raise FileTooLargeError(path, total, max_bytes)
        data = data[:max_bytes]
    return data
