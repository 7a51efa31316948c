"""Starts Kosei like ``python -m editor FILE`` and prints the wall-clock time
at which the window is shown with the post's content in the preview, then quits."""

from __future__ import annotations

import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))


def main() -> None:
    from editor.ui.app.sandbox import apply_sandbox_policy

    apply_sandbox_policy()
    import PySide6.QtWebEngineWidgets  # noqa: F401
    from PySide6.QtWidgets import QApplication

    app = QApplication(sys.argv[:1])
    from editor.core.settings import load_settings
    from editor.ui.app.windows import WindowManager

    settings_path = Path(tempfile.mkdtemp()) / "settings.json"
    manager = WindowManager(load_settings(settings_path), settings_path)
    [window] = manager.open_paths([Path(sys.argv[1]).absolute()])

    def shown(_generation: int) -> None:
        print(time.time(), flush=True)
        window.editor.document().setModified(False)
        app.quit()

    window.preview.content_shown.connect(shown)
    app.exec()


if __name__ == "__main__":
    main()
