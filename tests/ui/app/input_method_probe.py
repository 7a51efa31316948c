"""Run the real Kosei start-up and report, as JSON lines, the input context its editor gets.

    input_method_probe.py [--wait-text TEXT] [--timeout S] -- KOSEI-ARGUMENTS...

Starts Kosei through ``editor.__main__.main`` (input-method choice, QApplication,
window manager, the file's window), focuses the last window's editor and prints
one ``{"event": "focused", ...}`` line: QT_IM_MODULE as Qt read it, the
input-context plugin mapped into the process, whether QGuiApplication has an
input method and whether the focused editor accepts input-method events. With
``--wait-text`` it then waits for TEXT to arrive in the editor (typed through an
input method by the test) and prints ``{"event": "text", ...}``. It exits 0 when
done, 3 on timeout.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import time
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parents[3]))


def loaded_input_context_plugins() -> list[str]:
    """File names of the input-context plugins this process has mapped (Linux /proc)."""
    names = set()
    with open("/proc/self/maps", encoding="utf-8", errors="replace") as maps:
        for line in maps:
            path = line.split()[-1]
            if "/platforminputcontexts/" in path:
                names.add(path.rsplit("/", 1)[-1])
    return sorted(names)


def _emit(event: str, **facts: Any) -> None:
    print(json.dumps({"event": event, **facts}, ensure_ascii=False), flush=True)


def _install(wait_text: str | None, timeout: float) -> None:
    from PySide6.QtCore import Qt, QTimer
    from PySide6.QtGui import QGuiApplication
    from PySide6.QtWidgets import QApplication

    real_exec = QApplication.exec
    deadline = time.monotonic() + timeout

    def editor() -> Any:
        windows = [w for w in QApplication.topLevelWidgets() if hasattr(w, "editor")]
        return windows[-1].editor if windows else None

    def focus() -> None:
        widget = editor()
        if widget is None or not widget.isVisible():
            QTimer.singleShot(100, focus)
            return
        widget.window().activateWindow()
        widget.setFocus(Qt.FocusReason.OtherFocusReason)
        QTimer.singleShot(300, report)

    def report() -> None:
        widget = editor()
        if not widget.hasFocus() and time.monotonic() < deadline:
            QTimer.singleShot(200, focus)
            return
        method = QGuiApplication.inputMethod()
        _emit(
            "focused",
            qt_im_module=os.environ.get("QT_IM_MODULE", ""),
            plugins=loaded_input_context_plugins(),
            input_method=method is not None,
            editor_has_focus=widget.hasFocus(),
            focus_object_is_editor=QGuiApplication.focusObject() is widget,
            editor_accepts_input_method=bool(
                widget.testAttribute(Qt.WidgetAttribute.WA_InputMethodEnabled)
                and widget.inputMethodQuery(Qt.InputMethodQuery.ImEnabled)
            ),
        )
        if wait_text is None:
            QApplication.instance().exit(0)
        else:
            QTimer.singleShot(100, watch)

    def watch() -> None:
        text = editor().toPlainText()
        if wait_text in text:
            _emit("text", text=text)
            QApplication.instance().exit(0)
        elif time.monotonic() > deadline:
            _emit("text", text=text, timed_out=True)
            QApplication.instance().exit(3)
        else:
            QTimer.singleShot(100, watch)

    def exec_with_probe(*_instance: Any) -> int:
        QTimer.singleShot(0, focus)
        return int(real_exec())  # static in Qt; called through the instance here

    QApplication.exec = exec_with_probe  # type: ignore[method-assign]


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--wait-text")
    parser.add_argument("--timeout", type=float, default=60)
    parser.add_argument("kosei", nargs=argparse.REMAINDER)
    args = parser.parse_args()
    kosei_args = args.kosei[1:] if args.kosei[:1] == ["--"] else args.kosei
    _install(args.wait_text, args.timeout)
    from editor.__main__ import main as kosei_main

    return kosei_main(kosei_args)


if __name__ == "__main__":
    sys.exit(main())
