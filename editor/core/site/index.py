"""The site index: a row per post and the fingerprints of every post's prose.

Built once in the background (:meth:`SiteIndex.list_posts` gives the rows in
well under a second, :meth:`SiteIndex.build` adds the fingerprints), kept in
the data folder per site (:meth:`save` / :meth:`load`), and brought up to date
by :meth:`refresh` (a stat of every post: only changed files are read again)
or :meth:`update` for one file Kosei just saved.

Fingerprints live in three parallel numpy arrays sorted by hash (hash, post
id, offset in that post's normalised prose): about 12 bytes per fingerprint,
a look-up is a binary search, and replacing one post's fingerprints is an
array copy, not a rebuild.
"""

from __future__ import annotations

import hashlib
import io
import json
import os
import threading
from collections import Counter
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

import numpy as np

from editor.core.document.fileio import write_atomic
from editor.core.site import fingerprints as fp
from editor.core.site.config import SiteInfo
from editor.core.site.posts import HEAD_BYTES, PostEntry, entry_from_text, is_list_page
from editor.core.site.scan import PostReadError, decode_post, iter_markdown, read_post

VERSION = 1
OVERLAY_LIMIT = 200_000  # fingerprints in the overlay before it is folded into the main table
Progress = Callable[[int, int], None]  # (done, total)


@dataclass(frozen=True)
class PrintTable:
    """Fingerprints of every post, sorted by hash; replaced whole, never changed in place."""

    hashes: np.ndarray  # uint32, ascending
    posts: np.ndarray  # uint32 post id
    offsets: np.ndarray  # uint32 offset in the post's normalised prose

    @classmethod
    def empty(cls) -> PrintTable:
        zero = np.zeros(0, dtype=np.uint32)
        return cls(zero, zero, zero)

    @property
    def nbytes(self) -> int:
        return int(self.hashes.nbytes + self.posts.nbytes + self.offsets.nbytes)


