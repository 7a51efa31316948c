"""Rule ``generation-marker``: leftover end/continuation markers on their own line.

Only whole lines outside code, raw HTML and front matter count. A plain
``---`` is a thematic break (or front matter fence), never a marker.
"""

from __future__ import annotations

import editor.core.checks.messages as msg
from editor.core.checks.context import CheckContext, content_key
from editor.core.checks.findings import Finding, Fix, Severity, Span
from editor.core.checks.registry import register


def marker_lines(ctx: CheckContext) -> dict[int, tuple[str, bool]]:
    """0-based line -> (marker text, is_preamble), cached per context."""
    return ctx.marker_lines


def is_marker_block(ctx: CheckContext, start: int, end: int) -> bool:
    """True when every non-blank line of [start, end) is a marker."""
    return ctx.is_marker_block(start, end)


@register("generation-marker")
def check_markers(ctx: CheckContext) -> list[Finding]:
    out: list[Finding] = []
    for row, (text, preamble) in sorted(marker_lines(ctx).items()):
        line = ctx.lines[row]
        start = len(line) - len(line.lstrip())
        span = Span(row + 1, row + 1, start + 1, len(line.rstrip()))
        en, ja = msg.marker(text, preamble)
        fix = Fix(*msg.FIX_DELETE_MARKER, ctx.deletion_span(row, row))
        severity = Severity.WARNING if preamble else Severity.ERROR
        key = content_key("generation-marker", "marker", text)
        out.append(Finding("generation-marker", severity, en, ja, span, (), fix, "marker", key))
    return out
