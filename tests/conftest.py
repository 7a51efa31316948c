"""Test set-up shared by every test: Qt offscreen, sandbox flags, drained threads."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from editor.ui.app.sandbox import apply_sandbox_policy  # noqa: E402

apply_sandbox_policy()  # QtWebEngine refuses to start as root without --no-sandbox

import PySide6.QtWebEngineWidgets  # noqa: E402,F401  (must load before the QApplication exists)
