"""Which stylesheet the preview (and exports) use: theme, code colours, the writer's own CSS.

Two themes, ``"light"`` and ``"dark"``. The preference ``"system"`` is resolved
by the UI (which can ask the OS) through :func:`resolve_theme`.

The writer's own CSS (``Settings.preview_css_path``) is added *after* ours, so
their rules win where both style the same thing and ours still cover what a
site stylesheet usually lacks (code token colours, the front-matter header).
Its text is inlined: the page's Content-Security-Policy allows inline styles
but no remote loads, so ``@import``/``url()`` pointing at the web stay blocked.
"""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path

from editor.core.document.safe_read import read_regular
from editor.core.errors import DocumentReadError, FileTooLargeError, StyleSheetError
from editor.core.resources import resource_path

THEMES = ("light", "dark")
THEME_PREFERENCES = ("system", "light", "dark")
# Pygments styles for fenced code, chosen for contrast on our code-block backgrounds.
PYGMENTS_STYLES = {"light": "default", "dark": "github-dark"}
MAX_CUSTOM_CSS_BYTES = 2 * 1024 * 1024


def resolve_theme(preference: str, system_dark: bool) -> str:
    """``"light"`` or ``"dark"`` for a preference; ``"system"`` (or junk) follows the OS."""
    if preference in THEMES:
        return preference
    return "dark" if system_dark else "light"


@lru_cache(maxsize=4)
def pygments_css(style: str = "default") -> str:
    """Token colours scoped to ``.highlight``.

    Built from the background and token rules only: Pygments' full
    ``get_style_defs`` also emits unscoped ``pre``/line-number rules that would
    override the page's own ``pre`` styling.
    """
    from pygments.formatters import HtmlFormatter  # with the preview, not the window (#19)

    formatter = HtmlFormatter(style=style)
    rules = formatter.get_background_style_defs(".highlight")
    rules += formatter.get_token_style_defs(".highlight")
    return "\n".join(rules)


def theme_css(theme: str = "light") -> str:
    """Our preview stylesheet plus the Pygments colours of ``theme``."""
    css = resource_path("preview", "preview.css").read_text(encoding="utf-8")
    style = PYGMENTS_STYLES.get(theme, PYGMENTS_STYLES["light"])
    return css + "\n/* code colours: Pygments " + style + " */\n" + pygments_css(style)


def read_custom_css(path: Path | str | None) -> str:
    """The text of the writer's CSS file ("" when no path is set).

    Raises :class:`StyleSheetError` when the file cannot be read as UTF-8 text,
    is not a local file, or is unreasonably large.
    """
    if path is None or str(path).strip() == "":
        return ""
    text = str(path).strip()
    if "://" in text:
        raise StyleSheetError(text, "only a local file can be used")
    file = Path(text).expanduser()
    try:
        data = read_regular(file, MAX_CUSTOM_CSS_BYTES)
    except FileTooLargeError as error:
        raise StyleSheetError(
            file, f"{error.size} bytes is over {MAX_CUSTOM_CSS_BYTES} bytes"
        ) from None
    except DocumentReadError as error:  # a FIFO or a device: never waited on
        raise StyleSheetError(file, error.reason) from None
    except OSError as error:
        raise StyleSheetError(file, error.strerror or str(error)) from None
    try:
        css = data.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        raise StyleSheetError(file, f"not UTF-8 text (byte {error.start})") from None
    # Inlined into a <style> element: a literal end tag would close it early.
    return css.replace("</style", "<\\/style")


def preview_css(theme: str = "light", custom_css_path: Path | str | None = None) -> str:
    """The full stylesheet for a page: ours, code colours, then the writer's own CSS."""
    custom = read_custom_css(custom_css_path)
    base = theme_css(theme)
    if not custom:
        return base
    return base + "\n/* the writer's own stylesheet */\n" + custom
