"""The window in Japanese: every visible text comes from the catalogue, none is left English."""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QThreadPool
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QComboBox,
    QDialogButtonBox,
    QDockWidget,
    QGroupBox,
    QLabel,
    QLineEdit,
    QListWidget,
    QMessageBox,
    QPlainTextEdit,
    QTableWidget,
    QTreeWidget,
    QWidget,
)

from editor.core.document.encodings import rank_encodings
from editor.core.document.journal import Journal, new_entry_id
from editor.core.errors import BinaryFileError, DocumentWriteError
from editor.core.settings import Settings
from editor.ui.app.i18n import install_translator
from editor.ui.app.windows import WindowManager
from editor.ui.dialogs import questions as dialogs
from editor.ui.dialogs.preferences import PreferencesDialog
from editor.ui.export.options_dialog import ExportChoice, ExportOptionsDialog
from editor.ui.files import messages
from editor.ui.files.compare_dialog import CompareDialog
from editor.ui.files.encoding_dialog import EncodingDialog
from editor.ui.files.external_change_dialog import ExternalChangeDialog
from editor.ui.files.recovery_dialog import RecoveryDialog
from editor.ui.window.main_window import MainWindow
from tests.paths import REPO, WELCOME
from tests.ui.conftest import open_window, wait_for_checks

sys.path.insert(0, str(REPO / "packaging"))

import i18n as catalogue  # noqa: E402  (packaging/i18n.py)

JAPANESE = re.compile(r"[\u3040-\u30ff\u4e00-\u9fff]")


def _compile_catalogue() -> None:
    """`make test` builds the .qm; build it here too when pytest runs on its own."""
    source = catalogue.ts_path("ja", REPO)
    target = source.with_suffix(".qm")
    if target.exists() and target.stat().st_mtime >= source.stat().st_mtime:
        return
    lrelease = Path(sys.executable).with_name("pyside6-lrelease")
    command = str(lrelease) if lrelease.exists() else shutil.which("pyside6-lrelease")
    assert command, "pyside6-lrelease is needed to build resources/i18n/kosei_ja.qm"
    subprocess.run([command, "-silent", str(source), "-qm", str(target)], check=True)


def _english_templates() -> list[tuple[str, re.Pattern[str]]]:
    """Each source whose Japanese differs, as a pattern that also matches it filled in."""
    entries = catalogue.read_catalogue(catalogue.ts_path("ja", REPO))
    patterns = []
    for source in catalogue.scan_tree(REPO).sources:
        entry = entries.get(source)
        if entry is not None and entry.translation == source:
            continue  # proper names (Jekyll, Hugo) read the same in Japanese
        parts = re.split(r"(%\d+|%n|\{\w*\})", source.replace("&", ""))
        body = "".join(".+" if i % 2 else re.escape(part) for i, part in enumerate(parts))
        patterns.append((source, re.compile(body)))
    return patterns


def _texts(widget: QWidget) -> list[str]:
    texts = [widget.toolTip()]
    if isinstance(widget, QLabel | QAbstractButton):
        texts.append(widget.text())
    if isinstance(widget, QLineEdit | QPlainTextEdit):
        texts.append(widget.placeholderText())
    if isinstance(widget, QGroupBox):
        texts.append(widget.title())
    if isinstance(widget, QDockWidget):
        texts.append(widget.windowTitle())
    if isinstance(widget, QListWidget):
        texts += [widget.item(i).text() for i in range(widget.count())]
    if isinstance(widget, QComboBox):
        texts += [widget.itemText(i) for i in range(widget.count())]
    if isinstance(widget, QTableWidget):
        headers = (widget.horizontalHeaderItem(i) for i in range(widget.columnCount()))
        texts += [item.text() for item in headers if item is not None]
    if isinstance(widget, QTreeWidget):
        header = widget.headerItem()
        texts += [header.text(i) for i in range(header.columnCount())]
        for index in range(widget.topLevelItemCount()):
            group = widget.topLevelItem(index)
            texts.append(group.text(0))
            texts += [group.child(i).text(0) for i in range(group.childCount())]
    return texts


def visible_texts(window: MainWindow) -> list[str]:
    texts = [menu.title() for menu in window.menus.values()]
    for menu in window.menus.values():
        texts += [action.text() for action in menu.actions()]
        texts += [action.toolTip() for action in menu.actions() if action.toolTip()]
    for widget in [window, *window.findChildren(QWidget)]:
        if widget is not window.outline:  # its rows are the document's headings
            texts += _texts(widget)
    return [" ".join(text.split()) for text in texts if text and text.strip()]


def untranslated(texts: list[str]) -> list[tuple[str, str]]:
    templates = _english_templates()
    return [
        (text, source)
        for text in texts
        for source, pattern in templates
        if pattern.fullmatch(text.replace("&", ""))
    ]


