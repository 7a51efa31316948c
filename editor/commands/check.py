"""``kosei check``: run the draft checks on files and folders, for pipelines.

Text output is ``path:line:column: severity rule message`` (one finding a
line, like compilers); ``--format json`` prints ``{"files": [...]}``. Exit
status: 0 when nothing is at or above ``--min-severity``, 1 when something is,
2 on a usage error or an unreadable file (the other files are still checked).
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Iterator
from pathlib import Path

from editor.core.checks import run_checks
from editor.core.checks.findings import Finding, Severity
from editor.core.document.document import Document
from editor.core.errors import DocumentReadError

SUFFIXES = (".md", ".markdown")


def add_parser(subparsers: argparse._SubParsersAction) -> argparse.ArgumentParser:
    parser = subparsers.add_parser(
        "check",
        help="find repeated passages, truncation, leftover markers and front matter problems",
        description="Check Markdown drafts. Folders are searched for .md and .markdown files.",
    )
    parser.add_argument("paths", nargs="*", metavar="PATH", help="file or folder")
    parser.add_argument(
        "--site",
        metavar="SITE_FOLDER",
        help="check every post of this site, including passages repeated across posts",
    )
    parser.add_argument("--format", choices=("text", "json"), default="text")
    parser.add_argument(
        "--min-severity",
        choices=[s.value for s in Severity],
        default="warning",
        help="report and fail on findings at or above this severity (default: warning)",
    )
    parser.add_argument("--lang", choices=("en", "ja"), default="en", help="message language")
    parser.set_defaults(func=run)
    return parser


def iter_files(paths: list[str]) -> Iterator[tuple[Path, str | None]]:
    """(file, None) for each file to check, or (path, problem) for a path that cannot be used."""
    for name in paths:
        path = Path(name)
        if path.is_dir():
            found = sorted(
                p for p in path.rglob("*") if p.suffix.lower() in SUFFIXES and p.is_file()
            )
            yield from ((p, None) for p in found)
        elif path.exists():
            yield path, None
        else:
            yield path, "no such file or folder"


def check_file(path: Path, minimum: Severity) -> list[Finding]:
    """Findings at or above ``minimum``; raises DocumentReadError when unreadable."""
    document = Document.load(path)
    return [f for f in run_checks(document.text, path) if f.severity.rank >= minimum.rank]


def format_text(path: Path, findings: list[Finding], lang: str) -> Iterator[str]:
    for f in findings:
        message = " ".join(f.message(lang).split())
        yield f"{path}:{f.span.line}:{f.span.column}: {f.severity.value} {f.rule} {message}"


def _site_files(folder: str) -> list[str] | None:
    """Attach the index of the site at ``folder`` to the checks; the posts to check."""
    from editor.core.site import crosspost
    from editor.core.site.config import open_site
    from editor.core.site.index import SiteIndex

    if not Path(folder).is_dir():
        return None
    index = SiteIndex(open_site(Path(folder)))
    index.list_posts()
    index.build()
    crosspost.attach(index)
    return [str(index.absolute(rel)) for rel in sorted(index.entries)]


def run(args: argparse.Namespace) -> int:
    minimum = Severity(args.min_severity)
    status = 0
    results = []
    paths = list(args.paths)
    if args.site:
        found = _site_files(args.site)
        if found is None:
            print(f"kosei check: {args.site}: not a folder", file=sys.stderr)
            return 2
        paths += found
    elif not paths:
        print("kosei check: give a PATH or --site SITE_FOLDER", file=sys.stderr)
        return 2
    for path, problem in iter_files(paths):
        if problem is None:
            try:
                findings = check_file(path, minimum)
            except DocumentReadError as error:
                problem = error.reason
        if problem is not None:
            print(f"kosei check: {path}: {problem}", file=sys.stderr)
            status = 2
            continue
        if findings and status == 0:
            status = 1
        if args.format == "text":
            for line in format_text(path, findings, args.lang):
                print(line)
        else:
            results.append(
                {"path": str(path), "findings": [f.to_json(args.lang) for f in findings]}
            )
    if args.format == "json":
        json.dump({"files": results}, sys.stdout, ensure_ascii=False, indent=2)
        sys.stdout.write("\n")
    return status
