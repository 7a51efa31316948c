"""The editor's exact text as a Python string, kept up to date from the document's edits.

Reading a QTextDocument's exact text costs O(document) (12-22 ms for 1 MB); the
mirror reads only what each edit added (``contentsChange``) and splices the string
when someone asks for it, at most once per batch of edits. Qt counts positions in
UTF-16 units, Python in code points: the UTF-16 positions of the few characters
outside the BMP (emoji) are kept in a sorted list to convert between the two. After
every edit the mirror's UTF-16 length is compared with the document's; a mismatch
(an edit reported in a way this does not foresee) reads the whole text again.

Each reader that wants to know what changed since it last looked holds a
:class:`ChangeRange` from :meth:`TextMirror.track`.
"""

from __future__ import annotations

import bisect
import logging
import re

import shiboken6
from PySide6.QtCore import QObject, Slot
from PySide6.QtGui import QTextCursor, QTextDocument

_ASTRAL = re.compile("[\U00010000-\U0010ffff]")
_log = logging.getLogger(__name__)


class ChangeRange:
    """How much of the text at the start and at the end is the same as at the last ``take``."""

    def __init__(self, length: int) -> None:
        self._prefix = self._suffix = length
        self._known = True
        self._edited = False

    def note(self, start: int, added: int, new_length: int) -> None:
        """An edit put ``added`` characters at ``start`` (in place of some, or none)."""
        self._prefix = min(self._prefix, start)
        self._suffix = min(self._suffix, new_length - start - added)
        self._edited = True

    def forget(self) -> None:
        """Nothing is known until the next ``take`` (the whole text was read again)."""
        self._known = False

    def take(self, length: int) -> tuple[int, int] | None:
        """(prefix, suffix) kept since the last call, None when unknown; starts a new range."""
        if not self._known:
            found = None
        else:
            found = (self._prefix, self._suffix) if self._edited else (length, 0)
        self._prefix = self._suffix = length
        self._known, self._edited = True, False
        return found


class TextMirror(QObject):
    """The exact text of ``document`` ("\\n" newlines, non-breaking spaces kept)."""

    def __init__(self, document: QTextDocument) -> None:
        super().__init__(document)
        self._document = document
        self._text = ""
        self._pending: list[tuple[int, int, str]] = []  # (start, removed end, added) to splice
        self._length = 0  # in code points, pending edits included
        self._astral: list[int] = []  # UTF-16 positions of non-BMP characters, ascending
        self._ranges: list[ChangeRange] = []
        self.resyncs = 0  # whole-text reads after load (for tests and the bench)
        self._read_all()
        document.contentsChange.connect(self._on_document_contents_change)

    @property
    def text(self) -> str:
        if self._pending:
            text = self._text
            for start, end, added in self._pending:
                text = text[:start] + added + text[end:]
            self._text, self._pending = text, []
        return self._text

    def __len__(self) -> int:
        return self._length

    def track(self) -> ChangeRange:
        """A range of its own that every later edit widens."""
        found = ChangeRange(self._length)
        self._ranges.append(found)
        return found

    def index(self, position: int) -> int:
        """The code-point index of a Qt (UTF-16) position."""
        return position - bisect.bisect_left(self._astral, position)

    # -- edits -------------------------------------------------------------------------------
    @Slot(int, int, int)
    def _on_document_contents_change(self, position: int, removed: int, added: int) -> None:
        if not shiboken6.isValid(self._document):
            return  # the document is being destroyed (it clears itself on the way)
        document_length = self._document.characterCount() - 1  # without the final separator
        old_length = self._length + len(self._astral)
        if position < 0 or position > old_length:
            self._read_all()
            return
        removed = min(removed, old_length - position)
        added = min(added, document_length - position)
        if added < 0 or old_length - removed + added != document_length:
            self._read_all()  # e.g. a whole-document change counted with its last separator
            return
        if removed == added == 0:
            return
        start, end = self.index(position), self.index(position + removed)
        cursor = QTextCursor(self._document)
        cursor.setPosition(position)
        cursor.setPosition(position + added, QTextCursor.MoveMode.KeepAnchor)
        inserted = cursor.selectedText().replace("\u2029", "\n")
        if start == end and not inserted:
            return
        low = bisect.bisect_left(self._astral, position)
        high = bisect.bisect_left(self._astral, position + removed)
        moved = [at + added - removed for at in self._astral[high:]]
        new = [position + at for at in _utf16_astral(inserted)]
        self._astral = self._astral[:low] + new + moved
        self._pending.append((start, end, inserted))
        self._length += len(inserted) - (end - start)
        for found in self._ranges:
            found.note(start, len(inserted), self._length)

    def _read_all(self) -> None:
        cursor = QTextCursor(self._document)
        cursor.select(QTextCursor.SelectionType.Document)
        text = cursor.selectedText().replace("\u2029", "\n")
        self._text, self._pending, self._length = text, [], len(text)
        self._astral = _utf16_astral(text)
        self.resyncs += 1
        for found in self._ranges:
            found.forget()

    def verify(self) -> str:
        """The text read whole from the document; a mirror that differs is corrected (logged)."""
        cursor = QTextCursor(self._document)
        cursor.select(QTextCursor.SelectionType.Document)
        exact = cursor.selectedText().replace("\u2029", "\n")
        if exact != self.text:
            _log.warning("editor text mirror differed from the document; read again")
            self._read_all()
        return exact


def _utf16_astral(text: str) -> list[int]:
    """UTF-16 offsets of the non-BMP characters of ``text`` (each takes two units)."""
    return [match.start() + number for number, match in enumerate(_ASTRAL.finditer(text))]
