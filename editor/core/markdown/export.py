"""Export a post as one standalone HTML file, rendered exactly as the preview shows it.

The page is built by the preview's own functions (``render_with_stats``,
``page_html``: same post header, same stylesheet and Pygments colours), with the
CSS inlined, a Content-Security-Policy that allows no script at all, ``<html
lang>`` taken from the content, and print rules for paper. Local images are
re-pointed at the output's folder or embedded (see :mod:`editor.core.markdown.export_images`).
The PDF export prints this same page (``editor.ui.export.pdf_export``).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from editor.core.document.fileio import write_atomic
from editor.core.errors import DocumentWriteError
from editor.core.frontmatter.split import split
from editor.core.markdown.dialects import dialect_for
from editor.core.markdown.export_images import (
    MAX_EMBED_BYTES,
    ImageMode,
    ImageWarning,
    rewrite_images,
)
from editor.core.markdown.render import Rendered, page_html, render_with_stats
from editor.core.markdown.stats import CJK_PER_MINUTE, WORDS_PER_MINUTE, Stats
from editor.core.resources import resource_path

FORMATS = ("html", "pdf")
THEMES = ("light", "dark")
PAGE_SIZES = ("A4", "A3", "A5", "B5", "JisB5", "Letter", "Legal")  # QPageSize.PageSizeId names
DEFAULT_PAGE_SIZE = "A4"
DEFAULT_MARGIN_MM = 15.0
MAX_MARGIN_MM = 50.0

_LANG_TAG = re.compile(r"[A-Za-z]{2,3}(?:-[A-Za-z0-9]{1,8})*")


@dataclass(frozen=True)
class HtmlExport:
    html: str
    lang: str
    title: str
    warnings: tuple[ImageWarning, ...]

    @property
    def data(self) -> bytes:
        return self.html.encode("utf-8")


def export_html(
    text: str,
    *,
    base_dir: Path | None,
    out_dir: Path | None,
    theme: str = "light",
    embed_images: bool = False,
    image_mode: ImageMode | None = None,
    max_image_bytes: int = MAX_EMBED_BYTES,
    fallback_title: str = "",
    source: Path | None = None,
) -> HtmlExport:
    """The page for a whole file's ``text`` (front matter included).

    ``base_dir`` is the document's folder (where its relative image paths start);
    ``out_dir`` the folder the page will be written to. ``image_mode`` overrides
    ``embed_images`` (the PDF export uses ``ImageMode.ABSOLUTE``). ``source`` is the
    post's own path: its site decides the Markdown dialect, as in the preview.
    """
    rendered, stats = render_with_stats(text, dialect_for(source, text) if source else None)
    front = split(text).front_matter
    data: dict[str, Any] = (front.data or {}) if front is not None else {}
    mode = image_mode or (ImageMode.EMBED if embed_images else ImageMode.RELATIVE)
    body, warnings = rewrite_images(rendered.body_html, base_dir, out_dir, mode, max_image_bytes)
    title = _title(data) or fallback_title
    lang = document_language(stats, data)
    page = page_html(
        Rendered(rendered.header_html, body),
        theme=theme if theme in THEMES else "light",
        allow_remote=True,  # remote images are left as written, so a browser may show them
        extra_css=print_css(),
        title=title,
    )
    return HtmlExport(_with_lang(page, lang), lang, title, tuple(warnings))


def document_language(stats: Stats, data: dict[str, Any]) -> str:
    """A ``lang``/``language`` key of the front matter, else "ja" when most reading is Japanese."""
    for key in ("lang", "language"):
        declared = data.get(key)
        if isinstance(declared, str) and _LANG_TAG.fullmatch(declared.strip()):
            return declared.strip()
    # "Mostly" by reading time, so one kanji weighs about as much as an English word.
    japanese = stats.cjk_characters / CJK_PER_MINUTE > stats.words / WORDS_PER_MINUTE
    return "ja" if japanese else "en"


def print_css() -> str:
    return resource_path("preview", "print.css").read_text(encoding="utf-8")


def format_for(path: Path, requested: str | None = None) -> str | None:
    """ "html" or "pdf": ``requested`` when given, else from the suffix; None when unknown."""
    if requested:
        return requested if requested in FORMATS else None
    suffix = path.suffix.lower()
    if suffix in (".html", ".htm"):
        return "html"
    return "pdf" if suffix == ".pdf" else None


def write_export(path: Path, data: bytes) -> None:
    """Write atomically; a missing folder is reported as such, not as a vanished one."""
    if not path.parent.is_dir():
        raise DocumentWriteError(path, "the folder does not exist")
    write_atomic(path, data)


def _title(data: dict[str, Any]) -> str:
    title = data.get("title")
    return str(title).strip() if title not in (None, "") else ""


def _with_lang(page: str, lang: str) -> str:
    return re.sub(r"<html\b", f'<html lang="{lang}"', page, count=1)
