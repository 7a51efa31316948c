"""The preview's web page and profile: no scripts, no remote loads, no navigation.

Security comes from three layers that each hold alone: JavaScript is disabled
in the page's own world (our helper runs in an isolated world), the page has a
strict Content-Security-Policy (see ``editor.core.markdown.render``), and every request
goes through :class:`PreviewRequestGuard`, which only lets through files under
the document's folder or its site (and remote images when the writer allowed them),
judged by the same resolver the exports use (:mod:`editor.core.markdown.local_files`).
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QObject, QUrl, Signal
from PySide6.QtWebEngineCore import (
    QWebEnginePage,
    QWebEngineProfile,
    QWebEngineSettings,
    QWebEngineUrlRequestInfo,
    QWebEngineUrlRequestInterceptor,
)

from editor.core.markdown.local_files import allowed_roots, resolve_inside

_REMOTE_SCHEMES = {"http", "https"}
_ALWAYS_OK = {"data", "qrc", "blob", "about"}


class PreviewRequestGuard(QWebEngineUrlRequestInterceptor):
    """Blocks every request except files inside the document's folder."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._root: Path | None = None
        self._roots: tuple[Path, ...] = ()
        self.allow_remote_images = False
        self.blocked: list[str] = []

    @property
    def root(self) -> Path | None:
        """The document's folder (None: no local file may load)."""
        return self._root

    @root.setter
    def root(self, folder: Path | None) -> None:
        self._root = folder
        self._roots = allowed_roots(folder)

    def interceptRequest(self, info: QWebEngineUrlRequestInfo) -> None:  # Qt's name
        url = info.requestUrl()
        if not self.allows(url, info.resourceType()):
            self.blocked.append(url.toString())
            info.block(True)

    def allows(self, url: QUrl, resource_type: QWebEngineUrlRequestInfo.ResourceType) -> bool:
        scheme = url.scheme()
        if scheme in _ALWAYS_OK:
            return True
        if scheme == "file":
            if resource_type == QWebEngineUrlRequestInfo.ResourceType.ResourceTypeMainFrame:
                return True  # the shell page itself (setHtml with a file base URL)
            return self._inside_root(Path(url.toLocalFile()))
        if scheme in _REMOTE_SCHEMES and self.allow_remote_images:
            return resource_type == QWebEngineUrlRequestInfo.ResourceType.ResourceTypeImage
        return False

    def _inside_root(self, path: Path) -> bool:
        return resolve_inside(path, self._roots) is not None


class PreviewPage(QWebEnginePage):
    """Refuses every navigation except loading the shell; reports link clicks instead."""

    link_clicked = Signal(QUrl)

    def __init__(self, profile: QWebEngineProfile, parent: QObject | None = None) -> None:
        super().__init__(profile, parent)
        self.loading_shell = False
        settings = self.settings()
        attr = QWebEngineSettings.WebAttribute
        settings.setAttribute(attr.JavascriptEnabled, False)
        settings.setAttribute(attr.JavascriptCanOpenWindows, False)
        settings.setAttribute(attr.JavascriptCanAccessClipboard, False)
        settings.setAttribute(attr.LocalContentCanAccessRemoteUrls, False)
        settings.setAttribute(attr.LocalContentCanAccessFileUrls, True)
        settings.setAttribute(attr.PluginsEnabled, False)
        settings.setAttribute(attr.ErrorPageEnabled, False)
        settings.setAttribute(attr.NavigateOnDropEnabled, False)
        settings.setAttribute(attr.AutoLoadIconsForPage, False)

    def acceptNavigationRequest(
        self, url: QUrl | str, nav_type: QWebEnginePage.NavigationType, is_main_frame: bool
    ) -> bool:  # Qt's name
        if (
            self.loading_shell
            and is_main_frame
            and nav_type != QWebEnginePage.NavigationType.NavigationTypeLinkClicked
        ):
            return True
        if nav_type == QWebEnginePage.NavigationType.NavigationTypeLinkClicked and is_main_frame:
            self.link_clicked.emit(QUrl(url))  # Qt always passes a QUrl; the stub allows str
        return False

    # Qt's name. The C++ method may return nullptr (no new window); the stub forbids None.
    def createWindow(  # type: ignore[override]
        self, _type: QWebEnginePage.WebWindowType
    ) -> QWebEnginePage | None:
        return None
