"""Start the application: environment, settings, translations, windows."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from editor import APP_NAME, __version__


def parse_args(argv: list[str]) -> argparse.Namespace:
    parser = argparse.ArgumentParser(prog="kosei", description="Kosei Markdown editor")
    parser.add_argument("files", nargs="*", type=Path, help="Markdown files to open")
    parser.add_argument("--new-window", action="store_true", help="do not hand files to a running Kosei")
    parser.add_argument("--settings", type=Path, help="settings file to use (default: the user's config folder)")
    parser.add_argument("--version", action="version", version=f"{APP_NAME} {__version__}")
    return parser.parse_args(argv)


def settings_file() -> Path:
    from PySide6.QtCore import QStandardPaths

    folder = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.AppConfigLocation)
    return Path(folder) / "settings.json"


def run_app(argv: list[str]) -> int:
    args = parse_args(argv)
    from editor.ui.sandbox import apply_sandbox_policy

    apply_sandbox_policy()  # must happen before QtWebEngine starts
    from PySide6.QtCore import QCoreApplication, Qt
    from PySide6.QtWidgets import QApplication

    QCoreApplication.setAttribute(Qt.ApplicationAttribute.AA_ShareOpenGLContexts)
    app = QApplication.instance() or QApplication([sys.argv[0]])
    app.setApplicationName("kosei")
    app.setApplicationDisplayName(APP_NAME)
    app.setOrganizationName("kosei")
    app.setApplicationVersion(__version__)

    from editor.core.settings import load_settings
    from editor.ui.i18n import install_translator, ui_language
    from editor.ui.windows import WindowManager

    path = args.settings or settings_file()
    settings = load_settings(path)
    install_translator(app, ui_language(settings.language))
    manager = WindowManager(settings, path)
    if args.files:
        manager.open_paths([p.absolute() for p in args.files])
    if not manager.windows:
        manager.new_window()
    app.setQuitOnLastWindowClosed(True)
    return app.exec()
