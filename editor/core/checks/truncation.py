"""Rule ``truncated``: text cut off at the end, cut-and-restart stitches, echoes, restarts.

A paragraph without a final sentence end is at most a hint on its own
(Japanese captions and labels lack one); a warning needs more evidence: a
fragment after complete sentences, a trailing comma, an unclosed bracket, or a
last word that stops where the text it repeats goes on.
"""

from __future__ import annotations

import re

from editor.core.checks import messages as msg
from editor.core.checks.blocks import Block
from editor.core.checks.context import CheckContext, content_key
from editor.core.checks.duplicates import collect_copies, title_block
from editor.core.checks.ending import end_cut, ends_sentence
from editor.core.checks.findings import Finding, Fix, Severity, Span
from editor.core.checks.fingerprint import common_length
from editor.core.checks.markers import is_marker_block
from editor.core.checks.normalize import normalise
from editor.core.checks.registry import register
from editor.core.checks.trailers import is_link_paragraph, is_signoff, is_trailer, raw_text


@register("truncated")
def check_truncation(ctx: CheckContext) -> list[Finding]:
    out = _unclosed_fences(ctx)
    # List items and table-like runs repeat their shape by design; stitches and
    # echoes are judged between ordinary paragraphs only.
    paragraphs = [b for b in ctx.prose_blocks if not b.is_heading and not b.template.in_list]
    for x, y in zip(paragraphs, paragraphs[1:], strict=False):
        if _adjacent(ctx, x, y):
            found = _stitch(ctx, x, y) or _echo(ctx, x, y)
            if found is not None:
                out.append(found)
    out.extend(_restarts(ctx, paragraphs))
    ending = _ending(ctx)
    if ending is not None:
        out.append(ending)
    return out


def _adjacent(ctx: CheckContext, x: Block, y: Block) -> bool:
    """Only rules, blank lines and marker lines between the two paragraphs."""
    for block in ctx.blocks[x.index + 1 : y.index]:
        if block.kind != "hr" and not is_marker_block(ctx, block.start, block.end):
            return False
    return True


def _stitch(ctx: CheckContext, x: Block, y: Block) -> Finding | None:
    xp, yp = x.prose, y.prose
    assert xp is not None and yp is not None
    if ends_sentence(xp.norm) or not xp.sentences:
        return None
    if is_link_paragraph(raw_text(ctx, x)) or is_link_paragraph(raw_text(ctx, y)):
        return None  # URLs and paths are not prose: a list of links repeats its shape
    starts = [s for s, _ in xp.sentences]
    fragment = xp.norm[starts[-1] :]
    # A short fragment counts only after complete sentences (the cut is then
    # plainly inside a paragraph); CJK fragments carry more per character.
    floor = ctx.options.min_fragment if len(starts) < 2 else (3 if xp.cjk else 6)
    cut = None
    if len(fragment) >= floor:
        cut = next((s for s in reversed(starts) if yp.norm.startswith(xp.norm[s:])), None)
        if cut is None and _restarts_loosely(fragment, yp.norm):
            cut = starts[-1]
    if cut is None and _restarts_raw(ctx, x, y):
        cut = starts[-1]
    if cut is None:
        return None
    span = ctx.prose_span(x, cut, len(xp.norm))
    related = ctx.prose_span(y, 0, max(1, min(len(yp.norm), len(xp.norm) - cut)))
    if cut == 0:
        fix = Fix(*msg.FIX_JOIN_STITCH, Span(x.start + 1, y.start, 1, 0))
    else:  # keep the complete sentences of x and continue them with y's first line
        first_line = ctx.lines[y.start]
        line, column = ctx.position(x.offset(cut))
        fix_span = Span(line, y.start + 1, column, max(1, len(first_line)))
        fix = Fix(*msg.FIX_JOIN_STITCH, fix_span, first_line.lstrip())
    en, ja = msg.stitch(related)
    key = content_key("truncated", "stitch", xp.norm[cut:])
    return Finding("truncated", Severity.WARNING, en, ja, span, (related,), fix, "stitch", key)


