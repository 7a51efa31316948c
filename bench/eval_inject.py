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
    big = [i for i in _big(paras) if i + 1 < len(paras) and _reportable_alone(paras[i])]
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
    fits = [
        i
        for i in _big(paras, 1.5)
        if paras[i].cjk == cjk and i + 1 < len(paras) and _reportable_near(paras[i])
    ]
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


# -- issue 18: mid-document cuts, loops, chat-tool leftovers, copies of later paragraphs --------
def _followed_by_paragraph(paras: list[Para]) -> list[int]:
    """Paragraphs (not the last) with another paragraph right after them (a blank line between)."""
    return [
        i
        for i in range(len(paras) - 1)
        if paras[i].size >= 40 and paras[i + 1].start == paras[i].end + 1
    ]


def _inject_mid_cut(doc: Doc, rng: random.Random, marker: bool):
    paras = paragraphs(doc.text)
    fits = _followed_by_paragraph(paras)
    if not fits:
        return None
    para = paras[rng.choice(fits)]
    flat = para.text.replace("\n", " ") if not para.cjk else para.text.replace("\n", "")
    cut = _cut_point(flat, para.cjk, rng)
    if cut is None:
        return None
    new = [flat[:cut].rstrip()]
    if marker:
        new += ["", rng.choice(MARKERS)]
    lines = doc.text.split("\n")
    lines[para.start : para.end] = new
    return "\n".join(lines), para.start + 1, para.start + len(new)


def inject_loop(doc: Doc, rng: random.Random):
    """One sentence of 40-130 characters written 2-8 times in a row inside its paragraph."""
    paras = paragraphs(doc.text)
    choices = []
    for para in paras:
        flat = para.text.replace("\n", " ") if not para.cjk else para.text.replace("\n", "")
        for sentence in _SENTENCE.split(flat):
            if 40 <= len(sentence.strip()) <= 130 and sentence.strip()[-1:] in "。！？.!?":
                choices.append((para, flat, sentence.strip()))
    if not choices:
        return None
    para, flat, sentence = rng.choice(choices)
    joiner = "" if para.cjk else " "
    repeated = joiner.join([sentence] * rng.randint(2, 8))
    lines = doc.text.split("\n")
    lines[para.start : para.end] = [flat.replace(sentence, repeated, 1)]
    return "\n".join(lines), para.start + 1, para.start + 1


CITATIONS = [
    "\ue200cite\ue202turn0search3\ue202turn0search7\ue201",
    "citeturn0search3turn0search7",
    ":contentReference[oaicite:2]{index=2}",
    "【4:0†source】",
]
PLACEHOLDERS = ["[Your Name]", "[Insert link]", "[Insert company name here]", "<your-name>", "XXX"]
PREAMBLES = {
    "en": [
        "Certainly! Here's a blog post about the topic you asked for:",
        "Sure! Here is a draft of the article:",
    ],
    "ja": [
        "以下は、ご依頼のテーマについてのブログ記事です。",
        "はい、以下にブログ記事の下書きを作成しました。",
    ],
}
SIGNOFFS = {
    "en": [
        "I hope this helps! Let me know if you'd like me to adjust the tone or length.",
        "Would you like me to add a section on pricing?",
    ],
    "ja": [
        "他にご要望があれば、お気軽にお申し付けください。",
        "トーンや長さの調整も承ります。修正いたしますのでお知らせください。",
    ],
}


def _sentence_end(para: Para, rng: random.Random) -> tuple[int, int] | None:
    """(line, column) just after a sentence end inside the paragraph's lines."""
    lines = para.text.split("\n")
    spots = [
        (row, m.end())
        for row, line in enumerate(lines)
        for m in re.finditer(r"[。！？]|[.!?](?=\s|$)", line)
        if "`" not in line
    ]
    return rng.choice(spots) if spots else None


