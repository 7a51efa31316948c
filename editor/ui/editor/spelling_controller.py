"""Spelling as you type: wavy underlines, checked off the UI thread, and the context menu.

Checking runs on a worker (``BackgroundRunner``) after a short pause in
typing: first the chunks on screen, then the whole post; unchanged chunks
come from the core's per-chunk cache, so a keystroke re-checks one chunk. The
word under the cursor while the writer types it is never underlined (it is
not finished yet). Right-click on an underlined word offers up to seven
suggestions, Add to dictionary (the personal list), Add to site word list
(``.kosei/words.txt``) and Ignore in this post. Suggestions are computed in the
background after each full check, so the menu rarely waits for Hunspell.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QPoint, Qt, QTimer, Signal, Slot
from PySide6.QtGui import QAction, QTextCursor
from PySide6.QtWidgets import QMenu

from editor.core.settings import Settings
from editor.core.text.utf16 import Utf16Offsets
from editor.ui.app.i18n import tr
from editor.ui.editor.markdown_editor import MarkdownEditor

if TYPE_CHECKING:  # the language tools load with the first check, after the first paint (#19)
    from editor.core.language.setup import PostPlan
    from editor.core.language.spelling import Misspelling, SpellCache

UNDERLINE_COLOR = "#d03030"
MARK_NAME = "spelling"
DELAY_MS = 250
MAX_MENU_SUGGESTIONS = 7
_PREFETCH = 40  # words whose suggestions are computed after a full check
LARGE_CHARACTERS = 2_000_000  # as the rules: paused large files are not spell-checked as you type
VISIBLE_LINES = 120  # blocks underlined below the first visible one
VISIBLE_MARGIN = 40  # paused large files are not spell-checked as you type


class SpellingController(QObject):
    checked = Signal()  # underlines updated from a finished full check
    settings_changed = Signal()  # an ignored word was added to the settings

    def __init__(self, parent: QObject, editor: MarkdownEditor, settings: Settings) -> None:
        super().__init__(parent)
        from editor.ui.app.workers import BackgroundRunner

        self._editor, self._settings = editor, settings
        self._path: Path | None = None
        self.data_folder: Path | None = None
        self._cache: SpellCache | None = None  # made by the first check
        self._plan: PostPlan | None = None
        self._found: list[Misspelling] = []
        self._ranges: list[tuple[int, int]] = []  # Qt positions of every misspelling, sorted
        self._shown: list[tuple[int, int]] = []
        self._text = ""
        self._revision = 0
        self._typing_at: int | None = None  # Qt position of the last keystroke
        self._timer = QTimer(self, singleShot=True)
        self._timer.timeout.connect(self.run_now)
        self._runner = BackgroundRunner(self)
        self._runner.finished.connect(self._on_runner_finished)
        self._suggester = BackgroundRunner(self)
        editor.textChanged.connect(self._on_editor_text_changed)
        editor.cursorPositionChanged.connect(self._on_editor_cursor_position_changed)
        editor.verticalScrollBar().valueChanged.connect(self._show_visible)
        editor.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        editor.customContextMenuRequested.connect(self._on_editor_context_menu_requested)

    @property
    def runner(self):  # noqa: ANN201 - tests wait on it
        return self._runner

    @property
    def misspellings(self) -> list[Misspelling]:
        return list(self._found)

    @property
    def plan(self) -> PostPlan | None:
        return self._plan

    def reset(self, path: Path | None) -> None:
        self._path = path
        self._cache = None
        self._found, self._ranges, self._shown = [], [], []
        self._plan = None
        self._typing_at = None
        self._editor.mark_underlines(MARK_NAME, [], UNDERLINE_COLOR)

    def refresh(self) -> None:
        """Preferences or word lists changed: forget what was loaded and check again."""
        from editor.core.language.setup import forget_cached

        forget_cached()
        self._cache = None
        self.run_now()

    # -- checking ----------------------------------------------------------------------------
    @Slot()
    def _on_editor_text_changed(self) -> None:
        self._revision += 1
        self._typing_at = self._editor.textCursor().position()
        if self._settings.spelling_enabled:
            self._timer.start(DELAY_MS)

    def cancel_scheduled(self) -> None:
        """Drop a pending run (a load: the window decides when the first check runs)."""
        self._timer.stop()

    def run_now(self) -> None:
        self._timer.stop()
        too_large = self._editor.document().characterCount() > LARGE_CHARACTERS
        if not self._settings.spelling_enabled or too_large:
            self._found, self._ranges, self._shown = [], [], []
            self._editor.mark_underlines(MARK_NAME, [], UNDERLINE_COLOR)
            return
        from editor.core.language.preferences import language_setup
        from editor.core.language.setup import post_plan
        from editor.core.language.spelling import SpellCache, misspellings

        text, revision, path = self._editor.text(), self._revision, self._path
        setup = language_setup(self._settings, self.data_folder, path)
        if self._cache is None:
            self._cache = SpellCache()
        cache = self._cache
        first = self._editor.firstVisibleBlock().blockNumber()
        visible = (max(0, first - 5), first + 80)

        def work() -> tuple[int, str, PostPlan, list[Misspelling]]:
            plan = post_plan(setup, text, path)
            if plan.speller is None:
                return revision, text, plan, []
            # On-screen chunks first (shown at once), then the rest from the warm cache.
            misspellings(text, plan.speller, cache, visible, setup.ignored_words)
            return (
                revision,
                text,
                plan,
                misspellings(text, plan.speller, cache, None, setup.ignored_words),
            )

        self._runner.submit(work)

    @Slot(int, object)
    def _on_runner_finished(self, _generation: int, result: object) -> None:
        if isinstance(result, Exception) or result is None:
            return
        revision: int = result[0]  # type: ignore[index]
        text: str = result[1]  # type: ignore[index]
        plan: PostPlan = result[2]  # type: ignore[index]
        found: list[Misspelling] = result[3]  # type: ignore[index]
        if revision != self._revision:
            return  # typed meanwhile: the offsets belong to an older text
        self._plan, self._found, self._text = plan, found, text
        self._show()
        self._prefetch_suggestions()
        self.checked.emit()

    def _show(self) -> None:
        """Underline the words on screen (and a margin): thousands of extra selections in a
        long post would make every repaint slow, so off-screen words wait for a scroll."""
        offsets = Utf16Offsets(self._text)
        self._ranges = [(offsets.to_utf16(m.start), offsets.to_utf16(m.end)) for m in self._found]
        self._show_visible()

    @Slot()
    def _show_visible(self) -> None:
        editor = self._editor
        document = editor.document()
        first = editor.firstVisibleBlock().blockNumber()
        top = document.findBlockByNumber(max(0, first - VISIBLE_MARGIN))
        bottom = document.findBlockByNumber(first + VISIBLE_LINES + VISIBLE_MARGIN)
        low = top.position()
        high = (
            bottom.position() + bottom.length() if bottom.isValid() else document.characterCount()
        )
        lo = bisect_left(self._ranges, (low, low))
        hi = bisect_right(self._ranges, (high, high))
        shown = [
            (start, end)
            for start, end in self._ranges[lo:hi]
            if self._typing_at is None or not (start <= self._typing_at <= end)  # being typed
        ]
        if shown != self._shown:
            self._shown = shown
            editor.mark_underlines(MARK_NAME, shown, UNDERLINE_COLOR)

    @Slot()
    def _on_editor_cursor_position_changed(self) -> None:
        if self._typing_at is None:
            return
        position = self._editor.textCursor().position()
        word = self._editor.textCursor()
        word.select(QTextCursor.SelectionType.WordUnderCursor)
        if not (word.selectionStart() <= self._typing_at <= word.selectionEnd()) or (
            abs(position - self._typing_at) > 1 and not self._timer.isActive()
        ):
            self._typing_at = None  # left the word: it is finished, show its underline
            if not self._timer.isActive():
                self._show_visible()

    def _prefetch_suggestions(self) -> None:
        plan = self._plan
        if plan is None or plan.speller is None:
            return
        speller = plan.speller
        words = list(dict.fromkeys(m.word for m in self._found))[:_PREFETCH]

        def work() -> None:
            for word in words:
                speller.suggest(word, MAX_MENU_SUGGESTIONS)

        self._suggester.submit(work)

    # -- context menu ------------------------------------------------------------------------
    def misspelling_at(self, position: int) -> Misspelling | None:
        """The underlined word at Qt position ``position``, if any."""
        offsets = Utf16Offsets(self._text)
        for miss in self._found:
            if offsets.to_utf16(miss.start) <= position <= offsets.to_utf16(miss.end):
                return miss
        return None

    def build_menu(self, point: QPoint) -> QMenu:
        """The editor's context menu at viewport ``point``, with spelling actions on top."""
        menu = self._editor.createStandardContextMenu(self._editor.viewport().mapToGlobal(point))
        miss = self.misspelling_at(self._editor.cursorForPosition(point).position())
        if miss is None or self._plan is None or self._plan.speller is None:
            return menu
        first = menu.actions()[0] if menu.actions() else None
        added: list[QAction] = []
        suggestions = self._plan.speller.suggest(miss.word, MAX_MENU_SUGGESTIONS)
        for suggestion in suggestions:
            action = QAction(suggestion, menu)
            action.setObjectName("spelling_suggestion")
            action.triggered.connect(lambda _=False, m=miss, s=suggestion: self.replace(m, s))
            added.append(action)
        if not suggestions:
            none = QAction(tr("No suggestions"), menu)
            none.setEnabled(False)
            added.append(none)
        for name, label, slot in (
            ("spelling_add_personal", tr("Add to Dictionary"), self.add_to_dictionary),
            ("spelling_add_site", tr("Add to Site Word List"), self.add_to_site_words),
            ("spelling_ignore", tr("Ignore in This Post"), self.ignore_in_post),
        ):
            if name == "spelling_add_site" and self._plan.site_root is None:
                continue
            action = QAction(label, menu)
            action.setObjectName(name)
            action.triggered.connect(lambda _=False, w=miss.word, f=slot: f(w))
            added.append(action)
        separator = QAction(menu)
        separator.setSeparator(True)
        added.append(separator)
        menu.insertActions(first, added)  # type: ignore[arg-type]
        return menu

    @Slot(QPoint)
    def _on_editor_context_menu_requested(self, point: QPoint) -> None:
        menu = self.build_menu(point)
        menu.exec(self._editor.viewport().mapToGlobal(point))
        menu.deleteLater()

    def replace(self, miss: Misspelling, suggestion: str) -> None:
        if self._editor.text() != self._text:
            return  # the text moved on since the check: the offsets are stale
        offsets = Utf16Offsets(self._text)
        cursor = QTextCursor(self._editor.document())
        cursor.setPosition(offsets.to_utf16(miss.start))
        cursor.setPosition(offsets.to_utf16(miss.end), QTextCursor.MoveMode.KeepAnchor)
        cursor.insertText(suggestion)

    def add_to_dictionary(self, word: str) -> None:
        from editor.core.language.preferences import personal_words_path
        from editor.core.language.wordlists import add_word

        if self.data_folder is not None:
            add_word(personal_words_path(self.data_folder), word)
        self._learn(word)

    def add_to_site_words(self, word: str) -> None:
        from editor.core.language.site_files import site_words_path
        from editor.core.language.wordlists import add_word

        if self._plan is not None and self._plan.site_root is not None:
            add_word(site_words_path(self._plan.site_root), word)
        self._learn(word)

    def ignore_in_post(self, word: str) -> None:
        from editor.core.language.preferences import ignore_key

        words = self._settings.spelling_ignored_words.setdefault(ignore_key(self._path), [])
        if word not in words:
            words.append(word)
            self.settings_changed.emit()
        self._drop(word)

    def _learn(self, word: str) -> None:
        if self._plan is not None and self._plan.speller is not None:
            self._plan.speller.learn(word)
        self._cache = None
        self._drop(word)

    def _drop(self, word: str) -> None:
        self._found = [m for m in self._found if m.word != word]
        self._show()
        self.run_now()
