"""Folders and files only their owner may read: the journal holds unsaved text, settings paths.

Folders are created 0700 and files written 0600 whatever the umask; one found
wider (made by an older version, or by a permissive umask) is narrowed, but only
when it belongs to this user: someone else's folder is never changed, the
caller is told it is not private instead.
"""

from __future__ import annotations

import contextlib
import os
import stat
from pathlib import Path

FOLDER_MODE = 0o700
FILE_MODE = 0o600


def ensure_private_folder(folder: Path | str, repair: bool = True) -> Path:
    """Create ``folder`` (and missing parents) 0700; with ``repair`` narrow it if it is ours.

    ``repair`` false leaves an existing folder alone (one the writer named, such as
    the folder of ``--settings``). Raises ``OSError`` when it cannot be created.
    """
    folder = Path(folder)
    missing = []
    probe = folder
    while not probe.exists() and probe != probe.parent:
        missing.append(probe)
        probe = probe.parent
    for part in reversed(missing):
        with contextlib.suppress(FileExistsError):
            part.mkdir(mode=FOLDER_MODE)
    if repair or missing:
        repair_mode(folder, FOLDER_MODE)
    return folder


def repair_mode(path: Path | str, mode: int) -> None:
    """Narrow ``path`` to ``mode`` when it is ours and readable by others (never follows links)."""
    if os.name != "posix":
        return
    with contextlib.suppress(OSError):
        info = os.lstat(path)
        if stat.S_ISLNK(info.st_mode) or info.st_uid != os.getuid():
            return
        if stat.S_IMODE(info.st_mode) & ~mode:
            os.chmod(path, stat.S_IMODE(info.st_mode) & mode)


def private_problem(path: Path | str, want_dir: bool, mask: int = 0o077) -> str:
    """Why ``path`` cannot be trusted as this user's own ("" when it can, or it is missing).

    It must not be a symlink, must be a folder (``want_dir``) or a regular file,
    belong to this user and have none of the ``mask`` permission bits (default: no
    access at all for group and others).
    """
    if os.name != "posix":
        return ""
    try:
        info = os.lstat(path)
    except FileNotFoundError:
        return ""
    except OSError as error:
        return error.strerror or str(error)
    if stat.S_ISLNK(info.st_mode):
        return "it is a symbolic link"
    if want_dir and not stat.S_ISDIR(info.st_mode):
        return "it is not a folder"
    if not want_dir and not stat.S_ISREG(info.st_mode):
        return "it is not a regular file"
    if info.st_uid != os.getuid():
        return f"it belongs to another user (uid {info.st_uid})"
    if stat.S_IMODE(info.st_mode) & mask:
        return f"other users may use it (mode {stat.S_IMODE(info.st_mode):o})"
    return ""
