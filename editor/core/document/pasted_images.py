"""Store a pasted image next to its post, in an ``images/`` folder, never overwriting.

The file name is the post's name plus a timestamp (``my-post-20261129-041500.png``);
when that exists, ``-2``, ``-3``… is appended. Files are created exclusively, so even
a file that appears between the check and the write is never replaced.
"""

from __future__ import annotations

import os
import re
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from editor.core.errors import ImageWriteError

IMAGES_FOLDER = "images"
MAX_TRIES = 1000
_UNSAFE = re.compile(r"[^\w.-]+")


@dataclass(frozen=True)
class SavedImage:
    path: Path
    markdown: str  # e.g. ``![my-post-20261129-041500](images/my-post-20261129-041500.png)``

    @property
    def alt_range(self) -> tuple[int, int]:
        """Where the alt text is in :attr:`markdown` (start, end), to select it for typing."""
        return 2, self.markdown.index("](")


def image_stem(post: Path, now: datetime) -> str:
    """A file-name-safe stem from the post's name and ``now`` (spaces become dashes)."""
    base = _UNSAFE.sub("-", post.stem).strip("-.") or "image"
    return f"{base}-{now:%Y%m%d-%H%M%S}"


def save_pasted_image(post: Path, png: bytes, now: datetime) -> SavedImage:
    """Write ``png`` into ``<post folder>/images/`` under a new name; raise ImageWriteError."""
    folder = post.parent / IMAGES_FOLDER
    try:
        folder.mkdir(exist_ok=True)
    except OSError as error:
        raise ImageWriteError(folder, error.strerror or str(error)) from error
    stem = image_stem(post, now)
    for attempt in range(1, MAX_TRIES + 1):
        name = f"{stem}.png" if attempt == 1 else f"{stem}-{attempt}.png"
        path = folder / name
        try:
            _write_new(path, png)
        except FileExistsError:
            continue
        except OSError as error:
            raise ImageWriteError(path, error.strerror or str(error)) from error
        return SavedImage(path, f"![{path.stem}]({IMAGES_FOLDER}/{name})")
    raise ImageWriteError(folder / f"{stem}.png", "too many images with this name")


def _write_new(path: Path, data: bytes) -> None:
    """Create ``path`` (it must not exist) with ``data``; remove it again if writing fails."""
    # 0o666 before the umask (0644 with the usual 022): an image is no program. Without the
    # mode argument os.open asks for 0o777, and git then records the image as executable.
    flags = os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_BINARY", 0)
    descriptor = os.open(path, flags, 0o666)
    try:
        with os.fdopen(descriptor, "wb") as handle:
            handle.write(data)
    except OSError:
        path.unlink(missing_ok=True)
        raise
