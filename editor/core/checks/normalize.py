"""Prose of one block, normalised for comparison, with a map back to the file.

Normalisation is Unicode NFKC, case folding, and dropping whitespace and
emphasis/markup characters: Japanese has no spaces and writers add stray ones
around Latin words, so copies must compare equal whatever the spacing. Every
normalised character keeps the offset of the source character it came from
(relative to the block's first line), so findings point at exact columns.
"""

from __future__ import annotations

import re
import unicodedata
from bisect import bisect_right
from dataclasses import dataclass, field

from editor.core.checks.fingerprint import shingles, winnow_kgrams

# Inline markup that is not prose: code spans, images, link destinations and
# reference labels (the link text stays), HTML tags and autolinks, footnote
# references and bare URLs.
_NOT_PROSE = re.compile(
    r"(`+).+?\1"
    r"|!\[[^\]]*\]\([^)]*\)"
    r"|\]\([^)]*\)"
    r"|\]\[[^\]]*\]"
    r"|<[A-Za-z/!][^>]*>"
    r"|\[\^[^\]]*\]"
    r"|https?://[^\s)>\]]*[^\s)>\].,;:!?]"
    # chat-tool citation tokens (rule generation-marker reports them)
    r"|[\ue200-\ue2ff]?(?:file)?cite(?:[\ue200-\ue2ff]?turn\d+[a-z]+\d+)+[\ue200-\ue2ff]?"
    r"|:?contentReference\[oaicite:\d+\](?:\{index=\d+\})?"
    r"|【\d+(?::\d+)?†[^】\n]{0,60}】"
)
_DROP = frozenset(" \t\n\r\f\v\u00a0\u3000\u2009\u200b*_~`\\[]|#>")
_DROP_RUN = re.compile("[" + "".join(re.escape(char) for char in sorted(_DROP)) + "]+")
_CJK = re.compile(
    r"[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\uff66-\uff9f\uac00-\ud7af]"
)
# Sentence ends: 。!? (full width folded by NFKC) and a period before a space or
# CJK text; closing brackets and quotes stay with the sentence. "?」って" and
# "?と" continue the sentence (a quoted question inside it).
_END = re.compile(r"(?:[。!?]+|\.(?=\s|$|[\u3040-\u9fff]))[)\]」』〉》】〕\"'”’]*")
_CLOSERS = frozenset(")]」』〉》】〕\"'”’")
_HIRAGANA = re.compile(r"[\u3041-\u309f]")


@dataclass
class Prose:
    """Normalised prose of a block; positions are relative to the block's first character."""

    norm: str
    rel: list[int]
    sentences: list[tuple[int, int]]  # [start, end) in ``norm``
    cjk: bool
    fps: list[tuple[int, int]] = field(default_factory=list)  # (k-gram hash, position)
    grams: frozenset[int] = frozenset()

    def __len__(self) -> int:
        return len(self.norm)


def extract(lines: list[tuple[int, str]]) -> tuple[str, list[int]]:
    """Readable text of inline content lines given as (offset in block, line text)."""
    chars: list[str] = []
    rel: list[int] = []
    for base, line in lines:
        if chars:
            chars.append("\n")
            rel.append(base - 1 if base else 0)
        last = 0
        for match in _NOT_PROSE.finditer(line):
            start = match.start()
            if match.group(0).startswith("]("):
                start += 1  # keep the "]" so "[text](url)" compares as "[text]"
            chars.extend(line[last:start])
            rel.extend(range(base + last, base + start))
            last = match.end()
        chars.extend(line[last:])
        rel.extend(range(base + last, base + len(line)))
    return "".join(chars), rel


def normalise(text: str, rel: list[int]) -> tuple[str, list[int], str, list[int]]:
    """Return (norm, norm_rel, folded, keep); ``folded`` keeps whitespace for sentence ends."""
    folded = unicodedata.normalize("NFKC", text).casefold()
    if len(folded) == len(text):
        folded_rel = rel
    else:  # a character expanded or merged: map one character at a time
        parts: list[str] = []
        folded_rel = []
        for char, offset in zip(text, rel, strict=True):
            piece = unicodedata.normalize("NFKC", char).casefold()
            parts.append(piece)
            folded_rel.extend([offset] * len(piece))
        folded = "".join(parts)
    # the kept characters come in runs between runs of dropped ones: copied run by run
    keep: list[int] = []
    norm_rel: list[int] = []
    kept: list[str] = []
    last = 0
    for dropped in _DROP_RUN.finditer(folded):
        start = dropped.start()
        if start > last:
            keep.extend(range(last, start))
            norm_rel.extend(folded_rel[last:start])
            kept.append(folded[last:start])
        last = dropped.end()
    keep.extend(range(last, len(folded)))
    norm_rel.extend(folded_rel[last:])
    kept.append(folded[last:])
    return "".join(kept), norm_rel, folded, keep


def sentence_ends(folded: str) -> list[int]:
    """End offsets (exclusive) in ``folded`` of each sentence but the last fragment."""
    ends: list[int] = []
    for match in _END.finditer(folded):
        end = match.end()
        nxt = folded[end : end + 1]
        quoted = match.group(0)[-1] in _CLOSERS
        if nxt and (nxt in "とっ" or (quoted and _HIRAGANA.match(nxt))):
            continue
        ends.append(end)
    return ends


def analyse(lines: list[tuple[int, str]]) -> Prose:
    text, rel = extract(lines)
    norm, norm_rel, folded, keep = normalise(text, rel)
    bounds: list[tuple[int, int]] = []
    start = 0
    for end in sentence_ends(folded):
        stop = bisect_right(keep, end - 1)  # norm characters before ``end``
        if stop > start:
            bounds.append((start, stop))
            start = stop
    if start < len(norm):
        bounds.append((start, len(norm)))
    cjk_count = len(_CJK.findall(norm))
    cjk = cjk_count * 3 >= len(norm) if norm else False
    prose = Prose(norm, norm_rel, bounds, cjk)
    prose.fps = winnow_kgrams(norm)
    prose.grams = shingles(norm, folded, cjk)
    return prose


def is_terminal(char: str) -> bool:
    return char in "。.!?!?…‥" or char in _CLOSERS
