"""English and Japanese wording of the spelling and proofreading findings."""

from __future__ import annotations


def unknown_word(word: str, suggestions: list[str]) -> tuple[str, str]:
    if suggestions:
        hint = ", ".join(suggestions[:3])
        return f"Unknown word “{word}” ({hint}?)", f"辞書にない語「{word}」（{hint}？）"
    return f"Unknown word “{word}”", f"辞書にない語「{word}」"


FIX_PROOFREAD = ("Apply the suggested rewrite", "提案どおりに直す")