def _in_paragraph(doc: Doc, rng: random.Random, token: str, space: bool):
    paras = [p for p in paragraphs(doc.text) if "](" not in p.text and "`" not in p.text]
    if not paras:
        return None
    para = rng.choice(paras)
    spot = _sentence_end(para, rng)
    if spot is None:
        return None
    row, column = spot
    lines = doc.text.split("\n")
    line = lines[para.start + row]
    lines[para.start + row] = line[:column] + (" " if space else "") + token + line[column:]
    return "\n".join(lines), para.start + row + 1, para.start + row + 1


def inject_citation(doc: Doc, rng: random.Random):
    return _in_paragraph(doc, rng, rng.choice(CITATIONS), rng.random() < 0.5)


def inject_placeholder(doc: Doc, rng: random.Random):
    return _in_paragraph(doc, rng, rng.choice(PLACEHOLDERS), True)


def inject_utm(doc: Doc, rng: random.Random):
    link = rng.choice(
        [
            "[the report](https://example.org/report?utm_source=chatgpt.com)",
            "[docs](https://docs.example.com/guide/?lang=en&utm_source=chatgpt.com)",
            "(https://example.net/a/b?utm_source=chatgpt.com&ref=1)",
        ]
    )
    return _in_paragraph(doc, rng, f"See {link}.", True)


def _body_start(text: str) -> int:
    ctx = CheckContext(text)
    return ctx.body_start_line


def inject_preamble(doc: Doc, rng: random.Random):
    lines = doc.text.split("\n")
    at = _body_start(doc.text)
    line = rng.choice(PREAMBLES[doc.lang])
    lines[at:at] = ["", line, ""] if at else [line, ""]
    first = at + (2 if at else 1)
    return "\n".join(lines), first, first


def inject_signoff(doc: Doc, rng: random.Random):
    text = doc.text.rstrip("\n")
    line = rng.choice(SIGNOFFS[doc.lang])
    new = text + "\n\n" + line + "\n"
    row = new.count("\n")
    return new, row, row


def inject_fence_wrap(doc: Doc, rng: random.Random):
    lines = doc.text.rstrip("\n").split("\n")
    at = _body_start(doc.text)
    if any(line.lstrip().startswith(("```", "~~~")) for line in lines[at:]):
        return None  # a fence inside would close the wrapper early
    closed = rng.random() < 0.7
    lines[at:at] = ["```markdown"]
    if closed:
        lines.append("```")
    return "\n".join(lines) + "\n", at + 1, at + 1


def inject_exact_later(doc: Doc, rng: random.Random):
    """A copy of a paragraph that is not the first one, placed after a later paragraph."""
    paras = paragraphs(doc.text)
    big = [i for i in _big(paras) if 1 <= i and i + 2 < len(paras) and _reportable_alone(paras[i])]
    if not big:
        return None
    i = rng.choice(big)
    return _insert(doc.text, paras[rng.randrange(i + 1, len(paras))], paras[i].text)


def _reportable_near(para: Para) -> bool:
    """An edited copy the engine reports as a warning (see :func:`_reportable_alone`; a short
    sentence reworded is parallel wording, deliberately not a warning)."""
    return _reportable_alone(para)


def _reportable_alone(para: Para) -> bool:
    """A copy the engine reports as a warning: more than one sentence, or a long one."""
    return len(_sentences(para)) > 1 or para.size >= (120 if para.cjk else 150)


INJECTORS.update(
    {
        "exact-later": inject_exact_later,
        "mid-cut": lambda doc, rng: _inject_mid_cut(doc, rng, False),
        "mid-cut-marker": lambda doc, rng: _inject_mid_cut(doc, rng, True),
        "loop": inject_loop,
        "citation": inject_citation,
        "utm": inject_utm,
        "placeholder": inject_placeholder,
        "preamble": inject_preamble,
        "sign-off": inject_signoff,
        "fence-wrap": inject_fence_wrap,
    }
)
