"""Python's cycle collector runs on the UI thread only, because Qt objects must die on theirs.

CPython collects reference cycles on whichever thread crosses the allocation
threshold, and Kosei runs a lot of Python on other threads (checks, rendering,
spelling, the site index, the journal writer). A Qt object owned by Python in a cycle
(a ``WindowManager`` whose signals hold lambdas of itself) was then destroyed on
a pool thread. Its ``QFileSystemWatcher`` cannot take its socket notifier out of
the UI thread's event dispatcher from there ("QSocketNotifier: Socket notifiers
cannot be enabled or disabled from another thread"), so the dispatcher keeps a
pointer to freed memory and the UI thread later crashes in
``socketNotifierSourceCheck`` or aborts with glibc's "malloc(): mismatching
next->prev_size". This is the crash that made the window tests run one file per
process (2026-12-01; ``tests/run_groups.py``).

The fix: automatic collection is switched off and a timer on the UI thread runs
the collections the thresholds ask for, the way CPython would have (youngest
generation most often, a full one after ten middle ones). Objects without
cycles still go at once by reference counting, wherever their last reference drops.
"""

from __future__ import annotations

import gc

from PySide6.QtCore import QCoreApplication, QObject, QThread, QTimer, Slot

INTERVAL_MS = 100  # an idle tick costs a few microseconds; garbage waits at most this long


def collect_due() -> int:
    """Collect the oldest generation whose threshold was crossed; its number, or -1 for none."""
    counts, thresholds = gc.get_count(), gc.get_threshold()
    for generation in (2, 1, 0):
        if thresholds[generation] and counts[generation] > thresholds[generation]:
            gc.collect(generation)
            return generation
    return -1


class UiThreadCollector(QObject):
    """Runs due collections on the UI thread; lives as long as the application."""

    def __init__(self, parent: QObject | None = None, interval_ms: int = INTERVAL_MS) -> None:
        super().__init__(parent)
        self._timer = QTimer(self)
        self._timer.setInterval(interval_ms)
        self._timer.timeout.connect(self._on_timer_timeout)
        self._timer.start()
        gc.disable()

    @Slot()
    def _on_timer_timeout(self) -> None:
        # Code that switches the collector off for a while turns automatic collection
        # back on afterwards (it did not know about us): switch it off again.
        if gc.isenabled():
            gc.disable()
        collect_due()


_collector: UiThreadCollector | None = None


def confine_collection_to_ui_thread() -> bool:
    """Start the UI-thread collector once (call from the UI thread); False without a Qt app."""
    global _collector
    app = QCoreApplication.instance()
    if app is None or QThread.currentThread() is not app.thread():
        return False  # no event loop to collect from (or the wrong thread): leave CPython's
    if _collector is None:
        _collector = UiThreadCollector(app)
    return True
