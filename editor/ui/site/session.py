"""One open site: its index, the posts model every window of the site shares, background work.

On open the rows come first (from the cached index, or from the front matter
of every post, well under a second), then the fingerprints are built in the
background with progress, the index is saved to the data folder, and the
background site check fills the findings column. A folder watcher (and a
slow poll, for writes in place that folder watches miss) re-reads only the
posts whose size or time changed; Kosei's own saves update their post at once.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QFileSystemWatcher, QObject, QTimer, Signal, Slot

from editor.core.site import crosspost
from editor.core.site.config import SiteInfo
from editor.core.site.index import SiteIndex, cache_folder
from editor.core.site.site_check import finding_counts, repeated_from
from editor.core.checks.options import CheckOptions
from editor.ui.app.workers import BackgroundRunner
from editor.ui.site.model import PostsModel

MAX_WATCHED_DIRS = 500
POLL_MS = 10_000
DEBOUNCE_MS = 300


class _Relay(QObject):
    progress = Signal(int, int)


class SiteSession(QObject):
    rows_changed = Signal()  # rows added, removed or changed
    progress = Signal(int, int)  # (done, total) while the index is built
    indexed = Signal()  # the fingerprints and finding counts are ready
    posts_changed = Signal(list)  # keys of posts re-read (external change or save)

    def __init__(
        self, site: SiteInfo, data_dir: Path | None, parent: QObject | None = None
    ) -> None:
        super().__init__(parent)
        self.site = site
        cache = cache_folder(data_dir, site.root) if data_dir is not None else None
        self.index = SiteIndex(site, cache)
        self.model = PostsModel(self)
        self.ready = False  # fingerprints built (cross-post checks complete)
        self._relay = _Relay(self)
        self._relay.progress.connect(self.progress)
        self._runner = BackgroundRunner(self)
        self._runner.finished.connect(self._on_runner_finished)
        self._pending: set[Path] = set()
        self._watcher = QFileSystemWatcher(self)
        self._watcher.directoryChanged.connect(self._on_watcher_directory_changed)
        self._debounce = QTimer(self, singleShot=True, interval=DEBOUNCE_MS)
        self._debounce.timeout.connect(self.refresh)
        self._poll = QTimer(self, interval=POLL_MS)
        self._poll.timeout.connect(self.refresh)
        self._closed = False

    @property
    def runner(self) -> BackgroundRunner:
        return self._runner

    @property
    def root(self) -> Path:
        return self.site.root

    def start(self) -> None:
        """Rows now; fingerprints, cache and finding counts in the background."""
        cached = self.index.load()
        if not cached:
            self.index.list_posts()
        self.model.set_entries(self.index.posts())
        self.rows_changed.emit()
        crosspost.attach(self.index)
        self._watch_folders()
        self._poll.start()
        if cached:
            self._submit("refresh")
        else:
            self._submit("build")

    def close(self) -> None:
        self._closed = True
        self._poll.stop()
        self._debounce.stop()
        crosspost.detach(self.index)
        if not self._runner.busy:
            try:
                self.index.save()
            except OSError:
                pass

    # -- keeping up to date --------------------------------------------------------------------
    def post_saved(self, path: Path) -> None:
        """Kosei wrote ``path``: re-read it now (or after the running background job)."""
        if self._runner.busy:
            self._pending.add(Path(path))
            return
        self._apply_updates([Path(path)])

    @Slot()
    def refresh(self) -> None:
        if not self._runner.busy and not self._closed:
            self._submit("refresh")

    def _apply_updates(self, paths: list[Path]) -> None:
        changed = []
        for path in paths:
            rel = self.index.rel(path)
            before = repeated_from(self.index, rel, CheckOptions()) if rel else set()
            if rel is None or not self.index.update(path):
                continue
            changed.append(rel)
            self.model.update_entry(self.index.entries.get(rel), rel)
            if self.ready:
                after = repeated_from(self.index, rel, CheckOptions())
                counts = dict(self.model.counts)
                for other in before | after:
                    counts[other] = len(repeated_from(self.index, other, CheckOptions()))
                counts[rel] = len(after) + (1 if self.index.entries[rel].error else 0)
                self.model.set_counts(counts)
        if changed:
            self.rows_changed.emit()
            self.posts_changed.emit(changed)

    def _watch_folders(self) -> None:
        folders: list[str] = []
        for top in self.site.content_dirs:
            folders.append(str(top))
            for sub in sorted(p for p in top.rglob("*") if p.is_dir() and not p.is_symlink()):
                if len(folders) >= MAX_WATCHED_DIRS:
                    break
                folders.append(str(sub))
        if folders:
            self._watcher.addPaths(folders)

    @Slot(str)
    def _on_watcher_directory_changed(self, _path: str) -> None:
        self._debounce.start()

    # -- background ----------------------------------------------------------------------------
    def _submit(self, job: str) -> None:
        index, relay = self.index, self._relay
        closed = lambda: self._closed  # noqa: E731 - read from the worker

        def work() -> tuple[str, list[str], dict[str, int]]:
            changed: list[str] = []
            if job == "build":
                index.build(progress=relay.progress.emit, cancelled=closed)
            else:
                changed = index.refresh()
                index.build(cancelled=closed)
            counts = finding_counts(index, cancelled=closed)
            index.save()
            return job, changed, counts

        self._runner.submit(work)

    @Slot(int, object)
    def _on_runner_finished(self, _generation: int, result: object) -> None:
        if self._closed:
            return
        if isinstance(result, Exception):
            result = ("failed", [], dict(self.model.counts))
        job, changed, counts = result  # type: ignore[misc]
        self.ready = True
        if job == "build" or changed:
            self.model.set_entries(self.index.posts())
            self.rows_changed.emit()
        self.model.set_counts(counts)
        if changed:
            self.posts_changed.emit(changed)
        self.indexed.emit()
        if self._pending:
            pending, self._pending = sorted(self._pending), set()
            self._apply_updates(pending)
