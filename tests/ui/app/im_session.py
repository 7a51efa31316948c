"""A throwaway X desktop for input-method tests: Xvfb, a D-Bus session bus and fcitx5 or IBus.

Each :class:`ImSession` owns its processes and a private HOME/XDG folder, so the
input method's address files and configuration never touch the user's. Tests
call :func:`missing_tools` first and skip with its answer when the machine
lacks the programs (a fresh CI machine does: ``apt-get install fcitx5 ibus
xvfb dbus-x11 xdotool`` brings them).
"""

from __future__ import annotations

import os
import shutil
import signal
import subprocess
import time
from pathlib import Path

BASE_TOOLS = ("Xvfb", "dbus-daemon", "dbus-send", "xdotool")
DAEMONS = {"fcitx5": "fcitx5", "ibus": "ibus-daemon"}
# fcitx5 with only what the test needs: X11, its D-Bus controller, the IBus
# frontend Kosei talks to, the plain keyboard and the Unicode-typing addon.
FCITX_ADDONS = "dbus,ibusfrontend,xcb,keyboard,unicode"
FCITX_MOZC_PROFILE = """\
[Groups/0]
Name=Default
Default Layout=us
DefaultIM=mozc

[Groups/0/Items/0]
Name=keyboard-us
Layout=

[Groups/0/Items/1]
Name=mozc
Layout=

[GroupOrder]
0=Default
"""


def missing_tools(kind: str) -> list[str]:
    """The programs an ``kind`` ("fcitx5" or "ibus") session needs that are not on PATH."""
    return [tool for tool in (*BASE_TOOLS, DAEMONS[kind]) if shutil.which(tool) is None]


def _wait(condition: object, what: str, timeout: float = 20) -> None:
    deadline = time.monotonic() + timeout
    while not condition():  # type: ignore[operator]
        if time.monotonic() > deadline:
            raise TimeoutError(f"timed out waiting for {what}")
        time.sleep(0.1)