class SiteIndex:
    def __init__(self, site: SiteInfo, cache_dir: Path | None = None) -> None:
        self.site = site
        self.cache_dir = cache_dir  # the data folder of this site (None: no cache)
        self.entries: dict[str, PostEntry] = {}
        self.ids: dict[str, int] = {}
        self.paths: list[str | None] = []
        self.lengths: list[int] = []  # normalised prose length per id
        self.prints = PrintTable.empty()  # the main table
        self.overlay = PrintTable.empty()  # posts re-read since the main table was built
        self.shadowed: frozenset[int] = frozenset()  # ids whose main-table rows are stale
        self.indexed: set[str] = set()  # posts whose fingerprints are in ``prints``
        self.lock = threading.Lock()  # held by writers of ``prints`` and the id tables

    # -- paths ----------------------------------------------------------------------------------
    def rel(self, path: Path | str) -> str | None:
        """The key of ``path`` (relative to the root, posix), or None when outside the site."""
        text, root = str(path), str(self.site.root)
        if text.startswith(root + "/") and "/.." not in text and "/./" not in text:
            return text[len(root) + 1 :]
        try:
            return Path(path).resolve().relative_to(self.site.root).as_posix()
        except (ValueError, OSError):
            return None

    def absolute(self, rel: str) -> Path:
        return self.site.root / rel

    def post_files(self) -> list[Path]:
        return [p for p in iter_markdown(self.site.root, self.site.content_dirs) if _is_post(p)]

    # -- building -------------------------------------------------------------------------------
    def list_posts(self, files: Iterable[Path] | None = None, now: datetime | None = None) -> None:
        """Rows for every post from its front matter alone (no fingerprints)."""
        now = now or datetime.now(UTC)
        for path in self.post_files() if files is None else files:
            rel = self.rel(path)
            if rel is None:
                continue
            try:
                data, info = read_post(path)
            except PostReadError:
                continue
            head = decode_post(_front_matter_head(data))
            entry, _ = entry_from_text(self.site, path, head, now, quick=True)
            entry.mtime_ns, entry.size = info.st_mtime_ns, info.st_size
            self.entries[rel] = entry
            self._id(rel)

    def build(
        self,
        progress: Progress | None = None,
        cancelled: Callable[[], bool] | None = None,
        now: datetime | None = None,
    ) -> None:
        """Read every listed post not yet fingerprinted; one table swap at the end."""
        todo = [rel for rel in self.entries if rel not in self.indexed]
        found: list[tuple[int, np.ndarray, np.ndarray]] = []
        for done, rel in enumerate(todo, 1):
            if cancelled is not None and cancelled():
                return
            pid, hashes, offsets = self._read(rel, now)
            if pid is not None:
                found.append((pid, hashes, offsets))
            if progress is not None and (done % 50 == 0 or done == len(todo)):
                progress(done, len(todo))
        with self.lock:
            self.prints = _merged(self.prints, found)
            del found
            self.indexed.update(rel for rel in todo if rel in self.entries)

    def _read(
        self, rel: str, now: datetime | None = None
    ) -> tuple[int | None, np.ndarray, np.ndarray]:
        """Re-read one post: its row and fingerprints (not yet in the table)."""
        path = self.absolute(rel)
        try:
            data, info = read_post(path)
        except PostReadError:
            self.entries.pop(rel, None)
            empty = np.zeros(0, np.uint32)
            return None, empty, empty
        text = decode_post(data)
        entry, body_line = entry_from_text(self.site, path, text, now or datetime.now(UTC))
        entry.mtime_ns, entry.size = info.st_mtime_ns, info.st_size
        prose = fp.body_prose(text, body_line)
        hashes, offsets = fp.fingerprints(prose.norm)
        self.entries[rel] = entry
        pid = self._id(rel)
        self.lengths[pid] = len(prose.norm)
        return pid, hashes, offsets

    def _id(self, rel: str) -> int:
        pid = self.ids.get(rel)
        if pid is None:
            pid = len(self.paths)
            self.ids[rel] = pid
            self.paths.append(rel)
            self.lengths.append(0)
        return pid

    # -- keeping up to date --------------------------------------------------------------------
    def update(self, path: Path | str) -> bool:
        """Re-read one post (saved by Kosei, or reported by the watcher); False if outside.

        The post's new fingerprints go into a small overlay table and its old ones in the
        main table are shadowed, so an update costs the size of one post, not of the site."""
        rel = self.rel(path)
        if rel is None or not _is_post(Path(path)) or not self._in_content(rel):
            return False
        pid, hashes, offsets = self._read(rel)
        with self.lock:
            old = self.ids[rel]
            overlay = _drop(self.overlay, old)
            if pid is not None:
                overlay = _merged(overlay, [(pid, hashes, offsets)])
                self.indexed.add(rel)
            else:
                self.indexed.discard(rel)
            self.shadowed = self.shadowed | {old}
            self.overlay = overlay
        if len(self.overlay.hashes) > OVERLAY_LIMIT:
            self.compact()
        return True

    def remove(self, rel: str) -> None:
        self.entries.pop(rel, None)
        self.indexed.discard(rel)
        pid = self.ids.get(rel)
        if pid is not None:
            with self.lock:
                self.overlay = _drop(self.overlay, pid)
                self.shadowed = self.shadowed | {pid}

    def compact(self) -> None:
        """Fold the overlay into the main table (when it grew, and before saving)."""
        with self.lock:
            if not self.shadowed and not len(self.overlay.hashes):
                return
            main = self.prints
            if self.shadowed:
                keep = ~np.isin(main.posts, np.fromiter(self.shadowed, np.uint32))
                main = PrintTable(main.hashes[keep], main.posts[keep], main.offsets[keep])
            overlay = self.overlay
            hashes = np.concatenate([main.hashes, overlay.hashes])
            order = np.argsort(hashes, kind="stable")
            self.prints = PrintTable(
                hashes[order],
                np.concatenate([main.posts, overlay.posts])[order],
                np.concatenate([main.offsets, overlay.offsets])[order],
            )
            self.overlay = PrintTable.empty()
            self.shadowed = frozenset()

    def lookup(self, hashes: np.ndarray, limit: int) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
        """Every indexed occurrence of ``hashes``: (query position, post id, offset), leaving
        out hashes found more than ``limit`` times (boilerplate)."""
        with self.lock:
            tables, shadowed = (self.prints, self.overlay), self.shadowed
        parts: list[tuple[np.ndarray, np.ndarray, np.ndarray]] = []
        for number, table in enumerate(tables):
            query, rows = _ranges(table.hashes, hashes, limit)
            posts, offsets = table.posts[rows], table.offsets[rows]
            if number == 0 and shadowed:
                keep = ~np.isin(posts, np.fromiter(shadowed, np.uint32))
                query, posts, offsets = query[keep], posts[keep], offsets[keep]
            parts.append((query, posts, offsets))
        return tuple(np.concatenate([p[i] for p in parts]) for i in range(3))  # type: ignore[return-value]

    def refresh(self) -> list[str]:
        """Compare the folder with the index (stat only); re-read what changed. Returns the
        keys of posts added, changed or removed."""
        changed: list[str] = []
        present: set[str] = set()
        for path in self.post_files():
            rel = self.rel(path)
            if rel is None:
                continue
            present.add(rel)
            try:
                info = path.stat()
            except OSError:
                continue
            entry = self.entries.get(rel)
            if entry is None or (entry.mtime_ns, entry.size) != (info.st_mtime_ns, info.st_size):
                self.update(path)
                changed.append(rel)
        for rel in [r for r in self.entries if r not in present]:
            self.remove(rel)
            changed.append(rel)
        return changed

    def _in_content(self, rel: str) -> bool:
        path = self.absolute(rel)
        return any(_under(path, folder) for folder in self.site.content_dirs)

    # -- questions ------------------------------------------------------------------------------
    def posts(self) -> list[PostEntry]:
        return list(self.entries.values())

    def term_counts(self, key: str) -> Counter[str]:
        counts: Counter[str] = Counter()
        for entry in list(self.entries.values()):
            counts.update(entry.terms(key))
        return counts

    def memory_bytes(self) -> int:
        """Size of the fingerprint tables (the bulk of the index)."""
        return self.prints.nbytes + self.overlay.nbytes

    # -- cache ----------------------------------------------------------------------------------
    def save(self) -> None:
        """Write the index to ``cache_dir`` (atomically; compacting post ids)."""
        if self.cache_dir is None:
            return
        self.compact()
        with self.lock:
            table, paths, lengths = self.prints, list(self.paths), list(self.lengths)
            indexed = set(self.indexed)
        live = [pid for pid, rel in enumerate(paths) if rel in self.entries and rel in indexed]
        remap = np.zeros(max(len(paths), 1), dtype=np.uint32)
        remap[live] = np.arange(len(live), dtype=np.uint32)
        keep = np.isin(table.posts, np.array(live, dtype=np.uint32))
        buffer = io.BytesIO()
        np.savez(
            buffer,
            hashes=table.hashes[keep],
            posts=remap[table.posts[keep]],
            offsets=table.offsets[keep],
        )
        rows = []
        for pid in live:
            rel = paths[pid]
            assert rel is not None
            rows.append({**self.entries[rel].to_json(), "length": lengths[pid]})
        meta = {"version": VERSION, "root": str(self.site.root), "posts": rows}
        self.cache_dir.mkdir(parents=True, exist_ok=True)
        write_atomic(self.cache_dir / "prints.npz", buffer.getvalue())
        write_atomic(self.cache_dir / "index.json", json.dumps(meta, ensure_ascii=False).encode())

    def load(self) -> bool:
        """Read the cached index; False (and nothing changed) when absent or unusable."""
        if self.cache_dir is None:
            return False
        try:
            meta = json.loads((self.cache_dir / "index.json").read_bytes())
            with np.load(self.cache_dir / "prints.npz", allow_pickle=False) as arrays:
                table = PrintTable(arrays["hashes"], arrays["posts"], arrays["offsets"])
            if meta.get("version") != VERSION or meta.get("root") != str(self.site.root):
                return False
            rows = [
                (PostEntry.from_json(_entry_fields(r)), int(r["length"])) for r in meta["posts"]
            ]
        except (OSError, ValueError, KeyError, TypeError):
            return False
        if len(table.posts) and int(table.posts.max()) >= len(rows):
            return False
        with self.lock:
            self.entries = {e.path: e for e, _ in rows}
            self.paths = [e.path for e, _ in rows]
            self.ids = {rel: pid for pid, rel in enumerate(self.paths) if rel is not None}
            self.lengths = [length for _, length in rows]
            self.indexed = set(self.entries)
            self.prints = table
            self.overlay = PrintTable.empty()
            self.shadowed = frozenset()
        return True


