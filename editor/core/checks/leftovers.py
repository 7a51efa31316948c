"""Rule ``generation-marker``: what a chat tool leaves in text pasted from it.

Citation tokens (``citeturn0search3``, ``:contentReference[oaicite:2]{index=2}``,
``【4:0†source】``), ``utm_source=chatgpt.com`` on links, unfilled placeholders
(``[Your Name]``), the assistant's preamble and sign-off paragraphs, and a whole
post wrapped in a ```` ```markdown ```` fence. Only text outside code counts.
Each has a safe fix except placeholders (the writer must fill them in).
"""

from __future__ import annotations

import re
from collections.abc import Callable

import editor.core.checks.messages as msg
from editor.core.checks.blocks import Block
from editor.core.checks.context import CheckContext, content_key
from editor.core.checks.findings import Finding, Fix, Severity, Span
from editor.core.checks.registry import register

RULE = "generation-marker"
_PUA = "[\ue200-\ue2ff]"
_CITATION = re.compile(
    rf"{_PUA}?(?:file)?cite(?:{_PUA}?turn\d+[a-z]+\d+)+{_PUA}?"
    r"|:?contentReference\[oaicite:\d+\](?:\{index=\d+\})?"
    r"|\[oaicite:\d+\]"
    r"|【\d+(?::\d+)?†[^】\n]{0,60}】"
)
_UTM = re.compile(r"([?&])utm_source=(?:chatgpt\.com|openai(?:\.com)?)(&?)", re.IGNORECASE)
_CODE_SPAN = re.compile(r"(`+).+?\1")
# Chat tools write placeholders capitalised ("[Your Name]", "[Insert link]"); a
# writer's joke "[insert buzzword here]" is lower case. Each pattern starts with
# a literal so a whole 1 MB body is scanned quickly; what may precede a match is
# checked in code (_placeholder_at).
_PLACEHOLDERS = (
    re.compile(
        r"\[(?:(?:Your|YOUR|Insert|INSERT|Add|Enter)\b[^\]\n]{0,40}"
        r"|(?:Name|Date|Company(?: Name)?|Author(?: Name)?|Link|URL|Topic|Product(?: Name)?)"
        r"|(?:あなたの|ここに|御社|貴社|会社名|氏名|お名前)[^\]\n]{0,30})\](?![(\[:])"
    ),
    re.compile(r"<(?:your|insert|YOUR|INSERT|Your|Insert)[-_ ][\w -]{1,30}>"),
    re.compile(r"XXX+(?![\w/.\-])"),
)


def _placeholder_at(line: str, start: int) -> bool:
    before = line[start - 1] if start else ""
    if line[start] == "[":
        return not (before.isalnum() or before in "]!_")
    if line[start] == "X":
        return not (before.isalnum() or before in "_/.-X")
    return True


_REFERENCE_DEF = re.compile(r"^ {0,3}\[([^\]]+)\]:", re.MULTILINE)
_PREAMBLE_EN = re.compile(
    r"(?:(?:sure|certainly|absolutely|of course|great|okay|ok|alright)(?: thing)?[!,.]\s*)?"
    r"(?:here(?:'s|’s| is| are)|below is|i(?:'ve|’ve| have) (?:written|drafted|created|"
    r"put together|prepared))\s+(?:a|an|the|your|my)?\s*.{0,80}?\b(?:blog post|article|post|"
    r"draft|version|rewrite|write-?up|piece)\b.{0,160}",
    re.IGNORECASE | re.DOTALL,
)
_OPENER_EN = re.compile(r"(?:sure|certainly|absolutely|of course|great|okay|ok|alright)\b", re.I)
_PREAMBLE_JA = re.compile(
    r"(?:はい、|もちろんです[。！!]|承知(?:いた)?しました[。！!]|かしこまりました[。！!])?\s*"
    r"(?:以下(?:は|に|が)|こちら(?:は|が))、?.{0,60}?"
    r"(?:ブログ記事|記事|ブログ|文章|下書き|原稿|ドラフト)(?:の(?:案|例|下書き))?"
    r"(?:です|になります|を(?:作成|執筆|用意|書き|まとめ)(?:しました|ました))[。！!:：]?",
    re.DOTALL,
)
_SIGNOFF = re.compile(
    r"let me know if you(?:'d|’d| would)? (?:like|want) me to"
    r"|would you like me to"
    r"|if you(?:'d|’d| would) like me to"
    r"|i can (?:also )?(?:adjust|revise|expand|shorten|tailor|rewrite)\b"
    r"|feel free to ask (?:me )?(?:for|if you (?:need|want)) (?:any )?"
    r"(?:changes|adjustments|revisions|modifications)"
    r"|(?:他に|ほかに)?(?:ご要望|ご希望)(?:など)?が(?:あれば|ございましたら)"
    r"|お(?:気軽に)?お?申し付けください"
    r"|(?:修正|調整|書き直し|加筆)(?:も|を)?(?:いたします|いたしますので|させていただきます)",
    re.IGNORECASE,
)


