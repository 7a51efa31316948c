"""A hostile document reaches no server and runs nothing; links go where they should."""

from __future__ import annotations

import threading
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QUrl
from PySide6.QtGui import QDesktopServices

from editor.ui.app.windows import WindowManager
from tests.ui.conftest import open_window, preview_text, run_js

_PNG = bytes.fromhex(
    "89504e470d0a1a0a0000000d4948445200000001000000010806000000"
    "1f15c4890000000d49444154789c6360000002000100e221bc330000000049454e44ae426082"
)


class _Recorder(BaseHTTPRequestHandler):
    seen: list[str] = []

    def do_GET(self) -> None:  # http.server's name
        type(self).seen.append(self.path)
        self.send_response(200)
        self.send_header("Content-Type", "image/png" if self.path.endswith(".png") else "text/html")
        self.end_headers()
        self.wfile.write(_PNG if self.path.endswith(".png") else b"<script>parent.x=1</script>")

    def log_message(self, *_args: Any) -> None:
        pass


@pytest.fixture
def server() -> Iterator[tuple[str, list[str]]]:
    seen: list[str] = []
    handler = type("Handler", (_Recorder,), {"seen": seen})
    httpd = ThreadingHTTPServer(("127.0.0.1", 0), handler)
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{httpd.server_address[1]}", seen
    httpd.shutdown()
    httpd.server_close()


def _hostile(tmp_path: Path, base: str) -> Path:
    (tmp_path / "docs").mkdir()
    (tmp_path / "secret.txt").write_text("secret", encoding="utf-8")
    path = tmp_path / "docs" / "hostile.md"
    path.write_text(
        "# Hostile\n\n"
        "<script>document.body.setAttribute('data-pwned', 'script')</script>\n\n"
        '<img src="nothing.png" '
        "onerror=\"document.body.setAttribute('data-pwned', 'onerror')\">\n\n"
        f'<iframe src="{base}/frame.html"></iframe>\n\n'
        f'<link rel="stylesheet" href="{base}/style.css">\n\n'
        f"![remote]({base}/pixel.png)\n\n"
        '<img src="../secret.txt">\n\n'
        "[outside](../secret.txt)\n",
        encoding="utf-8",
    )
    return path


def test_hostile_document_runs_nothing_and_reaches_no_server(
    manager: WindowManager, qtbot: Any, tmp_path: Path, server: tuple[str, list[str]]
) -> None:
    base, seen = server
    window = open_window(manager, qtbot, _hostile(tmp_path, base))
    qtbot.wait(800)
    assert run_js(qtbot, window, "String(document.body.getAttribute('data-pwned'))") == "null"
    assert seen == []


def test_remote_images_load_once_allowed(
    manager: WindowManager, qtbot: Any, tmp_path: Path, server: tuple[str, list[str]]
) -> None:
    base, seen = server
    path = _hostile(tmp_path, base)
    # The switch is the setting the window reads when it loads a document's preview shell.
    manager.settings.load_remote_images = True
    window = open_window(manager, qtbot, path)
    qtbot.waitUntil(lambda: "/pixel.png" in seen, timeout=10000)
    assert window.preview.guard.allow_remote_images
    assert (
        "/frame.html" not in seen and "/style.css" not in seen
    )  # only images, never frames or styles
    assert run_js(qtbot, window, "String(document.body.getAttribute('data-pwned'))") == "null"


@pytest.mark.parametrize(
    "url", ["https://example.com/a", "http://example.com/", "mailto:a@example.com"]
)
def test_web_and_mail_links_go_to_the_system(
    manager: WindowManager, qtbot: Any, post: Path, monkeypatch: pytest.MonkeyPatch, url: str
) -> None:
    opened: list[QUrl] = []
    monkeypatch.setattr(
        QDesktopServices, "openUrl", staticmethod(lambda u: opened.append(u) or True)
    )
    window = open_window(manager, qtbot, post)
    window.preview.link_clicked.emit(QUrl(url))
    assert [u.toString() for u in opened] == [url]


def test_local_markdown_link_opens_in_kosei(
    manager: WindowManager, qtbot: Any, post: Path, tmp_path: Path
) -> None:
    other = tmp_path / "other.md"
    other.write_text("# Other\n", encoding="utf-8")
    window = open_window(manager, qtbot, post)
    window.preview.link_clicked.emit(QUrl.fromLocalFile(str(other)))
    qtbot.waitUntil(lambda: any(w.document.path == other for w in manager.windows), timeout=5000)


@pytest.mark.parametrize(
    "url", ["file:///etc/passwd", "ftp://example.com/x", "javascript:alert(1)"]
)
def test_other_links_are_ignored(
    manager: WindowManager, qtbot: Any, post: Path, monkeypatch: pytest.MonkeyPatch, url: str
) -> None:
    opened: list[QUrl] = []
    monkeypatch.setattr(
        QDesktopServices, "openUrl", staticmethod(lambda u: opened.append(u) or True)
    )
    window = open_window(manager, qtbot, post)
    window.preview.link_clicked.emit(QUrl(url))
    qtbot.wait(50)
    assert opened == [] and len(manager.windows) == 1


def test_remote_images_switch_is_off_by_default_and_per_document(
    manager: WindowManager, qtbot: Any, tmp_path: Path, post: Path
) -> None:
    window = open_window(manager, qtbot, post)
    action = window.actions_by_name["remote_images"]
    assert action.isCheckable() and not action.isChecked()
    assert not window.preview.guard.allow_remote_images


def test_switching_remote_images_on_loads_them_for_this_document_only(
    manager: WindowManager, qtbot: Any, tmp_path: Path, server: tuple[str, list[str]], post: Path
) -> None:
    base, seen = server
    window = open_window(manager, qtbot, _hostile(tmp_path, base))
    qtbot.wait(500)
    assert seen == []
    window.actions_by_name["remote_images"].trigger()
    qtbot.waitUntil(lambda: "/pixel.png" in seen, timeout=10000)
    qtbot.waitUntil(lambda: window.preview.shown_generation > 0, timeout=10000)
    assert "/frame.html" not in seen and "/style.css" not in seen
    assert run_js(qtbot, window, "String(document.body.getAttribute('data-pwned'))") == "null"
    assert not manager.settings.load_remote_images  # the default for new documents is unchanged
    [other] = manager.open_paths([post])
    assert other is not window and not other.actions_by_name["remote_images"].isChecked()
    assert not other.preview.guard.allow_remote_images


def test_switching_remote_images_off_again_blocks_them(
    manager: WindowManager, qtbot: Any, tmp_path: Path, server: tuple[str, list[str]]
) -> None:
    base, seen = server
    manager.settings.load_remote_images = True
    window = open_window(manager, qtbot, _hostile(tmp_path, base))
    qtbot.waitUntil(lambda: "/pixel.png" in seen, timeout=10000)
    window.actions_by_name["remote_images"].trigger()
    qtbot.waitUntil(lambda: window.preview.ready, timeout=10000)
    window.editor.insertPlainText(f"Edited. ![new]({base}/second.png)\n\n")
    window.live.refresh_preview()
    qtbot.waitUntil(lambda: "Edited." in preview_text(qtbot, window), timeout=10000)
    qtbot.wait(300)
    assert "/second.png" not in seen and not window.preview.guard.allow_remote_images
