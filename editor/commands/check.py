"""``kosei check``: run the draft checks on files and folders, for pipelines.

Text output is ``path:line:column: severity rule message`` (one finding a
line, like compilers); ``--format json`` prints ``{"files": [...]}``. Exit
status: 0 when nothing is at or above ``--min-severity``, 1 when something is,
2 on a usage error or a file that could not be checked: unreadable, not a regular
file (a FIFO is never waited on), over ``--max-size``, a line over
``MAX_LINE_CHARS``, or a rule that failed on it (the other files are still checked).
Paths are printed as one line each (controls escaped, undecodable bytes as U+FFFD);
``--format json`` keeps them exact (undecodable bytes as ``\\udcXX`` escapes).
``--fix`` applies the safe fixes in place first (the window's "Fix all safe")
and reports what remains; ``--diff`` prints those fixes as a unified diff
without writing.
"""

from __future__ import annotations

import argparse
import difflib
import sys
from collections.abc import Iterator
from pathlib import Path

from editor.commands.check_language import add_language_arguments, language_options
from editor.core.checks import CheckOptions, fix_all, run_checks
from editor.core.checks.findings import Finding, Severity
from editor.core.document import jsonfile
from editor.core.document.document import MAX_LINE_CHARS, Document, save_document
from editor.core.document.names import escaped_name
from editor.core.document.safe_read import MAX_FILE_BYTES, is_regular_file
from editor.core.errors import DocumentReadError, DocumentWriteError

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
    add_max_size_argument(parser)
    parser.add_argument(
        "--fix",
        action="store_true",
        help="apply the safe fixes in place (as the window's Fix all safe), then report what remains",
    )
    parser.add_argument(
        "--diff",
        action="store_true",
        help="with --fix: print the changes as a unified diff instead of writing them",
    )
    add_language_arguments(parser)
    parser.set_defaults(func=run)
    return parser


def add_max_size_argument(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--max-size",
        type=parse_size,
        default=MAX_FILE_BYTES,
        metavar="SIZE",
        help="refuse files larger than SIZE bytes (K, M, G suffixes; default: 50M, as the window)",
    )


def parse_size(text: str) -> int:
    """ "50M" -> 52428800; argparse turns the ValueError into a usage error."""
    units = {"k": 1024, "m": 1024**2, "g": 1024**3}
    text = text.strip().lower().removesuffix("b")
    factor = units.get(text[-1:], 1)
    number = float(text[:-1] if text[-1:] in units else text)
    if number < 0:
        raise ValueError(text)
    return int(number * factor)


def long_line_problem(document: Document) -> str:
    """Why ``document`` is refused for having a line too long to check in bounded time."""
    line, length = document.longest_line()
    if length <= MAX_LINE_CHARS:
        return ""
    return f"line {line} is {length:,} characters long (over {MAX_LINE_CHARS:,}); not read further"


def iter_files(paths: list[str]) -> Iterator[tuple[Path, str | None]]:
    """(file, None) for each file to check, or (path, problem) for a path that cannot be used."""
    for name in paths:
        path = Path(name)
        if path.is_dir():
            found = sorted(
                p
                for p in path.rglob("*")
                if p.suffix.lower() in SUFFIXES and is_regular_file(p)  # no FIFO, no device
            )
            yield from ((p, None) for p in found)
        elif path.exists() or path.is_symlink():
            yield path, None
        else:
            yield path, "no such file or folder"


def check_file(
    path: Path,
    minimum: Severity,
    max_bytes: int = MAX_FILE_BYTES,
    failures: list[str] | None = None,
    options: CheckOptions | None = None,
) -> list[Finding]:
    """Findings at or above ``minimum``; raises DocumentReadError when it cannot be checked.

    Rules that failed on the file are added to ``failures``.
    """
    document = Document.load(path, max_bytes=max_bytes)
    problem = long_line_problem(document)
    if problem:
        raise DocumentReadError(path, problem)
    found = run_checks(document.text, path, options, failures=failures)
    return [f for f in found if f.severity.rank >= minimum.rank]


def fix_file(
    path: Path,
    minimum: Severity,
    write: bool,
    max_bytes: int = MAX_FILE_BYTES,
    failures: list[str] | None = None,
    options: CheckOptions | None = None,
) -> tuple[list[Finding], str]:
    """Apply the safe fixes; (findings that remain, unified diff). Writes atomically when ``write``.

    Raises DocumentReadError or DocumentWriteError; rules that failed go to ``failures``.
    """
    document = Document.load(path, max_bytes=max_bytes)
    problem = long_line_problem(document)
    if problem:
        raise DocumentReadError(path, problem)
    fixed = fix_all(document.text, lambda text: run_checks(text, path, options))
    diff = "".join(
        difflib.unified_diff(
            document.text.splitlines(keepends=True),
            fixed.splitlines(keepends=True),
            fromfile=f"a/{path}",
            tofile=f"b/{path}",
        )
    )
    if write and fixed != document.text:
        save_document(document, fixed)
    found = run_checks(fixed, path, options, failures=failures)
    remaining = [f for f in found if f.severity.rank >= minimum.rank]
    return remaining, diff


def format_text(path: Path, findings: list[Finding], lang: str) -> Iterator[str]:
    name = escaped_name(path)
    for f in findings:
        message = " ".join(f.message(lang).split())
        yield f"{name}:{f.span.line}:{f.span.column}: {f.severity.value} {f.rule} {message}"


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
    options = language_options(args)
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
        failures: list[str] = []
        if problem is None:
            try:
                if args.fix or args.diff:
                    findings, diff = fix_file(
                        path, minimum, not args.diff, args.max_size, failures, options
                    )
                    if args.diff:
                        sys.stdout.write(diff)
                        continue_after = False
                    else:
                        continue_after = True
                else:
                    findings, continue_after = (
                        check_file(path, minimum, args.max_size, failures, options),
                        True,
                    )
            except (DocumentReadError, DocumentWriteError) as error:
                problem = error.reason
        if problem is not None:
            print(f"kosei check: {escaped_name(path)}: {problem}", file=sys.stderr)
            status = 2
            continue
        if failures:
            failed = ", ".join(failures)
            print(
                f"kosei check: {escaped_name(path)}: not fully checked: {failed} failed",
                file=sys.stderr,
            )
            status = 2
        if findings and status == 0:
            status = 1
        if not continue_after:
            continue  # --diff prints the diff only
        if args.format == "text":
            for line in format_text(path, findings, args.lang):
                print(line)
        else:
            results.append(
                {"path": str(path), "findings": [f.to_json(args.lang) for f in findings]}
            )
    if args.format == "json":
        sys.stdout.write(jsonfile.dumps({"files": results}, indent=2) + "\n")
    return status
