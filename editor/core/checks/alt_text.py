"""Images without a description: no alt text, or a file name where the description should be.

Screen readers read the alt text aloud and search engines index it; a pasted
image's time-stamped file name (``my-post-20261201-101500``) says nothing to
either. Part of the publish checks (rule ``front-matter``).
"""

from __future__ import annotations

import re
from pathlib import PurePosixPath
from urllib.parse import unquote, urlsplit

from editor.core.checks.context import CheckContext, content_key
from editor.core.checks.findings import Finding, Severity, Span
from editor.core.checks.links import body_targets

RULE = "front-matter"
_IMAGE_SUFFIX = re.compile(r"\.(png|jpe?g|gif|webp|svg|avif|bmp|tiff?|heic)$", re.IGNORECASE)
_CAMERA_OR_STAMP = re.compile(
    r"^(img|dsc|dscn|pxl|screenshot|image|スクリーンショット)?[_ -]?\d{4,}([_ -]\d+)*$|\d{8}-\d{6}",
    re.IGNORECASE,
)


def looks_like_file_name(alt: str, src: str) -> bool:
    """True when ``alt`` is the image's file name (or a camera or time-stamp name)."""
    alt = alt.strip()
    name = PurePosixPath(unquote(urlsplit(src).path)).name
    stem = PurePosixPath(name).stem
    return (
        alt.casefold() in {name.casefold(), stem.casefold()}
        or bool(_IMAGE_SUFFIX.search(alt))
        or bool(_CAMERA_OR_STAMP.search(alt))
    )


def missing_alt_text(text: str, ctx: CheckContext | None = None) -> list[Finding]:
    """A finding for each image whose alt text is empty or a file name (``ctx``: the run's
    context of ``text``, whose chunks are parsed once and kept)."""
    ctx = ctx or CheckContext(text)
    out: list[Finding] = []
    for target in body_targets(ctx):
        if target.kind != "image":
            continue
        alt, src = target.alt, target.url
        if alt.strip() and not looks_like_file_name(alt, src):
            continue
        out.append(_finding(alt, src, _image_span(ctx.lines, target.line, alt, src)))
    return out


def _image_span(lines: list[str], first: int, alt: str, src: str) -> Span:
    needle = f"![{alt}]"
    for index in range(first, min(first + 50, len(lines))):
        column = lines[index].find(needle)
        if column >= 0:
            # Select the alt text itself (or the empty brackets): that is what to type over.
            start = column + 3 if alt else column + 2
            end = column + 2 + len(alt) if alt else column + 3
            return Span(index + 1, index + 1, start, end)
    return Span(first + 1, first + 1)


def _finding(alt: str, src: str, span: Span) -> Finding:
    if alt.strip():
        kind, severity = "image-alt-file-name", Severity.WARNING
        en = (
            f"The image {src} is described only by a file name ({alt}). Screen readers read "
            "that aloud and search engines index it: describe what the image shows."
        )
        ja = (
            f"画像 {src} の説明（代替テキスト）がファイル名（{alt}）のままです。読み上げソフトは"
            "それを読み上げ、検索エンジンも使います。画像の内容を書いてください。"
        )
    else:
        kind, severity = "image-alt-missing", Severity.INFO
        en = (
            f"The image {src} has no alt text. Describe what it shows between the brackets "
            "(leave it empty only for a purely decorative image)."
        )
        ja = (
            f"画像 {src} に代替テキストがありません。[ ] の中に画像の内容を書いてください"
            "（飾りだけの画像なら空でも構いません）。"
        )
    key = content_key(RULE, kind, src)
    return Finding(RULE, severity, en, ja, span, kind=kind, key=key)
