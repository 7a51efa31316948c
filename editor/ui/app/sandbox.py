"""Chromium sandbox policy for QtWebEngine.

QtWebEngine refuses to start as root unless its sandbox is turned off, but the
sandbox is what keeps a hostile page in the preview away from the user's files.
So ``--no-sandbox`` is added when, and only when, the process runs as root.
"""

from __future__ import annotations

import os

FLAGS_VARIABLE = "QTWEBENGINE_CHROMIUM_FLAGS"
NO_SANDBOX = "--no-sandbox"


def _effective_uid() -> int | None:
    geteuid = getattr(os, "geteuid", None)  # absent on Windows
    return geteuid() if geteuid is not None else None


def chromium_flags_for_user(current: str | None = None, euid: int | None = None) -> str:
    """Return the Chromium flags to use: ``current`` plus ``--no-sandbox`` for root.

    ``current`` defaults to the environment's QTWEBENGINE_CHROMIUM_FLAGS and
    ``euid`` to the process's effective user id; both are parameters for tests.
    """
    flags = os.environ.get(FLAGS_VARIABLE, "") if current is None else current
    uid = _effective_uid() if euid is None else euid
    words = flags.split()
    if uid == 0 and NO_SANDBOX not in words:
        words.append(NO_SANDBOX)
    return " ".join(words)


def apply_sandbox_policy() -> None:
    """Set QTWEBENGINE_CHROMIUM_FLAGS for this process; call before QApplication."""
    flags = chromium_flags_for_user()
    if flags:
        os.environ[FLAGS_VARIABLE] = flags
