"""Run core functions off the UI thread; deliver only the newest result."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal, Slot


class _Relay(QObject):
    done = Signal(int, object)


class _Job(QRunnable):
    def __init__(self, generation: int, work: Callable[[], Any], relay: _Relay) -> None:
        super().__init__()
        self._generation = generation
        self._work = work
        self._relay = relay

    def run(self) -> None:  # runs on a pool thread
        try:
            result = self._work()
        except Exception as error:  # noqa: BLE001 - reported to the UI as a value
            result = error
        self._relay.done.emit(self._generation, result)


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
        self._relay = _Relay(self)
        self._relay.done.connect(self._on_relay_done)
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
        self._pool.start(_Job(generation, work, self._relay))

    @Slot(int, object)
    def _on_relay_done(self, generation: int, result: object) -> None:
        self._running = False
        if self._queued is not None:
            queued, self._queued = self._queued, None
            self._start(*queued)
        if generation == self._generation:
            self.finished.emit(generation, result)
