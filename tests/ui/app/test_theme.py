from __future__ import annotations

import copy
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QGuiApplication, QPalette
from PySide6.QtWidgets import QApplication, QLabel

from editor.core.settings import load_settings
from editor.ui.app import theme as theme_module
from editor.ui.app.windows import WindowManager
from editor.ui.window.main_window import MainWindow
from tests.ui.conftest import open_window, run_js, wait_for_checks

LIGHT_BG, DARK_BG = "rgb(255, 255, 255)", "rgb(13, 17, 23)"
# Pygments keyword colour: "default" style #008000, "github-dark" #FF7B72.
LIGHT_KEYWORD, DARK_KEYWORD = "rgb(0, 128, 0)", "rgb(255, 123, 114)"
BODY_BG = "getComputedStyle(document.body).backgroundColor"
KEYWORD = "getComputedStyle(document.querySelector('.highlight .k')).color"


@pytest.fixture(autouse=True)
def _light_again() -> Any:
    yield
    theme_module.apply_app_theme("light")  # the palette is application-wide


@pytest.fixture
def code_post(tmp_path: Path) -> Path:
    path = tmp_path / "code.md"
    body = "\n\n".join(f"Paragraph {i} of the post, long enough to scroll." for i in range(120))
    path.write_text(
        "# Code\n\n```python\ndef f():\n    return 1\n```\n\n" + body + "\n", encoding="utf-8"
    )
    return path


def choose_theme(window: MainWindow, value: str) -> None:
    window.theme_menu.findChild(
        type(window.actions_by_name["save"]), f"action_theme_{value}"
    ).trigger()


def heading_color(window: MainWindow) -> str:
    """Colour the highlighter gave the first line ("# Code")."""
    ranges = window.editor.document().firstBlock().layout().formats()
    return str(ranges[0].format.foreground().color().name())


def wait_css(qtbot: Any, window: MainWindow, script: str, expected: str) -> None:
    qtbot.waitUntil(lambda: run_js(qtbot, window, script) == expected, timeout=5000)


def test_dark_theme_darkens_the_preview_page(
    manager: WindowManager, qtbot: Any, code_post: Path
) -> None:
    window = open_window(manager, qtbot, code_post)
    assert run_js(qtbot, window, BODY_BG) == LIGHT_BG
    choose_theme(window, "dark")
    wait_css(qtbot, window, BODY_BG, DARK_BG)


def test_dark_theme_recolours_code_tokens(
    manager: WindowManager, qtbot: Any, code_post: Path
) -> None:
    window = open_window(manager, qtbot, code_post)
    assert run_js(qtbot, window, KEYWORD) == LIGHT_KEYWORD
    choose_theme(window, "dark")
    wait_css(qtbot, window, KEYWORD, DARK_KEYWORD)
    choose_theme(window, "light")
    wait_css(qtbot, window, KEYWORD, LIGHT_KEYWORD)


def test_dark_theme_recolours_the_editor(
    manager: WindowManager, qtbot: Any, code_post: Path
) -> None:
    window = open_window(manager, qtbot, code_post)
    light_heading = heading_color(window)
    choose_theme(window, "dark")
    assert window.editor.palette().color(QPalette.ColorRole.Base).name() == "#0d1117"
    assert window.editor.palette().color(QPalette.ColorRole.Text).name() == "#e6edf3"
    assert heading_color(window) != light_heading
    assert QColor(heading_color(window)).lightness() > 128  # light text on the dark background


def test_dark_theme_gives_the_application_a_dark_palette(
    manager: WindowManager, qtbot: Any, code_post: Path
) -> None:
    window = open_window(manager, qtbot, code_post)
    choose_theme(window, "dark")
    palette = QApplication.palette()
    assert palette.color(QPalette.ColorRole.Window).lightness() < 64
    assert palette.color(QPalette.ColorRole.WindowText).lightness() > 192
    choose_theme(window, "light")
    assert QApplication.palette().color(QPalette.ColorRole.Window).lightness() > 192


def test_theme_switch_reaches_every_open_window(
    manager: WindowManager, qtbot: Any, code_post: Path, post: Path
) -> None:
    first = open_window(manager, qtbot, code_post)
    second = open_window(manager, qtbot, post)
    assert second is not first
    choose_theme(first, "dark")
    wait_css(qtbot, second, BODY_BG, DARK_BG)
    assert second.theme_menu.current() == "dark"
    assert second.editor.palette().color(QPalette.ColorRole.Base).name() == "#0d1117"


