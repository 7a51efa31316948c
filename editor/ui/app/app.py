"""Start the application: environment, settings, translations, windows."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import TYPE_CHECKING, cast

from editor import APP_ID, APP_NAME, __version__

if TYPE_CHECKING:
    from PySide6.QtCore import QCoreApplication

    from editor.core.settings import Settings
    from editor.ui.app.windows import WindowManager


def parse_args(argv: list[str]) -> argparse.Namespace:
    parser = argparse.ArgumentParser(prog="kosei", description="Kosei Markdown editor")
    parser.add_argument("files", nargs="*", type=Path, help="Markdown files to open")
    parser.add_argument(
        "--new-window", action="store_true", help="do not hand files to a running Kosei"
    )
    parser.add_argument(
        "--settings", type=Path, help="settings file to use (default: the user's config folder)"
    )
    parser.add_argument(
        "--data-dir",
        type=Path,
        help="folder for the crash journal (default: $KOSEI_DATA_DIR, else the user's data folder)",
    )
    parser.add_argument("--version", action="version", version=f"{APP_NAME} {__version__}")
    return parser.parse_args(argv)


def settings_file() -> Path:
    from PySide6.QtCore import QStandardPaths

    folder = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.AppConfigLocation)
    return Path(folder) / "settings.json"


def run_app(argv: list[str]) -> int:
    args = parse_args(argv)
    from editor.ui.app.input_method import apply_input_method
    from editor.ui.app.rendering import apply_preview_rendering, quiet_missing_opengl
    from editor.ui.app.sandbox import apply_sandbox_policy

    apply_input_method()  # Qt reads QT_IM_MODULE when QApplication is created
    apply_sandbox_policy()  # must happen before QtWebEngine starts
    if apply_preview_rendering():  # software drawing where OpenGL would be software anyway
        quiet_missing_opengl()
    from PySide6.QtCore import QCoreApplication, Qt
    from PySide6.QtWidgets import QApplication

    QCoreApplication.setAttribute(Qt.ApplicationAttribute.AA_ShareOpenGLContexts)
    app = cast(QApplication, QApplication.instance() or QApplication([sys.argv[0]]))
    app.setApplicationName("kosei")
    app.setApplicationDisplayName(APP_NAME)
    app.setOrganizationName("kosei")
    app.setApplicationVersion(__version__)
    app.setDesktopFileName(APP_ID)  # Wayland app id = the desktop entry's name
    from editor.ui.app.collector import confine_collection_to_ui_thread

    confine_collection_to_ui_thread()  # Qt objects in cycles must die on the UI thread

    from editor.ui.app.single_instance import SingleInstance

    guard = None if args.new_window else SingleInstance(parent=app)
    if guard is not None and not guard.try_become_primary():
        if guard.send_to_primary(args.files):
            return 0  # the running Kosei opened the files and acknowledged
        # No reachable primary: run on our own (or we took over from a dead one).

    from editor.core.settings import load_settings
    from editor.ui.app.i18n import install_translator, ui_language

    path = args.settings or settings_file()
    settings = load_settings(path)
    install_translator(app, ui_language(settings.language))
    import gc

    import editor.ui.app.windows  # noqa: F401 - every module the window needs, before the freeze

    # The modules' objects live as long as the process: out of the collector's rounds, a
    # full collection on the UI thread takes ~0.1 ms instead of ~25 ms (the first one ran
    # just before the window's first paint). Created after this: the windows themselves.
    gc.freeze()
    manager = _start_with_recovery(app, settings, path, args.data_dir)
    if args.files:
        manager.open_paths([p.absolute() for p in args.files])
    if args.files and not manager.windows:
        # Every file was refused (binary, folder) or its encoding dialog cancelled: the
        # writer saw why; an empty untitled window is not what they asked for.
        from PySide6.QtCore import QTimer

        QTimer.singleShot(0, app.quit)  # through exec, so aboutToQuit closes the journal
        app.exec()
        return 1
    if not manager.windows:
        manager.new_window()
    if guard is not None and guard.is_primary():
        guard.files_received.connect(lambda paths: _open_or_raise(manager, paths))
        app.aboutToQuit.connect(guard.close)
    if sys.platform == "darwin":  # Finder and the Dock send QFileOpenEvent, not argv
        from editor.ui.app.file_open_events import FileOpenCollector

        opener = FileOpenCollector(app)
        opener.files_opened.connect(lambda paths: _open_or_raise(manager, paths))
        opener.start_delivery()
    app.setQuitOnLastWindowClosed(True)
    from editor.ui.files.recovery import type_test_text

    type_test_text(manager)
    code = app.exec()
    # exec can end with windows still open (a session ending, exit() from elsewhere): no
    # check or render may still run Python on the pool while the interpreter shuts down.
    from PySide6.QtCore import QThreadPool

    QThreadPool.globalInstance().waitForDone(5000)
    return code


def _start_with_recovery(
    app: QCoreApplication, settings: Settings, settings_path: Path, data_dir: Path | None
) -> WindowManager:
    """The window manager with this process's crash journal, after offering back lost text."""
    from editor.ui.app.windows import WindowManager
    from editor.ui.files.journal_session import JournalSession, journal_folder
    from editor.ui.files.recovery import recover_left_behind

    session = JournalSession(journal_folder(data_dir), parent=app)
    app.aboutToQuit.connect(session.close)
    manager = WindowManager(settings, settings_path, journal=session.journal)
    recover_left_behind(manager, session)
    return manager


def _open_or_raise(manager: WindowManager, paths: list[Path]) -> None:
    """Files from another launch or the OS; a launch without files raises a window."""
    if paths:
        manager.open_paths(paths)
    elif manager.windows:
        manager.focus(manager.windows[-1])
    else:
        manager.new_window()
