"""End to end: a real Kosei window under Xvfb talks to a running fcitx5 or IBus and gets text.

Skipped, with the reason, where fcitx5/ibus-daemon, Xvfb, dbus-daemon or xdotool
are missing (CI). Each test starts its own X server, session bus and input
method (tests/ui/app/im_session.py), then the real start-up path through
tests/ui/app/input_method_probe.py, which reports what the focused editor got.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import tempfile
import threading
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from tests.ui.app.im_session import ImSession, missing_tools

ROOT = Path(__file__).resolve().parents[3]
PROBE = Path(__file__).with_name("input_method_probe.py")
IBUS_PLUGIN = "libibusplatforminputcontextplugin.so"
MOZC_ADDON = Path("/usr/share/fcitx5/addon/mozc.conf")


def _session(kind: str, with_mozc: bool = False) -> Iterator[ImSession]:
    if not sys.platform.startswith("linux"):
        pytest.skip("X11 input methods are a Linux matter")
    missing = missing_tools(kind)
    if missing:
        pytest.skip(
            f"needs {', '.join(missing)} (apt-get install fcitx5 ibus xvfb dbus-x11 xdotool)"
        )
    # A short root: IBus puts its bus socket under $XDG_CACHE_HOME, and an abstract
    # socket name longer than 107 bytes (pytest's tmp_path) cannot be connected to.
    root = Path(tempfile.mkdtemp(prefix="kosei-im-"))
    session = ImSession(root, kind, with_mozc)
    try:
        yield session.start()
    finally:
        session.close()
        shutil.rmtree(root, ignore_errors=True)


@pytest.fixture
def fcitx5() -> Iterator[ImSession]:
    yield from _session("fcitx5")


@pytest.fixture
def fcitx5_mozc() -> Iterator[ImSession]:
    if not MOZC_ADDON.exists():
        pytest.skip(f"needs fcitx5-mozc ({MOZC_ADDON} is absent)")
    if os.geteuid() == 0:
        pytest.skip("mozc_server refuses to run as root (it exits at once); run as a user")
    yield from _session("fcitx5", with_mozc=True)


@pytest.fixture
def ibus() -> Iterator[ImSession]:
    yield from _session("ibus")


class Kosei:
    """The real Kosei start-up on ``post`` in ``session``, reporting through the probe."""

    def __init__(self, session: ImSession, tmp_path: Path, wait_text: str, **env: str) -> None:
        post = tmp_path / "post.md"
        post.write_text("# 下書き\n", encoding="utf-8")
        command = [sys.executable, str(PROBE), "--wait-text", wait_text, "--timeout", "60", "--"]
        command += [str(post), "--new-window", "--settings", str(tmp_path / "s.json")]
        command += ["--data-dir", str(tmp_path / "data")]
        full_env = {**session.env, "QT_QPA_PLATFORM": "xcb", **env}
        self.stderr_path = tmp_path / "kosei.log"
        self.process = subprocess.Popen(
            command, cwd=ROOT, env=full_env, stdout=subprocess.PIPE,
            stderr=self.stderr_path.open("wb"),
        )  # fmt: skip
        self.events: list[dict[str, Any]] = []
        threading.Thread(target=self._read, daemon=True).start()

    def _read(self) -> None:
        assert self.process.stdout is not None
        for line in self.process.stdout:
            if line.startswith(b"{"):
                self.events.append(json.loads(line))

    def event(self, name: str, timeout: float = 90) -> dict[str, Any]:
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            found = [event for event in self.events if event["event"] == name]
            if found:
                return found[0]
            if self.process.poll() is not None and not found:
                time.sleep(0.2)  # let the reader drain the last lines
                if not [event for event in self.events if event["event"] == name]:
                    break
            time.sleep(0.1)
        log = self.stderr_path.read_text(errors="replace")[-3000:]
        raise AssertionError(f"no {name!r} event from Kosei; its stderr ends:\n{log}")

    def close(self) -> None:
        if self.process.poll() is None:
            self.process.kill()
        self.process.wait(30)
        assert self.process.stdout is not None
        self.process.stdout.close()


@pytest.fixture
def kosei_factory(tmp_path: Path) -> Iterator[Any]:
    started: list[Kosei] = []

    def start(session: ImSession, wait_text: str, **env: str) -> Kosei:
        started.append(Kosei(session, tmp_path, wait_text, **env))
        return started[-1]

    yield start
    for kosei in started:
        kosei.close()


def _assert_editor_has_the_ibus_context(facts: dict[str, Any]) -> None:
    assert facts["qt_im_module"] == "ibus"
    assert IBUS_PLUGIN in facts["plugins"]
    assert facts["editor_has_focus"] and facts["focus_object_is_editor"]
    assert facts["editor_accepts_input_method"]


def test_fcitx5_gives_kosei_started_with_fcitx_a_focused_context_and_commits(
    fcitx5: ImSession, kosei_factory: Any
) -> None:
    kosei = kosei_factory(fcitx5, "あ", QT_IM_MODULE="fcitx")
    _assert_editor_has_the_ibus_context(kosei.event("focused"))
    info = fcitx5.fcitx_debug_info() or ""
    assert "frontend:ibus" in info and "focus:1" in info, info  # fcitx5's view of our editor
    # fcitx5's Unicode addon: Ctrl+Shift+U, a code point, Return commits it through the IM.
    fcitx5.keys("key", "ctrl+shift+u")
    fcitx5.keys("type", "--delay", "80", "3042")
    fcitx5.keys("key", "Return")
    assert "あ" in kosei.event("text")["text"]


def test_fcitx5_with_mozc_commits_japanese_typed_as_romaji(
    fcitx5_mozc: ImSession, kosei_factory: Any
) -> None:
    kosei = kosei_factory(fcitx5_mozc, "あいう", QT_IM_MODULE="fcitx")
    _assert_editor_has_the_ibus_context(kosei.event("focused"))
    fcitx5_mozc.run("fcitx5-remote", "-o")  # turn the input method on for the focused context
    fcitx5_mozc.keys("type", "--delay", "120", "aiu")
    fcitx5_mozc.keys("key", "Return")
    assert "あいう" in kosei.event("text")["text"]


def test_ibus_gives_kosei_a_focused_input_context(ibus: ImSession, kosei_factory: Any) -> None:
    before = ibus.ibus_focused_context()
    kosei = kosei_factory(ibus, "never typed", QT_IM_MODULE="ibus")
    _assert_editor_has_the_ibus_context(kosei.event("focused"))
    focused = ibus.ibus_focused_context()
    assert focused.startswith("/org/freedesktop/IBus/InputContext_"), ibus.env
    assert focused != before
