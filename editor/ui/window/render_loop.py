"""The live preview loop: each text revision is analysed off the UI thread and shown.

Keys never restart the timer: typing within one frame shares a render, a render in
flight is left to finish and the newest text follows right after it, so the preview
keeps up with continuous typing instead of waiting for a pause.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, cast

from PySide6.QtCore import QObject, QTimer, Slot

from editor.core.settings import Settings
from editor.ui.app.i18n import tr
from editor.ui.app.workers import BackgroundRunner
from editor.ui.editor.markdown_editor import MarkdownEditor
from editor.ui.form import FrontMatterForm
from editor.ui.window.outline_panel import OutlinePanel
from editor.ui.window.status import StatusBar

if TYPE_CHECKING:
    from editor.core.markdown.analysis import Analysis, Block
    from editor.core.markdown.dialects import Dialect
    from editor.ui.preview.view import PreviewView

# Keys typed within this time share one render (one frame); the timer is never restarted.
RENDER_COALESCE_MS = 16
# A render still running after this long says so in the status bar (a 3 MB post).
UPDATING_NOTICE_MS = 300
HEADER_START = '<header class="kosei-post-header"'


def analyse(
    text: str,
    previous: Analysis | None,
    dialect: Dialect | None,
    changed: tuple[int, int] | None = None,
) -> Analysis:
    """The analysis of ``text``; the Markdown stack loads here, on the first render's worker,
    not before the window's first paint (issue #19)."""
    from editor.core.markdown.analysis import analyse as run

    return run(text, previous, dialect, changed)


class RenderLoop(QObject):
    """Feeds the preview, the outline and the status-bar counts from one analysis."""

    def __init__(
        self,
        parent: QObject,
        settings: Settings,
        editor: MarkdownEditor,
        form: FrontMatterForm,
        preview: PreviewView,
        outline: OutlinePanel,
        status: StatusBar,
        path: Callable[[], Path | None],
        paused: Callable[[], bool],
    ) -> None:
        super().__init__(parent)
        self._settings = settings
        self._editor, self._form, self._preview = editor, form, preview
        self._outline, self._status = outline, status
        self._path, self._paused = path, paused
        self.last_render_ms = 0.0
        self._stale = False  # the text changed while a render was running
        # The newest analysis, read and replaced only by render jobs (one runs at a time).
        self.analysis_box: list[Analysis | None] = [None]
        self._last_header: Block | None = None  # the header of the last front matter that parsed
        self._edits = editor.mirror.track()  # what changed since the last submitted text
        self._submitted: str | None = None
        self.timer = QTimer(self, singleShot=True)
        self.runner = BackgroundRunner(self)
        self.timer.timeout.connect(self._on_timer_timeout)
        self.runner.finished.connect(self._on_runner_finished)
        self._notice = QTimer(self, singleShot=True, interval=UPDATING_NOTICE_MS)
        self._notice.timeout.connect(self._on_notice_timeout)
        self._noticed = False

    def reset(self) -> None:
        """A new document: nothing of the old one's header is kept."""
        self._last_header = None

    def render_now(self) -> None:
        self.timer.stop()
        self._on_timer_timeout()

    def text_changed(self) -> None:
        """Called on every edit (not while the preview is paused for a large file)."""
        if self.runner.busy:
            self._stale = True
        elif not self.timer.isActive():
            self.timer.start(min(RENDER_COALESCE_MS, self._settings.preview_delay_ms))

    @Slot()
    def _on_timer_timeout(self) -> None:
        self._stale = False
        text = self._editor.text()  # the editor's mirror: no whole read of the document
        changed = self._edits.take(len(text))
        base, self._submitted = self._submitted, text
        path = self._path()
        self._form.set_source(text, path)
        box = self.analysis_box

        def work() -> tuple[Analysis, float]:
            started = time.perf_counter()
            previous = box[0]
            # The edits say what changed since ``base``; they are about ``previous`` only
            # when that is the analysis of ``base`` (render_now may have skipped a revision).
            hint = changed if previous is not None and previous.text is base else None
            from editor.core.markdown.dialects import cached_dialect_for

            analysis = analyse(text, previous, cached_dialect_for(path, text), hint)
            box[0] = analysis
            return analysis, (time.perf_counter() - started) * 1000

        self.runner.submit(work)
        if not self._notice.isActive() and not self._noticed:
            self._notice.start()

    @Slot()
    def _on_notice_timeout(self) -> None:
        if self.runner.busy:
            self._noticed = True
            self._status.showMessage(tr("Updating the preview…"))

    @Slot(int, object)
    def _on_runner_finished(self, generation: int, result: object) -> None:
        if not self.runner.busy and not self._stale:  # caught up: no newer text waits
            self._notice.stop()
            if self._noticed and self._status.currentMessage() == tr("Updating the preview…"):
                self._status.clearMessage()
            self._noticed = False
        if isinstance(result, Exception):
            self._status.showMessage(tr("Preview failed: %1").replace("%1", str(result)), 5000)
            return
        analysis, elapsed = cast("tuple[Analysis, float]", result)
        blocks = self._with_last_header(analysis)
        self.last_render_ms = elapsed
        line = self._editor.line_column()[0]
        self._outline.set_headings(list(analysis.headings))
        self._outline.show_cursor_line(line)
        self._preview.show_blocks(generation, blocks, line)
        self._status.show_stats(analysis.stats)
        if self._stale and not self._paused():
            self._on_timer_timeout()

    def _with_last_header(self, analysis: Analysis) -> tuple[Block, ...]:
        """The blocks to show: while the front matter does not parse, the last title stays."""
        blocks = analysis.blocks
        has_header = bool(blocks) and blocks[0].relative_html.startswith(HEADER_START)
        if analysis.header_valid:
            self._last_header = blocks[0] if has_header else None
            return blocks
        body = blocks[1:] if has_header else blocks
        return ((self._last_header,) + body) if self._last_header is not None else body
