"""Which lines of a post are leftover generation markers: the patterns and the line scan.

A leaf module: the check context uses it to keep markers out of the prose, and
the ``generation-marker`` rule reports what it finds.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

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


def find_marker_lines(
    lines: Sequence[str], skip: set[int], body_start_line: int
) -> dict[int, tuple[str, bool]]:
    """0-based line -> (marker text, is_preamble) for lines outside ``skip``."""
    found: dict[int, tuple[str, bool]] = {}
    for row in range(body_start_line, len(lines)):
        if row in skip:
            continue
        line = lines[row].strip()
        if not line or len(line) > 120 or line.startswith(("    ", "\t")):
            continue
        bare = line.lstrip(">").strip().strip("*_")
        if _TOKEN.fullmatch(line) or _TOKEN.fullmatch(bare):
            found[row] = (line, False)
        elif _PREAMBLE_EN.fullmatch(bare.rstrip(":：…. ")) or _PREAMBLE_JA.fullmatch(bare):
            found[row] = (line, True)
    return found