class ImSession:
    """Xvfb + ``dbus-daemon --session`` + the input method, all under ``root``."""

    def __init__(self, root: Path, kind: str, with_mozc: bool = False) -> None:
        self.root, self.kind = root, kind
        self.logs = root / "logs"
        self.logs.mkdir(parents=True, exist_ok=True)
        home = root / "home"
        runtime = root / "runtime"
        runtime.mkdir(mode=0o700, parents=True, exist_ok=True)
        self.env = {
            "PATH": os.environ.get("PATH", "/usr/bin:/bin"),
            "HOME": str(home),
            "XDG_CONFIG_HOME": str(home / ".config"),
            "XDG_CACHE_HOME": str(home / ".cache"),
            "XDG_DATA_HOME": str(home / ".local" / "share"),
            "XDG_RUNTIME_DIR": str(runtime),
            "LANG": "C.UTF-8",
        }
        if with_mozc:
            profile = home / ".config" / "fcitx5" / "profile"
            profile.parent.mkdir(parents=True, exist_ok=True)
            profile.write_text(FCITX_MOZC_PROFILE, encoding="utf-8")
        self._processes: list[subprocess.Popen[bytes]] = []
        self.with_mozc = with_mozc

    def _spawn(self, name: str, command: list[str]) -> subprocess.Popen[bytes]:
        log = (self.logs / f"{name}.log").open("wb")
        process = subprocess.Popen(
            command, env=self.env, stdout=log, stderr=subprocess.STDOUT, stdin=subprocess.DEVNULL,
            start_new_session=True,
        )  # fmt: skip
        self._processes.append(process)
        return process

    def start(self) -> ImSession:
        self._start_display()
        self._start_bus()
        if self.kind == "fcitx5":
            addons = FCITX_ADDONS + (",mozc" if self.with_mozc else "")
            self._spawn("fcitx5", ["fcitx5", "--disable=all", f"--enable={addons}"])
            _wait(lambda: self.fcitx_debug_info() is not None, "fcitx5 on the session bus")
        else:
            command = ["ibus-daemon", "--panel=disable", "--emoji-extension=disable"]
            self._spawn("ibus", command + ["--config=disable"])
            _wait(lambda: self.ibus_address() is not None, "the IBus address file")
        return self

    def _start_display(self) -> None:
        read, write = os.pipe()
        log = (self.logs / "xvfb.log").open("wb")
        command = ["Xvfb", "-displayfd", str(write), "-screen", "0", "1280x800x24"]
        process = subprocess.Popen(
            [*command, "-nolisten", "tcp"], pass_fds=(write,), stdout=log, stderr=log
        )
        self._processes.append(process)
        os.close(write)
        with os.fdopen(read) as numbers:
            number = numbers.readline().strip()
        if not number:
            raise RuntimeError(f"Xvfb did not start, see {self.logs / 'xvfb.log'}")
        self.env["DISPLAY"] = f":{number}"

    def _start_bus(self) -> None:
        command = ["dbus-daemon", "--session", "--nofork", "--print-address=1"]
        # Its own process group: services it activates (portals, a11y) go with it in close().
        process = subprocess.Popen(
            command, env=self.env, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL,
            start_new_session=True,
        )  # fmt: skip
        self._processes.append(process)
        assert process.stdout is not None
        self.env["DBUS_SESSION_BUS_ADDRESS"] = process.stdout.readline().decode().strip()

    def run(self, *command: str, timeout: float = 20) -> str:
        done = subprocess.run(command, env=self.env, capture_output=True, timeout=timeout)
        return done.stdout.decode(errors="replace") if done.returncode == 0 else ""

    def fcitx_debug_info(self) -> str | None:
        """fcitx5's own list of input contexts (group, frontend, focus), None when unreachable."""
        reply = self.run(
            "dbus-send", "--session", "--print-reply", "--reply-timeout=2000",
            "--dest=org.fcitx.Fcitx5", "/controller", "org.fcitx.Fcitx.Controller1.DebugInfo",
        )  # fmt: skip
        return reply or None

    def ibus_address(self) -> str | None:
        folder = Path(self.env["XDG_CONFIG_HOME"]) / "ibus" / "bus"
        for path in folder.glob(f"*-unix-{self.env['DISPLAY'].lstrip(':')}"):
            for line in path.read_text(encoding="utf-8").splitlines():
                if line.startswith("IBUS_ADDRESS="):
                    return line.split("=", 1)[1]
        return None

    def ibus_focused_context(self) -> str:
        """The object path of the input context IBus has focused, "" when none."""
        reply = self.run(
            "dbus-send", f"--address={self.ibus_address()}", "--print-reply",
            "--dest=org.freedesktop.IBus", "/org/freedesktop/IBus",
            "org.freedesktop.IBus.CurrentInputContext",
        )  # fmt: skip
        return reply.split("object path", 1)[1].strip().strip('"') if "object path" in reply else ""

    def keys(self, *arguments: str) -> None:
        """Send X key events (XTEST) to the focused window through xdotool."""
        subprocess.run(["xdotool", *arguments], env=self.env, check=True, timeout=30)

    def close(self) -> None:
        """Stop what this session started: the input method and the bus with their groups."""
        for process in reversed(self._processes):
            self._signal(process, signal.SIGTERM)
        for process in reversed(self._processes):
            try:
                process.wait(10)
            except subprocess.TimeoutExpired:
                self._signal(process, signal.SIGKILL)
                process.wait(10)
            if process.stdout is not None:
                process.stdout.close()

    @staticmethod
    def _signal(process: subprocess.Popen[bytes], number: signal.Signals) -> None:
        try:
            if process.poll() is None and os.getpgid(process.pid) == process.pid:
                os.killpg(process.pid, number)  # a group this session created
            elif process.poll() is None:
                process.send_signal(number)
        except ProcessLookupError:
            pass
