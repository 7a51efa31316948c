"""How the preview is drawn: in software when the only OpenGL there is would be Mesa's.

QtWebEngine composites the page with OpenGL. Without a GPU (Xvfb, a virtual machine, a
container) that OpenGL is Mesa's software rasterizer (llvmpipe): the page is then drawn
twice in software (by Chromium's GPU thread, then by Qt's scene graph), adding the web
view to the window recreates the window as an OpenGL one (blank for a moment), and
LLVM and its contexts stay mapped. Qt Quick's software backend, with Qt's OpenGL
integration off, draws the same pixels with none of that: the preview shows sooner and
the process tree maps ~80 MB less (issue #19). With a GPU nothing changes, and a
backend the user chose (``QT_QUICK_BACKEND``, ``QSG_RHI_BACKEND``) is kept.
"""

from __future__ import annotations

import os
import sys
from collections.abc import MutableMapping
from pathlib import Path
from typing import Any

BACKEND_VARIABLE = "QT_QUICK_BACKEND"
GL_VARIABLE = "QT_XCB_GL_INTEGRATION"
CHOSEN_BY_USER = (BACKEND_VARIABLE, "QSG_RHI_BACKEND", "QT_QUICK_BACKEND_FORCE", GL_VARIABLE)
# What Qt says each time something asks for the OpenGL that is off on purpose.
_NO_OPENGL_NOTES = (
    "QXcbIntegration: Cannot create platform",
    "QRhiGles2: Failed to create",
    "Failed to create RHI for backend",
)


def has_gpu(dev: Path = Path("/dev")) -> bool:
    """True when the kernel offers a GPU: a DRM render node or an NVIDIA device."""
    try:
        if any(entry.name.startswith("renderD") for entry in (dev / "dri").iterdir()):
            return True
    except OSError:
        pass
    try:
        return any(entry.name[len("nvidia") :].isdigit() for entry in dev.glob("nvidia*"))
    except OSError:
        return False


def software_preview_wanted(
    env: MutableMapping[str, str], platform: str = sys.platform, dev: Path = Path("/dev")
) -> bool:
    """Linux without a GPU, and no scene-graph backend or GL integration chosen by the user."""
    if not platform.startswith("linux") or any(env.get(name) for name in CHOSEN_BY_USER):
        return False
    return not has_gpu(dev)


_chosen = False  # software drawing was chosen for this process


def apply_preview_rendering(env: MutableMapping[str, str] = os.environ) -> bool:
    """Choose software drawing when it is wanted; call before QApplication. True if chosen."""
    global _chosen
    if not software_preview_wanted(env):
        return False
    env[BACKEND_VARIABLE] = "software"  # read when the first web view makes its scene graph
    env[GL_VARIABLE] = "none"  # read when something first asks Qt for OpenGL
    _chosen = True
    return True


def forget_rendering_variables(env: MutableMapping[str, str] = os.environ) -> None:
    """Once a preview has shown a page (Qt has read both, and keeps what it read): a program
    Kosei starts from then on (a browser for a link) gets the user's own environment."""
    if _chosen:
        for name, value in ((BACKEND_VARIABLE, "software"), (GL_VARIABLE, "none")):
            if env.get(name) == value:
                del env[name]


def is_missing_opengl_note(message: str) -> bool:
    """Qt's warning that an OpenGL context could not be made (expected when it is off)."""
    return message.startswith(_NO_OPENGL_NOTES)


def quiet_missing_opengl() -> None:
    """Drop Qt's warnings about the OpenGL turned off above; every other message goes on."""
    from PySide6.QtCore import qInstallMessageHandler

    previous: Any = None

    def handler(kind: Any, context: Any, message: str) -> None:
        if is_missing_opengl_note(message):
            return
        if previous is not None:
            previous(kind, context, message)
        else:
            print(message, file=sys.stderr)  # what Qt's own handler prints

    previous = qInstallMessageHandler(handler)
