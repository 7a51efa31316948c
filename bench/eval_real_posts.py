"""Run the draft checks on real, human-written blog posts and compare with hand labels.

Every warning (and error) the checks raise on a post is printed, then looked up
in ``bench/labels/real_posts.json``, where each one was labelled by reading it:
``true`` (the post really has what the message says) or ``false`` (a false
alarm). The figure that matters is false warnings per 50 posts (target ≤ 1).

The corpus is a folder of posts (``<owner>__<repo>/<file>.md``): the path
given, else ``$KOSEI_REAL_POSTS``, else ``tests/fixtures/real_posts`` (the
redistributable posts kept in the repository, see its SOURCES.md). When none
exists the bench says so and exits 0.

Findings about the post's site (missing images and linked files, titles or
slugs used twice) are left out: the posts were copied without their sites.

    python bench/eval_real_posts.py [CORPUS] [--labels FILE] [--write-unlabelled] [-q]
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import time
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from editor.core.checks import run_checks  # noqa: E402
from editor.core.checks.findings import Finding, Severity  # noqa: E402
from editor.core.document.document import Document  # noqa: E402
from editor.core.errors import DocumentReadError  # noqa: E402

DEFAULT_CORPUS = ROOT / "tests" / "fixtures" / "real_posts"
LABELS = ROOT / "bench" / "labels" / "real_posts.json"
SITE_KINDS = frozenset({"missing-image", "missing-link", "duplicate-title", "duplicate-slug"})
SUFFIXES = (".md", ".markdown")


def corpus_folder(given: str | None) -> Path | None:
    for candidate in (given, os.environ.get("KOSEI_REAL_POSTS"), str(DEFAULT_CORPUS)):
        if candidate and Path(candidate).is_dir():
            return Path(candidate)
    return None


def label_key(finding: Finding) -> str:
    return f"{finding.rule}:{finding.kind}:{finding.span.line}"


def warnings_of(path: Path) -> list[Finding]:
    text = Document.load(path).text
    return [
        f
        for f in run_checks(text, path)
        if f.severity.rank >= Severity.WARNING.rank and f.kind not in SITE_KINDS
    ]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("corpus", nargs="?", help="folder of posts")
    parser.add_argument("--labels", default=str(LABELS))
    parser.add_argument(
        "--write-unlabelled",
        action="store_true",
        help="add warnings that have no label to the labels file as null, to be labelled",
    )
    parser.add_argument("-q", "--quiet", action="store_true", help="figures only")
    args = parser.parse_args(argv)
    folder = corpus_folder(args.corpus)
    if folder is None:
        print("no corpus of real posts (give a folder or set KOSEI_REAL_POSTS); skipped")
        return 0
    labels_path = Path(args.labels)
    labels: dict[str, dict[str, dict]] = (
        json.loads(labels_path.read_text(encoding="utf-8")) if labels_path.is_file() else {}
    )
    posts = sorted(
        p
        for p in folder.rglob("*")
        if p.suffix.lower() in SUFFIXES and p.is_file() and p.parent != folder  # not SOURCES.md
    )
    counts: Counter[str] = Counter()
    by_kind: Counter[str] = Counter()
    started = time.perf_counter()
    for path in posts:
        post = path.relative_to(folder).as_posix()
        try:
            found = warnings_of(path)
        except DocumentReadError as error:
            print(f"{post}: unreadable ({error.reason})")
            continue
        known = labels.get(post, {})
        for finding in found:
            entry = known.get(label_key(finding))
            verdict = None if entry is None else entry.get("true")
            state = "unlabelled" if verdict is None else "true" if verdict else "false"
            counts[state] += 1
            by_kind[f"{finding.rule}/{finding.kind} {state}"] += 1
            if not args.quiet:
                message = " ".join(finding.message_en.split())
                print(
                    f"{post}:{finding.span.line}: [{state}] {finding.rule}/{finding.kind}: {message}"
                )
            if entry is None and args.write_unlabelled:
                labels.setdefault(post, {})[label_key(finding)] = {
                    "true": None,
                    "message": finding.message_en,
                }
    elapsed = time.perf_counter() - started
    if args.write_unlabelled:
        labels_path.parent.mkdir(parents=True, exist_ok=True)
        labels_path.write_text(
            json.dumps(labels, ensure_ascii=False, indent=1, sort_keys=True) + "\n", "utf-8"
        )
    n = len(posts)
    total = sum(counts.values())
    per50 = 50 * counts["false"] / n if n else 0.0
    print(f"corpus: {folder} ({n} posts), checked in {elapsed:.1f} s")
    print(
        f"warnings: {total} — true {counts['true']}, false {counts['false']}, "
        f"unlabelled {counts['unlabelled']}"
    )
    print(f"false warnings per 50 posts: {per50:.2f} (target ≤ 1)")
    for line, count in sorted(by_kind.items()):
        print(f"  {line}: {count}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
