"""Single instance: later launches hand their files to the running Kosei.

Every hand-off here crosses a real process boundary (subprocess) over a real
local socket in tmp_path.
"""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
from pathlib import Path

import pytest

from editor.ui.app.single_instance import (
    SingleInstance,
    decode_message,
    encode_message,
    split_new_window_flag,
)

pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="Unix socket paths")

PEER = Path(__file__).with_name("single_instance_peer.py")


def start_peer(*args: object, cwd: Path | None = None) -> subprocess.Popen[str]:
    return subprocess.Popen(
        [sys.executable, str(PEER), *map(str, args)],
        stdout=subprocess.PIPE,
        text=True,
        cwd=cwd,
    )


def run_sender(
    runtime: Path, *files: object, timeout_ms: int = 5000, cwd: Path | None = None
) -> int:
    sender = start_peer("send", runtime, timeout_ms, *files, cwd=cwd)
    return sender.wait(timeout=30)


@pytest.fixture
def runtime(tmp_path: Path) -> Path:
    folder = tmp_path / "run"
    folder.mkdir(mode=0o700)
    return folder


@pytest.fixture
def primary_process(runtime: Path):
    process = start_peer("primary", runtime)
    assert process.stdout is not None
    assert process.stdout.readline().strip() == "primary"
    yield process
    process.kill()
    process.wait(timeout=10)


def test_second_process_hands_files_to_primary_process(primary_process, runtime, tmp_path):
    docs = tmp_path / "docs"
    docs.mkdir()
    assert run_sender(runtime, "first.md", docs / "second.md", cwd=docs) == 0
    received = json.loads(primary_process.stdout.readline())
    assert received == [str(docs / "first.md"), str(docs / "second.md")]


def test_each_later_launch_reaches_the_same_primary(primary_process, runtime, tmp_path):
    for name in ("a.md", "b.md", "c.md"):
        assert run_sender(runtime, tmp_path / name) == 0
        assert json.loads(primary_process.stdout.readline()) == [str(tmp_path / name)]


def test_in_process_primary_emits_files_received_before_acknowledging(qtbot, runtime, tmp_path):
    guard = SingleInstance(runtime_dir=runtime)
    assert guard.try_become_primary()
    try:
        with qtbot.waitSignal(guard.files_received, timeout=10000) as blocker:
            sender = start_peer("send", runtime, 5000, tmp_path / "post.md")
        assert blocker.args == [[tmp_path / "post.md"]]
        qtbot.waitUntil(lambda: sender.poll() is not None, timeout=10000)
        assert sender.returncode == 0
    finally:
        guard.close()


def test_launch_without_files_reaches_primary_as_empty_list(qtbot, runtime):
    guard = SingleInstance(runtime_dir=runtime)
    assert guard.try_become_primary()
    try:
        with qtbot.waitSignal(guard.files_received, timeout=10000) as blocker:
            sender = start_peer("send", runtime, 5000)
        assert blocker.args == [[]]
        qtbot.waitUntil(lambda: sender.poll() is not None, timeout=10000)
        assert sender.returncode == 0
    finally:
        guard.close()


def test_crashed_primary_leaves_stale_socket_and_lock_that_next_launch_takes_over(
    runtime, tmp_path
):
    crashed = start_peer("primary", runtime)
    assert crashed.stdout.readline().strip() == "primary"
    crashed.send_signal(signal.SIGKILL)
    crashed.wait(timeout=10)
    guard = SingleInstance(runtime_dir=runtime)
    assert Path(guard.server_name).exists() and guard.lock_path.exists()

    successor = start_peer("primary", runtime)
    try:
        assert successor.stdout.readline().strip() == "primary"
        assert run_sender(runtime, tmp_path / "after-crash.md") == 0
        assert json.loads(successor.stdout.readline()) == [str(tmp_path / "after-crash.md")]
    finally:
        successor.kill()
        successor.wait(timeout=10)


def test_sender_finding_only_a_stale_lock_becomes_primary(runtime, tmp_path):
    crashed = start_peer("primary", runtime)
    assert crashed.stdout.readline().strip() == "primary"
    os.kill(crashed.pid, signal.SIGKILL)
    crashed.wait(timeout=10)
    assert run_sender(runtime, tmp_path / "x.md") == 2


def test_leftover_socket_file_without_lock_is_replaced(runtime):
    guard = SingleInstance(runtime_dir=runtime)
    Path(guard.server_name).write_bytes(b"")  # not a socket at all
    try:
        assert guard.try_become_primary()
        assert guard.is_primary()
    finally:
        guard.close()


def test_send_gives_up_when_lock_holder_never_answers(runtime, tmp_path):
    holder = start_peer("hold-lock", runtime)
    try:
        assert holder.stdout.readline().strip() == "locked"
        assert run_sender(runtime, tmp_path / "x.md", timeout_ms=700) == 1
    finally:
        holder.kill()
        holder.wait(timeout=10)


def test_only_one_of_two_guards_becomes_primary(runtime):
    first, second = SingleInstance(runtime_dir=runtime), SingleInstance(runtime_dir=runtime)
    try:
        assert first.try_become_primary()
        assert not second.try_become_primary()
    finally:
        first.close()
    assert second.try_become_primary()
    second.close()


def test_closing_primary_removes_socket_and_lock(runtime):
    guard = SingleInstance(runtime_dir=runtime)
    assert guard.try_become_primary()
    guard.close()
    assert not Path(guard.server_name).exists()
    assert not guard.lock_path.exists()


def test_malformed_message_is_refused(qtbot, runtime):
    from PySide6.QtNetwork import QLocalSocket

    guard = SingleInstance(runtime_dir=runtime)
    assert guard.try_become_primary()
    received: list[object] = []
    guard.files_received.connect(received.append)
    socket = QLocalSocket()
    socket.connectToServer(guard.server_name)
    assert socket.waitForConnected(2000)
    socket.write(b'{"version": 99}\n')
    qtbot.waitUntil(
        lambda: (
            socket.bytesAvailable() > 0
            or socket.state() == socket.LocalSocketState.UnconnectedState
        ),
        timeout=5000,
    )
    assert socket.readAll().data() == b"error\n"
    assert received == []
    guard.close()


def test_message_round_trip_keeps_undecodable_file_names(tmp_path):
    name = tmp_path / os.fsdecode(b"caf\xe9.md")
    assert decode_message(encode_message([name]).rstrip(b"\n")) == [name]


def test_new_window_flag_is_split_from_arguments():
    assert split_new_window_flag(["--new-window", "a.md"]) == (True, ["a.md"])
    assert split_new_window_flag(["a.md"]) == (False, ["a.md"])
