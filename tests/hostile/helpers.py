"""Helpers for hostile-input tests: FIFOs that never block a failing test forever, time limits."""

from __future__ import annotations

import contextlib
import os
import threading
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest

needs_fifo = pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="no named pipes on this OS")


def make_fifo(path: Path) -> Path:
    os.mkfifo(path)
    return path


def release_fifo(path: Path) -> None:
    """Give any reader blocked on ``path`` an end of file (so a failing test cannot hang)."""
    with contextlib.suppress(OSError):
        fd = os.open(path, os.O_WRONLY | os.O_NONBLOCK)
        os.close(fd)


def within(seconds: float, call: Callable[[], Any], fifos: tuple[Path, ...] = ()) -> Any:
    """``call()``'s result, or a test failure when it takes longer than ``seconds``.

    A call blocked on one of ``fifos`` is released afterwards, so the thread ends.
    """
    box: dict[str, Any] = {}

    def run() -> None:
        try:
            box["value"] = call()
        except BaseException as error:  # noqa: BLE001 - handed back to the test
            box["error"] = error

    thread = threading.Thread(target=run, daemon=True)
    thread.start()
    thread.join(seconds)
    hung = thread.is_alive()
    for fifo in fifos:
        release_fifo(fifo)
    if hung:
        thread.join(5)
        pytest.fail(f"still running after {seconds} s (blocked)")
    if "error" in box:
        raise box["error"]
    return box.get("value")


@contextlib.contextmanager
def umask(value: int) -> Iterator[None]:
    old = os.umask(value)
    try:
        yield
    finally:
        os.umask(old)
