"""Markdown syntax colouring for the editor, line by line with block state, in slices.

Qt re-colours the blocks after an edit for as long as their state changes: the key
that opens a fence near the top of a 1 MB post re-coloured all of it at once
(580 ms). Here one edit's run stops after :data:`SLICE_SECONDS` (the edited blocks
themselves are always done) and goes on from a zero timer, a slice at a time, so
keys typed meanwhile are handled between slices; the blocks just after the edit,
the ones on screen, are coloured first. A run is stopped by storing, in the block
where it stops, the state it had before: Qt then sees no change and stops; the block
is queued and coloured again (then its next one) when the run goes on.

An edit that adds :data:`BIG_EDIT` characters or more (a large paste, a post opened)
is itself coloured in slices: Qt visits all its blocks, but past the first slice they
only get a state no colouring gives (:data:`LATER`), so the run that goes on from the
first of them never stops early on one.
"""

from __future__ import annotations

import re
import time

from PySide6.QtCore import QObject, QTimer, Slot
from PySide6.QtGui import (
    QColor,
    QFont,
    QSyntaxHighlighter,
    QTextCharFormat,
    QTextCursor,
    QTextDocument,
)

NORMAL, IN_FENCE, IN_FRONT_MATTER = 0, 1, 2
SLICE_SECONDS = 0.005  # colouring per edit or timer turn, past the edited blocks
BIG_EDIT = 50_000  # characters added by one edit: its own blocks are sliced too
LATER = -2  # the state of a block of a big edit left for the timer

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
    def __init__(
        self, document: QTextDocument | None, theme: str = "light", parent: QObject | None = None
    ) -> None:
        # Not the document as parent (Qt would connect its re-colouring before our edit slot);
        # a parent all the same (the editor), so the Python GC never deletes this QObject and
        # its timer on a worker thread (seen as a segfault in the suite).
        super().__init__(parent)  # type: ignore[arg-type]
        self.slice_seconds = SLICE_SECONDS
        self._formats: dict[str, QTextCharFormat] = {}
        self._run_started = 0.0
        self._edit_end = 1 << 62  # blocks before this position are coloured in any case
        self._big = False  # the edit is a big one: its blocks are sliced too
        self._deferring = False  # this run has left the rest of a big edit for the timer
        self._queued: list[QTextCursor] = []  # where stopped runs go on
        self._timer = QTimer(self, singleShot=True, interval=0)
        self._timer.timeout.connect(self._on_timer_timeout)
        self.set_theme(theme)
        self.setDocument(document)

    def setDocument(self, document: QTextDocument | None) -> None:  # type: ignore[override]  # Qt's name
        """Also follow the document's edits, connected before Qt's own re-colouring."""
        old = self.document()
        if old is not None:
            old.contentsChange.disconnect(self._on_document_contents_change)
        self._queued.clear()
        if document is not None:
            document.contentsChange.connect(self._on_document_contents_change)
        super().setDocument(document)  # type: ignore[arg-type]

    @property
    def busy(self) -> bool:
        """Some blocks still wait for their colours."""
        return bool(self._queued)

    def set_theme(self, theme: str) -> None:
        palette = PALETTES.get(theme, PALETTES["light"])
        self._formats = {
            name: _format(color, bold=bold, italic=(name == "italic"), mono=(name == "code"))
            for name, (color, bold) in palette.items()
        }
        self._edit_end = 1 << 62  # a whole re-colouring is not sliced
        self._big = self._deferring = False
        self.rehighlight()

    @Slot(int, int, int)
    def _on_document_contents_change(self, position: int, _removed: int, added: int) -> None:
        self._run_started = time.perf_counter()
        self._edit_end = position + added
        self._big, self._deferring = added >= BIG_EDIT, False

    @Slot()
    def _on_timer_timeout(self) -> None:
        """Go on with the oldest stopped run for one slice."""
        if not self._queued or self.document() is None:
            return
        block = self._queued.pop(0).block()
        for target in (block, block.next()):  # the stopped block, then the one it may mislead
            if not target.isValid():
                continue
            self._run_started = time.perf_counter()
            self._edit_end = target.position() + target.length()
            self._big = self._deferring = False
            self.rehighlightBlock(target)
        if self._queued:
            self._timer.start()

    def highlightBlock(self, text: str) -> None:  # Qt's name
        block = self.currentBlock()
        stored = block.userState()
        if self._big and block.position() < self._edit_end:
            if self._deferring or time.perf_counter() - self._run_started > self.slice_seconds:
                if not self._deferring:  # the first block left: the timer goes on from it
                    self._deferring = True
                    self._queued.append(QTextCursor(block))
                    self._timer.start()
                self.setCurrentBlockState(LATER)
                return
        elif self._deferring:  # just past a big edit left for the timer, whose run comes here
            self.setCurrentBlockState(stored)  # no change: Qt stops
            return
        self._colour(text, block.blockNumber())
        if (
            block.position() >= self._edit_end
            and self.currentBlockState() != stored
            and time.perf_counter() - self._run_started > self.slice_seconds
        ):
            self.setCurrentBlockState(stored)  # Qt stops here; the run goes on from the timer
            cursor = QTextCursor(block)
            self._queued.append(cursor)
            self._timer.start()

    def _colour(self, text: str, block_number: int) -> None:
        previous = self.previousBlockState()
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