def _code_rows(ctx: CheckContext) -> set[int]:
    rows: set[int] = set()
    for block in ctx.blocks:
        if block.kind in ("code", "html"):
            rows.update(range(block.start, block.end))
    return rows


def _blank_code(line: str) -> str:
    """The line with inline code replaced by spaces (columns stay)."""
    return _CODE_SPAN.sub(lambda m: " " * len(m.group(0)), line)


@register(RULE)
def check_leftovers(ctx: CheckContext) -> list[Finding]:
    out: list[Finding] = []
    wrapped = _fence_wrap(ctx)
    if wrapped is not None:
        return [wrapped]
    code = _code_rows(ctx)
    body = ctx.split.body
    found: list[set[str]] = []

    def labels() -> set[str]:
        """The reference labels of the body, read when a placeholder is first in question."""
        if not found:
            found.append({m.group(1).casefold() for m in _REFERENCE_DEF.finditer(body)})
        return found[0]

    for row in _candidate_rows(ctx, body):
        if row in code or not ctx.lines[row].strip():  # blank lines: 200k of them took 8 s
            continue
        line = _blank_code(ctx.lines[row])
        out.extend(_citations(ctx, row, line))
        out.extend(_utm(ctx, row, line))
        out.extend(_placeholders(ctx, row, line, labels))
    out.extend(_assistant_talk(ctx))
    return out


def _candidate_rows(ctx: CheckContext, body: str) -> list[int]:
    """Rows where one of the patterns matches somewhere.

    No pattern crosses a line, so each chunk is scanned on its own and its rows kept
    between runs; which patterns run is decided for the whole body, as before."""
    patterns = [*_PLACEHOLDERS]
    utm = "utm_source" in body
    cites = any(token in body for token in ("cite", "contentReference", "oaicite", "†"))
    if utm:
        patterns.append(_UTM)
    if cites:
        patterns.append(_CITATION)
    old, used = ctx.store("leftover-rows")
    rows: list[int] = []
    for line, text in ctx.chunks:
        key = (text, utm, cites)
        found = used.get(key)
        if found is None:
            found = old.get(key)
            if found is None:
                found = _rows_of(text, patterns)
            used[key] = found
        rows.extend(line + row for row in found)
    return rows


def _rows_of(text: str, patterns: list[re.Pattern[str]]) -> tuple[int, ...]:
    starts = sorted({match.start() for pattern in patterns for match in pattern.finditer(text)})
    rows: list[int] = []
    row = at = 0
    for start in starts:  # newlines counted once, from one match to the next
        row += text.count("\n", at, start)
        at = start
        if not rows or rows[-1] != row:
            rows.append(row)
    return tuple(rows)


def _finding(
    kind: str, severity: Severity, texts: tuple[str, str], span: Span, fix: Fix | None, key: str
) -> Finding:
    return Finding(RULE, severity, *texts, span, (), fix, kind, content_key(RULE, kind, key))


def _citations(ctx: CheckContext, row: int, line: str) -> list[Finding]:
    out = []
    for match in _CITATION.finditer(line):
        start, end = match.start(), match.end()
        if start > 0 and line[start - 1] == " " and (end >= len(line) or line[end] in " 。.,、"):
            start -= 1  # take the space before the token with it
        fix = Fix(*msg.FIX_STRIP_CITATION, Span(row + 1, row + 1, start + 1, end))
        span = Span(row + 1, row + 1, match.start() + 1, end)
        texts = msg.leftover("citation", match.group(0))
        out.append(_finding("citation", Severity.ERROR, texts, span, fix, match.group(0)))
    return out


