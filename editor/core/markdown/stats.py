"""Length and reading time of a post's prose, counted per script.

CJK text is counted in characters (each counts one), Latin text in words. Front
matter, Markdown markup, code blocks and raw HTML are excluded.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from markdown_it.token import Token

from editor.core.markdown.parser import parser

CJK_PER_MINUTE = 500
WORDS_PER_MINUTE = 230

# Han, Hiragana, Katakana (full and half width), CJK punctuation, Hangul, full-width forms.
_CJK = re.compile(
    r"[\u3000-\u303f\u3040-\u309f\u30a0-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff"
    r"\uff00-\uffef\uac00-\ud7af\U00020000-\U0002fa1f]"
)
_WORD = re.compile(r"[^\W_]+(?:['’-][^\W_]+)*")


@dataclass(frozen=True)
class Stats:
    characters: int  # non-space characters of prose
    cjk_characters: int
    words: int  # Latin-script words
    reading_minutes: float

    @property
    def reading_label_minutes(self) -> int:
        """Whole minutes as a writer would state them (at least 1 for any text)."""
        if self.characters == 0:
            return 0
        return max(1, round(self.reading_minutes))


def prose_text(body: str) -> str:
    """The readable text of Markdown ``body``, one inline run per line."""
    return prose_text_of_tokens(parser().parse(body))


def prose_text_of_tokens(tokens: Sequence[Token]) -> str:
    """Like :func:`prose_text` for tokens already parsed (the preview parses once for both)."""
    parts: list[str] = []
    for token in tokens:
        if token.type != "inline" or not token.children:
            continue
        for child in token.children:
            if child.type in ("text", "code_inline"):
                parts.append(child.content)
            elif child.type in ("softbreak", "hardbreak"):
                parts.append("\n")
        parts.append("\n")
    return "".join(parts)


def count_text(text: str) -> Stats:
    cjk = len(_CJK.findall(text))
    latin_only = _CJK.sub(" ", text)
    words = len(_WORD.findall(latin_only))
    characters = sum(1 for char in text if not char.isspace())
    minutes = cjk / CJK_PER_MINUTE + words / WORDS_PER_MINUTE
    return Stats(characters, cjk, words, minutes)


def compute_stats(body: str) -> Stats:
    """Statistics of a Markdown body (front matter already removed)."""
    return count_text(prose_text(body))
