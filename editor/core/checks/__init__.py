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

import gc
import importlib
import logging
from collections import Counter
from dataclasses import replace
from pathlib import Path
from typing import TYPE_CHECKING, Any

from editor.core.checks import registry
from editor.core.checks.findings import Finding, Severity, Span
from editor.core.checks.fixes import apply_fix, apply_fixes, fix_all, span_offsets
from editor.core.checks.options import CheckOptions
from editor.core.checks.registry import register

if TYPE_CHECKING:
    from editor.core.checks.context import CheckCache, CheckContext
    from editor.core.checks.registry import RULES

_log = logging.getLogger(__name__)

_BUILTIN = (
    "duplicates",
    "truncation",
    "markers",
    "front_matter",
    "loops",
    "midcuts",
    "leftovers",
    "markup",
    "spelling",
    "proofreading",
)
_OPTIONAL = ("publish",)

_loaded = False


def load_rules() -> None:
    """Import the rule modules (once): the first run does it, not the import of the package.

    A window opens on findings, fixes and options alone; the rules, their regular
    expressions and the language tools they pull in load with the first check (issue #19).
    """
    global _loaded
    if _loaded:
        return
    for name in _BUILTIN:
        importlib.import_module(f"{__name__}.{name}")
    for name in _OPTIONAL:
        try:
            importlib.import_module(f"{__name__}.{name}")
        except ModuleNotFoundError as error:
            if error.name != f"{__name__}.{name}":
                raise
    globals().setdefault("RULES", registry.RULES)  # a test may have set its own list
    _loaded = True


def __getattr__(name: str) -> Any:
    """``RULES`` (loaded on first use), ``CheckCache`` and ``CheckContext`` (imported then)."""
    if name == "RULES":
        load_rules()
        return globals()["RULES"]
    if name in ("CheckCache", "CheckContext"):
        from editor.core.checks import context

        return getattr(context, name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


__all__ = [
    "RULES",
    "CheckCache",
    "CheckContext",
    "CheckOptions",
    "Finding",
    "apply_fix",
    "apply_fixes",
    "fix_all",
    "register",
    "run_checks",
    "span_offsets",
]

# Truncation findings explain the repeats they contain: a stitch's restart is
# also a copy, but one finding (with the right fix) is what a writer wants.
_EXPLAINS = ("stitch",)
# When two findings of one rule cover the same passage, the most specific
# explanation wins (higher first); kinds not listed rank lowest.
_SPECIFIC = {
    "duplicate": ("restart", "section", "echo", "exact", "near", "loop", "sentence"),
    "truncated": ("stitch", "unclosed-bracket", "end-cut", "mid-cut", "unclosed-fence"),
    "generation-marker": ("fence-wrap", "marker", "preamble", "sign-off", "citation", "utm"),
}


def run_checks(
    text: str,
    path: Path | str | None = None,
    options: CheckOptions | None = None,
    cache: CheckCache | None = None,
    failures: list[str] | None = None,
) -> list[Finding]:
    """Every finding of the enabled rules, sorted by position.

    A rule that raises is logged and skipped; its name and error go to ``failures``.
    """
    # A run makes hundreds of thousands of objects (blocks, prose maps, fingerprints) and
    # frees few of them: the cyclic collector would scan them over and over (a tenth of a
    # full check of 1 MB) to find no garbage. It waits until the run ends.
    collecting = gc.isenabled()
    gc.disable()
    try:
        return _run(text, path, options, cache, failures)
    finally:
        if collecting:
            gc.enable()


def _run(
    text: str,
    path: Path | str | None,
    options: CheckOptions | None,
    cache: CheckCache | None,
    failures: list[str] | None,
) -> list[Finding]:
    from editor.core.checks.context import CheckContext

    load_rules()
    ctx = CheckContext(text, Path(path) if path else None, options or CheckOptions(), cache)
    if cache is not None:
        cache.start_run()
    findings: list[Finding] = []
    for name, rule in RULES:  # bound by load_rules()
        if ctx.options.enabled(name):
            findings.extend(_run_rule(rule, ctx, failures))
    if cache is not None:
        cache.end_run()
    findings = [f for f in findings if ctx.options.enabled(f.rule)]
    findings = _one_per_passage(_drop_explained(findings))
    findings.sort(key=lambda f: (f.span.line, f.span.column, -f.severity.rank, f.rule))
    findings = _unique_fixes(findings)
    if any(f.fix is not None for f in findings):
        from editor.core.checks.markers import marker_lines
        from editor.core.checks.safety import mark_unsafe

        markers = frozenset(text for text, _preamble in marker_lines(ctx).values())
        findings = mark_unsafe(text, findings, markers, lambda: ctx.remainder)
    return _unique_keys(findings)


def _run_rule(rule, ctx: CheckContext, failures: list[str] | None = None) -> list[Finding]:
    """A failing rule must not take the others down: log it and carry on."""
    try:
        return list(rule(ctx))
    except Exception as error:  # noqa: BLE001 - any bug in one rule; the traceback goes to the log
        _log.exception("check rule %s.%s failed", rule.__module__, rule.__qualname__)
        if failures is not None:
            failures.append(f"{rule.__qualname__} ({type(error).__name__})")
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


def _position_overlap(a: Span, b: Span) -> bool:
    """Character ranges overlap (end column 0 is the end of the line)."""
    a_end = (a.end_line, a.end_column or 1 << 30)
    b_end = (b.end_line, b.end_column or 1 << 30)
    return (a.line, a.column) <= b_end and (b.line, b.column) <= a_end


def _rank(finding: Finding) -> int:
    order = _SPECIFIC.get(finding.rule, ())
    return len(order) - order.index(finding.kind) if finding.kind in order else 0


def _one_per_passage(findings: list[Finding]) -> list[Finding]:
    """Of the findings of one rule that cover the same passage, keep the most specific.

    The fence of a wrapped post is not also an unclosed fence.
    """
    wraps = [f.span for f in findings if f.kind == "fence-wrap"]
    findings = [
        f
        for f in findings
        if not (f.kind == "unclosed-fence" and any(_overlaps(f.span, w) for w in wraps))
    ]
    ranked = sorted(
        findings,
        key=lambda f: (-_rank(f), not f.extra.get("adjacent"), f.span.line, f.span.column),
    )
    kept: list[Finding] = []
    for finding in ranked:
        if finding.rule in _SPECIFIC and finding.kind in _SPECIFIC[finding.rule]:
            if any(
                k.rule == finding.rule
                and k.kind in _SPECIFIC[k.rule]
                and _position_overlap(k.span, finding.span)
                for k in kept
            ):
                continue
        kept.append(finding)
    return kept


def _unique_fixes(findings: list[Finding]) -> list[Finding]:
    """No two findings offer the same edit: the later one keeps its message, not the fix."""
    seen: set[tuple[Span, str]] = set()
    out = []
    for finding in findings:
        fix = finding.fix
        if fix is not None:
            if (fix.span, fix.replacement) in seen:
                finding = replace(finding, fix=None)
            else:
                seen.add((fix.span, fix.replacement))
        out.append(finding)
    return out


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
