"""What the bundle leaves out, on each OS's file naming."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "packaging"))

from trim import keep_entry  # noqa: E402


@pytest.mark.parametrize(
    "dest",
    [
        "PySide6/Qt/lib/libQt6WebEngineCore.so.6",
        "PySide6/Qt/lib/libQt6Quick.so.6",
        "PySide6/Qt/lib/libQt6Qml.so.6",
        "PySide6/Qt/translations/qtwebengine_locales/en-US.pak",
        "PySide6/Qt/translations/qtwebengine_locales/ja.pak",
        "PySide6/Qt/translations/qtbase_ja.qm",
        "PySide6/Qt/resources/qtwebengine_resources.pak",
        "resources/preview/preview.css",
    ],
)
def test_kept(dest):
    assert keep_entry(dest)


@pytest.mark.parametrize(
    "dest",
    [
        "PySide6/Qt/translations/qtwebengine_locales/de.pak",
        "PySide6/Qt/translations/qtbase_de.qm",
        "PySide6/Qt/translations/qt_zh_CN.qm",
        "PySide6/Qt/resources/qtwebengine_devtools_resources.pak",
        "PySide6/Qt/lib/libQt63DCore.so.6",
        "PySide6/Qt63DCore.dll",
        "PySide6/Qt/lib/Qt3DCore.framework/Versions/A/Qt3DCore",
        "PySide6/Qt/lib/libQt6QuickControls2Basic.so.6",
        "PySide6/Qt/lib/libavcodec.so.61",
        "PySide6\\Qt\\qml\\QtQuick\\Controls\\qmldir",
    ],
)
def test_dropped(dest):
    assert not keep_entry(dest)
