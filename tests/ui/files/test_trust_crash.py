"""A real Kosei process is killed with unsaved text; the next start offers it back."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from editor.core.document.journal import JournalEntry
from editor.ui.app.app import parse_args
from editor.ui.app.windows import WindowManager
from editor.ui.files.journal_session import DATA_DIR_VARIABLE, JournalSession, data_folder
from editor.ui.files.recovery import TEST_TYPE_TEXT_VARIABLE, recover_left_behind
from editor.ui.files.recovery_dialog import RecoveryChoice, RecoveryDialog

ROOT = Path(__file__).resolve().parents[3]
TYPED = "Typed just before the crash."


@pytest.fixture
def kosei(tmp_path: Path, post: Path) -> Iterator[subprocess.Popen[bytes]]:
    """Kosei running on ``post`` that types TYPED into it (the test hook), then idles."""
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", **{TEST_TYPE_TEXT_VARIABLE: TYPED})
    env.pop(DATA_DIR_VARIABLE, None)
    command = [sys.executable, "-m", "editor", str(post), "--new-window"]
    command += ["--settings", str(tmp_path / "s.json"), "--data-dir", str(tmp_path / "data")]
    process = subprocess.Popen(
        command, cwd=ROOT, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE
    )
    yield process
    if process.poll() is None:
        process.kill()
    process.wait(30)
    assert process.stderr is not None
    process.stderr.close()


def _wait_for_entry(folder: Path, process: subprocess.Popen[bytes]) -> None:
    deadline = time.monotonic() + 90
    while not list(folder.glob("*.json")):
        assert process.poll() is None, "Kosei exited before journaling"
        assert time.monotonic() < deadline, "no journal entry appeared"
        time.sleep(0.2)


def test_text_of_a_killed_kosei_is_offered_back_and_restored(
    kosei: subprocess.Popen[bytes],
    manager: WindowManager,
    post: Path,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    before = post.read_bytes()
    folder = tmp_path / "data" / "journal"
    _wait_for_entry(folder, kosei)

    while_running = JournalSession(folder)  # a second Kosei started meanwhile
    assert while_running.left_behind() == []
    while_running.close()

    os.kill(kosei.pid, signal.SIGKILL)
    kosei.wait(30)

    session = JournalSession(folder)
    manager.journal = session.journal
    offered: list[JournalEntry] = []

    def restore_all(parent: Any, entries: list[JournalEntry]) -> list[Any]:
        offered.extend(entries)
        return [(entry, RecoveryChoice.RESTORE) for entry in entries]

    monkeypatch.setattr(RecoveryDialog, "ask", restore_all)
    try:
        [window] = recover_left_behind(manager, session)
        assert [e.path for e in offered] == [post]
        assert window.editor.text() == before.decode("utf-8") + TYPED
        assert window.isWindowModified()
        assert post.read_bytes() == before
        # The dead owner's lock file went with its entry; only ours and the new entry remain.
        assert sorted(p.suffix for p in folder.iterdir()) == [".json", ".lock"]
    finally:
        for window in manager.windows:
            window.editor.document().setModified(False)
            window.close()
        session.close()


def test_data_dir_option_beats_the_environment(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv(DATA_DIR_VARIABLE, str(tmp_path / "env"))
    args = parse_args(["--data-dir", str(tmp_path / "option")])
    assert data_folder(args.data_dir) == tmp_path / "option"
    assert data_folder(parse_args([]).data_dir) == tmp_path / "env"


def test_without_option_or_environment_the_app_data_folder_is_used(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.delenv(DATA_DIR_VARIABLE, raising=False)
    assert data_folder(None).is_absolute()
