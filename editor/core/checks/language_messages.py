"""English and Japanese wording of the spelling and proofreading findings."""

from __future__ import annotations


def unknown_word(word: str, suggestions: list[str]) -> tuple[str, str]:
    if suggestions:
        hint = ", ".join(suggestions[:3])
        return f"Unknown word “{word}” ({hint}?)", f"辞書にない語「{word}」（{hint}？）"
    return f"Unknown word “{word}”", f"辞書にない語「{word}」"


FIX_PROOFREAD = ("Apply the suggested rewrite", "提案どおりに直す")

# One info finding per Japanese post when SudachiPy or its dictionary cannot be loaded.
NO_JAPANESE_DICTIONARY = (
    "Grammar checks that need the Japanese dictionary (doubled particles, ら抜き, "
    "conjunctions, repeated words…) are off: the dictionary is not installed. "
    "On Debian/Ubuntu: sudo apt install kosei-ja; from source, pip install -e . installs it.",
    "日本語の辞書が入っていないため、辞書を使う文法チェック（助詞の重複、ら抜き言葉、接続詞、"
    "同じ語の連続など）は行っていません。Debian/Ubuntu では sudo apt install kosei-ja、"
    "ソースからの場合は pip install -e . で入ります。",
)