def _drop(table: PrintTable, pid: int) -> PrintTable:
    keep = table.posts != pid
    if bool(keep.all()):
        return table
    return PrintTable(table.hashes[keep], table.posts[keep], table.offsets[keep])


def _merged(table: PrintTable, found: list[tuple[int, np.ndarray, np.ndarray]]) -> PrintTable:
    hashes = np.concatenate([table.hashes] + [h for _, h, _ in found])
    order = np.argsort(hashes, kind="stable")
    posts = np.concatenate([table.posts] + [np.full(len(h), p, np.uint32) for p, h, _ in found])
    offsets = np.concatenate([table.offsets] + [o for _, _, o in found])
    return PrintTable(hashes[order], posts[order], offsets[order])


def _ranges(
    sorted_hashes: np.ndarray, query: np.ndarray, limit: int
) -> tuple[np.ndarray, np.ndarray]:
    """(query position, row) for every row of ``sorted_hashes`` equal to a query hash."""
    low = np.searchsorted(sorted_hashes, query, "left")
    counts = np.searchsorted(sorted_hashes, query, "right") - low
    counts[counts > limit] = 0
    total = int(counts.sum())
    if total == 0:
        empty = np.zeros(0, dtype=np.int64)
        return empty, empty
    which = np.repeat(np.arange(len(query)), counts)
    starts = np.repeat(low, counts)
    first = np.repeat(np.cumsum(counts) - counts, counts)
    return which, starts + (np.arange(total) - first)


