"""Live HTML preview: a shell page loaded once, then content swapped in place.

Swapping ``#kosei-content`` instead of reloading keeps the scroll position and
works for posts far over setHtml()'s 2 MB limit. Our helper script lives in the
ApplicationWorld and talks back through a QWebChannel.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from PySide6.QtCore import QFile, QIODevice, QObject, QUrl, Signal, Slot
from PySide6.QtGui import QColor
from PySide6.QtWebChannel import QWebChannel
from PySide6.QtWebEngineCore import QWebEngineProfile, QWebEngineScript, QWebEngineSettings
from PySide6.QtWebEngineWidgets import QWebEngineView
from PySide6.QtWidgets import QWidget

from editor.core.markdown.preview_style import theme_css
from editor.core.markdown.render import page_html
from editor.core.resources import resource_path
from editor.ui.preview.page import PreviewPage, PreviewRequestGuard

WORLD = QWebEngineScript.ScriptWorldId.ApplicationWorld
# Drawn before the page paints (no white flash in the dark theme); matches preview.css.
PAGE_BACKGROUND = {"light": "#ffffff", "dark": "#0d1117"}


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


class PreviewView(QWebEngineView):
    line_activated = Signal(int)  # the writer clicked a block from this source line
    line_scrolled = Signal(int)  # the writer scrolled; this source line is at the top
    link_clicked = Signal(QUrl)
    content_shown = Signal(int)  # generation number of the content now on screen

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._profile = QWebEngineProfile(self)  # off the record: no cache or cookies on disk
        self.guard = PreviewRequestGuard(self)
        self._profile.setUrlRequestInterceptor(self.guard)
        self._page = PreviewPage(self._profile, self)
        self.setPage(self._page)
        self._bridge = PreviewBridge(self)
        self._channel = QWebChannel(self._page)
        self._channel.registerObject("kosei", self._bridge)
        self._page.setWebChannel(self._channel, WORLD)
        self._install_scripts()
        self._ready = False
        self.shown_generation = 0  # newest content generation on screen
        self._pending: tuple[int, str] | None = None
        self._pending_line: int | None = None
        self._base_dir: Path | None = None
        self._theme = "light"
        self._user_css = ""
        self._allow_remote = False
        self._bridge.line_activated.connect(self.line_activated)
        self._bridge.line_scrolled.connect(self.line_scrolled)
        self._page.link_clicked.connect(self.link_clicked)
        self._page.loadFinished.connect(self._on_page_load_finished)
        self.setContextMenuPolicy(self.contextMenuPolicy())

    def _install_scripts(self) -> None:
        sources = [_read_qrc(":/qtwebchannel/qwebchannel.js")]
        sources.append(resource_path("preview", "preview.js").read_text(encoding="utf-8"))
        script = QWebEngineScript()
        script.setName("kosei-preview")
        script.setSourceCode("\n".join(sources))
        script.setWorldId(WORLD)
        script.setInjectionPoint(QWebEngineScript.InjectionPoint.DocumentReady)
        script.setRunsOnSubFrames(False)
        self._page.scripts().insert(script)

    # -- document context --------------------------------------------------------------------
    def load_shell(
        self, base_dir: Path | None, theme: str = "light", allow_remote: bool = False
    ) -> None:
        """(Re)load the empty page for a document in ``base_dir``."""
        self._base_dir, self._theme, self._allow_remote = base_dir, theme, allow_remote
        self.guard.root = base_dir
        self.guard.allow_remote_images = allow_remote
        # A file: page reaches no http(s) URL at all unless this is on; the CSP and the
        # request guard still limit what it may fetch to images.
        remote_attr = QWebEngineSettings.WebAttribute.LocalContentCanAccessRemoteUrls
        self._page.settings().setAttribute(remote_attr, allow_remote)
        self._ready = False
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
        self._page.loading_shell = False
        self._ready = True
        self._push_style()  # a style set while the shell was loading
        if self._pending is not None:
            generation, html = self._pending
            self._pending = None
            self.show_html(generation, html)

    # -- content -----------------------------------------------------------------------------
    def show_html(self, generation: int, html: str) -> None:
        """Swap in rendered HTML; ``content_shown(generation)`` follows once it is on screen."""
        if not self._ready:
            self._pending = (generation, html)
            return
        script = f"window.kosei && window.kosei.update({json.dumps(html)})"
        self.run_js(script, lambda _count: self._after_update(generation))

    def _after_update(self, generation: int) -> None:
        self.shown_generation = generation
        if self._pending_line is not None:
            self.scroll_to_line(self._pending_line)
        self.content_shown.emit(generation)

    def set_style(self, theme: str, user_css: str = "") -> None:
        """Swap the theme and the writer's CSS in place; the same block stays at the top."""
        self._theme, self._user_css = theme, user_css
        self._page.setBackgroundColor(QColor(PAGE_BACKGROUND.get(theme, "#ffffff")))
        if self._ready:
            self._push_style()

    def _push_style(self) -> None:
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
        if callback is None:
            self._page.runJavaScript(script, WORLD)
        else:
            self._page.runJavaScript(script, WORLD, callback)

    def shutdown(self) -> None:
        """Detach the page before the profile goes (avoids Qt's 'profile released' warning)."""
        self._page.loadFinished.disconnect(self._on_page_load_finished)
        self.setPage(None)  # type: ignore[arg-type]
        self._page.deleteLater()


def _read_qrc(path: str) -> str:
    handle = QFile(path)
    if not handle.open(QIODevice.OpenModeFlag.ReadOnly):
        return ""
    try:
        return bytes(handle.readAll().data()).decode("utf-8")
    finally:
        handle.close()
