"""Benchmark the HTML and PDF exports (printed sizes and medians, not a timed test).

- resources/samples/welcome.md: output size in bytes and export time, HTML and PDF,
  in process (the menu's path) and end to end through ``kosei render`` (a new process)
- a generated 1 MB post: HTML export time and size (PDF with --big-pdf)

    QT_QPA_PLATFORM=offscreen python bench/bench_export.py [--repeat N] [--big-pdf]
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from bench.synthetic import synthetic_post  # noqa: E402
from bench.timing import median_ms  # noqa: E402
from editor.core.markdown.export import export_html, write_export  # noqa: E402

WELCOME = ROOT / "resources" / "samples" / "welcome.md"


def html_export(text: str, base_dir: Path, out: Path) -> None:
    write_export(out, export_html(text, base_dir=base_dir, out_dir=out.parent).data)


def pdf_export(text: str, base_dir: Path, out: Path) -> None:
    from editor.ui.export import pdf_export as pdf

    page = pdf.page_for_pdf(text, base_dir)
    write_export(out, pdf.print_pdf(page.html, base_dir, pdf.page_layout()))


def cli(source: Path, out: Path) -> None:
    env = dict(os.environ, PYTHONPATH=str(ROOT))
    command = [sys.executable, "-m", "editor", "render", str(source), "-o", str(out)]
    subprocess.run(command, check=True, env=env, cwd=ROOT, capture_output=True)


def report(label: str, out: Path, ms: float) -> None:
    print(f"{label:<40} {out.stat().st_size:>10,} bytes  {ms:>9.1f} ms (median)")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="export benchmarks")
    parser.add_argument("--repeat", type=int, default=5)
    parser.add_argument("--big-pdf", action="store_true", help="also print the 1 MB post")
    args = parser.parse_args(argv)
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    text = WELCOME.read_text(encoding="utf-8")
    base = WELCOME.parent
    with tempfile.TemporaryDirectory(prefix="kosei-bench-") as name:
        folder = Path(name)
        html, pdf = folder / "welcome.html", folder / "welcome.pdf"
        ms = median_ms(lambda: html_export(text, base, html), args.repeat * 4)
        report("welcome.md -> HTML (in process)", html, ms)
        from editor.ui.export.pdf_export import ensure_application

        app = ensure_application()  # noqa: F841  (kept alive for the PDF runs)
        first = median_ms(lambda: pdf_export(text, base, pdf), 1)
        report("welcome.md -> PDF (first, in process)", pdf, first)
        ms = median_ms(lambda: pdf_export(text, base, pdf), args.repeat)
        report("welcome.md -> PDF (in process)", pdf, ms)
        ms = median_ms(lambda: cli(WELCOME, html), args.repeat)
        report("kosei render welcome.md -o .html", html, ms)
        ms = median_ms(lambda: cli(WELCOME, pdf), args.repeat)
        report("kosei render welcome.md -o .pdf", pdf, ms)
        big = synthetic_post(1024 * 1024)
        big_html, big_pdf = folder / "big.html", folder / "big.pdf"
        ms = median_ms(lambda: html_export(big, folder, big_html), args.repeat)
        report("1 MB post -> HTML (in process)", big_html, ms)
        if args.big_pdf:
            ms = median_ms(lambda: pdf_export(big, folder, big_pdf), 1)
            report("1 MB post -> PDF (in process, once)", big_pdf, ms)
    return 0


if __name__ == "__main__":
    sys.exit(main())
