"""Markdown syntax colouring for the editor, line by line with block state."""

from __future__ import annotations

import re

from PySide6.QtGui import QColor, QFont, QSyntaxHighlighter, QTextCharFormat, QTextDocument

NORMAL, IN_FENCE, IN_FRONT_MATTER = 0, 1, 2

_FENCE = re.compile(r"^\s{0,3}(`{3,}|~{3,})")
_RULES: list[tuple[re.Pattern[str], str]] = [
    (re.compile(r"^\s{0,3}#{1,6}(\s.*|$)"), "heading"),
    (re.compile(r"^\s{0,3}>.*"), "quote"),
    (re.compile(r"^\s*([-*+]|\d+[.)])\s(\[[ xX]\]\s)?"), "list"),
    (re.compile(r"(\*\*|__)(?=\S)(.+?)(?<=\S)\1"), "bold"),
    # A single * or _ on each side, so the pair around **bold** is not read as *italic*.
    (re.compile(r"(?<![*_\w])([*_])(?![*_\s])(.+?)(?<![*_\s])\1(?![*_\w])"), "italic"),
    (re.compile(r"~~.+?~~"), "strike"),
    (re.compile(r"!?\[[^\]]*\]\([^)]*\)|<https?://[^>]+>|^\s{0,3}\[[^\]]+\]:\s.*"), "link"),
    (re.compile(r"`[^`]+`"), "code"),
]


def _format(
    color: str, bold: bool = False, italic: bool = False, mono: bool = False
) -> QTextCharFormat:
    fmt = QTextCharFormat()
    fmt.setForeground(QColor(color))
    if bold:
        fmt.setFontWeight(QFont.Weight.Bold)
    if italic:
        fmt.setFontItalic(True)
    if mono:
        fmt.setFontFixedPitch(True)
    return fmt


PALETTES = {
    "light": {
        "heading": ("#0b4f9c", True),
        "quote": ("#57606a", False),
        "list": ("#9a6700", True),
        "bold": ("#1f2328", True),
        "italic": ("#1f2328", False),
        "strike": ("#6e7781", False),
        "link": ("#0969da", False),
        "code": ("#953800", False),
        "front": ("#6639ba", False),
    },
    "dark": {
        "heading": ("#79c0ff", True),
        "quote": ("#8b949e", False),
        "list": ("#d29922", True),
        "bold": ("#e6edf3", True),
        "italic": ("#e6edf3", False),
        "strike": ("#8b949e", False),
        "link": ("#58a6ff", False),
        "code": ("#ffa657", False),
        "front": ("#d2a8ff", False),
    },
}


class MarkdownHighlighter(QSyntaxHighlighter):
    def __init__(self, document: QTextDocument, theme: str = "light") -> None:
        super().__init__(document)
        self._formats: dict[str, QTextCharFormat] = {}
        self.set_theme(theme)

    def set_theme(self, theme: str) -> None:
        palette = PALETTES.get(theme, PALETTES["light"])
        self._formats = {
            name: _format(color, bold=bold, italic=(name == "italic"), mono=(name == "code"))
            for name, (color, bold) in palette.items()
        }
        self.rehighlight()

    def highlightBlock(self, text: str) -> None:  # Qt's name
        previous = self.previousBlockState()
        block_number = self.currentBlock().blockNumber()
        if block_number == 0 and text.rstrip() in ("---", "+++"):
            self.setFormat(0, len(text), self._formats["front"])
            self.setCurrentBlockState(IN_FRONT_MATTER)
            return
        if previous == IN_FRONT_MATTER:
            self.setFormat(0, len(text), self._formats["front"])
            closed = text.rstrip() in ("---", "+++", "...")
            self.setCurrentBlockState(NORMAL if closed else IN_FRONT_MATTER)
            return
        if _FENCE.match(text):
            self.setFormat(0, len(text), self._formats["code"])
            self.setCurrentBlockState(NORMAL if previous == IN_FENCE else IN_FENCE)
            return
        if previous == IN_FENCE:
            self.setFormat(0, len(text), self._formats["code"])
            self.setCurrentBlockState(IN_FENCE)
            return
        self.setCurrentBlockState(NORMAL)
        for pattern, name in _RULES:
            for match in pattern.finditer(text):
                self.setFormat(match.start(), match.end() - match.start(), self._formats[name])