_RAW_SENTENCE = re.compile(r"(?<=[。！？!?])|(?<=\.)\s+")
_RAW_DROP = re.compile(r"[\s`*_~\[\]()<>]+")


def _restarts_raw(ctx: CheckContext, x: Block, y: Block) -> bool:
    """Compare the source text, inline code and URLs included: a cut inside
    them leaves markup that normalises differently from the restarted copy."""
    raw_x = " ".join(line.strip() for line in ctx.lines[x.start : x.end])
    raw_y = " ".join(line.strip() for line in ctx.lines[y.start : y.end])
    fragment = _RAW_DROP.sub("", _RAW_SENTENCE.split(raw_x)[-1]).casefold()
    return len(fragment) >= 6 and _RAW_DROP.sub("", raw_y).casefold().startswith(fragment)


def _echo_in_source(ctx: CheckContext, x: Block, y: Block) -> bool:
    """The echo holds with inline code and URLs kept (templated sentences that
    differ only inside code normalise alike but are not echoes)."""
    lx = _RAW_DROP.sub("", " ".join(ctx.lines[x.start : x.end])).casefold()
    ly = _RAW_DROP.sub("", " ".join(ctx.lines[y.start : y.end])).casefold()
    for n in range(min(len(lx), len(ly)), ctx.options.min_echo - 1, -1):
        if lx.endswith(ly[:n]):
            return True
    return False


def _restarts_loosely(fragment: str, restart: str) -> bool:
    """The restart repeats most of the fragment: the cut fell inside markup
    (an unclosed code span or link) that normalises differently once closed."""
    same = common_length(fragment, 0, restart, 0, min(len(fragment), len(restart)))
    return same >= 12 and same >= 0.6 * len(fragment)


def _echo(ctx: CheckContext, x: Block, y: Block) -> Finding | None:
    xp, yp = x.prose, y.prose
    assert xp is not None and yp is not None
    if not ends_sentence(xp.norm):
        return None
    best = None
    for start, _ in reversed(xp.sentences[-4:]):
        tail = xp.norm[start:]
        if len(tail) >= ctx.options.min_echo and yp.norm.startswith(tail):
            best = start
    if best is None or not _echo_in_source(ctx, x, y):
        return None
    length = len(xp.norm) - best
    span = ctx.prose_span(y, 0, length)
    related = ctx.prose_span(x, best, len(xp.norm))
    if length >= len(yp.norm):
        fix_span = ctx.deletion_span(y.start, y.end - 1)
    else:
        end = y.offset(length - 1) + 1
        while end < len(ctx.text) and ctx.text[end] in " \t":
            end += 1
        fix_span = ctx.span(y.offset(0), end)
    whole = length >= len(yp.norm) and best == 0
    count = sum(1 for start, _ in xp.sentences if start >= best)
    if whole:
        en, ja = msg.adjacent_copy(related)
    else:
        en, ja = msg.echo(related, count, length >= len(yp.norm))
    fix = Fix(*(msg.FIX_DELETE_COPY if whole else msg.FIX_DELETE_ECHO), fix_span)
    kind = "exact" if whole else "echo"
    key = content_key("duplicate", kind, xp.norm[best:])
    return Finding(
        "duplicate", Severity.WARNING, en, ja, span, (related,), fix, kind, key, {"adjacent": True}
    )


