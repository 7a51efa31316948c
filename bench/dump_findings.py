"""Dump the draft checks' findings over a corpus to JSON, to compare two versions of the code.

A speed change must not change a finding: run this with the old code and the new
(``--root`` picks the checkout whose ``editor`` package is imported) and diff the
two files. The corpus: the real posts in ``tests/fixtures/real_posts``, the shared
samples, any folders given with ``--corpus``, and the bench's 1 MB posts (checked
from scratch and again with a cache after a run of one-paragraph edits).

Give both runs the same ``PYTHONHASHSEED``: the winnowing hashes K-grams with
``hash()``, which Python seeds per process, and on a few documents the sources a
section finding names depend on it (``/usr/share/doc/nodejs/api/globals.md``).

    PYTHONHASHSEED=0 python bench/dump_findings.py OUT.json [--root CHECKOUT] [--corpus DIR ...]
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parents[1]


def _load(root: Path):  # noqa: ANN202 - the modules of the checkout asked for
    sys.path.insert(0, str(root))
    from editor.core.checks import CheckCache, run_checks

    return CheckCache, run_checks


def _span(span) -> list:  # noqa: ANN001
    return [span.line, span.end_line, span.column, span.end_column, str(span.path)]


def _row(finding) -> dict:  # noqa: ANN001
    fix = finding.fix
    return {
        "rule": finding.rule,
        "kind": finding.kind,
        "span": _span(finding.span),
        "message": [finding.message_en, finding.message_ja],
        "severity": finding.severity.value,
        "key": finding.key,
        "related": [_span(span) for span in finding.related],
        "extra": repr(sorted(finding.extra.items())),
        "fix": None
        if fix is None
        else [_span(fix.span), fix.replacement, fix.label_en, fix.label_ja, fix.safe],
    }


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("out", type=Path)
    parser.add_argument("--root", type=Path, default=HERE)
    parser.add_argument("--corpus", type=Path, action="append", default=[])
    parser.add_argument("--edits", type=int, default=6, help="edits of each 1 MB post")
    args = parser.parse_args(argv)
    cache_type, run_checks = _load(args.root.resolve())
    sys.path.insert(0, str(HERE))
    from bench.bench_checks import edited, real_posts_post
    from bench.synthetic import synthetic_post

    folders = [HERE / "tests" / "fixtures" / "real_posts", HERE.parent / "shared" / "samples"]
    folders += args.corpus
    out: dict[str, list[dict]] = {}
    for folder in folders:
        for path in sorted(folder.rglob("*")):
            if path.suffix not in (".md", ".markdown") or not path.is_file():
                continue
            text = path.read_text(encoding="utf-8", errors="replace").replace("\r\n", "\n")
            out[str(path)] = [_row(f) for f in run_checks(text, path=path)]
    for name, text in (
        ("real", real_posts_post(1_000_000)),
        ("generated", synthetic_post(1_000_000)),
    ):
        out[f"1MB:{name}"] = [_row(f) for f in run_checks(text)]
        cache = cache_type()
        run_checks(text, cache=cache)
        for round_ in range(1, args.edits + 1):
            text = edited(text, round_)
            out[f"1MB:{name}:edit{round_}"] = [_row(f) for f in run_checks(text, cache=cache)]
    args.out.write_text(json.dumps(out, indent=1, ensure_ascii=False), encoding="utf-8")
    print(f"{len(out)} documents, {sum(map(len, out.values()))} findings -> {args.out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
