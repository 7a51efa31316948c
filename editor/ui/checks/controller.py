"""Runs the draft checks in the background and connects findings to editor, preview and panel.

Fix all applies the safe fixes one after another (:func:`editor.core.checks.fix_all`, the
code path of ``kosei check --fix``) as one undo step. Ignoring a finding can be
undone with Edit > Undo until the text changes after it (:meth:`undo_ignore`).
"""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QTimer, Signal, Slot

from editor.core.checks import apply_fix, fix_all, run_checks
from editor.core.checks.findings import Finding
from editor.core.checks.fixes import span_offsets
from editor.core.checks.settings import options_from_settings
from editor.core.frontmatter import presets
from editor.core.settings import Settings
from editor.ui.checks.panel import ChecksPanel
from editor.ui.editor.markdown_editor import MarkdownEditor

if TYPE_CHECKING:
    from editor.core.checks import CheckCache
    from editor.ui.preview.view import PreviewView

FINDING_COLOR = "#ffe08a"
RELATED_COLOR = "#e3d7ff"


class ChecksController(QObject):
    findings_changed = Signal(list)  # the findings now shown (ignored ones removed)
    settings_changed = Signal()
    related_post_requested = Signal(object, int)  # (Path, line): a finding's copy in another post

    def __init__(
        self,
        parent: QObject,
        editor: MarkdownEditor,
        preview: PreviewView,
        panel: ChecksPanel,
        settings: Settings,
    ) -> None:
        super().__init__(parent)
        from editor.ui.app.workers import BackgroundRunner

        self._editor, self._preview, self._panel, self._settings = editor, preview, panel, settings
        self._path: Path | None = None
        self.data_folder: Path | None = None  # <data> for dictionaries (set by the window)
        self._cache: CheckCache | None = None  # made by the first run (the rules load then)
        self._revision = 0
        self._findings: list[Finding] = []  # the last run's findings, ignored ones included
        self._ignore_undo: list[tuple[str, int]] = []  # (key, editor undo steps at the time)
        self._fix_places: list[tuple[int, int]] = []  # (undo steps after a fix, its line)
        self._timer = QTimer(self, singleShot=True)
        self._runner = BackgroundRunner(self)
        self._timer.timeout.connect(self.run_now)
        self._runner.finished.connect(self._on_runner_finished)
        self._editor.textChanged.connect(self._on_editor_text_changed)
        panel.finding_activated.connect(self._on_panel_finding_activated)
        panel.fix_requested.connect(self.fix)
        panel.ignore_requested.connect(self.ignore)
        panel.unignore_requested.connect(self.unignore)
        panel.fix_all_requested.connect(self.fix_all)

    @property
    def runner(self):  # noqa: ANN201 - used by tests to wait for results
        return self._runner

    def reset(self, path: Path | None) -> None:
        self._path = path
        self._cache = None
        self._findings = []
        self._ignore_undo = []
        self._panel.set_findings([], [])

    def schedule(self) -> None:
        self._timer.start(self._settings.check_delay_ms)

    def cancel_scheduled(self) -> None:
        """Drop a pending run (e.g. the document became a paused large file)."""
        self._timer.stop()

    @Slot()
    def _on_editor_text_changed(self) -> None:
        self._revision += 1

    @Slot()
    def run_now(self) -> None:
        self._timer.stop()
        from editor.core.checks.context import CheckCache
        from editor.core.language.preferences import language_setup
        from editor.core.language.proofreading.morph import release_pages

        if self._cache is None:
            self._cache = CheckCache()
        text, revision = self._editor.text(), self._revision
        path, cache = self._path, self._cache
        site = presets.remembered_preset(path, self._settings.site_presets)
        options = replace(
            options_from_settings(self._settings),
            language=language_setup(self._settings, self.data_folder, path, panel=True),
            site=site,
        )

        def work() -> tuple[int, list[Finding]]:
            findings = run_checks(text, path=path, options=options, cache=cache)
            # Sudachi's dictionary pages go back to the page cache between runs (issue #19).
            release_pages()
            return revision, findings

        self._runner.submit(work)

    @Slot(int, object)
    def _on_runner_finished(self, _generation: int, result: object) -> None:
        if isinstance(result, Exception):
            return
        revision: int = result[0]  # type: ignore[index]
        findings: list[Finding] = result[1]  # type: ignore[index]
        if revision != self._revision:
            return  # the text moved on: never show findings against text they were not made for
        self._findings = findings
        self._show()

    def _ignored_keys(self) -> set[str]:
        return set(self._settings.ignored_findings.get(self._ignore_key(), []))

    def _show(self) -> None:
        ignored = self._ignored_keys()
        shown = [f for f in self._findings if not (f.key and f.key in ignored)]
        hidden = [f for f in self._findings if f.key and f.key in ignored]
        self._panel.set_findings(shown, hidden)
        self.findings_changed.emit(shown)

    def error_count(self) -> int:
        """Error findings still shown (export warns about them)."""
        return sum(1 for f in self._panel.findings if f.severity.value == "error")

    # -- showing -----------------------------------------------------------------------------
    @Slot(object)
    def show_finding(self, finding: Finding) -> None:
        here = [span for span in finding.related if span.path is None]
        self._editor.mark_spans("related", here, RELATED_COLOR)
        self._editor.mark_spans("finding", [finding.span], FINDING_COLOR)
        self._editor.select_span(finding.span)
        self._preview.scroll_to_line(finding.span.line)
        self._preview.flash_lines(finding.span.line, finding.span.end_line, "kosei-flash")
        if here:
            self._preview.flash_lines(here[0].line, here[0].end_line, "kosei-related")
        else:  # the previous finding's related passage must not stay marked
            self._clear_preview_marks("kosei-related")

    def _clear_preview_marks(self, css_class: str) -> None:
        self._preview.run_js(
            f"document.querySelectorAll('.{css_class}')"
            f".forEach(function (e) {{ e.classList.remove('{css_class}'); }})"
        )

    @Slot(object)
    def _on_panel_finding_activated(self, finding: Finding) -> None:
        self.show_finding(finding)
        elsewhere = [span for span in finding.related if span.path is not None]
        if elsewhere:  # a passage repeated in another post of the site: open it there
            self.related_post_requested.emit(elsewhere[0].path, elsewhere[0].line)

    def select_next(self) -> None:
        findings = sorted(self._panel.findings, key=lambda f: (f.span.line, f.span.column))
        if not findings:
            return
        line = self._editor.line_column()[0]
        following = [f for f in findings if f.span.line > line]
        target = (following or findings)[0]
        item = self._panel.item_for(target)
        if item is not None:
            self._panel.tree.setCurrentItem(item)
        self.show_finding(target)

    # -- fixing ------------------------------------------------------------------------------
    @Slot(object)
    def fix(self, finding: Finding) -> None:
        """Apply one finding's fix (an unsafe one too: the writer chose it, the message said
        which words it drops)."""
        if finding.fix is None:
            return
        text = self._editor.text()
        self._apply(apply_fix(text, finding), span_offsets(text, finding.fix.span)[0])

    @Slot()
    def fix_all(self) -> None:
        """Every safe fix, one after another on the text the last one produced; one undo step."""
        text = self._editor.text()
        path, options = self._path, options_from_settings(self._settings)
        fixed = fix_all(
            text,
            lambda current: run_checks(current, path=path, options=options),
            ignored=self._ignored_keys(),
        )
        first = next((i for i, (a, b) in enumerate(zip(text, fixed, strict=False)) if a != b), 0)
        self._apply(fixed, first)

    def _apply(self, new_text: str, at: int) -> None:
        """Replace the text as one undo step; the cursor and both panes stay at ``at``."""
        self._editor.mark_spans("finding", [], FINDING_COLOR)
        self._editor.mark_spans("related", [], RELATED_COLOR)
        if self._editor.replace_text_minimal(new_text):
            line = new_text.count("\n", 0, min(at, len(new_text))) + 1
            self._fix_places.append((self._undo_steps(), line))
            self._go_to_line(line)
            self.run_now()

    def _go_to_line(self, line: int) -> None:
        cursor = self._editor.textCursor()
        cursor.setPosition(self._editor.position_of(line, 1))
        self._editor.setTextCursor(cursor)
        self._editor.centerCursor()
        self._preview.scroll_to_line(line)

    def undo_fix_place(self, steps_before_undo: int) -> None:
        """After Edit > Undo: when it undid a fix, the cursor and both panes go to the fix's line
        (Qt would leave the cursor where the replaced range began, often line 1)."""
        while self._fix_places and self._fix_places[-1][0] > steps_before_undo:
            self._fix_places.pop()  # fixes undone some other way
        if self._fix_places and self._fix_places[-1][0] == steps_before_undo:
            _steps, line = self._fix_places.pop()
            self._go_to_line(line)

    @Slot(object)
    def ignore(self, finding: Finding) -> None:
        key = self._ignore_key()
        keys = self._settings.ignored_findings.setdefault(key, [])
        if finding.key and finding.key not in keys:
            keys.append(finding.key)
            self._ignore_undo.append((finding.key, self._undo_steps()))
        if finding not in self._findings:
            self._findings.append(finding)
        self._show()
        self.settings_changed.emit()

    @Slot(object)
    def unignore(self, finding: Finding) -> None:
        keys = self._settings.ignored_findings.get(self._ignore_key(), [])
        if finding.key in keys:
            keys.remove(finding.key)
            if not keys:
                self._settings.ignored_findings.pop(self._ignore_key(), None)
            self._show()
            self.settings_changed.emit()

    def undo_ignore(self) -> bool:
        """Bring back the last ignored finding when ignoring it was the last thing done.

        Returns False when there is nothing to undo here (the caller undoes an edit).
        """
        if not self._ignore_undo or self._ignore_undo[-1][1] != self._undo_steps():
            return False
        key, _steps = self._ignore_undo.pop()
        found = next((f for f in self._findings if f.key == key), None)
        if found is None:
            return False
        self.unignore(found)
        return True

    def _undo_steps(self) -> int:
        return self._editor.document().availableUndoSteps()

    def _ignore_key(self) -> str:
        return str(self._path.resolve()) if self._path else ""