def _restarts(ctx: CheckContext, paragraphs: list[Block]) -> list[Finding]:
    title_para = title_block(ctx)
    body = [p for p in paragraphs if p is not title_para]
    if len(body) < 2:
        return []
    title = normalise(ctx.title, list(range(len(ctx.title))))[0] if ctx.title else ""
    first = body[0].prose.norm  # type: ignore[union-attr]
    opening = first[:60] if len(first) >= 20 else ""
    copies = collect_copies(ctx)
    position = {id(b): i for i, b in enumerate(ctx.prose_blocks)}
    out: list[Finding] = []
    skip_until = -1
    for block in body[1:]:
        norm = block.prose.norm  # type: ignore[union-attr]
        index = position[id(block)]
        # a one-word title ("Workspaces") also starts ordinary sentences: a
        # short title counts only when the first paragraph follows it
        from_title = len(title) >= 8 and norm.startswith(title) and len(norm) > len(title) + 2
        if from_title and len(title) < 20:
            from_title = bool(opening) and norm[len(title) :].startswith(opening[:20])
        if index <= skip_until or not (from_title or (opening and norm.startswith(opening))):
            continue
        if not from_title and block is body[1] and _adjacent(ctx, body[0], block):
            continue  # the first paragraph copied right after itself: an exact copy, not a restart
        last = index
        while last + 1 < len(ctx.prose_blocks) and _copied(ctx, copies, last + 1):
            last += 1
        skip_until = last
        end_block = ctx.prose_blocks[last]
        span = ctx.span(block.offset(0), end_block.offset(len(end_block.prose.norm) - 1) + 1)  # type: ignore[union-attr]
        origin = title_para if (from_title and title_para is not None) else body[0]
        related = ctx.span(origin.offset(0), body[0].offset(len(first) - 1) + 1)
        en, ja = msg.restart(from_title, related)
        fix = Fix(*msg.FIX_DELETE_RESTART, ctx.deletion_span(block.start, end_block.end - 1))
        key = content_key("duplicate", "restart", norm[:200])
        out.append(
            Finding("duplicate", Severity.WARNING, en, ja, span, (related,), fix, "restart", key)
        )
    return out


def _closing_line(ctx: CheckContext, block: Block) -> bool:
    raw = raw_text(ctx, block)
    return block.kind == "paragraph" and raw.endswith((",", "，", "、")) and len(raw) <= 40


def _copied(ctx: CheckContext, copies: dict, index: int) -> bool:
    copy = copies.get(index)
    prose = ctx.prose_blocks[index].prose
    return (
        copy is not None
        and prose is not None
        and copy.covered() >= ctx.options.block_coverage * len(prose.norm)
    )


def _unclosed_fences(ctx: CheckContext) -> list[Finding]:
    out = []
    for block in ctx.blocks:
        if block.kind == "code" and not block.template.closed:
            en, ja = msg.unclosed_fence(block.start + 1)
            span = Span(block.start + 1, max(block.start + 1, block.end), 1, 0)
            key = content_key("truncated", "unclosed-fence", ctx.lines[block.start].strip())
            out.append(
                Finding(
                    "truncated", Severity.WARNING, en, ja, span, (), None, "unclosed-fence", key
                )
            )
    return out


def _ending(ctx: CheckContext) -> Finding | None:
    """The end of the main prose: notes, sign-offs, link lists and templates after it skipped."""
    wrapped = ctx.template_code_rows
    content = [
        b
        for b in ctx.blocks
        if b.kind != "hr" and not (b.prose is not None and is_marker_block(ctx, b.start, b.end))
    ]
    if content and (content[-1].start in wrapped or content[-1].end - 1 in wrapped):
        return None  # ends with a {{< code >}} listing
    trailing = 0
    while content and content[-1].kind != "heading" and is_trailer(ctx, content[-1]):
        popped = content.pop()
        trailing += 1
        if is_signoff(raw_text(ctx, popped)) and content and _closing_line(ctx, content[-1]):
            content.pop()  # "Keep writing Rust," above the name
    if not content:
        return None
    last = content[-1]
    if last.kind == "heading" and trailing:
        return None  # "## Notes" followed by footnotes or links
    if last.kind == "heading":
        span = ctx.block_span(last)
        key = content_key("truncated", "empty-heading", last.prose.norm if last.prose else "")
        en, ja = msg.EMPTY_HEADING
        return Finding("truncated", Severity.WARNING, en, ja, span, (), None, "empty-heading", key)
    if last.kind != "paragraph" or last.template.in_list or last.template.in_quote:
        return None
    if last.prose is None:
        return None
    if trailing and last.prose.norm.endswith(":"):
        return None  # introduces the image or links after it
    return end_cut(ctx, last)
