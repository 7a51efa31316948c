"""Apply a finding's fix to the text: pure functions, the UI makes them one undo step."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from itertools import accumulate

from editor.core.checks.findings import Finding, Fix, Span

# The line starts of the last text asked about: the checks ask about many spans of one text.
_last: tuple[str, list[int]] = ("", [0, 1])


def _line_starts(text: str) -> list[int]:
    global _last
    last = _last
    if last[0] is text:
        return last[1]
    starts = [0, *accumulate(len(row) + 1 for row in text.split("\n"))]
    _last = (text, starts)
    return starts


def span_offsets(text: str, span: Span) -> tuple[int, int]:
    """[start, end) offsets of ``span`` in ``text``.

    Whole lines (column 1, end column 0) include the newline after the last
    line, so deleting them removes the lines; otherwise the range is the
    characters between the columns, both inclusive (end column 0: to the end of
    the line, newline excluded).
    """
    starts = _line_starts(text)
    last_line = len(starts) - 2
    line = min(max(span.line, 1), last_line + 1) - 1
    end_line = min(max(span.end_line, span.line), last_line + 1) - 1
    line_end = starts[end_line + 1] - 1  # offset of the newline (or len(text))
    start = min(starts[line] + span.column - 1, starts[line + 1] - 1)
    if span.end_column == 0:
        end = line_end + 1 if span.column == 1 else line_end
    else:
        end = min(starts[end_line] + span.end_column, line_end)
    return start, min(max(end, start), len(text))


def apply_fix(text: str, finding: Finding | Fix) -> str:
    """The full text after applying ``finding.fix`` (unchanged when it has none)."""
    fix = finding if isinstance(finding, Fix) else finding.fix
    if fix is None:
        return text
    start, end = span_offsets(text, fix.span)
    return text[:start] + fix.replacement + text[end:]


def apply_fixes(text: str, findings: Iterable[Finding]) -> str:
    """Apply many fixes at once, bottom-up.

    Overlapping deletions merge into one (deleting both is deleting their
    union: two deletions often share the blank line between them); a
    replacement that overlaps another fix is skipped.
    """
    ranges = []
    for finding in findings:
        if finding.fix is not None:
            start, end = span_offsets(text, finding.fix.span)
            ranges.append((start, end, finding.fix.replacement))
    kept: list[tuple[int, int, str]] = []
    for start, end, replacement in sorted(ranges, key=lambda r: r[0] - r[1]):  # larger first
        clashing = [k for k in kept if start < k[1] and k[0] < end or (start, end) == k[:2]]
        if not clashing:
            kept.append((start, end, replacement))
        elif not replacement and all(not k[2] for k in clashing):
            for k in clashing:
                kept.remove(k)
            low = min([start] + [k[0] for k in clashing])
            high = max([end] + [k[1] for k in clashing])
            kept.append((low, high, ""))
    for start, end, replacement in sorted(kept, key=lambda r: r[0], reverse=True):
        text = text[:start] + replacement + text[end:]
    return text


def _trailing_newlines(text: str) -> int:
    return len(text) - len(text.rstrip("\n"))


def fix_all(
    text: str,
    check: Callable[[str], list[Finding]],
    ignored: Iterable[str] = (),
    last_kinds: frozenset[str] = frozenset({"reading-time"}),
    limit: int = 100,
) -> str:
    """Apply every safe fix one after another, each found again on the text the last produced.

    ``check`` runs the checks on a text (the caller binds path and options).
    Fixes of ``last_kinds`` (reading_time) come last, computed on the final
    text; ignored finding keys are left alone; the file keeps the trailing
    newlines it had.
    """
    skip = set(ignored)
    tried: set[str] = set()  # fixes that changed nothing on the current text
    original = text
    for _round in range(limit):
        candidates = [
            f
            for f in check(text)
            if f.fix is not None
            and f.fix.safe
            and f.key not in skip
            and f.kind not in last_kinds
            and f.key not in tried
        ]
        if not candidates:
            break
        finding = candidates[0]
        fixed = apply_fix(text, finding)
        if fixed == text:
            tried.add(finding.key)
        else:
            text, tried = fixed, set()
    for finding in check(text):
        if finding.fix is not None and finding.fix.safe and finding.kind in last_kinds:
            if finding.key not in skip:
                text = apply_fix(text, finding)
    if text != original:
        text = text.rstrip("\n") + "\n" * _trailing_newlines(original)
    return text