def test_theme_switch_keeps_the_page_and_its_scroll_position(
    manager: WindowManager, qtbot: Any, code_post: Path
) -> None:
    window = open_window(manager, qtbot, code_post)
    window.resize(1000, 600)
    view = window.preview.web_view
    assert view is not None
    # The page takes the new size a moment later, and a resize keeps the line at the top:
    # scroll only once the page has its size, or that would move it under the test.
    qtbot.waitUntil(
        lambda: (
            run_js(qtbot, window, "window.innerWidth + 'x' + window.innerHeight")
            == f"{view.width()}x{view.height()}"
        ),
        timeout=5000,
    )
    qtbot.wait(100)
    run_js(qtbot, window, "document.body.dataset.marker = 'still here'; window.scrollTo(0, 1500)")
    qtbot.waitUntil(lambda: run_js(qtbot, window, "window.scrollY") > 1000, timeout=5000)
    before = run_js(qtbot, window, "window.scrollY")
    window.editor.document().setModified(True)
    choose_theme(window, "dark")
    wait_css(qtbot, window, BODY_BG, DARK_BG)
    assert run_js(qtbot, window, "document.body.dataset.marker") == "still here"  # no reload
    assert abs(run_js(qtbot, window, "window.scrollY") - before) < 5
    assert window.editor.document().isModified()  # the document was not reloaded either


def test_theme_choice_is_saved(manager: WindowManager, qtbot: Any, code_post: Path) -> None:
    window = open_window(manager, qtbot, code_post)
    choose_theme(window, "dark")
    assert manager.settings_path is not None
    assert load_settings(manager.settings_path).theme == "dark"


