"""How the preview is drawn: in software when the only OpenGL there is would be Mesa's.

QtWebEngine composites the page with OpenGL. Without a GPU render node (Xvfb, a virtual
machine, a container) that OpenGL is Mesa's software rasterizer (llvmpipe): the page
is then drawn twice in software (by Chromium's GPU thread, then by Qt's scene graph),
and adding the web view to the window recreates the window as an OpenGL one, blanking
it for a moment. Qt Quick's software backend draws the same pixels with neither; it
starts the preview sooner and maps ~50 MB less (issue #19). With a GPU nothing changes.
A backend the user chose (``QT_QUICK_BACKEND``, ``QSG_RHI_BACKEND``) is kept.
"""

from __future__ import annotations

import os
import sys
from collections.abc import MutableMapping
from pathlib import Path

BACKEND_VARIABLE = "QT_QUICK_BACKEND"
CHOSEN_BY_USER = (BACKEND_VARIABLE, "QSG_RHI_BACKEND", "QT_QUICK_BACKEND_FORCE")


def has_gpu_render_node(dri: Path = Path("/dev/dri")) -> bool:
    """True when the kernel offers a GPU render node (``/dev/dri/renderD*``)."""
    try:
        return any(entry.name.startswith("renderD") for entry in dri.iterdir())
    except OSError:
        return False


def software_preview_wanted(
    env: MutableMapping[str, str], platform: str = sys.platform, dri: Path = Path("/dev/dri")
) -> bool:
    """Linux without a render node, and no scene-graph backend chosen by the user."""
    if not platform.startswith("linux") or any(env.get(name) for name in CHOSEN_BY_USER):
        return False
    return not has_gpu_render_node(dri)


def apply_preview_rendering(env: MutableMapping[str, str] = os.environ) -> None:
    """Choose the software scene graph when it is wanted; call before QApplication."""
    if software_preview_wanted(env):
        env[BACKEND_VARIABLE] = "software"
