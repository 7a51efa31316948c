"""Typing latency measured in process, on the shared sample and on a 1 MB post.

Figures (medians and p95 in ms):
- key -> editor repaint: from sending the key to the editor viewport's next paint;
- key -> preview: from sending the key to the preview page holding that key's text
  (the runJavaScript patch has run; Chromium paints it on its next frame);
- the same while a full re-render and a full check are in flight;
- the key that opens a fence near the top (the third backtick on a paragraph's line;
  the rest of the post turns into code) and the key that closes it again;
- a 3 MB post (typing inside a paragraph);
- continuous typing, one key every 150 ms (the preview has to keep up, not wait);
- the UI-thread cost of an autosave pause (the journal write itself is on a worker);
- launch -> editor painted and launch -> preview content shown (fresh processes).

Each line says the load average when it was printed (the machine is shared); key ->
repaint also gives the UI thread's CPU time from the key to the paint, which load does
not inflate.

Run: QT_QPA_PLATFORM=offscreen python bench/bench_typing.py [--quick] [--big-only] [--no-3mb]
"""

from __future__ import annotations

import os
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
SAMPLE = Path("/work/shared/samples/generated_post_ja.md")


def _stats(samples: list[float]) -> str:
    if not samples:
        return "no samples"
    ordered = sorted(samples)
    p95 = ordered[min(len(ordered) - 1, round(0.95 * (len(ordered) - 1)))]
    load = os.getloadavg()[0]
    return (
        f"median {statistics.median(ordered):7.1f} ms   p95 {p95:7.1f} ms   "
        f"(n={len(ordered)}, load {load:.1f})"
    )


def _wait(app: Any, condition: Callable[[], bool], timeout: float = 60.0) -> None:
    deadline = time.perf_counter() + timeout
    while not condition():
        if time.perf_counter() > deadline:
            raise TimeoutError("condition not met")
        app.processEvents()
        time.sleep(0.0003)


class _Clock:
    """Times of editor paints, of preview updates and of which key each render held."""

    def __init__(self, window: Any) -> None:
        from PySide6.QtCore import QEvent, QObject

        clock = self
        self.paints: list[float] = []
        self.paint_cpu: list[float] = []  # the UI thread's CPU time at each paint
        self.shown: dict[int, float] = {}
        self.keys_in: dict[int, int] = {}  # render generation -> keys typed when submitted
        self.typed = 0

        class PaintFilter(QObject):
            def eventFilter(self, _obj: Any, event: Any) -> bool:  # Qt's name
                if event.type() == QEvent.Type.Paint:
                    clock.paints.append(time.perf_counter())
                    clock.paint_cpu.append(time.thread_time())
                return False

        self._filter = PaintFilter()
        window.editor.viewport().installEventFilter(self._filter)
        window.preview.content_shown.connect(
            lambda generation: self.shown.setdefault(generation, time.perf_counter())
        )
        runner = window.render_loop.runner
        submit = runner.submit

        def counting_submit(work: Any) -> int:
            generation: int = submit(work)
            self.keys_in[generation] = self.typed
            return generation

        runner.submit = counting_submit

    def preview_time(self, key: int) -> float | None:
        times = [t for g, t in self.shown.items() if self.keys_in.get(g, -1) >= key]
        return min(times) if times else None


def _idle(app: Any, window: Any) -> None:
    _wait(
        app,
        lambda: (
            not window.render_loop.runner.busy
            and not window.render_loop.timer.isActive()
            and not window.checks.runner.busy
            and not window.checks._timer.isActive()
            and window.preview.shown_generation == window.render_loop.runner.generation
        ),
    )


