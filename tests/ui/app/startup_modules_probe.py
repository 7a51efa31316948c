"""Start Kosei on a file and print, as JSON, the modules loaded when its window is first shown.

    startup_modules_probe.py FILE SETTINGS

Runs the real start-up (``editor.ui.app.app.run_app``); at the window's first
Show event, before the event loop has had a turn to paint it, it prints
``{"modules": [...], "preview_created": bool}`` and leaves at once (no teardown,
nothing to save).
"""

from __future__ import annotations

import json
import os
import sys
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parents[3]))


def main() -> None:
    from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt
    from PySide6.QtWidgets import QApplication

    QCoreApplication.setAttribute(Qt.ApplicationAttribute.AA_ShareOpenGLContexts)
    app = QApplication(sys.argv[:1])

    class FirstShow(QObject):
        def eventFilter(self, obj: Any, event: Any) -> bool:  # Qt's name
            if event.type() == QEvent.Type.Show and type(obj).__name__ == "MainWindow":
                report = {
                    "modules": sorted(sys.modules),
                    "preview_created": bool(obj.preview.web_view),
                }
                print(json.dumps(report), flush=True)
                os._exit(0)
            return False

    watcher = FirstShow()
    app.installEventFilter(watcher)
    from editor.ui.app.app import run_app

    run_app(["--new-window", "--settings", sys.argv[2], sys.argv[1]])
    os._exit(3)  # the window never showed


if __name__ == "__main__":
    main()
