"""Draft checks: repeated passages, truncation, leftover markers, front matter.

Pure Python (no Qt). The one entry point is :func:`run_checks`::

    findings = run_checks(text, path=None, options=None, cache=None)

``text`` is the whole file with ``\\n`` newlines, front matter included;
findings carry 1-based file positions. Keep a :class:`CheckCache` between runs
of the same document so a re-check only re-analyses the edited blocks.

Adding rules: a rule is ``(ctx: CheckContext) -> list[Finding]`` registered
with ``@register("name")`` from :mod:`editor.core.checks.registry`; the module
must be imported for the decorator to run: add it to ``_BUILTIN`` below or name
it ``editor/core/checks/publish.py`` (imported when present).
"""

from __future__ import annotations

import importlib
import logging
from collections import Counter
from dataclasses import replace
from pathlib import Path

from editor.core.checks.context import CheckCache, CheckContext
from editor.core.checks.findings import Finding, Severity, Span
from editor.core.checks.fixes import apply_fix, apply_fixes, span_offsets
from editor.core.checks.options import CheckOptions
from editor.core.checks.registry import RULES, register

_log = logging.getLogger(__name__)

_BUILTIN = ("duplicates", "truncation", "markers", "front_matter", "spelling", "proofreading")
_OPTIONAL = ("publish",)

for _name in _BUILTIN:
    importlib.import_module(f"{__name__}.{_name}")
for _name in _OPTIONAL:
    try:
        importlib.import_module(f"{__name__}.{_name}")
    except ModuleNotFoundError as _error:
        if _error.name != f"{__name__}.{_name}":
            raise

__all__ = [
    "RULES",
    "CheckCache",
    "CheckContext",
    "CheckOptions",
    "Finding",
    "apply_fix",
    "apply_fixes",
    "register",
    "run_checks",
    "span_offsets",
]

# Truncation findings explain the repeats they contain: a restart or echo is
# also a copy, but one finding (with the right fix) is what a writer wants.
_EXPLAINS = ("stitch", "echo", "restart")


def run_checks(
    text: str,
    path: Path | str | None = None,
    options: CheckOptions | None = None,
    cache: CheckCache | None = None,
) -> list[Finding]:
    """Every finding of the enabled rules, sorted by position."""
    ctx = CheckContext(text, Path(path) if path else None, options or CheckOptions(), cache)
    if cache is not None:
        cache.start_run()
    findings: list[Finding] = []
    for name, rule in RULES:
        if ctx.options.enabled(name):
            findings.extend(_run_rule(rule, ctx))
    if cache is not None:
        cache.end_run()
    findings = _drop_explained(findings)
    findings.sort(key=lambda f: (f.span.line, f.span.column, -f.severity.rank, f.rule))
    return _unique_keys(findings)


def _run_rule(rule, ctx: CheckContext) -> list[Finding]:
    """A failing rule must not take the others down: log it and carry on."""
    try:
        return list(rule(ctx))
    except Exception:  # noqa: BLE001 - any bug in one rule; the traceback goes to the log
        _log.exception("check rule %s.%s failed", rule.__module__, rule.__qualname__)
        return []


def _overlaps(a: Span, b: Span) -> bool:
    return a.line <= b.end_line and b.line <= a.end_line


def _drop_explained(findings: list[Finding]) -> list[Finding]:
    explaining = [f for f in findings if f.rule == "truncated" and f.kind in _EXPLAINS]
    regions = [s for f in explaining for s in (f.span, *f.related)]
    return [
        f
        for f in findings
        if f.rule != "duplicate"
        or f.kind == "title-repeat"
        or not any(_overlaps(f.span, r) for r in regions)
    ]


def _unique_keys(findings: list[Finding]) -> list[Finding]:
    """Identical passages (three identical markers) get keys #2, #3... in document order."""
    seen: Counter[str] = Counter()
    out = []
    for finding in findings:
        seen[finding.key] += 1
        if seen[finding.key] > 1:
            finding = replace(finding, key=f"{finding.key}#{seen[finding.key]}")
        out.append(finding)
    return out


def severity_at_least(findings: list[Finding], minimum: Severity) -> list[Finding]:
    return [f for f in findings if f.severity.rank >= minimum.rank]