def _type_keys(
    app: Any,
    window: Any,
    clock: _Clock,
    count: int,
    gap_s: float,
    load: bool = False,
    keys: Callable[[int], Any] | None = None,
    cpu: list[float] | None = None,
) -> tuple[list[float], list[float]]:
    """Type ``count`` keys (``keys(i)`` sends the i-th; "a" by default): key -> repaint and
    key -> preview in ms. ``gap_s`` 0: each key waits until everything is idle."""
    from PySide6.QtTest import QTest

    paints, previews, pressed = [], [], []
    for index in range(count):
        if gap_s == 0:
            _idle(app, window)
            end = time.perf_counter() + 0.03
            _wait(app, lambda end=end: time.perf_counter() > end)
        if load:  # a full re-render and a full check start just before the key
            window.render_loop.analysis_box[0] = None
            window.render_loop.render_now()
            window.checks.run_now()
        started, started_cpu = time.perf_counter(), time.thread_time()
        if keys is None:
            QTest.keyClick(window.editor, "a")
        else:
            keys(index)
        clock.typed += 1
        key = clock.typed
        pressed.append((key, started))
        _wait(app, lambda s=started: bool(clock.paints) and clock.paints[-1] > s)
        paints.append((clock.paints[-1] - started) * 1000)
        if cpu is not None:
            cpu.append((clock.paint_cpu[-1] - started_cpu) * 1000)
        if gap_s:
            end = started + gap_s
            _wait(app, lambda end=end: time.perf_counter() > end)
    _idle(app, window)
    for key, started in pressed:
        shown = clock.preview_time(key)
        if shown is not None:
            previews.append((shown - started) * 1000)
    return paints, previews


def _fence_keys(app: Any, window: Any, clock: _Clock, label: str, times: int) -> None:
    """The third backtick at the start of a paragraph near the top opens a fence (everything
    below turns into code); one Backspace closes it again."""
    from PySide6.QtCore import Qt
    from PySide6.QtTest import QTest

    editor = window.editor
    opened: list[float] = []
    opened_preview: list[float] = []
    closed: list[float] = []
    closed_preview: list[float] = []
    cpu: list[float] = []
    for _ in range(times):
        text = editor.text()
        top = text.index("\n\n", text.index("\n\n", 200) + 2) + 2  # a paragraph near the top
        cursor = editor.textCursor()
        cursor.setPosition(top)
        editor.setTextCursor(cursor)
        QTest.keyClicks(editor, "``")
        _idle(app, window)
        _wait(app, lambda: not editor.highlighter.busy)
        paints, previews = _type_keys(
            app, window, clock, 1, 0, keys=lambda _i: QTest.keyClick(editor, "`"), cpu=cpu
        )
        opened += paints
        opened_preview += previews
        _wait(app, lambda: not editor.highlighter.busy)
        backspace = lambda _i: QTest.keyClick(editor, Qt.Key.Key_Backspace)  # noqa: E731
        paints, previews = _type_keys(app, window, clock, 1, 0, keys=backspace)
        closed += paints
        closed_preview += previews
        QTest.keyClick(editor, Qt.Key.Key_Backspace)
        QTest.keyClick(editor, Qt.Key.Key_Backspace)
        _idle(app, window)
        _wait(app, lambda: not editor.highlighter.busy)
    print(f"{label}: fence opened: key -> repaint   {_stats(opened)}")
    print(f"{label}:   of which UI-thread CPU        {_stats(cpu)}")
    print(f"{label}: fence opened: key -> preview   {_stats(opened_preview)}")
    print(f"{label}: fence closed: key -> repaint   {_stats(closed)}")
    print(f"{label}: fence closed: key -> preview   {_stats(closed_preview)}")


