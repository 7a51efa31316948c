"""Kosei beside ghostwriter in one run, both under Xvfb with the same file open.

Prints, medians and p95 of a few launches each: launch -> window mapped on the X
server (xdotool), and the PSS of the whole process tree 6 s after launch.
Needs: apt-get install -y ghostwriter xvfb xdotool (bench only, never tests).

Run: python bench/bench_vs_ghostwriter.py [FILE] [RUNS]
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from bench.bench_typing import SAMPLE, _stats, pss_tree_mb  # noqa: E402

DISPLAY = ":97"


def _launch(command: list[str], env: dict[str, str]) -> tuple[float, float]:
    started = time.time()
    process = subprocess.Popen(
        command, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL
    )
    try:
        subprocess.run(
            ["xdotool", "search", "--sync", "--onlyvisible", "--pid", str(process.pid)],
            env=env,
            capture_output=True,
            timeout=60,
            check=True,
        )
        mapped = (time.time() - started) * 1000
        time.sleep(max(0.0, 6 - (time.time() - started)))
        return mapped, pss_tree_mb(process.pid)
    finally:
        process.terminate()
        try:
            process.wait(10)
        except subprocess.TimeoutExpired:
            process.kill()


def main() -> None:
    path = Path(sys.argv[1]) if len(sys.argv) > 1 else SAMPLE
    runs = int(sys.argv[2]) if len(sys.argv) > 2 else 3
    if not shutil.which("Xvfb") or not shutil.which("xdotool"):
        print("needs Xvfb and xdotool")
        return
    xvfb = subprocess.Popen(["Xvfb", DISPLAY, "-screen", "0", "1600x1000x24", "-nolisten", "tcp"])
    time.sleep(1.5)
    home = Path(tempfile.mkdtemp())
    (home / "run").mkdir(mode=0o700)
    env = dict(
        os.environ,
        DISPLAY=DISPLAY,
        HOME=str(home),
        XDG_CONFIG_HOME=str(home / "config"),
        XDG_DATA_HOME=str(home / "data"),
        XDG_RUNTIME_DIR=str(home / "run"),  # no other instance to hand the file to
        QT_QPA_PLATFORM="xcb",
    )
    if os.geteuid() == 0:
        env["QTWEBENGINE_CHROMIUM_FLAGS"] = "--no-sandbox"
    apps = {"Kosei": [sys.executable, "-m", "editor", str(path)]}
    if shutil.which("ghostwriter"):
        apps["ghostwriter"] = ["ghostwriter", str(path)]
    try:
        print(f"file: {path.name} ({path.stat().st_size} bytes), load {os.getloadavg()[0]:.1f}")
        for name, command in apps.items():
            mapped, pss = [], []
            for _ in range(runs):
                first, second = _launch(command, env)
                mapped.append(first)
                pss.append(second)
            print(f"{name:12} launch -> window mapped  {_stats(mapped)}")
            print(f"{name:12} PSS of the process tree  {_stats(pss).replace('ms', 'MB')}")
    finally:
        xvfb.terminate()


if __name__ == "__main__":
    main()
