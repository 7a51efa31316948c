"""Rule ``generation-marker``: leftover end/continuation markers on their own line.

Only whole lines outside code, raw HTML and front matter count. A plain
``---`` is a thematic break (or front matter fence), never a marker.
"""

from __future__ import annotations

import re

from editor.core.checks import messages as msg
from editor.core.checks.context import CheckContext, content_key
from editor.core.checks.findings import Finding, Fix, Severity, Span
from editor.core.checks.registry import register

_WORDS = (
    r"end|done|eof|fin|stop|end of (?:text|output|response|document|article|part \d+)"
    r"|continued?|truncated|to be continued|終わり|おわり|終了|完"
)
_TOKEN = re.compile(
    r"(?:[-=*_#~]{2,} ?(?:" + _WORDS + r") ?[-=*_#~]{2,}"
    r"|[-=*_#~]{3,} ?(?:end|eof) ?"
    r"|<\|[a-z0-9_]+\|>.{0,40}"
    r"|</s>|<s>|<eos>|<eot>|\[/?inst\]"
    r"|\[(?:end|done|eof|truncated|continued?|end of (?:text|output|response))\]"
    r"|【(?:end|done|終了|終わり)】)",
    re.IGNORECASE,
)
_PREAMBLE_EN = re.compile(
    r"(?:(?:sure|certainly|okay|ok|of course|alright)[,!.]? )?"
    r"(?:(?:here(?:'s| is| are)|below is) (?:the |a )?"
    r"(?:continuation|rest|remainder|next (?:part|section)|remaining)\b.{0,60}"
    r"|(?:continuing|i'll continue|let me continue|picking up) (?:from |where |with ).{0,60}"
    r"|\(continued\)|continued from (?:above|previous).{0,30})",
    re.IGNORECASE,
)
_PREAMBLE_JA = re.compile(
    r"[（(]?(?:はい、|承知(?:いた)?しました。?|了解(?:いた)?しました。?|それでは、?|では、?)?"
    r"(?:以下(?:に|、)?)?(?:前回の)?続き(?:を(?:書き|書いていき|出力し|お届けし|生成し|記述し|お書きし)"
    r"(?:ます|ましょう)|です|になります|から(?:書きます|再開します))[。！!:：]?[）)]?"
    r"|[（(]続き[）)]",
)


def marker_lines(ctx: CheckContext) -> dict[int, tuple[str, bool]]:
    """0-based line -> (marker text, is_preamble), cached per context."""
    found = ctx.shared.get("marker_lines")
    if found is not None:
        return found
    skip: set[int] = set()
    for block in ctx.blocks:
        if block.kind in ("code", "html", "table"):
            skip.update(range(block.start, block.end))
    found = {}
    for row in range(ctx.body_start_line, len(ctx.lines)):
        if row in skip:
            continue
        line = ctx.lines[row].strip()
        if not line or len(line) > 120 or line.startswith(("    ", "\t")):
            continue
        bare = line.lstrip(">").strip().strip("*_")
        if _TOKEN.fullmatch(line) or _TOKEN.fullmatch(bare):
            found[row] = (line, False)
        elif _PREAMBLE_EN.fullmatch(bare.rstrip(":：…. ")) or _PREAMBLE_JA.fullmatch(bare):
            found[row] = (line, True)
    ctx.shared["marker_lines"] = found
    return found


def is_marker_block(ctx: CheckContext, start: int, end: int) -> bool:
    """True when every non-blank line of [start, end) is a marker."""
    markers = marker_lines(ctx)
    rows = [r for r in range(start, end) if ctx.lines[r].strip()]
    return bool(rows) and all(r in markers for r in rows)


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