@pytest.fixture
def japanese(qtbot: Any, tmp_path: Path) -> Iterator[WindowManager]:
    _compile_catalogue()
    app = QApplication.instance()
    assert install_translator(app, "ja")
    manager = WindowManager(Settings(language="ja"), tmp_path / "config" / "settings.json")
    yield manager
    for window in list(manager.windows):
        window.editor.document().setModified(False)
        window.close()
    QThreadPool.globalInstance().waitForDone(10000)
    qtbot.wait(20)
    install_translator(app, "en")


@pytest.fixture
def welcome_window(japanese: WindowManager, qtbot: Any, tmp_path: Path) -> MainWindow:
    path = tmp_path / "welcome.md"
    shutil.copyfile(WELCOME, path)
    window = open_window(japanese, qtbot, path)
    wait_for_checks(qtbot, window)
    window.outline_dock.show()
    return window


def test_menus_show_japanese_titles_and_actions(welcome_window: MainWindow) -> None:
    menus = welcome_window.menus
    titles = [menus[name].title() for name in ("&File", "&Edit", "&View", "&Checks")]
    assert titles == ["ファイル(&F)", "編集(&E)", "表示(&V)", "チェック(&C)"]
    assert welcome_window.actions_by_name["open"].text() == "開く(&O)…"
    assert welcome_window.actions_by_name["save_as"].text() == "名前を付けて保存(&A)…"


def test_no_visible_text_in_the_window_is_an_untranslated_source(
    welcome_window: MainWindow,
) -> None:
    texts = visible_texts(welcome_window)
    assert len(texts) > 40  # the walk really saw the menus, form, panel and status bar
    assert untranslated(texts) == []


def test_findings_and_status_bar_read_in_japanese(welcome_window: MainWindow) -> None:
    tree = welcome_window.panel.tree
    assert tree.topLevelItemCount() > 0
    finding = tree.topLevelItem(0).child(0).text(0)
    assert JAPANESE.search(finding), finding
    status = welcome_window.status
    assert "文字" in status.stats_label.text()
    assert status.position_label.text() == "行 1、列 1"


def test_save_changes_question_is_japanese(
    japanese: WindowManager, monkeypatch: pytest.MonkeyPatch
) -> None:
    seen: list[str] = []

    def fake_exec(box: QMessageBox) -> int:
        seen.extend([box.windowTitle(), box.text(), box.informativeText()])
        seen.extend(button.text() for button in box.buttons())
        return 0

    monkeypatch.setattr(QMessageBox, "exec", fake_exec)
    dialogs.ask_save_changes(None, "post.md")
    assert seen[:2] == ["未保存の変更", "閉じる前に「post.md」の変更を保存しますか？"]
    assert untranslated(seen) == []


def test_error_messages_are_japanese(japanese: WindowManager) -> None:
    texts = [
        messages.read_error_text(BinaryFileError(Path("a.png"), 3)),
        messages.write_error_text(DocumentWriteError(Path("a.md"), "permission denied", 13)),
    ]
    assert texts[1].startswith("「a.md」を保存できませんでした：アクセス権がありません。")
    assert untranslated(texts) == []


def test_qt_standard_buttons_use_qts_japanese_catalogue(japanese: WindowManager) -> None:
    box = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
    assert box.button(QDialogButtonBox.StandardButton.Cancel).text() == "キャンセル"


def test_fix_button_describes_the_fix_in_japanese(welcome_window: MainWindow) -> None:
    panel = welcome_window.panel
    fixable = next(f for f in panel.findings if f.fix is not None)
    panel.tree.setCurrentItem(panel.item_for(fixable))
    assert panel.fix_button.toolTip() == fixable.fix.label_ja


def _dialogs(tmp_path: Path) -> list[QWidget]:
    """Every dialog on the main branch that a window opens, built with sample content."""
    post = tmp_path / "post.md"
    post.write_bytes("# 見出し\n\n古い行\n".encode("shift_jis"))
    journal = Journal(tmp_path / "journal")
    journal.write(new_entry_id(), "# 見出し\n\n新しい行\n", post)
    journal.write(new_entry_id(), "無題の下書き\n", None)
    sample = post.read_bytes()
    return [
        RecoveryDialog(journal.entries()),
        EncodingDialog(None, "post.md", rank_encodings(sample), sample, ""),
        ExternalChangeDialog(None, "post.md"),
        CompareDialog(None, "post.md", "古い行\n", "新しい行\n"),
        PreferencesDialog(None, Settings()),
        ExportOptionsDialog("html", ExportChoice("html")),
        ExportOptionsDialog("pdf", ExportChoice("pdf")),
    ]


def test_no_text_in_the_dialogs_is_an_untranslated_source(
    japanese: WindowManager, qtbot: Any, tmp_path: Path
) -> None:
    texts: list[str] = []
    for dialog in _dialogs(tmp_path):
        qtbot.addWidget(dialog)
        texts.append(dialog.windowTitle())
        for widget in [dialog, *dialog.findChildren(QWidget)]:
            texts += _texts(widget)
        if isinstance(dialog, QMessageBox):
            texts += [dialog.text(), dialog.informativeText()]
    texts = [" ".join(text.split()) for text in texts if text and text.strip()]
    assert len(texts) > 20
    assert untranslated(texts) == []
