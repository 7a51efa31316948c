"""Connects the find bar to the editor: debounced search, moving between matches, replacing.

The search itself is ``editor.core.text.search`` (Python offsets); this class converts to
Qt's UTF-16 positions and back. Only the matches near the visible part of the editor
are highlighted, so a post with 100,000 matches costs the same to paint as one with 100.
"""

from __future__ import annotations

import re
import time
from bisect import bisect_left, bisect_right

from PySide6.QtCore import QObject, QPoint, QTimer, Slot
from PySide6.QtGui import QTextCursor

from editor.core.errors import SearchError
from editor.core.text.replace_template import Token
from editor.core.text.search import (
    Match,
    Query,
    compile_query,
    find_all,
    replace_all,
    replacement_for,
    template_tokens,
)
from editor.core.text.utf16 import Utf16Offsets
from editor.ui.app.i18n import plural, tr
from editor.ui.editor.find_bar import FindBar
from editor.ui.editor.markdown_editor import MarkdownEditor
from editor.ui.files.messages import search_error_text

SEARCH_DELAY_MS = 150
MATCH_COLOR = "#a6d4ff"
RANGE_COLOR = "#e6eef8"
HIGHLIGHT_MARGIN = 2_000  # characters highlighted above and below the view (redone on scroll)
HIGHLIGHT_CAP = 1_000  # at most this many highlighted matches at once


