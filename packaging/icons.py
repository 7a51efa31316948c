"""Render the SVG app icon to the raster formats each OS wants, with Qt.

Kept in the build instead of the repository so the SVG stays the only source.
"""

from __future__ import annotations

import os
from pathlib import Path

HICOLOR_SIZES = (16, 22, 24, 32, 48, 64, 128, 256, 512)
ICO_SIZE = 256


def _application():
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtGui import QGuiApplication

    return QGuiApplication.instance() or QGuiApplication([])


def render_png(svg: Path, size: int, target: Path) -> None:
    from PySide6.QtCore import Qt
    from PySide6.QtGui import QImage, QPainter
    from PySide6.QtSvg import QSvgRenderer

    _application()
    renderer = QSvgRenderer(str(svg))
    if not renderer.isValid():
        raise RuntimeError(f"cannot read {svg}")
    image = QImage(size, size, QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    renderer.render(painter)
    painter.end()
    target.parent.mkdir(parents=True, exist_ok=True)
    if not image.save(str(target)):
        raise RuntimeError(f"cannot write {target}")


def render_hicolor(svg: Path, share: Path, app_id: str) -> list[Path]:
    """Write share/icons/hicolor/<N>x<N>/apps/<id>.png and scalable/apps/<id>.svg."""
    written = []
    for size in HICOLOR_SIZES:
        target = share / "icons" / "hicolor" / f"{size}x{size}" / "apps" / f"{app_id}.png"
        render_png(svg, size, target)
        written.append(target)
    scalable = share / "icons" / "hicolor" / "scalable" / "apps" / f"{app_id}.svg"
    scalable.parent.mkdir(parents=True, exist_ok=True)
    scalable.write_bytes(svg.read_bytes())
    written.append(scalable)
    return written


def render_platform_icon(svg: Path, folder: Path) -> Path | None:
    """kosei.ico on Windows, kosei.icns on macOS (Qt's image plugins write both)."""
    import sys

    suffix = {"win32": "ico", "darwin": "icns"}.get(sys.platform)
    if suffix is None:
        return None
    png = folder / "kosei-1024.png"
    render_png(svg, 1024 if suffix == "icns" else ICO_SIZE, png)
    from PySide6.QtGui import QImage

    target = folder / f"kosei.{suffix}"
    if not QImage(str(png)).save(str(target), suffix.upper()):
        raise RuntimeError(f"cannot write {target}")
    return target