def test_system_theme_follows_the_os_colour_scheme(
    manager: WindowManager, qtbot: Any, code_post: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    window = open_window(manager, qtbot, code_post)
    choose_theme(window, "system")
    monkeypatch.setattr(theme_module, "system_color_scheme", lambda: Qt.ColorScheme.Dark)
    QGuiApplication.styleHints().colorSchemeChanged.emit(Qt.ColorScheme.Dark)
    wait_css(qtbot, window, BODY_BG, DARK_BG)
    monkeypatch.setattr(theme_module, "system_color_scheme", lambda: Qt.ColorScheme.Light)
    QGuiApplication.styleHints().colorSchemeChanged.emit(Qt.ColorScheme.Light)
    wait_css(qtbot, window, BODY_BG, LIGHT_BG)


def test_explicit_theme_ignores_the_os(
    manager: WindowManager, qtbot: Any, code_post: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    window = open_window(manager, qtbot, code_post)
    choose_theme(window, "light")
    monkeypatch.setattr(theme_module, "system_color_scheme", lambda: Qt.ColorScheme.Dark)
    QGuiApplication.styleHints().colorSchemeChanged.emit(Qt.ColorScheme.Dark)
    qtbot.wait(100)
    assert run_js(qtbot, window, BODY_BG) == LIGHT_BG


def test_new_window_opens_in_the_current_theme(
    manager: WindowManager, qtbot: Any, code_post: Path, post: Path
) -> None:
    first = open_window(manager, qtbot, code_post)
    choose_theme(first, "dark")
    second = open_window(manager, qtbot, post)
    wait_css(qtbot, second, BODY_BG, DARK_BG)
    assert second.theme_menu.current() == "dark"


H1_COLOR = "getComputedStyle(document.querySelector('h1')).color"


def test_writer_css_file_styles_the_preview(
    manager: WindowManager, qtbot: Any, code_post: Path, tmp_path: Path
) -> None:
    site = tmp_path / "site" / "site.css"
    site.parent.mkdir()
    site.write_text("h1 { color: rgb(1, 2, 3); }\n", encoding="utf-8")
    window = open_window(manager, qtbot, code_post)
    chosen = copy.deepcopy(manager.settings)
    chosen.preview_css_path = str(site)
    manager.apply_preferences(chosen)
    wait_css(qtbot, window, H1_COLOR, "rgb(1, 2, 3)")
    assert run_js(qtbot, window, KEYWORD) == LIGHT_KEYWORD  # our code colours still apply


def test_writer_css_applies_to_windows_opened_later(
    manager: WindowManager, qtbot: Any, code_post: Path, tmp_path: Path
) -> None:
    site = tmp_path / "site.css"
    site.write_text("body { background: rgb(250, 240, 230); }\n", encoding="utf-8")
    manager.settings.preview_css_path = str(site)
    window = open_window(manager, qtbot, code_post)
    wait_css(qtbot, window, BODY_BG, "rgb(250, 240, 230)")


def test_writer_css_is_read_again_when_the_theme_changes(
    manager: WindowManager, qtbot: Any, code_post: Path, tmp_path: Path
) -> None:
    site = tmp_path / "site.css"
    site.write_text("h1 { color: rgb(1, 2, 3); }\n", encoding="utf-8")
    manager.settings.preview_css_path = str(site)
    window = open_window(manager, qtbot, code_post)
    wait_css(qtbot, window, H1_COLOR, "rgb(1, 2, 3)")
    site.write_text("h1 { color: rgb(4, 5, 6); }\n", encoding="utf-8")
    choose_theme(window, "dark")
    wait_css(qtbot, window, H1_COLOR, "rgb(4, 5, 6)")


def test_unreadable_writer_css_is_reported_and_our_style_kept(
    manager: WindowManager, qtbot: Any, code_post: Path, tmp_path: Path
) -> None:
    manager.settings.preview_css_path = str(tmp_path / "missing.css")
    window = open_window(manager, qtbot, code_post)
    assert "missing.css" in window.status.currentMessage()
    assert run_js(qtbot, window, BODY_BG) == LIGHT_BG


def contrast(a: QColor, b: QColor) -> float:
    def luminance(color: QColor) -> float:
        def channel(value: float) -> float:
            return value / 12.92 if value <= 0.03928 else ((value + 0.055) / 1.055) ** 2.4

        return (
            0.2126 * channel(color.redF())
            + 0.7152 * channel(color.greenF())
            + 0.0722 * channel(color.blueF())
        )

    high, low = sorted((luminance(a), luminance(b)), reverse=True)
    return (high + 0.05) / (low + 0.05)


def test_finding_marks_stay_readable_in_the_dark_theme(
    manager: WindowManager, qtbot: Any, tmp_path: Path
) -> None:
    path = tmp_path / "copy.md"
    line = "Some text that repeats itself many times over in this post so that it is found."
    path.write_text(f"# T\n\n{line}\n\n{line}\n", encoding="utf-8")
    window = open_window(manager, qtbot, path)
    choose_theme(window, "dark")
    wait_for_checks(qtbot, window)
    assert window.panel.findings
    window.checks.show_finding(window.panel.findings[0])
    marks = window.editor.extraSelections()
    assert marks
    for mark in marks:
        fmt = mark.format  # type: ignore[attr-defined]
        # Without its own text colour a mark shows the highlighter's light text.
        assert fmt.foreground().style() != Qt.BrushStyle.NoBrush
        assert contrast(fmt.foreground().color(), fmt.background().color()) >= 4.5


def test_front_matter_error_text_is_readable_in_both_themes(
    manager: WindowManager, qtbot: Any, tmp_path: Path
) -> None:
    path = tmp_path / "bad.md"
    path.write_text("---\ntitle: [broken\n---\n\nText.\n", encoding="utf-8")
    window = open_window(manager, qtbot, path)
    label = window.form.findChild(QLabel, "frontMatterError")
    qtbot.waitUntil(lambda: not label.isHidden(), timeout=5000)
    for name in ("dark", "light"):
        choose_theme(window, name)
        color = label.palette().color(label.foregroundRole())
        background = QApplication.palette().color(QPalette.ColorRole.Window)
        assert contrast(color, background) >= 4.5, name


def test_saving_the_writer_css_restyles_the_preview(
    manager: WindowManager, qtbot: Any, code_post: Path, tmp_path: Path
) -> None:
    site = tmp_path / "site.css"
    site.write_text("h1 { color: rgb(1, 2, 3); }\n", encoding="utf-8")
    chosen = copy.deepcopy(manager.settings)
    chosen.preview_css_path = str(site)
    manager.apply_preferences(chosen)
    window = open_window(manager, qtbot, code_post)
    wait_css(qtbot, window, H1_COLOR, "rgb(1, 2, 3)")
    replacement = tmp_path / "site.css.tmp"
    replacement.write_text("h1 { color: rgb(7, 8, 9); }\n", encoding="utf-8")
    replacement.replace(site)  # the way most editors save
    wait_css(qtbot, window, H1_COLOR, "rgb(7, 8, 9)")
    site.write_text("h1 { color: rgb(10, 11, 12); }\n", encoding="utf-8")  # and in place
    wait_css(qtbot, window, H1_COLOR, "rgb(10, 11, 12)")


@pytest.mark.parametrize("theme", ["light", "dark"])
def test_current_find_match_stands_out_from_the_other_matches(
    manager: WindowManager, qtbot: Any, code_post: Path, theme: str
) -> None:
    from editor.ui.editor.find_controller import MATCH_COLOR

    window = open_window(manager, qtbot, code_post)
    choose_theme(window, theme)
    # The current match is the editor's selection, shown while the find field has the focus.
    selection = window.editor.palette().color(
        QPalette.ColorGroup.Inactive, QPalette.ColorRole.Highlight
    )
    match = QColor(MATCH_COLOR)
    distance = (
        sum((a - b) ** 2 for a, b in zip(selection.getRgb()[:3], match.getRgb()[:3], strict=True))
        ** 0.5
    )
    assert distance >= 60
    on_selection = window.editor.palette().color(
        QPalette.ColorGroup.Inactive, QPalette.ColorRole.HighlightedText
    )
    assert contrast(on_selection, selection) >= 4.5


def test_dark_theme_control_borders_keep_three_to_one(qtbot: Any) -> None:
    from PySide6.QtWidgets import QCheckBox, QLineEdit

    from editor.ui.app.theme import DARK_CONTROL_BORDER, apply_app_theme, dark_palette

    palette = dark_palette()
    border = QColor(DARK_CONTROL_BORDER)
    for role in (QPalette.ColorRole.Base, QPalette.ColorRole.Window, QPalette.ColorRole.Button):
        assert contrast(border, palette.color(role)) >= 3.0, role
    apply_app_theme("dark")
    try:
        for widget in (QCheckBox(), QLineEdit()):
            qtbot.addWidget(widget)
            widget.resize(widget.sizeHint())
            image = widget.grab().toImage()
            colors = {
                image.pixelColor(x, y).name()
                for x in range(image.width())
                for y in range(image.height())
            }
            assert border.name() in colors, type(widget).__name__
    finally:
        apply_app_theme("light")
