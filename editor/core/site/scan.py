"""List and read a site's post files safely: regular files only, bounded, inside the site.

A site folder may hold anything (see the hostile-files notes): FIFOs and
sockets that block a reader, symlinks that point out of the site or loop,
huge files. Listing keeps regular Markdown files of at most ``MAX_POST_BYTES``
whose real path stays under the site root; reading re-checks the same on the
open file descriptor, so a file swapped for a FIFO between listing and reading
cannot block.
"""

from __future__ import annotations

import os
import stat
from collections.abc import Iterable, Iterator
from pathlib import Path

MARKDOWN_SUFFIXES = (".md", ".markdown", ".mdown", ".mkd")
MAX_POST_BYTES = 5 * 1024 * 1024
MAX_FILES = 50_000
# Folders that never hold posts: build output, dependencies, tool state.
SKIP_DIRS = frozenset({"node_modules", "_site", "public", "resources", "vendor", "__pycache__"})


class PostReadError(OSError):
    """A post that is not a regular file, too big, or unreadable."""


def iter_markdown(root: Path, folders: Iterable[Path], limit: int = MAX_FILES) -> Iterator[Path]:
    """Markdown files under ``folders`` (each inside ``root``), sorted per folder, at most
    ``limit``. Hidden entries and :data:`SKIP_DIRS` are skipped; symlinks are followed only
    when their target is inside ``root``."""
    real_root = os.path.realpath(root)
    seen_dirs: set[str] = set()
    count = 0
    queue = [str(f) for f in folders]
    while queue and count < limit:
        folder = queue.pop(0)
        real = os.path.realpath(folder)
        if real in seen_dirs or not _inside(real, real_root):
            continue
        seen_dirs.add(real)
        try:
            with os.scandir(folder) as entries:
                items = sorted(entries, key=lambda e: e.name)
        except OSError:
            continue
        subdirs = []
        for entry in items:
            name = entry.name
            if name.startswith(".") or name in SKIP_DIRS:
                continue
            try:
                if entry.is_symlink() and not _inside(os.path.realpath(entry.path), real_root):
                    continue
                if entry.is_dir():
                    subdirs.append(entry.path)
                    continue
                if not name.lower().endswith(MARKDOWN_SUFFIXES) or not entry.is_file():
                    continue
                info = entry.stat()
            except OSError:
                continue
            if stat.S_ISREG(info.st_mode) and info.st_size <= MAX_POST_BYTES:
                count += 1
                yield Path(entry.path)
                if count >= limit:
                    return
        queue[:0] = subdirs  # depth first keeps a folder's posts together


def read_post(path: Path, limit: int = MAX_POST_BYTES) -> tuple[bytes, os.stat_result]:
    """The bytes and stat of a regular file of at most ``limit`` bytes; raises PostReadError."""
    flags = os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_NOCTTY", 0)
    try:
        fd = os.open(path, flags)
    except OSError as error:
        raise PostReadError(error.errno, error.strerror, str(path)) from None
    try:
        info = os.fstat(fd)
        if not stat.S_ISREG(info.st_mode):
            raise PostReadError(0, "not a regular file", str(path))
        if info.st_size > limit:
            raise PostReadError(0, f"over {limit} bytes", str(path))
        chunks = []
        remaining = limit + 1
        while remaining > 0:
            chunk = os.read(fd, min(remaining, 1 << 20))
            if not chunk:
                break
            chunks.append(chunk)
            remaining -= len(chunk)
        data = b"".join(chunks)
        if len(data) > limit:
            raise PostReadError(0, f"over {limit} bytes", str(path))
        return data, info
    except OSError as error:
        if isinstance(error, PostReadError):
            raise
        raise PostReadError(error.errno, error.strerror, str(path)) from None
    finally:
        os.close(fd)


def decode_post(data: bytes) -> str:
    """Text with ``\\n`` newlines: UTF-8 (BOM dropped), undecodable bytes replaced."""
    text = data.decode("utf-8", "replace").lstrip("\ufeff")
    if "\r" in text:
        text = text.replace("\r\n", "\n").replace("\r", "\n")
    return text


def _inside(path: str, root: str) -> bool:
    return path == root or path.startswith(root.rstrip(os.sep) + os.sep)
