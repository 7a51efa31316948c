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
# can otherwise drag them in through optional imports.
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
    "PySide6.QtQuick3D",
    "PySide6.QtQuickControls2",
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

# Shared libraries and plugins that nothing Kosei loads depends on. Matched on
# the file name; QtWebEngineCore's real dependencies (Quick, Qml, OpenGL...) are
# deliberately absent from this list.
_DROPPED_FILES = re.compile(
    r"^(?:"
    r"libQt63D.*|libQt6Quick3D.*|libQt6QuickControls2.*|libQt6QuickDialogs2.*"
    r"|libQt6QuickTemplates2.*|libQt6Designer.*|libQt6Graphs.*|libQt6Charts.*"
    r"|libQt6DataVisualization.*|libQt6Multimedia.*|libQt6SpatialAudio.*|libQt6LabsStyleKit.*"
    r"|libQt6Bluetooth.*|libQt6Nfc.*|libQt6Sensors.*|libQt6SerialPort.*|libQt6SerialBus.*"
    r"|libav(?:codec|format|util)\..*|libsw(?:resample|scale)\..*"
    r"|qtwebengine_devtools_resources\.pak"
    r")$"
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
    return _DROPPED_FILES.match(name) is None
