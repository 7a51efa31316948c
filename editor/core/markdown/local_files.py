"""Which local files a post may show: one answer for the preview and both exports.

A post and its image folder may come from someone else's repository, so a
reference is untrusted: ``../../x.png``, ``%2e%2e/x.png``, ``file:///…`` or a
symlink ``images/a.png -> ~/.ssh/id_rsa`` must not pull a private file into an
exported page. :func:`resolve_inside` follows every symlink and ``..`` (the
callers have already percent-decoded the reference) and accepts the real file
only inside the document's folder or the blog site holding it
(:func:`allowed_roots`). :func:`sniff_image` names an image type from the file's
first bytes, never from its suffix (``hostname.png -> /etc/hostname`` is text).
"""

from __future__ import annotations

import os
from pathlib import Path

from editor.core.document.safe_read import read_regular
from editor.core.frontmatter.presets import site_asset_roots

SNIFF_BYTES = 512


def allowed_roots(document_folder: Path | None) -> tuple[Path, ...]:
    """Real folders whose files the post may show: its own folder and its site's root."""
    if document_folder is None:
        return ()
    folder = Path(os.path.realpath(document_folder))
    roots = [folder]
    site = site_asset_roots(folder / "post.md")
    if site:
        roots.append(Path(os.path.realpath(site[-1])))  # the site's root holds the others
    return tuple(roots)


def resolve_inside(path: Path | str, roots: tuple[Path, ...]) -> Path | None:
    """The real path of ``path`` when it lies inside one of ``roots``, else None.

    ``roots`` are real paths (from :func:`allowed_roots`). A dangling symlink
    resolves to its target's name, which is checked the same way.
    """
    try:
        real = Path(os.path.realpath(path))
    except (OSError, ValueError):
        return None
    for root in roots:
        if real == root or real.is_relative_to(root):
            return real
    return None


def sniff_image(head: bytes) -> str | None:
    """The MIME type the first bytes of a file declare, or None when not a known image."""
    if head.startswith(b"\x89PNG\r\n\x1a\n"):
        return "image/png"
    if head.startswith(b"\xff\xd8\xff"):
        return "image/jpeg"
    if head.startswith((b"GIF87a", b"GIF89a")):
        return "image/gif"
    if head.startswith(b"RIFF") and head[8:12] == b"WEBP":
        return "image/webp"
    if head[4:8] == b"ftyp" and head[8:12] in (b"avif", b"avis"):
        return "image/avif"
    if head.startswith(b"BM") and len(head) >= 14:
        return "image/bmp"
    if head.startswith(b"\x00\x00\x01\x00"):
        return "image/x-icon"
    text = head.lstrip(b"\xef\xbb\xbf \t\r\n").lower()
    if text.startswith(b"<svg") or (text.startswith(b"<?xml") and b"<svg" in text):
        return "image/svg+xml"
    return None


def read_image(path: Path, max_bytes: int) -> tuple[str | None, bytes]:
    """(sniffed MIME type or None, bytes) of a regular file of at most ``max_bytes``.

    Raises ``OSError`` and the ``DocumentReadError`` family as :func:`read_regular`.
    """
    data = read_regular(path, max_bytes)
    return sniff_image(data[:SNIFF_BYTES]), data
