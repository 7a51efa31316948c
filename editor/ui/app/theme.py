"""Light and dark: the application palette, the editor's colours and following the OS.

When the chosen theme is the one the platform already draws (the "system"
preference, or an explicit choice that happens to match the OS), Kosei keeps
the platform's own style and palette. Otherwise it switches to Qt's Fusion
style with a palette of its own, the one style that draws every widget from
the palette on every OS.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Qt, Signal, Slot
from PySide6.QtGui import QAction, QActionGroup, QColor, QGuiApplication, QPainter, QPalette
from PySide6.QtWidgets import (
    QAbstractSpinBox,
    QApplication,
    QLabel,
    QMenu,
    QPlainTextEdit,
    QProxyStyle,
    QStyle,
    QStyleOption,
    QWidget,
)

from editor.core.markdown.preview_style import resolve_theme
from editor.ui.app.i18n import tr

Role, Group = QPalette.ColorRole, QPalette.ColorGroup

# Text areas match the preview page (resources/preview/preview.css).
EDITOR_COLORS = {
    "light": {
        "base": "#ffffff",
        "text": "#1f2328",
        # Clearly darker than the find bar's pale blue matches: the current match is the selection.
        "highlight": "#6ea6ee",
        "on_highlight": "#1f2328",
    },
    "dark": {
        "base": "#0d1117",
        "text": "#e6edf3",
        "highlight": "#264f78",
        "on_highlight": "#ffffff",
    },
}

# Error messages in widgets (red that keeps a 4.5:1 contrast on each theme's window colour).
ERROR_TEXT = {"light": "#b3261e", "dark": "#ff7b72"}
# Labels that show errors in red; their colour follows the theme.
ERROR_LABELS = ("frontMatterError", "preferences_error")

_DARK_ROLES = {
    Role.Window: "#1f2328",
    Role.WindowText: "#e6edf3",
    Role.Base: "#0d1117",
    Role.AlternateBase: "#161b22",
    Role.Text: "#e6edf3",
    Role.PlaceholderText: "#8b949e",
    Role.Button: "#2d333b",
    Role.ButtonText: "#e6edf3",
    Role.BrightText: "#ff7b72",
    Role.Highlight: "#1f6feb",
    Role.HighlightedText: "#ffffff",
    Role.Link: "#58a6ff",
    Role.LinkVisited: "#bc8cff",
    Role.ToolTipBase: "#2d333b",
    Role.ToolTipText: "#e6edf3",
    Role.Light: "#444c56",
    Role.Midlight: "#373e47",
    Role.Mid: "#30363d",
    Role.Dark: "#161b22",
    Role.Shadow: "#010409",
}
_DARK_DISABLED = {
    Role.WindowText: "#6e7681",
    Role.Text: "#6e7681",
    Role.ButtonText: "#6e7681",
    Role.Highlight: "#30363d",
    Role.HighlightedText: "#8b949e",
}

# Outline of fields and check boxes on the dark palette. Fusion draws outlines as the window
# colour darker(140): on #1f2328 that is ~1.1:1 against the fields, invisible. This grey keeps
# at least 3:1 (WCAG 1.4.11, non-text contrast) against Base and Window.
DARK_CONTROL_BORDER = "#8b949e"
_OUTLINED = (
    QStyle.PrimitiveElement.PE_FrameLineEdit,
    QStyle.PrimitiveElement.PE_IndicatorCheckBox,
    QStyle.PrimitiveElement.PE_IndicatorRadioButton,
    QStyle.PrimitiveElement.PE_Frame,
)

_native_style: str | None = None  # the platform's style, captured before we first change it


class ContrastStyle(QProxyStyle):
    """Fusion, with control outlines that stay visible when the palette is dark."""

    def __init__(self) -> None:
        super().__init__("Fusion")

    def drawPrimitive(  # noqa: N802 - Qt's name
        self,
        element: QStyle.PrimitiveElement,
        option: QStyleOption,
        painter: QPainter,
        widget: QWidget | None = None,
    ) -> None:
        super().drawPrimitive(element, option, painter, widget)
        if element not in _OUTLINED or option.palette.color(Role.Base).lightness() >= 128:
            return
        if element is QStyle.PrimitiveElement.PE_Frame and not isinstance(widget, QAbstractSpinBox):
            return
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, False)
        painter.setPen(QColor(DARK_CONTROL_BORDER))
        painter.setBrush(Qt.BrushStyle.NoBrush)
        rect = option.rect.adjusted(0, 0, -1, -1)  # type: ignore[attr-defined]
        if element is QStyle.PrimitiveElement.PE_IndicatorRadioButton:
            painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
            painter.drawEllipse(rect)
        else:
            painter.drawRect(rect)
        painter.restore()


def system_color_scheme() -> Qt.ColorScheme:
    """The OS colour scheme as Qt reports it (``Unknown`` where the platform cannot tell)."""
    return QGuiApplication.styleHints().colorScheme()


def system_is_dark() -> bool:
    return system_color_scheme() == Qt.ColorScheme.Dark


def effective_theme(preference: str) -> str:
    """``"light"`` or ``"dark"`` for the writer's preference, asking the OS for "system"."""
    return resolve_theme(preference, system_is_dark())


