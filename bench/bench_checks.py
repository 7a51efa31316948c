"""Benchmark the draft checks (printed medians and p95, not a timed test).

Targets (issue #19): a full check of a 1 MB post within 0.6 s; a re-check after a
one-paragraph edit within 50 ms (with the CheckCache the window keeps).

Posts measured:
- the shared sample (``../shared/samples/generated_post_ja.md``);
- a 1 MB post made of the real posts in ``tests/fixtures/real_posts`` (bodies one
  after another: links, code, lists, tables, Japanese and English as writers write);
- a generated 1 MB post (``bench/synthetic.py``).

Each round of the re-check types a few words into a different prose paragraph of the
text the last round produced, as a writer moving around the post would. Wall time
and CPU time (``time.process_time``: what counts when the machine is loaded by
other work) are both printed.

    python bench/bench_checks.py [--repeat N] [--profile]
"""

from __future__ import annotations

import argparse
import cProfile
import pstats
import statistics
import sys
import time
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from bench.synthetic import synthetic_post  # noqa: E402
from editor.core.checks import CheckCache, run_checks  # noqa: E402
from editor.core.frontmatter.split import split  # noqa: E402

SAMPLE = ROOT.parent / "shared" / "samples" / "generated_post_ja.md"
REAL_POSTS = ROOT / "tests" / "fixtures" / "real_posts"


def real_posts_post(size: int) -> str:
    """One post of about ``size`` bytes: the real posts' bodies in name order, repeated
    no further than the corpus goes (a second lap would be one big copy)."""
    bodies: list[str] = []
    total = 0
    for path in sorted(REAL_POSTS.rglob("*.md")):
        body = split(path.read_text(encoding="utf-8", errors="replace")).body
        bodies.append(body)
        total += len(body.encode())
        if total >= size:
            break
    return "---\ntitle: Every real post in one\n---\n" + "\n\n".join(bodies)


def edited(text: str, round_: int) -> str:
    """``text`` with a few words typed at the end of one prose paragraph (a different one
    each round)."""
    paragraphs = text.split("\n\n")
    count = len(paragraphs)
    for step in range(count):
        index = (round_ * 7919 + step) % count
        paragraph = paragraphs[index]
        if paragraph[:1].isalpha() and "```" not in paragraph and "|" not in paragraph:
            paragraphs[index] = paragraph + f" Edit number {round_} changes this paragraph."
            return "\n\n".join(paragraphs)
    return text + f"\n\nEdit number {round_}.\n"


def _times(run: Callable[[], object], repeat: int) -> tuple[list[float], list[float]]:
    wall, cpu = [], []
    for _ in range(repeat):
        started, started_cpu = time.perf_counter(), time.process_time()
        run()
        wall.append((time.perf_counter() - started) * 1000)
        cpu.append((time.process_time() - started_cpu) * 1000)
    return wall, cpu


def _p95(values: list[float]) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(0.95 * (len(ordered) - 1)))]


def _report(label: str, times: tuple[list[float], list[float]], target: float) -> None:
    wall, cpu = times
    print(
        f"  {label:<34} wall median {statistics.median(wall):7.1f} p95 {_p95(wall):7.1f} ms"
        f" | cpu median {statistics.median(cpu):7.1f} p95 {_p95(cpu):7.1f} ms"
        f"  (target {target:g} ms, n={len(wall)})"
    )


def measure(name: str, text: str, repeat: int) -> None:
    print(f"{name} ({len(text.encode()) / 1e6:.2f} MB, {text.count(chr(10)) + 1} lines)")
    full_repeat = repeat if len(text) < 100_000 else max(3, repeat // 2)
    _report("full check (no cache)", _times(lambda: run_checks(text), full_repeat), 600)
    cache = CheckCache()
    state = {"text": text, "round": 0}
    run_checks(text, cache=cache)

    def recheck() -> None:
        state["round"] += 1
        state["text"] = edited(state["text"], state["round"])
        run_checks(state["text"], cache=cache)

    recheck()  # the first edit after opening: the pair store settles
    _report("re-check after a one-paragraph edit", _times(recheck, repeat * 3), 50)
    started = time.perf_counter()
    fresh = run_checks(state["text"])
    same = fresh == run_checks(state["text"], cache=cache)
    took = (time.perf_counter() - started) * 1000
    print(f"  re-check equals a check from scratch: {same} ({took:.0f} ms to compare)")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="draft check benchmarks")
    parser.add_argument("--repeat", type=int, default=7)
    parser.add_argument("--profile", action="store_true", help="cProfile one 1 MB re-check")
    args = parser.parse_args(argv)
    if SAMPLE.is_file():
        measure("shared sample", SAMPLE.read_text(encoding="utf-8"), args.repeat)
    else:
        print(f"sample not found at {SAMPLE}; skipped")
    real = real_posts_post(1_000_000)
    measure("real posts joined", real, args.repeat)
    measure("generated post", synthetic_post(1_000_000), args.repeat)
    if args.profile:
        cache = CheckCache()
        run_checks(real, cache=cache)
        text = edited(real, 1)
        run_checks(text, cache=cache)
        text = edited(text, 2)
        profile = cProfile.Profile()
        profile.runcall(run_checks, text, cache=cache)
        pstats.Stats(profile).sort_stats("tottime").print_stats(25)
    return 0


if __name__ == "__main__":
    sys.exit(main())
