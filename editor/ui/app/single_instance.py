"""One running Kosei per user: later launches hand their files to it.

A lock file (``QLockFile``) decides which process is the primary; the primary
listens on a per-user local socket (``QLocalServer``) in the runtime folder.
A later ``kosei FILE...`` connects, sends the absolute paths as one JSON line
and waits for the primary's acknowledgement, which is written only after
``files_received`` has been emitted (and so after the window opened them). Only
then may the second process exit 0: ``xdg-open`` treats any other exit status
as "this program failed" and tries the next one.

Without ``XDG_RUNTIME_DIR`` the folder is ``$TMPDIR/kosei-<user>``, which another
local user could create first: it is made fresh with 0700, and one that exists
with another owner, a wider mode or as a symlink (or a lock file there that is not
ours) is refused with a warning. Then this process neither listens nor hands its
files to anyone: it runs on its own.

A crash leaves the lock and the socket file behind. ``QLockFile`` recognises a
lock whose owner process is gone as stale and lets us take it; whoever holds
the lock then removes any leftover socket before listening.
"""

from __future__ import annotations

import getpass
import json
import logging
import os
import sys
import tempfile
import time
from collections.abc import Iterable
from pathlib import Path

from PySide6.QtCore import QLockFile, QObject, QStandardPaths, Signal, Slot
from PySide6.QtNetwork import QLocalServer, QLocalSocket

from editor import APP_ID
from editor.core.document import jsonfile
from editor.core.document.private import private_problem

log = logging.getLogger(__name__)

NEW_WINDOW_FLAG = "--new-window"
PROTOCOL_VERSION = 1
ACK = b"ok\n"
NAK = b"error\n"
MAX_MESSAGE_BYTES = 1 << 20  # a message is a list of paths; anything bigger is not ours
_RETRY_INTERVAL_S = 0.05


def split_new_window_flag(argv: list[str]) -> tuple[bool, list[str]]:
    """Return (``--new-window`` given, argv without it)."""
    rest = [arg for arg in argv if arg != NEW_WINDOW_FLAG]
    return len(rest) != len(argv), rest


def default_runtime_dir() -> Path:
    """The user's runtime folder (XDG_RUNTIME_DIR on Linux), private to the user."""
    location = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.RuntimeLocation)
    if location:
        return Path(location)
    return Path(tempfile.gettempdir()) / f"kosei-{getpass.getuser()}"


def default_server_name(runtime_dir: Path) -> str:
    """Socket path on Unix; on Windows a per-user named-pipe name (pipes have no folder)."""
    if sys.platform == "win32":
        return f"{APP_ID}-{getpass.getuser()}"
    return str(runtime_dir / f"{APP_ID}.socket")


def encode_message(paths: Iterable[Path | str]) -> bytes:
    """One JSON line; paths are made absolute against the sender's working folder."""
    absolute = [os.path.abspath(os.fspath(path)) for path in paths]
    # ensure_ascii keeps undecodable file names (surrogate escapes) intact in transit.
    text = json.dumps({"version": PROTOCOL_VERSION, "paths": absolute}, ensure_ascii=True)
    return text.encode("ascii") + b"\n"


def decode_message(data: bytes) -> list[Path]:
    """Inverse of :func:`encode_message`; raises ValueError for anything else."""
    message = jsonfile.loads(data.decode("ascii"), max_depth=4)  # ValueError on a deep one
    if not isinstance(message, dict) or message.get("version") != PROTOCOL_VERSION:
        raise ValueError("unknown message version")
    paths = message.get("paths")
    if not isinstance(paths, list) or not all(isinstance(p, str) for p in paths):
        raise ValueError("paths must be a list of strings")
    return [Path(p) for p in paths]


