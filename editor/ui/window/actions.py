"""The window's actions as a table: name, label, shortcut, menu and the slot they call."""

from __future__ import annotations

from collections.abc import Callable
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
    slot: str  # a method of the window, or "controller.method" of a controller it owns
    shortcut: QKeySequence.StandardKey | str | tuple[str, ...] | None = None
    checkable: bool = False  # the slot then receives the new checked state


ACTIONS: tuple[ActionSpec, ...] = (
    ActionSpec("new", "&New", "&File", "files.new_document", Std.New),
    ActionSpec("open", "&Open…", "&File", "files.open_dialog", Std.Open),
    ActionSpec("reopen_encoding", "Reopen with &Encoding…", "&File", "files.reopen_with_encoding"),
    ActionSpec("save", "&Save", "&File", "files.save", Std.Save),
    ActionSpec("save_as", "Save &As…", "&File", "files.save_as", Std.SaveAs),
    ActionSpec("export_html", "Export as &HTML…", "&File", "exporter.export_as_html", None),
    ActionSpec("export_pdf", "Export as &PDF…", "&File", "exporter.export_as_pdf", None),
    ActionSpec("close", "&Close Window", "&File", "close", Std.Close),
    ActionSpec("quit", "&Quit", "&File", "quit_application", Std.Quit),
    ActionSpec("undo", "&Undo", "&Edit", "undo", Std.Undo),
    ActionSpec("redo", "&Redo", "&Edit", "redo", Std.Redo),
    ActionSpec("cut", "Cu&t", "&Edit", "formatting.cut", Std.Cut),
    ActionSpec("copy", "C&opy", "&Edit", "formatting.copy", Std.Copy),
    ActionSpec("paste", "P&aste", "&Edit", "formatting.paste", Std.Paste),
    ActionSpec("select_all", "Select A&ll", "&Edit", "formatting.select_all", Std.SelectAll),
    ActionSpec("find", "&Find…", "&Edit", "show_find", Std.Find),
    # Std.Replace is empty on macOS and on X11 without a desktop session: spell it out.
    ActionSpec("replace", "R&eplace…", "&Edit", "show_replace", "Ctrl+H"),
    ActionSpec("find_next", "Find &Next", "&Edit", "find_next", Std.FindNext),
    ActionSpec("find_previous", "Find &Previous", "&Edit", "find_previous", Std.FindPrevious),
    ActionSpec("run_checks", "Run &Checks", "&Checks", "run_checks_now", "F7"),
    ActionSpec("next_finding", "&Next Finding", "&Checks", "next_finding", "F8"),
    ActionSpec("fix_all", "Fix All &Safe", "&Checks", "fix_all_safe", None),
    ActionSpec("refresh_preview", "&Refresh Preview", "&View", "live.refresh_preview", "F5"),
    ActionSpec(
        "remote_images", "Load Remote &Images", "&View", "live.toggle_remote_images", None, True
    ),
    ActionSpec("preferences", "Preferen&ces…", "&Edit", "show_preferences", "Ctrl+,"),
    ActionSpec("bold", "&Bold", "F&ormat", "formatting.format_bold", "Ctrl+B"),
    ActionSpec("italic", "&Italic", "F&ormat", "formatting.format_italic", "Ctrl+I"),
    ActionSpec(
        "inline_code",
        "Inline &Code",
        "F&ormat",
        "formatting.format_code",
        ("Ctrl+`", "Ctrl+Shift+C"),
    ),
    ActionSpec("link", "Insert &Link", "F&ormat", "formatting.format_link", "Ctrl+K"),
    ActionSpec("heading_1", "Heading &1", "F&ormat", "formatting.heading_1", "Ctrl+1"),
    ActionSpec("heading_2", "Heading &2", "F&ormat", "formatting.heading_2", "Ctrl+2"),
    ActionSpec("heading_3", "Heading &3", "F&ormat", "formatting.heading_3", "Ctrl+3"),
    ActionSpec("paragraph", "&Paragraph", "F&ormat", "formatting.plain_paragraph", "Ctrl+0"),
    ActionSpec("image", "Insert I&mage", "F&ormat", "formatting.insert_image", None),
    ActionSpec("code_block", "Code Bloc&k", "F&ormat", "formatting.code_block", "Ctrl+Shift+K"),
    ActionSpec("footnote", "&Footnote", "F&ormat", "formatting.footnote", None),
    ActionSpec("rule", "Horizontal &Rule", "F&ormat", "formatting.horizontal_rule", None),
    ActionSpec("table", "Insert &Table", "F&ormat", "formatting.insert_table", None),
    ActionSpec("format_table", "F&ormat Table", "F&ormat", "formatting.format_table", None),
    ActionSpec("indent", "In&dent", "F&ormat", "formatting.indent_lines", None),
    ActionSpec("outdent", "O&utdent", "F&ormat", "formatting.outdent_lines", None),
)

MENUS = ("&File", "&Edit", "F&ormat", "&View", "&Checks")


def build_actions(window: QMainWindow) -> tuple[dict[str, QAction], dict[str, QMenu]]:
    """Create every action and menu; each ``slot`` path must resolve from ``window``."""
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
        action.triggered.connect(resolve_slot(window, spec.slot))
        menus[spec.menu].addAction(action)
        actions[spec.name] = action
        if spec.name == "save_as":
            menus[spec.menu].addSeparator()
            recent = menus[spec.menu].addMenu(tr("Open &Recent"))
            recent.setObjectName("menu_recent")
            menus["recent"] = recent
        if spec.name in _SEPARATOR_AFTER:
            menus[spec.menu].addSeparator()
    return actions, menus


# Groups in a menu: Edit's undo / clipboard / find, Format's inline / headings / blocks /
# table / indent (seventeen Format entries in one run were hard to scan).
_SEPARATOR_AFTER = frozenset(
    {"export_pdf", "redo", "select_all", "link", "paragraph", "rule", "format_table"}
)


def resolve_slot(window: QMainWindow, path: str) -> Callable[..., object]:
    """``"save"`` is ``window.save``; ``"files.save"`` is ``window.files.save``."""
    target: object = window
    for part in path.split("."):
        target = getattr(target, part)
    assert callable(target), path
    return target