def cache_folder(data_dir: Path, root: Path) -> Path:
    """The folder in the data folder that keeps the index of the site at ``root``."""
    digest = hashlib.sha1(str(Path(root).resolve()).encode()).hexdigest()[:16]
    return Path(data_dir) / "sites" / digest


def _entry_fields(row: dict) -> dict:
    return {k: v for k, v in row.items() if k != "length"}


def _front_matter_head(data: bytes) -> bytes:
    """The bytes up to the end of the front matter (bounded): the list needs no body."""
    head = data[:HEAD_BYTES]
    first = head[:4].lstrip(b"\xef\xbb\xbf")
    for fence in (b"---", b"+++"):
        if first.startswith(fence):
            end = head.find(b"\n" + fence, 3)
            if end >= 0:
                stop = head.find(b"\n", end + 1 + len(fence))
                return head if stop < 0 else head[:stop]
    return head[:4096] if not head.lstrip().startswith(b"{") else head


def _is_post(path: Path) -> bool:
    return not is_list_page(path)


def _under(path: Path, folder: Path) -> bool:
    try:
        path.relative_to(folder)
    except ValueError:
        return False
    return True


def file_signature(path: Path) -> tuple[int, int] | None:
    try:
        info = os.stat(path)
    except OSError:
        return None
    return info.st_mtime_ns, info.st_size