class SingleInstance(QObject):
    """Decides the primary process and carries file lists from later launches to it.

    ``files_received`` carries ``list[Path]`` (absolute); an empty list means
    "Kosei was launched again without files": raise the window.
    """

    files_received = Signal(list)

    def __init__(
        self,
        runtime_dir: Path | None = None,
        server_name: str | None = None,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._runtime_dir = runtime_dir if runtime_dir is not None else default_runtime_dir()
        self._server_name = server_name or default_server_name(self._runtime_dir)
        self._lock = QLockFile(str(self._runtime_dir / f"{APP_ID}.lock"))
        # 0 = never stale by age: only a lock whose owner process is gone is stale.
        self._lock.setStaleLockTime(0)
        self._server: QLocalServer | None = None
        self._buffers: dict[QLocalSocket, bytearray] = {}
        self.problem = ""  # why the runtime folder cannot be trusted ("" when it can)

    def _check_runtime_dir(self) -> bool:
        """Create the folder 0700 or refuse one that another user could reach."""
        if sys.platform == "win32" or self.problem:
            return not self.problem
        problem = ""
        try:
            self._runtime_dir.mkdir(mode=0o700, parents=True)
        except FileExistsError:
            pass
        except OSError as error:
            problem = error.strerror or str(error)
        problem = problem or private_problem(self._runtime_dir, want_dir=True)
        # The lock may be read by anyone (it holds a process id), written only by us.
        problem = problem or private_problem(self.lock_path, want_dir=False, mask=0o022)
        if problem:
            self.problem = problem
            log.warning(
                "single instance disabled: %s is not private (%s); running on our own",
                self._runtime_dir,
                problem,
            )
            print(
                f"kosei: warning: {self._runtime_dir} is not private ({problem}); "
                "files are not handed to a running Kosei",
                file=sys.stderr,
            )
        return not self.problem

    @property
    def server_name(self) -> str:
        return self._server_name

    @property
    def lock_path(self) -> Path:
        return Path(self._lock.fileName())

    def is_primary(self) -> bool:
        return self._server is not None

    def try_become_primary(self) -> bool:
        """Take the lock and start listening; False if another live Kosei holds it."""
        if self._server is not None:
            return True
        if not self._check_runtime_dir():
            return False
        # tryLock removes a lock left by a process that no longer exists.
        if not self._lock.tryLock(0):
            return False
        # Holding the lock, any socket file is a leftover of a crashed primary.
        QLocalServer.removeServer(self._server_name)
        server = QLocalServer(self)
        server.setSocketOptions(QLocalServer.SocketOption.UserAccessOption)
        if not server.listen(self._server_name):
            log.warning("cannot listen on %s: %s", self._server_name, server.errorString())
            self._lock.unlock()
            return False
        server.newConnection.connect(self._on_server_new_connection)
        self._server = server
        return True

    def send_to_primary(self, paths: Iterable[Path | str], timeout_ms: int = 5000) -> bool:
        """Hand ``paths`` to the primary and wait for its acknowledgement.

        Returns True once acknowledged. Returns False on timeout, on a refusal,
        or when the primary turned out to be gone: then this process took over
        (check :meth:`is_primary`) and should open the files itself.
        """
        if not self._check_runtime_dir():
            return False  # never hand paths to a socket someone else may have planted
        payload = encode_message(paths)
        deadline = time.monotonic() + timeout_ms / 1000
        while True:
            socket = QLocalSocket()
            socket.connectToServer(self._server_name)
            if socket.waitForConnected(_remaining_ms(deadline, cap=500)):
                return _deliver(socket, payload, deadline)
            # The primary may still be starting its server, or may have died
            # between our lock attempt and now.
            if self.try_become_primary() or time.monotonic() >= deadline:
                return False
            time.sleep(_RETRY_INTERVAL_S)

    def close(self) -> None:
        """Stop listening and release the lock (call when the application quits)."""
        if self._server is not None:
            self._server.close()
            QLocalServer.removeServer(self._server_name)
            self._server = None
        if self._lock.isLocked():
            self._lock.unlock()

    @Slot()
    def _on_server_new_connection(self) -> None:
        assert self._server is not None
        while (socket := self._server.nextPendingConnection()) is not None:
            self._buffers[socket] = bytearray()
            socket.readyRead.connect(self._on_client_ready_read)
            socket.disconnected.connect(self._on_client_disconnected)

    @Slot()
    def _on_client_ready_read(self) -> None:
        socket = self.sender()
        if not isinstance(socket, QLocalSocket) or socket not in self._buffers:
            return
        buffer = self._buffers[socket]
        buffer += socket.readAll().data()
        if b"\n" not in buffer and len(buffer) <= MAX_MESSAGE_BYTES:
            return
        line = bytes(buffer).split(b"\n", 1)[0]
        del self._buffers[socket]
        try:
            paths = decode_message(line)
        except (ValueError, UnicodeDecodeError) as error:
            log.warning("rejected a hand-off message: %s", error)
            _reply(socket, NAK)
            return
        self.files_received.emit(paths)
        _reply(socket, ACK)

    @Slot()
    def _on_client_disconnected(self) -> None:
        socket = self.sender()
        if isinstance(socket, QLocalSocket):
            self._buffers.pop(socket, None)
            socket.deleteLater()


def _remaining_ms(deadline: float, cap: int | None = None) -> int:
    remaining = max(1, int((deadline - time.monotonic()) * 1000))
    return min(remaining, cap) if cap is not None else remaining


def _deliver(socket: QLocalSocket, payload: bytes, deadline: float) -> bool:
    socket.write(payload)
    if not socket.waitForBytesWritten(_remaining_ms(deadline)):
        return False
    reply = bytearray()
    while b"\n" not in reply:
        if time.monotonic() >= deadline or not socket.waitForReadyRead(_remaining_ms(deadline)):
            return False
        reply += socket.readAll().data()
    socket.disconnectFromServer()
    return bytes(reply) == ACK


def _reply(socket: QLocalSocket, answer: bytes) -> None:
    socket.write(answer)
    socket.flush()
    socket.disconnectFromServer()
