"""Defect injectors for ``eval_checks.py``: each returns (text, first line, last line) or None.

Lines are 1-based and inclusive, the lines the injected defect occupies.
Injected copies are paragraphs above the engine's length floors (40 CJK
characters, 80 Latin letters): shorter repeats are deliberately not reported.
"""

from __future__ import annotations

import random
import re
from dataclasses import dataclass

from editor.core.checks.context import CheckContext


@dataclass(frozen=True)
class Doc:
    name: str
    text: str
    lang: str  # "ja" or "en"


@dataclass(frozen=True)
class Para:
    start: int  # 0-based first line
    end: int  # exclusive
    text: str  # the raw lines joined with "\n"
    size: int  # normalised length
    cjk: bool
    run: int  # paragraphs with the same run number follow each other (headings between allowed)

    @property
    def reportable(self) -> bool:
        return self.size >= (40 if self.cjk else 80)


_SENTENCE = re.compile(r"(?<=[。！？])|(?<=[.!?])\s+(?=[A-Z])")
MARKERS = [
    "---END---",
    "--- END ---",
    "<|endoftext|>",
    "<|im_end|>",
    "[END]",
    "[DONE]",
    "[TRUNCATED]",
    "Here is the continuation:",
    "Here's the rest of the article:",
    "続きを書きます。",
    "以下、続きです。",
    "==END==",
]
_JA_INSERTS = [
    "、そして私自身も",
    "、実のところ",
    "、いま思えば",
    "、もちろん",
    "、少なくとも私には",
]
_EN_INSERTS = [", as it turned out,", " really", ", in fact,", " quite", ", at least for me,"]
_JA_SWAPS = {
    "とても": "すごく",
    "思う": "考える",
    "です": "でした",
    "する": "やる",
    "ある": "あった",
}


def paragraphs(text: str) -> list[Para]:
    ctx = CheckContext(text)
    out = []
    run = 0
    for block in ctx.blocks:
        raw = ctx.lines[block.start : block.end]
        quoted = any(line.lstrip().startswith((">", "|")) for line in raw)
        if block.is_heading:
            continue
        prose = block.prose
        if block.kind != "paragraph" or block.template.in_list or quoted or prose is None:
            run += 1
            continue
        out.append(Para(block.start, block.end, "\n".join(raw), len(prose.norm), prose.cjk, run))
    return out


def _big(paras: list[Para], factor: float = 1.25) -> list[int]:
    return [i for i, p in enumerate(paras) if p.size >= (40 if p.cjk else 80) * factor]


def _insert(text: str, after: Para | None, new: str) -> tuple[str, int, int]:
    lines = text.split("\n")
    at = after.end if after is not None else len(lines)
    block = new.split("\n")
    lines[at:at] = ["", *block, ""]
    return "\n".join(lines), at + 2, at + 1 + len(block)


def _later(paras: list[Para], i: int, rng: random.Random) -> Para:
    return paras[rng.randrange(i + 1, len(paras))] if i + 1 < len(paras) else paras[-1]


def inject_exact(doc: Doc, rng: random.Random):
    paras = paragraphs(doc.text)
    big = [i for i in _big(paras) if i + 1 < len(paras)]
    if not big:
        return None
    i = rng.choice(big)
    return _insert(
        doc.text, _later(paras, i + 1, rng) if i + 2 < len(paras) else paras[-1], paras[i].text
    )


def inject_merged(doc: Doc, rng: random.Random):
    paras = paragraphs(doc.text)
    pairs = [
        i
        for i in range(len(paras) - 2)
        if paras[i].size + paras[i + 1].size >= 100 and paras[i].end + 1 == paras[i + 1].start
    ]
    if not pairs:
        return None
    i = rng.choice(pairs)
    joiner = "" if paras[i].cjk else " "
    merged = paras[i].text.replace("\n", " ") + joiner + paras[i + 1].text.replace("\n", " ")
    return _insert(doc.text, _later(paras, i + 1, rng), merged)


def _sentences(para: Para) -> list[str]:
    return [s for s in _SENTENCE.split(para.text.replace("\n", " ")) if s and s.strip()]


def inject_split(doc: Doc, rng: random.Random):
    paras = paragraphs(doc.text)
    fits = [i for i in _big(paras, 2.0) if i + 1 < len(paras) and len(_sentences(paras[i])) >= 2]
    if not fits:
        return None
    i = rng.choice(fits)
    parts = _sentences(paras[i])
    cut = rng.randrange(1, len(parts))
    joiner = "" if paras[i].cjk else " "
    new = joiner.join(parts[:cut]).strip() + "\n\n" + joiner.join(parts[cut:]).strip()
    return _insert(doc.text, _later(paras, i, rng), new)


