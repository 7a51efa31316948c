"""Launch apps under Xvfb with a fresh home each, watch their pixels, keep figures.

Used by bench/bench_vs_ghostwriter.py (which documents the method); bench only.
"""

from __future__ import annotations

import os
import signal
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from bench.xscreen import Rect, Screen, edge_tiles, region_sum  # noqa: E402

SIZE = (1280, 820)  # both windows, for the keystroke trials (Kosei's default size)
CAPTURE = Rect(0, 0, 1300, 860)  # no window manager: windows open at 0, 0
# (x0, y0, x1, y1) as fractions of the window: inside the editor's text and the preview.
REGIONS = {
    "Kosei": {"editor": (0.01, 0.31, 0.47, 0.74), "preview": (0.52, 0.03, 0.98, 0.74)},
    # ghostwriter: its outline sidebar is 160 px, the editor starts there at 1280 wide.
    "ghostwriter": {"editor": (0.13, 0.06, 0.54, 0.95), "preview": (0.62, 0.06, 0.97, 0.95)},
}


@dataclass
class Figure:
    values: list[float] = field(default_factory=list)
    loads: list[float] = field(default_factory=list)

    def add(self, value: float | None) -> None:
        if value is not None:
            self.values.append(value)
        self.loads.append(os.getloadavg()[0])

    def text(self, unit: str) -> str:
        if not self.values:
            return f"all {len(self.loads)} timed out" if self.loads else "-"
        ordered = sorted(self.values)
        p95 = ordered[min(len(ordered) - 1, round(0.95 * (len(ordered) - 1)))]
        missed = len(self.loads) - len(self.values)
        load = f"load {min(self.loads):.1f}-{max(self.loads):.1f}"
        lost = f", {missed} timed out" if missed else ""
        return f"{statistics.median(ordered):,.0f} / {p95:,.0f} {unit} ({load}{lost})"


@dataclass
class App:
    name: str  # key in REGIONS
    label: str
    command: Callable[[Path], list[str]]
    one_process_per_window: bool
    cwd: Path | None = None  # a Kosei source tree other than this one (--baseline)
    figures: dict[str, Figure] = field(default_factory=dict)

    def figure(self, name: str) -> Figure:
        return self.figures.setdefault(name, Figure())


class Bench:
    def __init__(self, display: str) -> None:
        self.display = display
        self.screen = Screen(display)

    def env(self, app: App) -> dict[str, str]:
        """A fresh home per launch: no settings, no journal, no other instance."""
        home = Path(tempfile.mkdtemp(prefix="kosei-bench-"))
        (home / "run").mkdir(mode=0o700)
        config = home / "config"
        if app.name == "ghostwriter":  # its live preview is off on a first start
            (config / "ghostwriter").mkdir(parents=True)
            (config / "ghostwriter" / "ghostwriter.conf").write_text(
                "[Preview]\nhtmlPreviewOpen=true\n", encoding="utf-8"
            )
        env = dict(
            os.environ,
            DISPLAY=self.display,
            HOME=str(home),
            XDG_CONFIG_HOME=str(config),
            XDG_DATA_HOME=str(home / "data"),
            XDG_CACHE_HOME=str(home / "cache"),
            XDG_RUNTIME_DIR=str(home / "run"),
            QT_QPA_PLATFORM="xcb",
        )
        if os.geteuid() == 0:
            env["QTWEBENGINE_CHROMIUM_FLAGS"] = "--no-sandbox"
        return env

    def start(self, app: App, path: Path, env: dict[str, str]) -> subprocess.Popen[bytes]:
        return subprocess.Popen(
            app.command(path),
            env=env,
            cwd=app.cwd,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
            start_new_session=True,  # its own group: the web engine's helpers end with it
        )

    def stop(self, *processes: subprocess.Popen[bytes]) -> None:
        for process in processes:
            try:
                os.killpg(process.pid, signal.SIGTERM)
            except ProcessLookupError:
                continue
        for process in processes:
            try:
                process.wait(10)
            except subprocess.TimeoutExpired:
                os.killpg(process.pid, signal.SIGKILL)
                process.wait(10)
        time.sleep(0.5)  # let the X server drop the windows

    def settle(self, minimum: float, maximum: float, quiet: float = 1.5) -> list[tuple]:
        """Frames (seconds, edge tiles) until the screen has not changed for ``quiet`` s."""
        started = time.perf_counter()
        frames: list[tuple[float, object]] = []
        last_change, previous = started, None
        while True:
            tiles = edge_tiles(self.screen.grab(CAPTURE))
            now = time.perf_counter()
            frames.append((now - started, tiles))
            # A blinking caret flips one or two tiles; more is the window still changing.
            if previous is None or int((tiles != previous).sum()) > 2 or not tiles.any():
                last_change = now  # nothing on screen yet counts as still changing
            previous = tiles
            elapsed = now - started
            if elapsed > maximum or (elapsed > minimum and now - last_change > quiet):
                return frames
            time.sleep(0.02)

    def window(self, pid: int) -> tuple[str, Rect] | None:
        out = subprocess.run(
            ["xdotool", "search", "--onlyvisible", "--pid", str(pid)],
            env=dict(os.environ, DISPLAY=self.display),
            capture_output=True,
            text=True,
        ).stdout.split()
        best: tuple[str, Rect] | None = None
        for wid in out:
            geometry = self._geometry(wid)
            if geometry and (best is None or geometry.width > best[1].width):
                best = (wid, geometry)
        return best

    def windows(self, pid: int) -> int:
        out = subprocess.run(
            ["xdotool", "search", "--onlyvisible", "--pid", str(pid)],
            env=dict(os.environ, DISPLAY=self.display),
            capture_output=True,
            text=True,
        ).stdout.split()
        return sum(1 for wid in out if (g := self._geometry(wid)) and g.width > 300)

    def _geometry(self, wid: str) -> Rect | None:
        out = subprocess.run(
            ["xdotool", "getwindowgeometry", "--shell", wid],
            env=dict(os.environ, DISPLAY=self.display),
            capture_output=True,
            text=True,
        ).stdout
        values = dict(line.split("=", 1) for line in out.split() if "=" in line)
        if "WIDTH" not in values:
            return None
        return Rect(int(values["X"]), int(values["Y"]), int(values["WIDTH"]), int(values["HEIGHT"]))

    def xdotool(self, *args: str) -> None:
        subprocess.run(["xdotool", *args], env=dict(os.environ, DISPLAY=self.display), check=False)


def region(app: App, which: str, window: Rect) -> Rect:
    x0, y0, x1, y1 = REGIONS[app.name][which]
    return Rect(
        window.x + round(x0 * window.width),
        window.y + round(y0 * window.height),
        round((x1 - x0) * window.width),
        round((y1 - y0) * window.height),
    )


def painted_at(frames: list[tuple], rect: Rect, share: float = 0.8) -> float | None:
    """Seconds until ``rect`` first held ``share`` of the text edges of the last frame."""
    final = region_sum(frames[-1][1], rect)
    if final == 0:
        return None
    for seconds, tiles in frames:
        if region_sum(tiles, rect) >= share * final:
            return seconds
    return None


def rss_mb(pid: int) -> float:
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) / 1024
    return 0.0
