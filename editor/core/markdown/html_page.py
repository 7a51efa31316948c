"""The HTML page around rendered Markdown: the preview's empty shell or a standalone export.

Kept apart from :mod:`editor.core.markdown.render` so the preview can load its shell
without the Markdown parser: the page starts while the first render is still running
(issue #19). ``render`` re-exports both names.
"""

from __future__ import annotations

import html
from pathlib import Path
from typing import Protocol

from editor.core.markdown.preview_style import theme_css


class _Body(Protocol):
    """A rendered post (``render.Rendered``): its body's HTML."""

    @property
    def html(self) -> str: ...


def content_security_policy(allow_remote: bool = False) -> str:
    """No scripts at all; images, styles and fonts only from the document's files."""
    remote = " https: http:" if allow_remote else ""
    return (
        "default-src 'none'; script-src 'none'; object-src 'none'; frame-src 'none'; "
        f"img-src file: data:{remote}; style-src 'unsafe-inline' file:; font-src file: data:; "
        "media-src file:; form-action 'none'; base-uri file:"
    )


def page_html(
    rendered: _Body | None,
    *,
    theme: str = "light",
    base_dir: Path | None = None,
    allow_remote: bool = False,
    extra_css: str = "",
    title: str = "",
) -> str:
    """A complete HTML page: the preview shell (``rendered`` None) or a standalone export.

    ``extra_css`` goes in its own ``<style>`` after ours: the writer's stylesheet
    (:func:`editor.core.markdown.preview_style.read_custom_css`), so its rules win.
    """
    base = f'<base href="{html.escape(base_dir.as_uri())}/">' if base_dir else ""
    body = rendered.html if rendered else ""
    # Only the preview shell scrolls the last line up (40vh below it); an export ends with the text.
    classes = f"kosei-{theme}" + ("" if rendered else " kosei-preview")
    return (
        '<!DOCTYPE html>\n<html><head><meta charset="utf-8">'
        f'<meta http-equiv="Content-Security-Policy" content="{content_security_policy(allow_remote)}">'
        f"{base}<title>{html.escape(title)}</title>"
        f'<style id="kosei-style">{theme_css(theme)}</style>'
        f'<style id="kosei-user-style">{extra_css}</style>'
        f'</head><body class="{classes}"><main id="kosei-content">{body}</main></body></html>\n'
    )