def _utm(ctx: CheckContext, row: int, line: str) -> list[Finding]:
    out = []
    for match in _UTM.finditer(line):
        start, end = match.start(), match.end()
        if match.group(1) == "?" and match.group(2):
            start += 1  # "?utm_source=...&b=1" -> "?b=1"
        elif match.group(2):
            end -= 1  # "&utm_source=...&b=1" -> "&b=1"
        fix = Fix(*msg.FIX_STRIP_UTM, Span(row + 1, row + 1, start + 1, end))
        span = Span(row + 1, row + 1, match.start() + 2, match.end() - len(match.group(2)))
        texts = msg.leftover("utm", match.group(0).strip("?&"))
        out.append(_finding("utm", Severity.WARNING, texts, span, fix, f"{row}:{match.group(0)}"))
    return out


def _placeholders(
    ctx: CheckContext, row: int, line: str, labels: Callable[[], set[str]]
) -> list[Finding]:
    out: list[Finding] = []
    if _REFERENCE_DEF.match(line):
        return out
    matches = [m for pattern in _PLACEHOLDERS for m in pattern.finditer(line)]
    for match in sorted(matches, key=lambda m: m.start()):
        if not _placeholder_at(line, match.start()):
            continue
        text = match.group(0)
        if text.startswith("[") and text[1:-1].casefold() in labels():
            continue  # a shortcut reference link: [label] with [label]: url elsewhere
        span = Span(row + 1, row + 1, match.start() + 1, match.end())
        texts = msg.leftover("placeholder", text)
        out.append(_finding("placeholder", Severity.WARNING, texts, span, None, text))
    return out


def _paragraph_text(ctx: CheckContext, block: Block) -> str:
    return " ".join(line.strip() for line in ctx.lines[block.start : block.end])


def _assistant_talk(ctx: CheckContext) -> list[Finding]:
    """The assistant's preamble (first paragraph) and sign-off (last ones)."""
    paragraphs = [
        b
        for b in ctx.blocks
        if b.kind == "paragraph" and not b.template.in_list and not b.template.in_quote
    ]
    if not paragraphs:
        return []
    out: list[Finding] = []
    first = paragraphs[0]
    text = _paragraph_text(ctx, first)
    if len(text) <= 300 and _is_preamble(text):
        out.append(_talk(ctx, first, "preamble", text))
    for block in paragraphs[-2:]:
        text = _paragraph_text(ctx, block)
        if block is not first and len(text) <= 400 and _SIGNOFF.search(text):
            out.append(_talk(ctx, block, "sign-off", text))
    return out


def _is_preamble(text: str) -> bool:
    if _PREAMBLE_JA.fullmatch(text):
        return True
    if not _PREAMBLE_EN.fullmatch(text):
        return False
    # "Here is a post about..." alone could open a human post; the assistant's
    # preamble says "Sure!"/"Certainly!" or ends by announcing what follows.
    return bool(_OPENER_EN.match(text)) or text.rstrip().endswith((":", "："))


def _talk(ctx: CheckContext, block: Block, kind: str, text: str) -> Finding:
    span = ctx.block_span(block)
    fix = Fix(*msg.FIX_DELETE_TALK, ctx.deletion_span(block.start, block.end - 1))
    short = text if len(text) <= 60 else text[:57] + "…"
    return _finding(kind, Severity.WARNING, msg.leftover(kind, short), span, fix, text)


def _fence_wrap(ctx: CheckContext) -> Finding | None:
    """The whole body is one ```markdown fence (the chat tool's copy button wraps it)."""
    content = [b for b in ctx.blocks if b.kind != "hr"]
    code = [b for b in content if b.kind == "code" and b.template.info in ("markdown", "md")]
    if not code:
        return None
    block = code[0]
    before = [b for b in content if b.start < block.start]
    after = [b for b in content if b.start >= block.end]
    if len(before) > 1 or after or (before and not _is_preamble(_paragraph_text(ctx, before[0]))):
        return None
    inner = ctx.lines[block.start + 1 : block.end - (1 if block.template.closed else 0)]
    if sum(1 for line in inner if line.strip()) < 3:
        return None
    first = before[0].start if before else block.start
    span = Span(first + 1, max(first + 1, block.end), 1, 0)
    fix = Fix(*msg.FIX_UNWRAP_FENCE, span, "\n".join(inner) + "\n")
    opening = ctx.lines[block.start].strip()
    return _finding(
        "fence-wrap", Severity.ERROR, msg.leftover("fence-wrap", opening), span, fix, opening
    )
