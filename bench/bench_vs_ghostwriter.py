"""Kosei beside ghostwriter in one run, both under Xvfb, timed from outside as pixels.

One command (needs Xvfb, xdotool and ghostwriter; bench only, never tests):

    .venv/bin/python bench/bench_vs_ghostwriter.py            # 5 launches, 15 keys, 3 MB post
    .venv/bin/python bench/bench_vs_ghostwriter.py --quick    # 3 launches, 8 keys, no 3 MB

Options: --runs N, --keys N, --posts "sample,1 MB", --only launch|keys,
--display :N (default: the first free from :57), --bundle PATH (a packaged
``kosei`` launched as a further app; build/bundle/kosei is picked up when it
exists), --baseline TREE (another checkout launched as a further app, to compare
before and after: git worktree add /tmp/base main~3).

Prints one table, median / p95, each with the load average (1 min) seen while it
was measured:
- launch -> text painted: the editor region holds 80 % of the text edges of the
  settled window (the root window read every ~20 ms with XGetImage);
- launch -> preview painted: the same for the preview region;
- PSS of the process tree with the sample open, then with a second window
  (Kosei: a second launch hands its file to the first; ghostwriter has one window
  per process, so both trees are summed);
- keystroke -> editor repaint and -> preview painted: an XTest key press at the end
  of the post's last paragraph (a line this bench appends), then the editor and
  preview rectangles polled until they change (a change under 4 px wide is the
  caret blinking); on the sample, a 1 MB post and (not with --quick) a 3 MB post;
- RSS of the main process with the sample and with the 3 MB post.
Regions are fractions of each app's own layout (REGIONS in bench/blackbox.py); both
windows are 1280x820 for the keys. Polling costs about a third of one core, for
both apps alike.
"""

from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from bench.bench_typing import SAMPLE, pss_tree_mb  # noqa: E402
from bench.blackbox import SIZE, App, Bench, painted_at, region, rss_mb  # noqa: E402
from bench.synthetic import synthetic_post  # noqa: E402
from bench.xscreen import Rect, changed_width  # noqa: E402

LAST_LINE = "The last paragraph of the bench post, where the keys go."
ROWS = [
    ("launch -> text painted", "ms"),
    ("launch -> preview painted", "ms"),
    ("PSS, sample open", "MB"),
    ("PSS with a second window", "MB"),
    ("a second window adds", "MB"),
    ("RSS main process, sample", "MB"),
    ("key -> editor, sample", "ms"),
    ("key -> preview, sample", "ms"),
    ("key -> editor, 1 MB", "ms"),
    ("key -> preview, 1 MB", "ms"),
    ("key -> editor, 3 MB", "ms"),
    ("key -> preview, 3 MB", "ms"),
    ("RSS main process, 3 MB", "MB"),
    ("PSS, 3 MB open", "MB"),
]


def _ms(seconds: float | None) -> float | None:
    return None if seconds is None else seconds * 1000


def launch(bench: Bench, app: App, path: Path, second: Path | None) -> None:
    """One launch: time to text and preview, memory, and optionally a second window."""
    env = bench.env(app)
    process = bench.start(app, path, env)
    others: list[subprocess.Popen[bytes]] = []
    try:
        # 3 s without change: under load the preview can follow the text by more than a second.
        frames = bench.settle(minimum=3.0, maximum=90.0, quiet=3.0)
        found = bench.window(process.pid)
        if found is None:
            print(f"  {app.label}: no window")
            return
        geometry = found[1]
        app.figure("launch -> text painted").add(
            _ms(painted_at(frames, region(app, "editor", geometry)))
        )
        app.figure("launch -> preview painted").add(
            _ms(painted_at(frames, region(app, "preview", geometry)))
        )
        first = pss_tree_mb(process.pid)
        app.figure("PSS, sample open").add(first)
        app.figure("RSS main process, sample").add(rss_mb(process.pid))
        if second is None:
            return
        other = bench.start(app, second, env)
        others.append(other)
        deadline = time.monotonic() + 60
        while time.monotonic() < deadline:
            shown = bench.windows(process.pid) + (
                bench.windows(other.pid) if app.one_process_per_window else 0
            )
            if shown >= 2:
                break
            time.sleep(0.2)
        bench.settle(minimum=3.0, maximum=60.0)
        total = pss_tree_mb(process.pid) + sum(pss_tree_mb(p.pid) for p in others)
        app.figure("PSS with a second window").add(total)
        app.figure("a second window adds").add(total - first)
    finally:
        bench.stop(process, *others)


