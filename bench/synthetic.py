"""Generate a large, realistic-looking post (English and Japanese prose, code, lists)."""

from __future__ import annotations

import random

WORDS = (
    "draft editor preview paragraph sentence reader writer markdown heading list table code "
    "quiet morning river station window garden letter summer winter journey market island "
    "bright careful simple honest useful gentle sudden patient narrow"
).split()
KANA = (
    "あいうえおかきくけこさしすせそたちつてとなにぬねのはひふへほまみむめもやゆよらりるれろわをん"
)
KANJI = "日本語文章記事編集確認重複段落見出時間読者作業表示保存修正変更"


def english_paragraph(rng: random.Random) -> str:
    sentences = []
    for _ in range(rng.randint(2, 5)):
        words = [rng.choice(WORDS) for _ in range(rng.randint(8, 18))]
        sentences.append(" ".join(words).capitalize() + ".")
    return " ".join(sentences)


def japanese_paragraph(rng: random.Random) -> str:
    sentences = []
    for _ in range(rng.randint(2, 4)):
        chars = [
            rng.choice(KANJI if rng.random() < 0.4 else KANA) for _ in range(rng.randint(15, 40))
        ]
        sentences.append("".join(chars) + "。")
    return "".join(sentences)


def synthetic_post(size_bytes: int, seed: int = 7) -> str:
    rng = random.Random(seed)
    parts = ["---", "title: A synthetic long post", "date: 2026-01-01", "tags: [bench]", "---", ""]
    total = 0
    section = 0
    while total < size_bytes:
        if rng.random() < 0.08:
            section += 1
            block = f"## Section {section}"
        elif rng.random() < 0.05:
            block = (
                "```python\n"
                + "\n".join(f"value_{i} = {i} * 2" for i in range(rng.randint(2, 6)))
                + "\n```"
            )
        elif rng.random() < 0.05:
            block = "\n".join(
                f"- {rng.choice(WORDS)} {rng.choice(WORDS)}" for _ in range(rng.randint(2, 5))
            )
        elif rng.random() < 0.3:
            block = japanese_paragraph(rng)
        else:
            block = english_paragraph(rng)
        parts.append(block)
        parts.append("")
        total += len(block.encode("utf-8")) + 1
    return "\n".join(parts)