def inject_section(doc: Doc, rng: random.Random):
    paras = paragraphs(doc.text)
    runs = [
        i
        for i in range(len(paras) - 3)
        if all(p.reportable and p.run == paras[i].run for p in paras[i : i + 3])
    ]
    if not runs:
        return None
    i = rng.choice(runs)
    copies = [paras[j].text for j in range(i, i + 3)]
    if rng.random() < 0.5:  # merge two of the copied paragraphs, as generators do
        joiner = "" if paras[i].cjk else " "
        copies = [copies[0], copies[1].replace("\n", " ") + joiner + copies[2].replace("\n", " ")]
    return _insert(doc.text, _later(paras, i + 2, rng), "\n\n".join(copies))


def _edit(text: str, cjk: bool, rng: random.Random) -> str:
    for _ in range(rng.randint(1, 2)):
        choice = rng.random()
        if cjk:
            commas = [m.start() for m in re.finditer("、", text)]
            if choice < 0.4 and commas:
                at = rng.choice(commas)
                text = text[:at] + rng.choice(_JA_INSERTS) + text[at:]
            elif choice < 0.7 and any(k in text for k in _JA_SWAPS):
                key = rng.choice([k for k in _JA_SWAPS if k in text])
                text = text.replace(key, _JA_SWAPS[key], 1)
            else:
                at = rng.randrange(0, max(1, len(text) - 4))
                text = text[:at] + text[at + rng.randint(1, 3) :]
        else:
            words = text.split(" ")
            at = rng.randrange(1, max(2, len(words) - 1))
            if choice < 0.4:
                words[at] = words[at] + rng.choice(_EN_INSERTS)
            elif choice < 0.7:
                del words[at]
            else:
                words[at] = rng.choice(["very", "truly", "simply", "mostly", "often"])
            text = " ".join(words)
    return text


def _inject_near(doc: Doc, rng: random.Random, cjk: bool):
    paras = paragraphs(doc.text)
    fits = [i for i in _big(paras, 1.5) if paras[i].cjk == cjk and i + 1 < len(paras)]
    if not fits:
        return None
    i = rng.choice(fits)
    edited = _edit(
        paras[i].text.replace("\n", " ") if not cjk else paras[i].text.replace("\n", ""), cjk, rng
    )
    return _insert(doc.text, _later(paras, i, rng), edited)


def inject_marker(doc: Doc, rng: random.Random):
    paras = paragraphs(doc.text)
    return _insert(doc.text, rng.choice(paras), rng.choice(MARKERS))


def _cut_point(text: str, cjk: bool, rng: random.Random) -> int | None:
    """A position inside a sentence (at least 3 characters from its start and end)."""
    ok = []
    for i in range(8, len(text) - 3):
        window = text[i - 3 : i + 3]
        if not re.search(r"[。！？.!?\n」)]", window) and (cjk or text[i - 1].isalnum()):
            ok.append(i)
    return rng.choice(ok) if ok else None


def inject_end_cut(doc: Doc, rng: random.Random):
    paras = paragraphs(doc.text)
    last = paras[-1]
    if last.size < 20:
        return None
    cut = _cut_point(last.text, last.cjk, rng)
    if cut is None:
        return None
    lines = doc.text.split("\n")
    head = "\n".join(lines[: last.start])
    text = head + ("\n" if head else "") + last.text[:cut]
    first = last.start + 1 + last.text[:cut].count("\n")
    return text, first, first


def inject_stitch(doc: Doc, rng: random.Random):
    paras = paragraphs(doc.text)
    fits = [i for i in range(len(paras) - 1) if paras[i].size >= 40]
    if not fits:
        return None
    para = paras[rng.choice(fits)]
    flat = para.text.replace("\n", " ") if not para.cjk else para.text.replace("\n", "")
    cut = _cut_point(flat, para.cjk, rng)
    if cut is None:
        return None
    starts = [0] + [m.end() for m in re.finditer(r"[。！？]|[.!?]\s+", flat)]
    restart = max(s for s in starts if s <= cut)
    between = [rng.choice(MARKERS), ""] if rng.random() < 0.5 else []
    new = [flat[:cut], "", *between, flat[restart:].lstrip()]
    lines = doc.text.split("\n")
    lines[para.start : para.end] = new
    return "\n".join(lines), para.start + 1, para.start + len(new)


INJECTORS = {
    "exact": inject_exact,
    "merged": inject_merged,
    "split": inject_split,
    "section": inject_section,
    "near-ja": lambda doc, rng: _inject_near(doc, rng, True),
    "near-en": lambda doc, rng: _inject_near(doc, rng, False),
    "marker": inject_marker,
    "end-cut": inject_end_cut,
    "stitch": inject_stitch,
}