def _key(bench: Bench, name: str, editor: Rect, preview: Rect, timeout: float) -> tuple:
    """Seconds from the key press to the editor's and the preview's first changed frame."""
    editor_before, preview_before = bench.screen.grab(editor), bench.screen.grab(preview)
    started = time.perf_counter()
    bench.screen.key(name)
    editor_at = preview_at = None
    while (editor_at is None or preview_at is None) and time.perf_counter() - started < timeout:
        if editor_at is None and changed_width(editor_before, bench.screen.grab(editor)) >= 4:
            editor_at = time.perf_counter() - started
        if preview_at is None and changed_width(preview_before, bench.screen.grab(preview)) >= 1:
            preview_at = time.perf_counter() - started
        time.sleep(0.001)
    return editor_at, preview_at


def _quiet(bench: Bench, rects: list[Rect], quiet: float = 0.4, maximum: float = 15.0) -> None:
    """Wait until none of ``rects`` changes (beyond a caret) for ``quiet`` seconds."""
    started = last = time.perf_counter()
    before = [bench.screen.grab(r) for r in rects]
    while time.perf_counter() - started < maximum and time.perf_counter() - last < quiet:
        time.sleep(0.02)
        now = [bench.screen.grab(r) for r in rects]
        if any(changed_width(a, b) >= 4 for a, b in zip(before, now, strict=True)):
            last = time.perf_counter()
        before = now


