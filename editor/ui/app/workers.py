"""Run core functions off the UI thread; deliver only the newest result.

Results travel back through one relay object that lives as long as the process.
A relay per runner (a child of its window) was deleted on the UI thread while a
pool thread was still emitting on it when a window closed during a long job:
"Signal source has been deleted" at best, heap corruption inside Qt at worst
(seen as ``malloc(): mismatching next->prev_size`` in the test suite). A result
whose runner has gone is dropped on the UI thread instead. Python code on pool
threads would also run the cycle collector there, so the first runner confines it
to the UI thread (:mod:`editor.ui.app.collector`).
"""

from __future__ import annotations

import itertools
import sys
import weakref
from collections.abc import Callable
from typing import Any

import shiboken6
from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal, Slot

from editor.ui.app.collector import confine_collection_to_ui_thread


class _Relay(QObject):
    """Created on the UI thread with the first runner; never deleted while jobs may emit."""

    done = Signal(int, int, object)  # (runner key, generation, result)

    def __init__(self) -> None:
        super().__init__()
        self.runners: dict[int, weakref.ref[BackgroundRunner]] = {}
        self.done.connect(self._on_done)  # queued: emitted on pool threads, received here

    @Slot(int, int, object)
    def _on_done(self, key: int, generation: int, result: object) -> None:
        ref = self.runners.get(key)
        runner = ref() if ref is not None else None
        if runner is None or not shiboken6.isValid(runner):
            self.runners.pop(key, None)
            return
        runner._on_relay_done(generation, result)


_relay: _Relay | None = None
_keys = itertools.count(1)


# A thread that wants the GIL waits up to this long before the holder is asked to let go
# (Python's default is 5 ms). A keystroke crosses from Qt to Python dozens of times, and
# each crossing may wait while a render or a check runs: at 5 ms that added 70-230 ms to
# a key's repaint; at 0.5 ms the repaint stays within a frame (bench/bench_typing.py).
GIL_SWITCH_SECONDS = 0.0005


def _shared_relay() -> _Relay:
    global _relay
    if _relay is None:
        confine_collection_to_ui_thread()  # before any Python runs on a pool thread
        _relay = _Relay()
        sys.setswitchinterval(min(sys.getswitchinterval(), GIL_SWITCH_SECONDS))
    return _relay


class _Job(QRunnable):
    def __init__(self, key: int, generation: int, work: Callable[[], Any], relay: _Relay) -> None:
        super().__init__()
        self._key = key
        self._generation = generation
        self._work = work
        self._relay = relay

    def run(self) -> None:  # runs on a pool thread
        try:
            result = self._work()
        except Exception as error:  # noqa: BLE001 - reported to the UI as a value
            result = error
        self._relay.done.emit(self._key, self._generation, result)


class BackgroundRunner(QObject):
    """At most one job of this runner runs at a time; newer submissions replace queued ones.

    ``finished(generation, result)`` is emitted only for the newest submission,
    so an old result never overwrites a newer one. ``result`` is an exception
    instance when the work raised.
    """

    finished = Signal(int, object)

    def __init__(self, parent: QObject | None = None, pool: QThreadPool | None = None) -> None:
        super().__init__(parent)
        self._pool = pool or QThreadPool.globalInstance()
        self._relay = _shared_relay()
        self._key = next(_keys)
        self._relay.runners[self._key] = weakref.ref(self)
        self._generation = 0
        self._running = False
        self._queued: tuple[int, Callable[[], Any]] | None = None

    @property
    def generation(self) -> int:
        return self._generation

    @property
    def busy(self) -> bool:
        return self._running or self._queued is not None

    def submit(self, work: Callable[[], Any]) -> int:
        self._generation += 1
        if self._running:
            self._queued = (self._generation, work)
        else:
            self._start(self._generation, work)
        return self._generation

    def _start(self, generation: int, work: Callable[[], Any]) -> None:
        self._running = True
        self._pool.start(_Job(self._key, generation, work, self._relay))

    def _on_relay_done(self, generation: int, result: object) -> None:
        self._running = False
        if self._queued is not None:
            queued, self._queued = self._queued, None
            self._start(*queued)
        if generation == self._generation:
            self.finished.emit(generation, result)
