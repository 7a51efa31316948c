"""Live HTML preview: a shell page loaded once, then its blocks patched in place.

Each top-level block of the post is kept by its key; after an edit only the
blocks that changed are replaced (one small ``runJavaScript``), so the scroll
position stays and a 1 MB post does not travel to the page on every key. The
shell is reloaded only for a new document folder or image policy. Our helper
script lives in the ApplicationWorld and talks back through a QWebChannel.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any

import shiboken6
from PySide6.QtCore import QCoreApplication, QFile, QIODevice, QObject, QTimer, QUrl, Signal, Slot
from PySide6.QtGui import QColor, QShowEvent
from PySide6.QtWidgets import QVBoxLayout, QWidget

from editor.core.resources import resource_path

if TYPE_CHECKING:  # QtWebEngine and the Markdown stack load after the first paint (issue #19)
    from PySide6.QtWebEngineCore import QWebEngineProfile
    from PySide6.QtWebEngineWidgets import QWebEngineView

    from editor.core.markdown.analysis import Block
    from editor.ui.preview.page import PreviewPage, PreviewRequestGuard

# QWebEngineScript.ScriptWorldId.ApplicationWorld: our helper's isolated world.
WORLD = 1
# Drawn before the page paints (no white flash in the dark theme); matches preview.css.
PAGE_BACKGROUND = {"light": "#ffffff", "dark": "#0d1117"}
# Waiting for the window's first Expose before the engine starts: every 10 ms, at most 2 s.
EXPOSE_POLL_MS, EXPOSE_WAITS = 10, 200


class PreviewBridge(QObject):
    """Object the preview script calls through the web channel."""

    line_activated = Signal(int)
    line_scrolled = Signal(int)

    @Slot(int)
    def lineActivated(self, line: int) -> None:  # called from JavaScript
        self.line_activated.emit(line)

    @Slot(int)
    def lineScrolled(self, line: int) -> None:  # called from JavaScript
        self.line_scrolled.emit(line)


class PreviewView(QWidget):
    """The preview pane; its web engine is created once the window has been painted.

    Until then calls are remembered (the shell to load, content to show, the line to
    scroll to), so the form and the editor reach the screen without waiting for
    QtWebEngine to start.
    """

    line_activated = Signal(int)  # the writer clicked a block from this source line
    line_scrolled = Signal(int)  # the writer scrolled; this source line is at the top
    link_clicked = Signal(QUrl)
    content_shown = Signal(int)  # generation number of the content now on screen
    engine_created = Signal()
    window_painted = Signal()  # the window is on screen; the engine is created next

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._layout = QVBoxLayout(self)
        self._layout.setContentsMargins(0, 0, 0, 0)
        self._guard: PreviewRequestGuard | None = None
        self.web_view: QWebEngineView | None = None
        self.window_was_visible_first = False  # the window showed before the engine existed
        self._page: PreviewPage | None = None
        self._shell_wanted = False
        self._ready = False
        self.shown_generation = 0  # newest content generation on screen
        self.last_patch_chars = 0  # size of the last patch sent (for tests and the bench)
        self._pending: tuple[int, str] | None = None
        self._pending_blocks: tuple[int, Sequence[Block], int | None] | None = None
        self._on_page: Sequence[Block] | None = None  # the blocks sent
        self._pending_line: int | None = None
        self._base_dir: Path | None = None
        self._theme = "light"
        self._user_css = ""
        self._allow_remote = False
        self._expose_waits = 0

    @property
    def guard(self) -> PreviewRequestGuard:
        """This page's request guard (made with the engine, or when first asked for)."""
        if self._guard is None:
            from editor.ui.preview.page import PreviewRequestGuard

            self._guard = PreviewRequestGuard(self)
            self._guard.root = self._base_dir
            self._guard.allow_remote_images = self._allow_remote
        return self._guard

    def showEvent(self, event: QShowEvent) -> None:  # Qt's name
        super().showEvent(event)
        if self.web_view is None:
            QTimer.singleShot(0, self._create_engine_if_shown)

    def _create_engine_if_shown(self) -> None:
        # The window may have closed (or its C++ side gone) before this turn of the loop.
        if not (shiboken6.isValid(self) and self.web_view is None and self.isVisible()):
            return
        # On X11, show() only maps the window: the server's Expose, which paints it, comes a
        # few turns later. An engine created before that holds the event loop for a second or
        # more with the window still blank (measured under Xvfb: text 2 s after Show).
        handle = self.window().windowHandle()
        if handle is not None and not handle.isExposed() and self._expose_waits < EXPOSE_WAITS:
            self._expose_waits += 1
            QTimer.singleShot(EXPOSE_POLL_MS, self, self._create_engine_if_shown)
            return
        self.create_engine()

    @Slot()
    def create_engine(self) -> None:
        """Create the web view (after the window's first paint); idempotent."""
        if self.web_view is not None:
            return
        top = self.window()
        self.window_was_visible_first = top.isVisible()
        if top.isVisible():
            top.repaint()  # the form and the text on screen first; the engine takes a while
        self.window_painted.emit()
        from PySide6.QtWebChannel import QWebChannel
        from PySide6.QtWebEngineWidgets import QWebEngineView

        from editor.ui.preview.page import PreviewPage

        view = QWebEngineView(self)
        self._page = PreviewPage(shared_profile(), view)
        self._page.setUrlRequestInterceptor(self.guard)
        view.setPage(self._page)
        self._bridge = PreviewBridge(self)
        self._channel = QWebChannel(self._page)
        self._channel.registerObject("kosei", self._bridge)
        self._page.setWebChannel(self._channel, WORLD)
        self._install_scripts(self._page)
        self._bridge.line_activated.connect(self.line_activated)
        self._bridge.line_scrolled.connect(self.line_scrolled)
        self._page.link_clicked.connect(self.link_clicked)
        self._page.loadFinished.connect(self._on_page_load_finished)
        self._layout.addWidget(view)
        self.web_view = view
        if self._shell_wanted:
            self.load_shell(self._base_dir, self._theme, self._allow_remote)
        self.engine_created.emit()

    def _install_scripts(self, page: PreviewPage) -> None:
        from PySide6.QtWebEngineCore import QWebEngineScript

        sources = [_read_qrc(":/qtwebchannel/qwebchannel.js")]
        sources.append(resource_path("preview", "preview.js").read_text(encoding="utf-8"))
        script = QWebEngineScript()
        script.setName("kosei-preview")
        script.setSourceCode("\n".join(sources))
        script.setWorldId(QWebEngineScript.ScriptWorldId.ApplicationWorld)
        script.setInjectionPoint(QWebEngineScript.InjectionPoint.DocumentReady)
        script.setRunsOnSubFrames(False)
        page.scripts().insert(script)

    # -- document context --------------------------------------------------------------------
    def load_shell(
        self, base_dir: Path | None, theme: str = "light", allow_remote: bool = False
    ) -> None:
        """(Re)load the empty page for a document in ``base_dir``."""
        self._base_dir, self._theme, self._allow_remote = base_dir, theme, allow_remote
        if self._guard is not None:  # else made with the engine, from the two values above
            self._guard.root = base_dir
            self._guard.allow_remote_images = allow_remote
        self._ready = False
        self._on_page = None
        self._shell_wanted = True
        if self._page is None:
            return  # loaded by create_engine()
        from PySide6.QtWebEngineCore import QWebEngineSettings

        from editor.core.markdown.html_page import page_html

        # A file: page reaches no http(s) URL at all unless this is on; the CSP and the
        # request guard still limit what it may fetch to images.
        remote_attr = QWebEngineSettings.WebAttribute.LocalContentCanAccessRemoteUrls
        self._page.settings().setAttribute(remote_attr, allow_remote)
        html = page_html(None, theme=theme, allow_remote=allow_remote, extra_css=self._user_css)
        base = QUrl.fromLocalFile(str(base_dir) + "/") if base_dir else QUrl("about:blank")
        self._page.setBackgroundColor(QColor(PAGE_BACKGROUND.get(theme, "#ffffff")))
        self._page.loading_shell = True
        self._page.setHtml(html, base)

    @property
    def theme(self) -> str:
        return self._theme

    @property
    def allow_remote(self) -> bool:
        return self._allow_remote

    @property
    def ready(self) -> bool:
        return self._ready

    @Slot(bool)
    def _on_page_load_finished(self, _ok: bool) -> None:
        if self._page is not None:
            self._page.loading_shell = False
        self._ready = True
        self._push_style()  # a style set while the shell was loading
        if self._pending is not None:
            generation, html = self._pending
            self._pending = None
            self.show_html(generation, html)
        if self._pending_blocks is not None:
            generation, blocks, line = self._pending_blocks
            self._pending_blocks = None
            self.show_blocks(generation, blocks, line)

    # -- content -----------------------------------------------------------------------------
    def show_html(self, generation: int, html: str) -> None:
        """Swap in rendered HTML; ``content_shown(generation)`` follows once it is on screen."""
        if not self._ready:
            self._pending, self._pending_blocks = (generation, html), None
            return
        self._on_page = None
        script = f"window.kosei && window.kosei.update({json.dumps(html)})"
        self.run_js(script, lambda _count: self._after_update(generation))

    def show_blocks(
        self, generation: int, blocks: Sequence[Block], edited_line: int | None = None
    ) -> None:
        """Bring the page to ``blocks``, sending only those that changed since the last call.

        ``edited_line`` (a file line) is the writer's caret: its block is scrolled into
        view when an edit left it off screen. The first call after a (re)load sends all.
        """
        if not self._ready:
            self._pending, self._pending_blocks = None, (generation, blocks, edited_line)
            return
        from editor.core.markdown.block_diff import block_at, diff_blocks

        if self._on_page is None:
            payload = json.dumps([block.html for block in blocks])
            script = f"window.kosei && window.kosei.setBlocks({payload})"
            self.run_js(script, lambda _count: self._after_update(generation))
        else:
            patch = diff_blocks(self._on_page, blocks)
            steps = []
            if not patch.empty:
                htmls = json.dumps([block.html for block in patch.inserted])
                shifts = json.dumps(patch.shifts)
                self.last_patch_chars = len(htmls) + len(shifts)
                steps.append(f"kosei.patch({patch.start}, {patch.removed}, {htmls}, {shifts})")
            if edited_line is not None and blocks and not patch.empty:
                steps.append(f"kosei.reveal({block_at(blocks, edited_line)})")
            script = "window.kosei && (" + (", ".join(steps) or "0") + ")"
            self.run_js(script, lambda _value: self._after_patch(generation))
        self._on_page = blocks  # Blocks are (key, line, html) tuples: kept as they are

    def _after_patch(self, generation: int) -> None:
        self.shown_generation = generation
        self.content_shown.emit(generation)

    def _after_update(self, generation: int) -> None:
        from editor.ui.app.rendering import forget_rendering_variables

        forget_rendering_variables()
        self.shown_generation = generation
        if self._pending_line is not None:
            self.scroll_to_line(self._pending_line)
        self.content_shown.emit(generation)

    def set_style(self, theme: str, user_css: str = "") -> None:
        """Swap the theme and the writer's CSS in place; the same block stays at the top."""
        self._theme, self._user_css = theme, user_css
        if self._page is not None:
            self._page.setBackgroundColor(QColor(PAGE_BACKGROUND.get(theme, "#ffffff")))
        if self._ready:
            self._push_style()

    def _push_style(self) -> None:
        from editor.core.markdown.preview_style import theme_css

        css, user = json.dumps(theme_css(self._theme)), json.dumps(self._user_css)
        body_class = json.dumps(f"kosei-{self._theme} kosei-preview")  # as page_html writes it
        self.run_js(f"window.kosei && window.kosei.setStyle({css}, {user}, {body_class})")

    def scroll_to_line(self, line: int) -> None:
        self._pending_line = line
        if self._ready:
            self.run_js(f"window.kosei && window.kosei.scrollToLine({int(line)})")

    def flash_lines(self, line: int, end_line: int, css_class: str = "kosei-flash") -> None:
        self.run_js(
            f"window.kosei && window.kosei.flash({int(line)}, {int(end_line)}, {json.dumps(css_class)})"
        )

    def run_js(self, script: str, callback: Any = None) -> None:
        """Run ``script`` in our isolated world (the page's own world has JavaScript off)."""
        if self._page is None:
            return  # nothing to run it on yet; content waits in _pending until the shell loads
        if callback is None:
            self._page.runJavaScript(script, WORLD)
        else:
            self._page.runJavaScript(script, WORLD, callback)

    def shutdown(self) -> None:
        """Detach the page before the window goes (the profile is shared and stays)."""
        if self._page is None or self.web_view is None:
            return
        self._page.loadFinished.disconnect(self._on_page_load_finished)
        self.web_view.setPage(None)  # type: ignore[arg-type]
        self._page.deleteLater()
        self._page = None


_PROFILE: QWebEngineProfile | None = None


def shared_profile() -> QWebEngineProfile:
    """One off-the-record profile for every window (each page has its own request guard)."""
    global _PROFILE
    if _PROFILE is None:
        from PySide6.QtWebEngineCore import QWebEngineProfile

        _PROFILE = QWebEngineProfile(QCoreApplication.instance())  # no name: nothing on disk
    return _PROFILE


def _read_qrc(path: str) -> str:
    handle = QFile(path)
    if not handle.open(QIODevice.OpenModeFlag.ReadOnly):
        return ""
    try:
        return bytes(handle.readAll().data()).decode("utf-8")
    finally:
        handle.close()