def keys(bench: Bench, app: App, path: Path, label: str, count: int, timeout: float) -> None:
    """``count`` keys at the end of the last paragraph, alternately a letter and BackSpace."""
    process = bench.start(app, path, bench.env(app))
    try:
        bench.settle(minimum=3.0, maximum=180.0)
        found = bench.window(process.pid)
        if found is None:
            print(f"  {app.label}: no window for {label}")
            return
        wid = found[0]
        bench.xdotool("windowsize", "--sync", wid, str(SIZE[0]), str(SIZE[1]))
        bench.xdotool("windowfocus", "--sync", wid)
        bench.settle(minimum=1.0, maximum=60.0)
        geometry = bench.window(process.pid)[1]  # type: ignore[index]
        editor, preview = region(app, "editor", geometry), region(app, "preview", geometry)
        middle = (editor.x + editor.width // 2, editor.y + editor.height // 2)
        bench.xdotool("mousemove", str(middle[0]), str(middle[1]), "click", "1")
        bench.screen.key("End", ("Control_L",))
        bench.screen.key("Left")  # from after the final newline to the paragraph's end
        bench.settle(minimum=1.0, maximum=60.0)
        for turn in range(count + 1):  # the first key scrolls the preview to the end: not kept
            editor_at, preview_at = _key(
                bench, "a" if turn % 2 == 0 else "BackSpace", editor, preview, timeout
            )
            if turn:
                app.figure(f"key -> editor, {label}").add(_ms(editor_at))
                app.figure(f"key -> preview, {label}").add(_ms(preview_at))
            _quiet(bench, [editor, preview])
        if label == "3 MB":
            app.figure("RSS main process, 3 MB").add(rss_mb(process.pid))
            app.figure("PSS, 3 MB open").add(pss_tree_mb(process.pid))
    finally:
        bench.stop(process)


def _files(folder: Path, big: bool) -> dict[str, Path]:
    """Copies of the sample and synthetic posts, each ending in the paragraph typed into."""
    sample = SAMPLE if SAMPLE.exists() else ROOT / "resources" / "samples" / "welcome.md"
    texts = {"sample": sample.read_text(encoding="utf-8"), "1 MB": synthetic_post(1_000_000)}
    if big:
        texts["3 MB"] = synthetic_post(3_000_000, seed=11)
    files = {}
    for label, text in texts.items():
        path = folder / label.replace(" ", "") / f"{label.replace(' ', '')}.md"
        path.parent.mkdir()
        path.write_text(text.rstrip("\n") + f"\n\n{LAST_LINE}\n", encoding="utf-8")
        files[label] = path
    other = folder / "second" / "second.md"
    other.parent.mkdir()
    other.write_text(texts["sample"], encoding="utf-8")
    files["second"] = other
    return files


def _compile(tree: Path) -> None:
    """Byte-compile a Kosei tree first: an installed Kosei has its .pyc files (pip, the
    bundle); under PYTHONDONTWRITEBYTECODE each launch would compile ~400 modules again
    (about a second, which ghostwriter, a C++ program, never pays)."""
    subprocess.run(
        [sys.executable, "-m", "compileall", "-q", str(tree / "editor")],
        stdout=subprocess.DEVNULL,
        check=False,
    )


def _free_display() -> str:
    for number in range(57, 90):
        if not Path(f"/tmp/.X{number}-lock").exists():
            return f":{number}"
    raise RuntimeError("no free X display between :57 and :89")


def _table(apps: list[App]) -> None:
    width = 34
    print()
    print(f"{'':28}" + "".join(f"{app.label:{width}}" for app in apps))
    for name, unit in ROWS:
        if not any(app.figures.get(name) for app in apps):
            continue
        cells = [app.figures[name].text(unit) if name in app.figures else "-" for app in apps]
        print(f"{name:28}" + "".join(f"{cell:{width}}" for cell in cells))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    parser.add_argument("--quick", action="store_true")
    parser.add_argument("--runs", type=int)
    parser.add_argument("--keys", type=int)
    parser.add_argument("--bundle", type=Path)
    parser.add_argument("--display")
    parser.add_argument("--baseline", type=Path, help="another Kosei checkout, e.g. a git worktree")
    parser.add_argument("--only", choices=["launch", "keys"])
    parser.add_argument("--posts", default="sample,1 MB,3 MB", help="posts to type into")
    args = parser.parse_args()
    runs = args.runs or (3 if args.quick else 5)
    count = args.keys or (8 if args.quick else 15)
    missing = [tool for tool in ("Xvfb", "xdotool") if not shutil.which(tool)]
    if missing:
        print("needs " + " and ".join(missing) + " (apt-get install xvfb xdotool ghostwriter)")
        return
    apps = [App("Kosei", "Kosei", lambda p: [sys.executable, "-m", "editor", str(p)], False)]
    bundle = args.bundle or ROOT / "build" / "bundle" / "kosei"
    if bundle.is_dir():  # PyInstaller's one-folder layout: kosei/kosei next to kosei/_internal
        bundle = bundle / "kosei"
    if bundle.exists():
        apps.append(App("Kosei", "Kosei bundle", lambda p: [str(bundle), str(p)], False))
    if args.baseline:  # python -m editor run from that tree imports its own editor package
        tree = args.baseline.resolve()
        command = [sys.executable, "-m", "editor"]
        apps.append(App("Kosei", f"Kosei {tree.name}", lambda p: [*command, str(p)], False, tree))
    if shutil.which("ghostwriter"):
        apps.append(App("ghostwriter", "ghostwriter", lambda p: ["ghostwriter", str(p)], True))
    for app in apps:
        if app.name == "Kosei" and app.label != "Kosei bundle":
            _compile(app.cwd or ROOT)
    display = args.display or _free_display()
    xvfb = subprocess.Popen(
        ["Xvfb", display, "-screen", "0", "1600x1000x24", "-nolisten", "tcp"],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    time.sleep(1.5)
    try:
        bench = Bench(display)
        files = _files(Path(tempfile.mkdtemp(prefix="kosei-bench-files-")), not args.quick)
        print(f"{os.cpu_count()} cores, load {os.getloadavg()[0]:.1f}, display {display}")
        if args.only != "keys":
            for run in range(runs):
                for app in apps:  # interleaved, so a load spike hits every app
                    launch(bench, app, files["sample"], files["second"])
                print(f"  launch round {run + 1}/{runs} done, load {os.getloadavg()[0]:.1f}")
        if args.only != "launch":
            wanted = [name.strip() for name in args.posts.split(",")]
            for label in [
                name for name in ("sample", "1 MB", "3 MB") if name in files and name in wanted
            ]:
                for app in apps:
                    keys(bench, app, files[label], label, count, 20.0)
                print(f"  keys on {label} done, load {os.getloadavg()[0]:.1f}")
        _table(apps)
    finally:
        xvfb.terminate()
        xvfb.wait(10)


if __name__ == "__main__":
    main()
