"""What formulas and diagrams add to a render (figures, not a test).

A post of ordinary prose is rendered with and without 20 formulas and 3 Mermaid
diagrams; the first render of the rich post converts everything, later renders
(the writer typing elsewhere) reuse the caches. Budget (#15): ≤ 30 ms added
after the first render.

    python bench/bench_math_diagrams.py [--repeat N]
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from bench.timing import median_ms  # noqa: E402
from editor.core.markdown.render import render_with_stats  # noqa: E402

PROSE = "\n\n".join(
    f"Paragraph {i} says something about the topic at hand, with *emphasis* and a "
    f"[link](https://example.org/{i}) so the parser has work to do."
    for i in range(60)
)
FORMULAS = [
    "E = mc^2",
    "\\frac{a}{b} + \\sqrt{x^2 + y^2}",
    "\\sum_{i=1}^{n} i = \\frac{n(n+1)}{2}",
    "\\int_0^1 x^2\\,dx",
    "\\alpha + \\beta = \\gamma",
    "e^{i\\pi} + 1 = 0",
    "\\lim_{x \\to 0} \\frac{\\sin x}{x} = 1",
    "a_{ij} = b_{ij}",
    "x \\le y \\ge z",
    "\\binom{n}{k}",
]
DIAGRAMS = [
    "flowchart LR\n  A[Draft] --> B{Review}\n  B -->|ok| C[Publish]\n  B -->|fix| A",
    "sequenceDiagram\n  Writer->>Editor: save\n  Editor->>Preview: render\n  Preview-->>Writer: shown",
    "flowchart TD\n  S[Start] --> P[Parse] --> R[Render] --> E[End]",
]


def rich_post(salt: str = "") -> str:
    parts = [PROSE]
    for i in range(20):
        tex = FORMULAS[i % len(FORMULAS)] + (f" + {i}" if i >= len(FORMULAS) else "")
        parts.append(f"Inline ${tex}$ in a sentence." if i % 2 else f"$$\n{tex}\n$$")
    for diagram in DIAGRAMS:
        parts.append(f"```mermaid\n{diagram}\n```")
    parts.append(f"Last words {salt}.")
    return "\n\n".join(parts) + "\n"


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--repeat", type=int, default=20)
    args = parser.parse_args()
    render_with_stats(PROSE)  # warm the parser
    plain = median_ms(lambda: render_with_stats(PROSE + "\n\nLast words.\n"), args.repeat)
    started = time.perf_counter()
    render_with_stats(rich_post("first"))
    first = (time.perf_counter() - started) * 1000
    counter = iter(range(10**6))
    rich = median_ms(lambda: render_with_stats(rich_post(str(next(counter)))), args.repeat)
    print(f"prose only (60 paragraphs):                 {plain:7.1f} ms")
    print(f"+20 formulas +3 diagrams, first render:     {first:7.1f} ms")
    print(f"+20 formulas +3 diagrams, later renders:    {rich:7.1f} ms")
    print(f"added after the first render:               {rich - plain:7.1f} ms (budget 30 ms)")


if __name__ == "__main__":
    main()
