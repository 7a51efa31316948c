"""What the bundle leaves out: rules shared by the PyInstaller spec on every OS.

Kept in one place so the spec stays declarative and the rules can be unit-tested
without running PyInstaller. Paths are the bundle-relative destinations of
PyInstaller TOC entries.
"""

from __future__ import annotations

import re

# Web-engine UI strings (about 44 MB for 53 languages): Kosei ships en and ja.
KEPT_WEBENGINE_LOCALES = frozenset({"en-US.pak", "ja.pak"})

# Qt catalogues (qtbase_de.qm ...) for languages Kosei has no translation of.
_QT_CATALOGUE = re.compile(r"^[a-z0-9]+_(?P<lang>[a-z]{2,3})(?:_[A-Za-z]{2,4})?\.qm$")
KEPT_QT_LANGUAGES = frozenset({"en", "ja"})

# Python-level Qt modules Kosei never imports. Hooks of the modules we do import
# can otherwise drag them in through optional imports. A running Kosei imports only
# the QtCore, QtGui, QtWidgets, QtNetwork, QtPrintSupport, QtWebChannel and
# QtWebEngine* bindings (QtSvg is kept for its hook's SVG plugins); the Qt
# *libraries* behind the excluded bindings (Quick, Qml, OpenGL, Positioning...)
# stay whenever QtWebEngineCore links them.
EXCLUDED_MODULES = [
    "tkinter",
    "PySide6.Qt3DAnimation",
    "PySide6.Qt3DCore",
    "PySide6.Qt3DExtras",
    "PySide6.Qt3DInput",
    "PySide6.Qt3DLogic",
    "PySide6.Qt3DRender",
    "PySide6.QtBluetooth",
    "PySide6.QtCharts",
    "PySide6.QtDataVisualization",
    "PySide6.QtDBus",
    "PySide6.QtDesigner",
    "PySide6.QtGraphs",
    "PySide6.QtGraphsWidgets",
    "PySide6.QtHelp",
    "PySide6.QtHttpServer",
    "PySide6.QtLocation",
    "PySide6.QtMultimedia",
    "PySide6.QtMultimediaWidgets",
    "PySide6.QtNetworkAuth",
    "PySide6.QtNfc",
    "PySide6.QtOpenGL",
    "PySide6.QtOpenGLWidgets",
    "PySide6.QtPdf",
    "PySide6.QtPdfWidgets",
    "PySide6.QtPositioning",
    "PySide6.QtQml",
    "PySide6.QtQuick",
    "PySide6.QtQuick3D",
    "PySide6.QtQuickControls2",
    "PySide6.QtQuickWidgets",
    "PySide6.QtRemoteObjects",
    "PySide6.QtScxml",
    "PySide6.QtSensors",
    "PySide6.QtSerialBus",
    "PySide6.QtSerialPort",
    "PySide6.QtSpatialAudio",
    "PySide6.QtSql",
    "PySide6.QtStateMachine",
    "PySide6.QtTextToSpeech",
    "PySide6.QtUiTools",
    "PySide6.QtWebSockets",
    "PySide6.QtWebView",
]

# Qt libraries nothing Kosei loads depends on, by module name. The pattern
# matches each OS's spelling: libQt63DCore.so.6 (Linux), Qt63DCore.dll (Windows),
# Qt3DCore.framework (macOS). QtWebEngineCore's real dependencies (Quick, Qml,
# OpenGL, Positioning...) are deliberately absent from this list.
UNUSED_QT_MODULES = (
    "3D",
    "Quick3D",
    "QuickControls2",
    "QuickDialogs2",
    "QuickTemplates2",
    "Designer",
    "Graphs",
    "Charts",
    "DataVisualization",
    "Multimedia",
    "SpatialAudio",
    "LabsStyleKit",
    "Bluetooth",
    "Nfc",
    "Sensors",
    "SerialPort",
    "SerialBus",
    "TextToSpeech",
)
_UNUSED_QT = re.compile(r"^(?:lib)?Qt6?(?:" + "|".join(UNUSED_QT_MODULES) + ")")
# FFmpeg (for QtMultimedia) and the web inspector's resources.
_DROPPED_FILES = re.compile(
    r"^(?:(?:lib)?(?:avcodec|avformat|avutil|swresample|swscale)[-.].*"
    r"|qtwebengine_devtools_resources\.pak)$"
)


def keep_entry(dest: str) -> bool:
    """Return False for a bundle file that Kosei does not need."""
    path = dest.replace("\\", "/")
    name = path.rsplit("/", 1)[-1]
    if "/qtwebengine_locales/" in f"/{path}":
        return name in KEPT_WEBENGINE_LOCALES
    if "/translations/" in f"/{path}" and name.endswith(".qm"):
        match = _QT_CATALOGUE.match(name)
        return match is None or match["lang"] in KEPT_QT_LANGUAGES
    if "/qml/" in f"/{path}":
        return False
    if any(_UNUSED_QT.match(part) for part in path.split("/")):
        return False
    return _DROPPED_FILES.match(name) is None
