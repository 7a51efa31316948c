"""The single-instance hand-off trusts only a runtime folder and lock that are this user's alone."""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtNetwork import QLocalServer, QLocalSocket

from editor.ui.app.single_instance import NAK, SingleInstance


def _planted_server(qtbot: Any, name: str) -> tuple[QLocalServer, list[bytes]]:
    """What another local user would run: a socket that swallows every path sent to it."""
    got: list[bytes] = []
    server = QLocalServer()
    server.setSocketOptions(QLocalServer.SocketOption.WorldAccessOption)
    assert server.listen(name)

    def take() -> None:
        while (socket := server.nextPendingConnection()) is not None:
            socket.readyRead.connect(lambda s=socket: got.append(s.readAll().data()))

    server.newConnection.connect(take)
    return server, got


def test_world_writable_runtime_folder_is_refused_and_nothing_is_handed_off(
    qtbot: Any, tmp_path: Path
) -> None:
    runtime = tmp_path / "kosei-user"
    runtime.mkdir()
    runtime.chmod(0o777)  # pre-created by someone else for everyone
    server, got = _planted_server(qtbot, str(runtime / "planted.socket"))
    guard = SingleInstance(runtime, str(runtime / "planted.socket"))
    try:
        assert not guard.try_become_primary()
        assert not guard.send_to_primary([tmp_path / "secret-plans.md"], timeout_ms=500)
        qtbot.wait(200)
        assert got == [] and not guard.is_primary()
        assert "other users" in guard.problem
    finally:
        server.close()
        guard.close()


def test_planted_lock_file_is_refused(qtbot: Any, tmp_path: Path) -> None:
    runtime = tmp_path / "kosei-user"
    runtime.mkdir(mode=0o700)
    guard = SingleInstance(runtime)
    guard.lock_path.write_text("99999\nkosei\n")
    guard.lock_path.chmod(0o666)
    try:
        assert not guard.try_become_primary()
        assert not guard.send_to_primary([], timeout_ms=500)
        assert "other users" in guard.problem
    finally:
        guard.close()


def test_fresh_runtime_folder_is_made_private(qtbot: Any, tmp_path: Path) -> None:
    runtime = tmp_path / "kosei-user"
    guard = SingleInstance(runtime)
    try:
        with_umask = os.umask(0)
        try:
            assert guard.try_become_primary()
        finally:
            os.umask(with_umask)
        assert runtime.stat().st_mode & 0o777 == 0o700
    finally:
        guard.close()


@pytest.mark.skipif(
    os.name != "posix" or os.geteuid() != 0, reason="needs root to give a folder to another uid"
)
def test_runtime_folder_of_another_user_is_refused(qtbot: Any, tmp_path: Path) -> None:
    runtime = tmp_path / "kosei-user"
    runtime.mkdir(mode=0o700)
    os.chown(runtime, 65534, 65534)  # nobody: what a second local account would own
    guard = SingleInstance(runtime)
    try:
        assert not guard.try_become_primary()
        assert "another user" in guard.problem
    finally:
        guard.close()


def test_deeply_nested_message_gets_a_refusal_not_a_crash(qtbot: Any, tmp_path: Path) -> None:
    runtime = tmp_path / "run"
    guard = SingleInstance(runtime)
    assert guard.try_become_primary()
    try:
        socket = QLocalSocket()
        socket.connectToServer(guard.server_name)
        assert socket.waitForConnected(2000)
        socket.write(b"[" * 200_000 + b"\n")
        socket.flush()
        reply = bytearray()
        qtbot.waitUntil(lambda: bool(reply.extend(socket.readAll().data()) or reply), timeout=5000)
        assert bytes(reply) == NAK
    finally:
        guard.close()