def dark_palette() -> QPalette:
    palette = QPalette()
    for role, color in _DARK_ROLES.items():
        palette.setColor(role, QColor(color))
    for role, color in _DARK_DISABLED.items():
        palette.setColor(Group.Disabled, role, QColor(color))
    return palette


def apply_app_theme(theme: str) -> None:
    """Give the whole application (menus, dialogs, form, panels) the ``theme`` palette."""
    global _native_style
    app = QApplication.instance()
    if not isinstance(app, QApplication):
        return
    if _native_style is None:
        _native_style = app.style().name()
    if theme == ("dark" if system_is_dark() else "light"):
        if app.style().name() != _native_style:
            app.setStyle(_native_style)
        app.setPalette(QPalette())  # an empty palette hands the colours back to the platform
        return
    if not isinstance(app.style(), ContrastStyle):
        app.setStyle(ContrastStyle())
    fusion = app.style().standardPalette()
    app.setPalette(dark_palette() if theme == "dark" else fusion)


def style_text_area(widget: QPlainTextEdit | QWidget, theme: str) -> None:
    """Background, text and selection colours of a text area, matching the preview page."""
    colors = EDITOR_COLORS.get(theme, EDITOR_COLORS["light"])
    palette = widget.palette()
    for group in (Group.Active, Group.Inactive):
        palette.setColor(group, Role.Base, QColor(colors["base"]))
        palette.setColor(group, Role.Text, QColor(colors["text"]))
        palette.setColor(group, Role.Highlight, QColor(colors["highlight"]))
        palette.setColor(group, Role.HighlightedText, QColor(colors["on_highlight"]))
    widget.setPalette(palette)


def palette_theme() -> str:
    """The theme the application palette draws now (for widgets made after a switch)."""
    window = QApplication.palette().color(Role.Window)
    return "dark" if window.lightness() < 128 else "light"


def style_error_labels(root: QWidget, theme: str) -> None:
    """Recolour the red error labels under ``root`` for ``theme``."""
    css = f"color: {ERROR_TEXT.get(theme, ERROR_TEXT['light'])};"
    for name in ERROR_LABELS:
        for label in root.findChildren(QLabel, name):
            label.setStyleSheet(css)


class ThemeWatcher(QObject):
    """Reports the OS switching between light and dark (``QStyleHints.colorSchemeChanged``)."""

    system_scheme_changed = Signal()

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        QGuiApplication.styleHints().colorSchemeChanged.connect(
            self._on_style_hints_color_scheme_changed
        )

    @Slot(Qt.ColorScheme)
    def _on_style_hints_color_scheme_changed(self, _scheme: Qt.ColorScheme) -> None:
        self.system_scheme_changed.emit()


class ThemeMenu(QMenu):
    """View > Theme: System / Light / Dark, one checked."""

    theme_chosen = Signal(str)  # "system", "light" or "dark"

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(tr("&Theme"), parent)
        self.setObjectName("menu_theme")
        self._group = QActionGroup(self)
        self._group.setExclusive(True)
        labels = (("system", tr("&System")), ("light", tr("&Light")), ("dark", tr("&Dark")))
        for value, label in labels:
            action = QAction(label, self)
            action.setObjectName(f"action_theme_{value}")
            action.setCheckable(True)
            action.setData(value)
            self._group.addAction(action)
            self.addAction(action)
        self._group.triggered.connect(self._on_group_triggered)

    def set_current(self, preference: str) -> None:
        for action in self._group.actions():
            action.setChecked(action.data() == preference)

    def current(self) -> str:
        checked = self._group.checkedAction()
        return str(checked.data()) if checked else "system"

    @Slot(QAction)
    def _on_group_triggered(self, action: QAction) -> None:
        self.theme_chosen.emit(str(action.data()))
