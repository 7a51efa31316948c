"""Runs the draft checks in the background and connects findings to editor, preview and panel."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

from PySide6.QtCore import QObject, QTimer, Signal, Slot

from editor.core.checks import CheckCache, apply_fix, apply_fixes, run_checks
from editor.core.checks.findings import Finding
from editor.core.checks.settings import options_from_settings
from editor.core.frontmatter import presets
from editor.core.settings import Settings
from editor.ui.checks.panel import ChecksPanel
from editor.ui.editor.markdown_editor import MarkdownEditor
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
        self._cache = CheckCache()
        self._revision = 0
        self._timer = QTimer(self, singleShot=True)
        self._runner = BackgroundRunner(self)
        self._timer.timeout.connect(self.run_now)
        self._runner.finished.connect(self._on_runner_finished)
        self._editor.textChanged.connect(self._on_editor_text_changed)
        panel.finding_activated.connect(self._on_panel_finding_activated)
        panel.fix_requested.connect(self.fix)
        panel.ignore_requested.connect(self.ignore)
        panel.fix_all_requested.connect(self.fix_all)

    @property
    def runner(self):  # noqa: ANN201 - used by tests to wait for results
        return self._runner

    def reset(self, path: Path | None) -> None:
        self._path = path
        self._cache = CheckCache()
        self._panel.set_findings([])

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
        text, revision = self._editor.text(), self._revision
        path, cache = self._path, self._cache
        site = presets.remembered_preset(path, self._settings.site_presets)
        options = replace(options_from_settings(self._settings), site=site)

        def work() -> tuple[int, list[Finding]]:
            return revision, run_checks(text, path=path, options=options, cache=cache)

        self._runner.submit(work)

    @Slot(int, object)
    def _on_runner_finished(self, _generation: int, result: object) -> None:
        if isinstance(result, Exception):
            return
        revision: int = result[0]  # type: ignore[index]
        findings: list[Finding] = result[1]  # type: ignore[index]
        if revision != self._revision:
            return  # the text moved on: never show findings against text they were not made for
        ignored = set(self._settings.ignored_findings.get(self._ignore_key(), []))
        shown = [f for f in findings if not (f.key and f.key in ignored)]
        self._panel.set_findings(shown)
        self.findings_changed.emit(shown)

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
        if finding.fix is None:
            return
        self._apply(apply_fix(self._editor.text(), finding))

    @Slot()
    def fix_all(self) -> None:
        fixable = [f for f in self._panel.findings if f.fix is not None]
        if fixable:
            self._apply(apply_fixes(self._editor.text(), fixable))

    def _apply(self, new_text: str) -> None:
        self._editor.mark_spans("finding", [], FINDING_COLOR)
        self._editor.mark_spans("related", [], RELATED_COLOR)
        if self._editor.replace_text_minimal(new_text):
            self.run_now()

    @Slot(object)
    def ignore(self, finding: Finding) -> None:
        key = self._ignore_key()
        keys = self._settings.ignored_findings.setdefault(key, [])
        if finding.key and finding.key not in keys:
            keys.append(finding.key)
        self._panel.set_findings([f for f in self._panel.findings if f.key != finding.key])
        self.settings_changed.emit()

    def _ignore_key(self) -> str:
        return str(self._path.resolve()) if self._path else ""
