"""Resource hints and refreshes in a post open no connection: preview, PDF export, exported HTML.

A real TCP listener on 127.0.0.1 counts every connection made to it; with remote
images off, none may arrive (preconnect opened one before, unseen by the request
interceptor and the CSP).
"""

from __future__ import annotations

import socket
import threading
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from pypdf import PdfReader

from editor.ui.app.windows import WindowManager
from editor.ui.dialogs import questions as dialogs
from editor.ui.export.options_dialog import ExportChoice, ExportOptionsDialog
from tests.ui.conftest import open_window


@pytest.fixture
def listener() -> Iterator[tuple[int, list[str]]]:
    server = socket.socket()
    server.bind(("127.0.0.1", 0))
    server.listen(16)
    server.settimeout(0.2)
    seen: list[str] = []
    stop = threading.Event()

    def accept() -> None:
        while not stop.is_set():
            try:
                conn, address = server.accept()
            except (TimeoutError, OSError):
                continue
            seen.append(f"{address}")
            conn.close()

    thread = threading.Thread(target=accept, daemon=True)
    thread.start()
    yield server.getsockname()[1], seen
    stop.set()
    thread.join(2)
    server.close()


def _post(tmp_path: Path, port: int) -> Path:
    base = f"http://127.0.0.1:{port}"
    path = tmp_path / "post.md"
    path.write_text(
        "---\ntitle: Hints\n---\n\n"
        f'<link rel="preconnect" href="{base}">\n'
        f'<link rel="dns-prefetch" href="{base}">\n'
        f'<link rel="prefetch" href="{base}/next">\n'
        f'<link rel="preload" href="{base}/a.css" as="style">\n'
        f'<meta http-equiv="refresh" content="0;url={base}/away">\n\n'
        "Body text.\n",
        encoding="utf-8",
    )
    return path


def test_preview_opens_no_connection_for_hints(
    manager: WindowManager, qtbot: Any, tmp_path: Path, listener: tuple[int, list[str]]
) -> None:
    port, seen = listener
    window = open_window(manager, qtbot, _post(tmp_path, port))
    assert not window.live.remote_images
    qtbot.wait(1500)  # a preconnect is made right after parsing; give it time to show
    assert seen == []


def test_pdf_export_succeeds_and_opens_no_connection(
    manager: WindowManager,
    qtbot: Any,
    tmp_path: Path,
    listener: tuple[int, list[str]],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    port, seen = listener
    window = open_window(manager, qtbot, _post(tmp_path, port))
    target = tmp_path / "post.pdf"
    monkeypatch.setattr(
        ExportOptionsDialog, "ask", classmethod(lambda c, p, f, i=None: ExportChoice("pdf"))
    )
    monkeypatch.setattr(dialogs, "ask_export_path", lambda *_args: target)
    window.actions_by_name[
        "export_pdf"
    ].trigger()  # the refresh made it fail ("could not be loaded")
    qtbot.waitUntil(lambda: str(target) in window.status.currentMessage(), timeout=30000)
    assert "Body text." in "".join(p.extract_text() for p in PdfReader(target).pages)
    assert seen == []


def test_exported_html_keeps_no_hint_or_refresh(
    manager: WindowManager,
    qtbot: Any,
    tmp_path: Path,
    listener: tuple[int, list[str]],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    port, _seen = listener
    window = open_window(manager, qtbot, _post(tmp_path, port))
    target = tmp_path / "page.html"
    monkeypatch.setattr(
        ExportOptionsDialog, "ask", classmethod(lambda c, p, f, i=None: ExportChoice("html"))
    )
    monkeypatch.setattr(dialogs, "ask_export_path", lambda *_args: target)
    window.actions_by_name["export_html"].trigger()
    page = target.read_text(encoding="utf-8")
    assert "Body text." in page
    assert f"127.0.0.1:{port}" not in page
