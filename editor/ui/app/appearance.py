"""Apply the writer's appearance settings to one open window, without reloading its document."""

from __future__ import annotations

from typing import TYPE_CHECKING

from editor.core.errors import StyleSheetError
from editor.core.markdown.preview_style import read_custom_css
from editor.ui.app.theme import effective_theme, style_error_labels, style_text_area
from editor.ui.files.messages import style_sheet_error_text

if TYPE_CHECKING:
    from editor.ui.window.main_window import MainWindow

MESSAGE_MS = 10000


def apply_theme(window: MainWindow, theme: str | None = None) -> None:
    """Editor colours and the preview's stylesheet (the writer's CSS re-read from disk)."""
    settings = window.settings
    theme = theme or effective_theme(settings.theme)
    style_text_area(window.editor, theme)
    window.editor.highlighter.set_theme(theme)
    style_error_labels(window, theme)
    css = ""
    try:
        css = read_custom_css(settings.preview_css_path)
    except StyleSheetError as error:
        window.status.showMessage(style_sheet_error_text(error), MESSAGE_MS)
    window.preview.set_style(theme, css)
    if hasattr(window, "theme_menu"):
        window.theme_menu.set_current(settings.theme)


def apply_settings(window: MainWindow, theme: str | None = None) -> None:
    """Everything Preferences can change in an open window: font, theme, preview, checks.

    Remote images are a per-document switch: the WindowManager moves open documents to a
    new default only when the default itself changed.
    """
    settings = window.settings
    window.editor.set_editor_font(settings.editor_font_family, settings.editor_font_size)
    apply_theme(window, theme)
    window.checks.run_now()
    window.spelling.refresh()
