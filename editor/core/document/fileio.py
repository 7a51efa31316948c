"""Atomic writes: a temporary file in the same folder, flushed, fsynced, then renamed."""

from __future__ import annotations

import contextlib
import errno as errno_codes
import hashlib
import os
import stat
import tempfile
from pathlib import Path

from editor.core.document.safe_read import MAX_FILE_BYTES, read_regular
from editor.core.errors import DocumentReadError, DocumentWriteError, FileChangedOnDiskError

_REASONS = {
    errno_codes.ENOSPC: "the disk is full",
    errno_codes.EDQUOT: "the disk quota is exceeded",
    errno_codes.EACCES: "permission denied",
    errno_codes.EPERM: "permission denied",
    errno_codes.EROFS: "the folder is on a read-only file system",
    errno_codes.ENOENT: "the folder does not exist any more",
}


def file_hash(path: Path) -> str | None:
    """sha256 of the file's bytes, or None when it does not exist."""
    try:
        return hashlib.sha256(read_regular(path, 4 * MAX_FILE_BYTES)).hexdigest()
    except (OSError, DocumentReadError):  # missing, a FIFO, too large: not the file we loaded
        return None


def write_atomic(
    path: Path | str,
    data: bytes,
    expected_hash: str | None = None,
    check: bool = False,
    mode: int | None = None,
) -> str:
    """Write ``data`` to ``path`` atomically and return the sha256 of what was written.

    ``mode`` forces the file's permissions (0600 for private files); by default an
    existing file keeps its own and a new one gets 0666 less the umask.

    With ``check`` true, refuse (``FileChangedOnDiskError``) when the file on disk
    is not the one whose hash is ``expected_hash`` (None: the file must not exist).
    On any failure the original file is untouched and no temporary file remains.
    """
    path = Path(path)
    if check:
        current = file_hash(path)
        if current is not None and current != expected_hash:
            raise FileChangedOnDiskError(path)
    if mode is None:
        try:
            mode = stat.S_IMODE(path.stat().st_mode)
        except FileNotFoundError:
            mode = None
        except OSError as error:
            raise _write_error(path, error) from None
    tmp_name = None
    try:
        fd, tmp_name = tempfile.mkstemp(
            prefix=f".{path.name}.", suffix=".kosei-tmp", dir=path.parent
        )
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        if mode is not None:
            os.chmod(tmp_name, mode)
        else:
            umask = os.umask(0)
            os.umask(umask)
            os.chmod(tmp_name, 0o666 & ~umask)
        os.replace(tmp_name, path)
        tmp_name = None
        _fsync_dir(path.parent)
    except OSError as error:
        raise _write_error(path, error) from None
    finally:
        if tmp_name is not None:
            with contextlib.suppress(OSError):
                os.unlink(tmp_name)
    return hashlib.sha256(data).hexdigest()


def _fsync_dir(folder: Path) -> None:
    with contextlib.suppress(OSError):
        fd = os.open(folder, os.O_RDONLY)
        try:
            os.fsync(fd)
        finally:
            os.close(fd)


def _write_error(path: Path, error: OSError) -> DocumentWriteError:
    reason = _REASONS.get(error.errno or 0, error.strerror or str(error))
    return DocumentWriteError(path, reason, error.errno)
