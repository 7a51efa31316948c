"""The window's actions as a table: name, label, shortcut, menu and the slot they call."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMainWindow, QMenu

from editor.ui.app.i18n import tr

Std = QKeySequence.StandardKey


@dataclass(frozen=True)
class ActionSpec:
    name: str
    label: str  # English source text; translated when the action is built
    menu: str
    slot: str  # name of a method on the window
    shortcut: QKeySequence.StandardKey | str | tuple[str, ...] | None = None
    checkable: bool = False  # the slot then receives the new checked state


ACTIONS: tuple[ActionSpec, ...] = (
    ActionSpec("new", "&New", "&File", "new_document", Std.New),
    ActionSpec("open", "&Open…", "&File", "open_dialog", Std.Open),
    ActionSpec("reopen_encoding", "Reopen with &Encoding…", "&File", "reopen_with_encoding"),
    ActionSpec("save", "&Save", "&File", "save", Std.Save),
    ActionSpec("save_as", "Save &As…", "&File", "save_as", Std.SaveAs),
    ActionSpec("export_html", "Export as &HTML…", "&File", "export_as_html", None),
    ActionSpec("export_pdf", "Export as &PDF…", "&File", "export_as_pdf", None),
    ActionSpec("close", "&Close Window", "&File", "close", Std.Close),
    ActionSpec("quit", "&Quit", "&File", "quit_application", Std.Quit),
    ActionSpec("undo", "&Undo", "&Edit", "undo", Std.Undo),
    ActionSpec("redo", "&Redo", "&Edit", "redo", Std.Redo),
    ActionSpec("find", "&Find…", "&Edit", "show_find", Std.Find),
    # Std.Replace is empty on macOS and on X11 without a desktop session: spell it out.
    ActionSpec("replace", "R&eplace…", "&Edit", "show_replace", "Ctrl+H"),
    ActionSpec("find_next", "Find &Next", "&Edit", "find_next", Std.FindNext),
    ActionSpec("find_previous", "Find &Previous", "&Edit", "find_previous", Std.FindPrevious),
    ActionSpec("run_checks", "Run &Checks", "&Checks", "run_checks_now", "F7"),
    ActionSpec("next_finding", "&Next Finding", "&Checks", "next_finding", "F8"),
    ActionSpec("fix_all", "Fix All &Safe", "&Checks", "fix_all_safe", None),
    ActionSpec("refresh_preview", "&Refresh Preview", "&View", "refresh_preview", "F5"),
    ActionSpec("remote_images", "Load Remote &Images", "&View", "toggle_remote_images", None, True),
    ActionSpec("preferences", "Preferen&ces…", "&Edit", "show_preferences", "Ctrl+,"),
    ActionSpec("bold", "&Bold", "F&ormat", "format_bold", "Ctrl+B"),
    ActionSpec("italic", "&Italic", "F&ormat", "format_italic", "Ctrl+I"),
    ActionSpec("inline_code", "Inline &Code", "F&ormat", "format_code", ("Ctrl+`", "Ctrl+Shift+C")),
    ActionSpec("link", "Insert &Link", "F&ormat", "format_link", "Ctrl+K"),
    ActionSpec("indent", "In&dent", "F&ormat", "indent_lines", None),
    ActionSpec("outdent", "O&utdent", "F&ormat", "outdent_lines", None),
)

MENUS = ("&File", "&Edit", "F&ormat", "&View", "&Checks")


def build_actions(window: QMainWindow) -> tuple[dict[str, QAction], dict[str, QMenu]]:
    """Create every action and menu; the ``slot`` names must exist on ``window``."""
    menus = {title: window.menuBar().addMenu(tr(title)) for title in MENUS}
    actions: dict[str, QAction] = {}
    for spec in ACTIONS:
        action = QAction(tr(spec.label), window)
        action.setObjectName(f"action_{spec.name}")
        if isinstance(spec.shortcut, tuple):
            action.setShortcuts([QKeySequence(key) for key in spec.shortcut])
        elif isinstance(spec.shortcut, str):
            action.setShortcut(QKeySequence(spec.shortcut))
        elif spec.shortcut is not None:
            action.setShortcut(QKeySequence(spec.shortcut))
        action.setCheckable(spec.checkable)
        action.triggered.connect(getattr(window, spec.slot))
        menus[spec.menu].addAction(action)
        actions[spec.name] = action
        if spec.name == "save_as":
            menus[spec.menu].addSeparator()
            recent = menus[spec.menu].addMenu(tr("Open &Recent"))
            recent.setObjectName("menu_recent")
            menus["recent"] = recent
        if spec.name == "export_pdf":
            menus[spec.menu].addSeparator()
    return actions, menus
