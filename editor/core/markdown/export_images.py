"""Local images in an exported page: re-pointed at the output's folder, or embedded.

The preview resolves image paths against the document's folder (its ``<base>``).
An exported file has no such base: it may be written to another folder, so each
local ``<img src>`` is rewritten relative to where the output goes, embedded as a
``data:`` URI, or (for printing from a temporary file) made an absolute ``file:``
URI. Remote images, ``data:`` URIs and site-root paths (``/images/a.png``, which
a blog engine resolves against the site) are left exactly as written.

Only what the preview may show is used (:mod:`editor.core.markdown.local_files`):
an image whose real file lies outside the post's folder (or its site) is left as
written, neither embedded nor re-pointed, and reported once; an embedded image's
type comes from its first bytes, and only regular files are read.
"""

from __future__ import annotations

import base64
import html
import os
import re
from dataclasses import dataclass, field
from enum import Enum
from pathlib import Path
from urllib.parse import quote, unquote, urlsplit

from editor.core.errors import DocumentReadError, FileTooLargeError
from editor.core.markdown.local_files import allowed_roots, read_image, resolve_inside

MAX_EMBED_BYTES = 8 * 1024 * 1024  # per image; larger ones stay linked (and are reported)

_IMG_TAG = re.compile(r"<img\b[^>]*>", re.IGNORECASE)
_SRC_ATTR = re.compile(r"""(\ssrc\s*=\s*)(?:"([^"]*)"|'([^']*)'|([^\s"'=<>`]+))""", re.IGNORECASE)
_SCHEME = re.compile(r"^[A-Za-z][A-Za-z0-9+.-]*:")
_WINDOWS_DRIVE = re.compile(r"^[A-Za-z]:[\\/]")


class ImageMode(Enum):
    RELATIVE = "relative"  # relative to the output file's folder
    EMBED = "embed"  # data: URI (falls back to RELATIVE when the image cannot be embedded)
    ABSOLUTE = "absolute"  # file: URI, for a page printed from a temporary file


class ImageProblem(Enum):
    MISSING = "missing"
    TOO_LARGE = "too-large"
    UNREADABLE = "unreadable"
    NOT_AN_IMAGE = "not-an-image"
    OUTSIDE = "outside"  # the real file is outside the post's folder (a symlink, ../, file:)


@dataclass(frozen=True)
class ImageWarning:
    src: str  # the reference as written in the post
    path: Path
    problem: ImageProblem

    def message(self) -> str:
        """English text for the command line (the window translates ``problem`` itself)."""
        texts = {
            ImageProblem.MISSING: "image not found",
            ImageProblem.TOO_LARGE: "image too large to embed, linked instead",
            ImageProblem.UNREADABLE: "image could not be read, linked instead",
            ImageProblem.NOT_AN_IMAGE: "not a known image type, linked instead",
            ImageProblem.OUTSIDE: "image outside the post's folder, not used",
        }
        return f"{texts[self.problem]}: {self.src}"


@dataclass
class _Rewriter:
    base_dir: Path | None
    out_dir: Path | None
    mode: ImageMode
    max_bytes: int
    warnings: list[ImageWarning] = field(default_factory=list)
    _done: dict[str, str] = field(default_factory=dict)
    roots: tuple[Path, ...] = ()

    def tag(self, match: re.Match[str]) -> str:
        return _SRC_ATTR.sub(self.attribute, match.group(0), count=1)

    def attribute(self, match: re.Match[str]) -> str:
        written = next(g for g in match.groups()[1:] if g is not None)
        src = html.unescape(written)
        if src not in self._done:
            self._done[src] = self.new_src(src)
        new = self._done[src]
        if new == src:
            return match.group(0)
        return f'{match.group(1)}"{html.escape(new, quote=True)}"'

    def new_src(self, src: str) -> str:
        found = local_image_path(src, self.base_dir)
        if found is None:
            return src
        path, suffix = found
        if not os.path.lexists(path):
            self.warnings.append(ImageWarning(src, path, ImageProblem.MISSING))
            return self.relative(path) + suffix if self.out_dir is not None else src
        real = resolve_inside(path, self.roots)
        if real is None:
            self.warnings.append(ImageWarning(src, path, ImageProblem.OUTSIDE))
            return src
        if not real.exists():
            self.warnings.append(ImageWarning(src, path, ImageProblem.MISSING))
        elif self.mode is ImageMode.EMBED:
            embedded = self.data_uri(src, real)
            if embedded is not None:
                return embedded
        if self.mode is ImageMode.ABSOLUTE:
            return path.as_uri() + suffix
        return self.relative(path) + suffix if self.out_dir is not None else src

    def data_uri(self, src: str, path: Path) -> str | None:
        problem = None
        mime: str | None = None
        try:
            mime, data = read_image(path, self.max_bytes)  # the real file, regular only
            if mime is None:
                problem = ImageProblem.NOT_AN_IMAGE
        except FileTooLargeError:
            problem = ImageProblem.TOO_LARGE
        except (OSError, DocumentReadError):
            problem = ImageProblem.UNREADABLE
        if problem is not None:
            self.warnings.append(ImageWarning(src, path, problem))
            return None
        return f"data:{mime};base64,{base64.b64encode(data).decode('ascii')}"

    def relative(self, path: Path) -> str:
        assert self.out_dir is not None
        try:
            rel = os.path.relpath(path, self.out_dir)
        except ValueError:  # another drive on Windows: no relative path exists
            return path.as_uri()
        return quote(Path(rel).as_posix(), safe="/")


def local_image_path(src: str, base_dir: Path | None) -> tuple[Path, str] | None:
    """(absolute file path, "?query#fragment" to keep) for a local reference, else None."""
    if not src or src.startswith(("#", "/")):  # "/a.png" is on the blog's site, not this disk
        return None
    if _WINDOWS_DRIVE.match(src):
        return Path(src), ""
    parts = urlsplit(src)
    suffix = (f"?{parts.query}" if parts.query else "") + (
        f"#{parts.fragment}" if parts.fragment else ""
    )
    if _SCHEME.match(src):
        if parts.scheme.lower() != "file":
            return None
        # Imported here: urllib.request pulls in http.client, ssl and email (~20 ms at start-up).
        from urllib.request import url2pathname

        return Path(url2pathname(parts.path)), suffix
    if base_dir is None:
        return None
    return Path(os.path.abspath(base_dir / unquote(parts.path))), suffix


def rewrite_images(
    page: str,
    base_dir: Path | None,
    out_dir: Path | None,
    mode: ImageMode = ImageMode.RELATIVE,
    max_bytes: int = MAX_EMBED_BYTES,
) -> tuple[str, list[ImageWarning]]:
    """``page`` with every local ``<img src>`` rewritten for ``mode``, and what went wrong."""
    out = Path(os.path.abspath(out_dir)) if out_dir is not None else None
    base = Path(os.path.abspath(base_dir)) if base_dir is not None else None
    rewriter = _Rewriter(base, out, mode, max_bytes, roots=allowed_roots(base))
    return _IMG_TAG.sub(rewriter.tag, page), rewriter.warnings
