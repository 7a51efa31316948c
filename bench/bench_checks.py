"""Benchmark the draft checks (printed medians, not a timed test).

- full check of the shared sample (target < 50 ms)
- full check of a generated 1 MB post (target < 1.5 s)
- re-check of that post after a one-paragraph edit with a CheckCache (target < 100 ms)

    python bench/bench_checks.py [--repeat N]
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from bench.synthetic import synthetic_post  # noqa: E402
from bench.timing import median_ms  # noqa: E402
from editor.core.checks import CheckCache, run_checks  # noqa: E402

SAMPLE = ROOT.parent / "shared" / "samples" / "generated_post_ja.md"


def edited(text: str, round_: int) -> str:
    """The text with one paragraph in the middle changed (a different edit each round)."""
    paragraphs = text.split("\n\n")
    middle = len(paragraphs) // 2
    paragraphs[middle] = paragraphs[middle] + f" Edit number {round_} changes this paragraph."
    return "\n\n".join(paragraphs)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="draft check benchmarks")
    parser.add_argument("--repeat", type=int, default=7)
    args = parser.parse_args(argv)
    if SAMPLE.is_file():
        sample = SAMPLE.read_text(encoding="utf-8")
        ms = median_ms(lambda: run_checks(sample), args.repeat * 3)
        print(
            f"sample ({len(sample.encode()) // 1024} KB) full check: "
            f"median {ms:.1f} ms (target < 50)"
        )
    else:
        print(f"sample not found at {SAMPLE}; skipped")
    big = synthetic_post(1_000_000)
    size = len(big.encode()) / 1e6
    ms = median_ms(lambda: run_checks(big), max(3, args.repeat // 2))
    print(f"generated post ({size:.2f} MB) full check: median {ms:.0f} ms (target < 1500)")
    cache = CheckCache()
    run_checks(big, cache=cache)
    rounds = iter(range(1, 10_000))
    ms = median_ms(lambda: run_checks(edited(big, next(rounds)), cache=cache), args.repeat)
    print(
        "generated post re-check after one-paragraph edit (cache): "
        f"median {ms:.0f} ms (target < 100)"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
