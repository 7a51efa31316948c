"""Screenshots of the light and dark themes and of Preferences, for a person to look at.

Run under an X server (e.g. ``Xvfb :105 -screen 0 1400x900x24 &``) from the repository root:

    DISPLAY=:105 python -m bench.theme_screenshots OUT_DIR

Writes theme-light.png, theme-dark.png, preferences.png and preferences-dark.png
(whole-screen grabs with ImageMagick's ``import``) of resources/samples/welcome.md
scrolled to its code block.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
import tempfile
from collections.abc import Callable
from pathlib import Path


def main(out: Path) -> int:
    from editor.ui.app.sandbox import apply_sandbox_policy

    apply_sandbox_policy()
    from PySide6.QtCore import QCoreApplication, Qt, QTimer
    from PySide6.QtWidgets import QApplication

    QCoreApplication.setAttribute(Qt.ApplicationAttribute.AA_ShareOpenGLContexts)
    app = QApplication(sys.argv[:1])
    from editor.core.resources import resource_path
    from editor.core.settings import Settings
    from editor.ui.app.windows import WindowManager
    from editor.ui.dialogs.preferences import PreferencesDialog

    out.mkdir(parents=True, exist_ok=True)
    sample = Path(tempfile.mkdtemp()) / "welcome.md"
    shutil.copy(resource_path("samples", "welcome.md"), sample)
    manager = WindowManager(Settings(theme="light"), None)
    [window] = manager.open_paths([sample])
    window.move(0, 0)
    window.resize(1400, 880)
    dialogs: list[PreferencesDialog] = []

    def shot(name: str) -> None:
        subprocess.run(["import", "-window", "root", str(out / name)], check=True)

    def scroll() -> None:
        window.editor.verticalScrollBar().setValue(16)
        window.preview.scroll_to_line(22)

    def open_preferences() -> None:
        dialog = PreferencesDialog(window, manager.settings)
        dialog.show()
        dialog.move(200, 120)
        dialogs.append(dialog)

    def back_to_light() -> None:
        manager._on_window_theme_chosen("light")
        dialogs[0].theme.setCurrentIndex(dialogs[0].theme.findData("light"))

    def finish() -> None:
        dialogs[0].close()
        window.editor.document().setModified(False)
        app.quit()

    # Each step waits after the previous one (a repaint must happen before a grab).
    plan: list[tuple[int, Callable[[], None]]] = [
        (2500, scroll),
        (1500, lambda: shot("theme-light.png")),
        (200, lambda: manager._on_window_theme_chosen("dark")),
        (1500, lambda: shot("theme-dark.png")),
        (200, open_preferences),
        (1000, lambda: shot("preferences-dark.png")),
        (200, back_to_light),
        (1500, lambda: shot("preferences.png")),
        (200, finish),
    ]

    def run(index: int = 0) -> None:
        if index < len(plan):
            delay, step = plan[index]
            QTimer.singleShot(delay, lambda: (step(), run(index + 1)))

    run()
    return app.exec()


if __name__ == "__main__":
    sys.exit(main(Path(sys.argv[1] if len(sys.argv) > 1 else "shots")))