def in_process(path: Path, label: str, keys: int, with_second: bool = True) -> None:
    from PySide6.QtCore import QThreadPool
    from PySide6.QtWidgets import QApplication

    from editor.core.document.journal import Journal
    from editor.core.settings import Settings
    from editor.ui.app.windows import WindowManager
    from editor.ui.editor.exact_text import exact_text

    app = QApplication.instance() or QApplication([])
    folder = Path(tempfile.mkdtemp())
    manager = WindowManager(
        Settings(), folder / "settings.json", journal=Journal(folder / "journal", owner="bench")
    )
    [window] = manager.open_paths([path])
    window.resize(1280, 820)
    _wait(app, lambda: window.preview.shown_generation > 0)
    _idle(app, window)
    clock = _Clock(window)
    editor = window.editor
    # The caret inside a paragraph in the middle of the post.
    text = editor.text()
    middle = text.index("。" if "。" in text[len(text) // 2 :] else ".", len(text) // 2)
    cursor = editor.textCursor()
    cursor.setPosition(len(text[:middle]))
    editor.setTextCursor(cursor)
    editor.centerCursor()
    _idle(app, window)
    renders: list[float] = []
    window.render_loop.runner.finished.connect(
        lambda *_: renders.append(window.render_loop.last_render_ms)
    )
    cpu: list[float] = []
    paints, previews = _type_keys(app, window, clock, keys, 0, cpu=cpu)
    print(f"{label}: key -> editor repaint           {_stats(paints)}")
    print(f"{label}:   of which UI-thread CPU        {_stats(cpu)}")
    print(f"{label}: key -> preview updated          {_stats(previews)}")
    print(f"{label}:   of which analysis (worker)    {_stats(renders)}")
    cpu = []
    paints, _ = _type_keys(app, window, clock, max(5, keys // 2), 0, load=True, cpu=cpu)
    print(f"{label}: key -> editor repaint, under load {_stats(paints)}")
    print(f"{label}:   of which UI-thread CPU        {_stats(cpu)}")
    paints, previews = _type_keys(app, window, clock, keys, 0.150)
    print(f"{label}: typing every 150 ms: repaint    {_stats(paints)}")
    print(f"{label}: typing every 150 ms: preview    {_stats(previews)}")
    _fence_keys(app, window, clock, label, 2 if keys < 10 else 4)
    reads = []
    for _ in range(5):
        started = time.perf_counter()
        window.journaling.autosaver._on_timer_timeout()
        reads.append((time.perf_counter() - started) * 1000)
    print(f"{label}: autosave pause on the UI thread {_stats(reads)}")
    reads = []
    for _ in range(5):
        started = time.perf_counter()
        exact_text(editor)
        reads.append((time.perf_counter() - started) * 1000)
    print(f"{label}: whole text read (now only at save) {_stats(reads)}")
    if not with_second:
        editor.document().setModified(False)
        window.close()
        QThreadPool.globalInstance().waitForDone()
        app.processEvents()
        return
    before = pss_tree_mb(os.getpid())
    [second] = manager.open_paths([SAMPLE if SAMPLE.exists() else path])
    _wait(app, lambda: second.preview.shown_generation > 0)
    end = time.perf_counter() + 2
    _wait(app, lambda: time.perf_counter() > end)
    after = pss_tree_mb(os.getpid())
    print(f"{label}: PSS of the tree {before:.0f} MB; a second window adds {after - before:.0f} MB")
    second.editor.document().setModified(False)
    second.close()
    editor.document().setModified(False)
    window.close()
    QThreadPool.globalInstance().waitForDone()
    app.processEvents()


def core(text: str, label: str, runs: int) -> None:
    """The worker's part alone: the old whole render against the incremental analysis."""
    from editor.core.markdown.analysis import analyse
    from editor.core.markdown.outline import outline
    from editor.core.markdown.render import render_with_stats

    def timed(run: Callable[[], object]) -> list[float]:
        samples = []
        for _ in range(runs):
            started = time.perf_counter()
            run()
            samples.append((time.perf_counter() - started) * 1000)
        return samples

    print(
        f"{label}: old render+stats+outline    {_stats(timed(lambda: (render_with_stats(text), outline(text))))}"
    )
    base = analyse(text)
    print(f"{label}: analysis from scratch       {_stats(timed(lambda: analyse(text)))}")
    at = text.index("\n\n", len(text) // 2) - 3
    edited = [text[:at] + "x" * (i + 1) + text[at:] for i in range(runs)]
    state = {"previous": base, "index": 0}

    def one_key() -> None:
        state["previous"] = analyse(edited[state["index"]], state["previous"])  # type: ignore[arg-type]
        state["index"] = int(state["index"]) + 1  # type: ignore[call-overload]

    print(f"{label}: analysis after one key      {_stats(timed(one_key))}")
    state = {"previous": base, "index": 0}

    def one_key_fed() -> None:  # as the window does: the editor says where the edit was
        index = int(state["index"])  # type: ignore[call-overload]
        kept = (at, len(text) - at)
        state["previous"] = analyse(edited[index], state["previous"], None, kept)  # type: ignore[arg-type]
        state["index"] = index + 1

    print(f"{label}: analysis after one key, fed the edit {_stats(timed(one_key_fed))}")
    top = text.index("\n\n", 200) + 2
    fenced = text[:top] + "```\n" + text[top:]
    print(f"{label}: analysis, fence opened at top {_stats(timed(lambda: analyse(fenced, base)))}")
    opened = analyse(fenced, base)
    print(f"{label}: analysis, fence closed again {_stats(timed(lambda: analyse(text, opened)))}")


def probe(path: Path) -> None:
    """Child process: print when the editor first painted and when the preview showed."""
    started = float(os.environ["KOSEI_BENCH_T0"])
    from editor.ui.app.sandbox import apply_sandbox_policy

    apply_sandbox_policy()
    import PySide6.QtWebEngineWidgets  # noqa: F401
    from PySide6.QtCore import QEvent, QObject
    from PySide6.QtWidgets import QApplication

    app = QApplication(sys.argv[:1])
    from editor.core.settings import load_settings
    from editor.ui.app.windows import WindowManager

    settings_path = Path(tempfile.mkdtemp()) / "settings.json"
    manager = WindowManager(load_settings(settings_path), settings_path)
    marks: dict[str, float] = {}

    class FirstPaint(QObject):
        def eventFilter(self, _obj: Any, event: Any) -> bool:  # Qt's name
            if event.type() == QEvent.Type.Paint:
                marks.setdefault("painted", time.time())
            return False

    first_paint = FirstPaint()
    [window] = manager.open_paths([path.absolute()])
    window.editor.viewport().installEventFilter(first_paint)

    def shown(_generation: int) -> None:
        marks["preview"] = time.time()
        print(marks["painted"] - started, marks["preview"] - started, flush=True)
        window.editor.document().setModified(False)
        app.quit()

    window.preview.content_shown.connect(shown)
    app.exec()


def launch(path: Path, runs: int) -> None:
    painted, shown = [], []
    for _ in range(runs):
        env = dict(os.environ, KOSEI_BENCH_T0=repr(time.time()))
        out = subprocess.run(
            [sys.executable, __file__, "--probe", str(path)],
            capture_output=True,
            text=True,
            timeout=120,
            check=True,
            env=env,
        )
        first, second = map(float, out.stdout.strip().splitlines()[-1].split())
        painted.append(first * 1000)
        shown.append(second * 1000)
    print(f"launch -> editor painted ({path.name[:20]}) {_stats(painted)}")
    print(f"launch -> preview shown  ({path.name[:20]}) {_stats(shown)}")


def main() -> None:
    if len(sys.argv) > 2 and sys.argv[1] == "--probe":
        probe(Path(sys.argv[2]))
        return
    if os.geteuid() == 0:
        flags = os.environ.get("QTWEBENGINE_CHROMIUM_FLAGS", "")
        os.environ["QTWEBENGINE_CHROMIUM_FLAGS"] = (flags + " --no-sandbox").strip()
    quick = "--quick" in sys.argv
    if os.environ.get("KOSEI_SWITCH"):
        sys.setswitchinterval(float(os.environ["KOSEI_SWITCH"]))
    from bench.synthetic import synthetic_post

    folder = Path(tempfile.mkdtemp())
    big = folder / "big.md"
    big.write_text(synthetic_post(1_000_000), encoding="utf-8")
    sample = SAMPLE if SAMPLE.exists() else ROOT / "resources" / "samples" / "welcome.md"
    print(f"machine: {os.cpu_count()} cores, load average {os.getloadavg()[0]:.1f}")
    if "--big-only" not in sys.argv:
        core(SAMPLE.read_text(encoding="utf-8"), "sample", 5)
    core(big.read_text(encoding="utf-8"), "1 MB  ", 3 if quick else 5)
    if "--big-only" not in sys.argv:
        in_process(sample, "sample", 10 if quick else 30)
    in_process(big, "1 MB  ", 8 if quick else 20)
    if "--no-3mb" not in sys.argv:
        huge = folder / "huge.md"
        huge.write_text(synthetic_post(3_000_000), encoding="utf-8")
        core(huge.read_text(encoding="utf-8"), "3 MB  ", 2)
        in_process(huge, "3 MB  ", 6 if quick else 12, with_second=False)
    if "--big-only" not in sys.argv:
        launch(sample, 2 if quick else 5)


def pss_tree_mb(root: int) -> float:
    """Proportional set size of ``root`` and all its descendants, in MB."""
    parents: dict[int, int] = {}
    for entry in Path("/proc").iterdir():
        if entry.name.isdigit():
            try:
                stat = (entry / "stat").read_text()
            except OSError:
                continue
            parents[int(entry.name)] = int(stat.rsplit(")", 1)[1].split()[1])
    tree, grew = {root}, True
    while grew:
        grew = False
        for pid, parent in parents.items():
            if parent in tree and pid not in tree:
                tree.add(pid)
                grew = True
    total_kb = 0
    for pid in tree:
        try:
            for line in Path(f"/proc/{pid}/smaps_rollup").read_text().splitlines():
                if line.startswith("Pss:"):
                    total_kb += int(line.split()[1])
        except OSError:
            continue
    return total_kb / 1024


if __name__ == "__main__":
    main()