class FindController(QObject):
    def __init__(self, parent: QObject, editor: MarkdownEditor, bar: FindBar) -> None:
        super().__init__(parent)
        self._editor, self._bar = editor, bar
        self._timer = QTimer(self, singleShot=True)
        self._last_search_ms = 0.0
        self._move_next_refresh = False
        self._fresh = False
        self._searched_revision = -1  # the document revision the matches were found in
        self._text = ""
        self._offsets = Utf16Offsets("")
        self._query: Query | None = None
        self._tokens: list[Token] | None = None
        self._matches: list[Match] = []
        self._starts: list[int] = []
        self._range: tuple[QTextCursor, QTextCursor] | None = None
        self._highlighted: list[tuple[int, int]] | None = None
        self._timer.timeout.connect(self._on_timer_timeout)
        bar.search_changed.connect(self._on_bar_search_changed)
        bar.in_selection_toggled.connect(self._on_bar_in_selection_toggled)
        bar.next_requested.connect(self.find_next)
        bar.previous_requested.connect(self.find_previous)
        bar.replace_requested.connect(self.replace_current)
        bar.replace_all_requested.connect(self.replace_all)
        bar.close_requested.connect(self.close)
        editor.textChanged.connect(self._on_editor_text_changed)
        editor.verticalScrollBar().valueChanged.connect(self._on_editor_scrolled)

    @property
    def matches(self) -> list[Match]:
        return self._matches

    # -- opening and closing -----------------------------------------------------------------
    def open(self, with_replace: bool) -> None:
        """Show the bar; a one-line selection becomes the query."""
        selected = self._editor.textCursor().selectedText()
        query = selected if selected and "\u2029" not in selected else None
        if query and self._is_selection_a_match():
            query = None  # keep the pattern (a regex) that found the selection
        if query and self._bar.regex.isChecked():
            query = re.escape(query)
        if selected and not query and self._bar.in_selection.isChecked():
            self._capture_range()  # a new multi-line selection replaces the old range
        self._mark_range()
        self._bar.open(query, with_replace)
        self.refresh(move=False)

    def _is_selection_a_match(self) -> bool:
        if not self._bar.query():
            return False
        if not self._fresh or self._timer.isActive():
            self.refresh(move=False)
        return self._current_index() >= 0

    @Slot()
    def close(self) -> None:
        self._timer.stop()
        self._bar.hide()
        self._set_highlights([])
        self._editor.mark_ranges("find_range", [], RANGE_COLOR)
        self._editor.setFocus()

    # -- searching ---------------------------------------------------------------------------
    @Slot()
    def _on_bar_search_changed(self) -> None:
        self._fresh = False
        self._move_next_refresh = True
        self._timer.start(SEARCH_DELAY_MS)

    @Slot()
    def _on_editor_text_changed(self) -> None:
        self._fresh = False
        self._highlighted = None  # the marks moved with the text; repaint them next time
        if self._bar.isVisible():
            # While typing in a big post with a slow pattern, search less often.
            self._timer.start(max(SEARCH_DELAY_MS, min(1000, 3 * int(self._last_search_ms))))

    @Slot()
    def _on_timer_timeout(self) -> None:
        self.refresh(move=self._move_next_refresh)

    def refresh(self, move: bool) -> None:
        """Search now; with ``move`` select the first match from the cursor on."""
        self._timer.stop()
        self._move_next_refresh = False
        self._text = self._editor.text()
        self._offsets = Utf16Offsets(self._text)
        self._fresh = True
        self._searched_revision = self._editor.document().revision()
        try:
            self._query = compile_query(self._bar.query(), self._bar.options())
        except SearchError as error:
            self._query = None
            self._set_matches([])
            self._bar.show_error(search_error_text(error))
            return
        bounds = self._search_bounds()
        started = time.perf_counter()
        self._set_matches(find_all(self._text, self._query, *bounds) if bounds else [])
        self._last_search_ms = (time.perf_counter() - started) * 1000
        if move and self._matches:
            start = self._selection()[0]
            self._select(min(bisect_left(self._starts, start), len(self._matches) - 1))
        self._show_state()

    def _set_matches(self, matches: list[Match]) -> None:
        self._matches = matches
        self._starts = [m.start for m in matches]
        self._highlight_visible()

    def _search_bounds(self) -> tuple[int, int] | None:
        if not self._bar.in_selection.isChecked():
            return 0, len(self._text)
        if self._range is None:
            return None
        start, end = self._range
        return (
            self._offsets.from_utf16(start.position()),
            self._offsets.from_utf16(end.position()),
        )

    def _show_state(self) -> None:
        """The count, or why there is none (no selection, a bad replacement)."""
        self._tokens = None
        if self._query is not None:
            try:
                self._tokens = template_tokens(self._query, self._bar.replacement())
            except SearchError as error:
                if self._bar.replace_visible():
                    self._bar.show_error(search_error_text(error))
                    return
        if self._bar.in_selection.isChecked() and self._range is None:
            self._bar.show_note(tr("Select text, then tick “In selection”"))
            return
        self._bar.show_count(self._current_index() + 1, len(self._matches))

    # -- positions ---------------------------------------------------------------------------
    def _selection(self) -> tuple[int, int]:
        cursor = self._editor.textCursor()
        return (
            self._offsets.from_utf16(cursor.selectionStart()),
            self._offsets.from_utf16(cursor.selectionEnd()),
        )

    def _current_index(self) -> int:
        """Index of the match the editor has selected, or -1."""
        start, end = self._selection()
        index = bisect_left(self._starts, start)
        while index < len(self._matches) and self._matches[index].start == start:
            if self._matches[index].end == end:
                return index
            index += 1
        return -1

    def _select(self, index: int) -> None:
        match = self._matches[index]
        cursor = QTextCursor(self._editor.document())
        cursor.setPosition(self._offsets.to_utf16(match.start))
        cursor.setPosition(self._offsets.to_utf16(match.end), QTextCursor.MoveMode.KeepAnchor)
        self._editor.setTextCursor(cursor)
        self._editor.ensureCursorVisible()
        self._highlight_visible()
        self._bar.show_count(index + 1, len(self._matches))

    # -- moving ------------------------------------------------------------------------------
    def _prepare(self) -> bool:
        """Bring the results up to date (showing the bar if needed); False if nothing to do."""
        if not self._bar.isVisible():
            self._bar.open(None, self._bar.replace_visible())
            self._fresh = False
        if not self._fresh or self._timer.isActive():
            self.refresh(move=False)
        return bool(self._matches)

    @Slot()
    def find_next(self) -> None:
        if not self._prepare():
            return
        current = self._current_index()
        if current >= 0:
            self._select((current + 1) % len(self._matches))
            return
        index = bisect_left(self._starts, self._selection()[1])
        self._select(index if index < len(self._matches) else 0)

    @Slot()
    def find_previous(self) -> None:
        if not self._prepare():
            return
        current = self._current_index()
        if current >= 0:
            self._select((current - 1) % len(self._matches))
            return
        index = bisect_left(self._starts, self._selection()[0]) - 1
        self._select(index if index >= 0 else len(self._matches) - 1)

    # -- replacing ---------------------------------------------------------------------------
    @Slot()
    def replace_current(self) -> None:
        """Replace the selected match and select the next one; else just find the next."""
        if not self._prepare() or self._tokens is None:
            return
        current = self._current_index()
        if current < 0:
            self.find_next()
            return
        match = self._matches[current]
        new = replacement_for(self._text, match, self._tokens)
        cursor = self._editor.textCursor()
        cursor.beginEditBlock()
        cursor.insertText(new)
        cursor.endEditBlock()
        self.refresh(move=False)
        if self._matches:
            index = bisect_left(self._starts, match.start + len(new))
            self._select(index if index < len(self._matches) else 0)

    @Slot()
    def replace_all(self) -> None:
        """Replace every match (in the selection range if ticked) as one undo step."""
        if not self._prepare() or self._query is None or self._tokens is None:
            return
        bounds = self._search_bounds()
        if bounds is None:
            return
        result = replace_all(self._text, self._query, self._bar.replacement(), *bounds)
        self._editor.replace_text_minimal(result.text)
        self.refresh(move=False)
        self._bar.show_note(plural("Replaced %n match", "Replaced %n matches", result.count))

    # -- in selection ------------------------------------------------------------------------
    @Slot(bool)
    def _on_bar_in_selection_toggled(self, checked: bool) -> None:
        self._range = None
        if checked:
            self._capture_range()
        self._mark_range()
        self._on_bar_search_changed()

    def _capture_range(self) -> None:
        cursor = self._editor.textCursor()
        if cursor.hasSelection():
            start = QTextCursor(self._editor.document())
            start.setPosition(cursor.selectionStart())
            start.setKeepPositionOnInsert(True)  # text typed at the edge stays outside
            end = QTextCursor(self._editor.document())
            end.setPosition(cursor.selectionEnd())
            self._range = (start, end)

    def _mark_range(self) -> None:
        ranges = [(self._range[0].position(), self._range[1].position())] if self._range else []
        self._editor.mark_ranges("find_range", ranges, RANGE_COLOR)

    # -- highlights --------------------------------------------------------------------------
    @Slot(int)
    def _on_editor_scrolled(self, _value: int) -> None:
        # A scroll caused by an edit (a reload shrinking the text) comes before the text-changed
        # slot: the match offsets are stale then, and the coming search repaints the marks.
        if self._bar.isVisible() and self._searched_revision == self._editor.document().revision():
            self._highlight_visible()

    def _highlight_visible(self) -> None:
        if not self._bar.isVisible() or not self._matches:
            self._set_highlights([])
            return
        viewport = self._editor.viewport()
        top = self._editor.cursorForPosition(QPoint(0, 0)).position()
        bottom = self._editor.cursorForPosition(QPoint(viewport.width(), viewport.height()))
        low = self._offsets.from_utf16(top) - HIGHLIGHT_MARGIN
        high = self._offsets.from_utf16(bottom.position()) + HIGHLIGHT_MARGIN
        first = bisect_left(self._starts, low)
        last = min(bisect_right(self._starts, high), first + HIGHLIGHT_CAP)
        to16 = self._offsets.to_utf16
        self._set_highlights(
            [(to16(m.start), to16(m.end)) for m in self._matches[first:last] if m.end > m.start]
        )

    def _set_highlights(self, ranges: list[tuple[int, int]]) -> None:
        if ranges != self._highlighted:
            self._highlighted = ranges
            self._editor.mark_ranges("find", ranges, MATCH_COLOR)
