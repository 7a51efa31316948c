"""File > Export as HTML… / PDF… in the real window, with the option and path dialogs patched."""

from __future__ import annotations

import unicodedata
from pathlib import Path
from typing import Any

import pytest
from pypdf import PdfReader
from PySide6.QtCore import Qt
from PySide6.QtGui import QFontDatabase
from PySide6.QtWidgets import QDialog

from editor.ui.app.windows import WindowManager
from editor.ui.dialogs import questions as dialogs
from editor.ui.export.options_dialog import ExportChoice, ExportOptionsDialog
from tests.ui.conftest import open_window

PNG = b"\x89PNG\r\n\x1a\n" + b"\0" * 16


@pytest.fixture
def illustrated(tmp_path: Path) -> Path:
    folder = tmp_path / "posts"
    (folder / "img").mkdir(parents=True)
    (folder / "img" / "dot.png").write_bytes(PNG)
    path = folder / "post.md"
    path.write_text(
        "---\ntitle: Exported Title\n---\n\nSaved paragraph.\n\n![dot](img/dot.png)\n"
        "\n日本語の段落です。\n",
        encoding="utf-8",
    )
    return path


def _answer(monkeypatch: pytest.MonkeyPatch, choice: ExportChoice | None, target: Path) -> list:
    asked: list[Any] = []

    def ask_path(_parent: Any, suggested: str, fmt: str) -> Path:
        asked.append((suggested, fmt))
        return target

    monkeypatch.setattr(ExportOptionsDialog, "ask", classmethod(lambda cls, p, fmt, i=None: choice))
    monkeypatch.setattr(dialogs, "ask_export_path", ask_path)
    return asked


def _type_at_end(qtbot: Any, window: Any, text: str) -> None:
    cursor = window.editor.textCursor()
    cursor.movePosition(cursor.MoveOperation.End)
    window.editor.setTextCursor(cursor)
    qtbot.keyClick(window.editor, Qt.Key.Key_Return)
    qtbot.keyClicks(window.editor, text)


def test_export_html_writes_unsaved_text_with_images_relative_to_the_output(
    manager: WindowManager, qtbot: Any, illustrated: Path, tmp_path: Path, monkeypatch: Any
) -> None:
    window = open_window(manager, qtbot, illustrated)
    _type_at_end(qtbot, window, "Unsaved words.")
    target = tmp_path / "exports" / "page.html"
    target.parent.mkdir()
    asked = _answer(monkeypatch, ExportChoice("html"), target)
    window.actions_by_name["export_html"].trigger()
    page = target.read_text(encoding="utf-8")
    assert "Unsaved words." in page and "Saved paragraph." in page
    assert '<img src="../posts/img/dot.png"' in page
    assert asked == [(str(illustrated.parent / "post.html"), "html")]
    assert str(target) in window.status.currentMessage()
    assert window.isWindowModified()  # exporting is not saving


def test_export_html_embeds_images_when_chosen(
    manager: WindowManager, qtbot: Any, illustrated: Path, tmp_path: Path, monkeypatch: Any
) -> None:
    window = open_window(manager, qtbot, illustrated)
    target = tmp_path / "page.html"
    _answer(monkeypatch, ExportChoice("html", embed_images=True), target)
    window.actions_by_name["export_html"].trigger()
    assert '<img src="data:image/png;base64,' in target.read_text(encoding="utf-8")


def test_missing_image_is_named_in_the_status_message(
    manager: WindowManager, qtbot: Any, illustrated: Path, tmp_path: Path, monkeypatch: Any
) -> None:
    window = open_window(manager, qtbot, illustrated)
    _type_at_end(qtbot, window, "![gone](img/gone.png)")
    _answer(monkeypatch, ExportChoice("html"), tmp_path / "page.html")
    window.actions_by_name["export_html"].trigger()
    assert "1 image not found: img/gone.png" in window.status.currentMessage()


def test_cancelling_the_options_writes_nothing(
    manager: WindowManager, qtbot: Any, illustrated: Path, tmp_path: Path, monkeypatch: Any
) -> None:
    window = open_window(manager, qtbot, illustrated)
    asked = _answer(monkeypatch, None, tmp_path / "page.html")
    window.actions_by_name["export_html"].trigger()
    assert asked == []
    assert not (tmp_path / "page.html").exists()


def test_export_to_a_missing_folder_shows_one_error_and_writes_nothing(
    manager: WindowManager, qtbot: Any, illustrated: Path, tmp_path: Path, monkeypatch: Any
) -> None:
    window = open_window(manager, qtbot, illustrated)
    errors: list[str] = []
    monkeypatch.setattr(dialogs, "show_error", lambda _p, _t, text: errors.append(text))
    _answer(monkeypatch, ExportChoice("html"), tmp_path / "gone" / "page.html")
    window.actions_by_name["export_html"].trigger()
    assert errors == [
        "Could not export to “page.html”: the folder does not exist. Nothing was written there."
    ]
    assert not (tmp_path / "gone").exists()


def test_export_pdf_prints_the_current_text(
    manager: WindowManager, qtbot: Any, illustrated: Path, tmp_path: Path, monkeypatch: Any
) -> None:
    window = open_window(manager, qtbot, illustrated)
    _type_at_end(qtbot, window, "Printed but unsaved.")
    target = tmp_path / "post.pdf"
    _answer(monkeypatch, ExportChoice("pdf", page_size="A5", margin_mm=10), target)
    window.actions_by_name["export_pdf"].trigger()
    qtbot.waitUntil(lambda: str(target) in window.status.currentMessage(), timeout=30000)
    reader = PdfReader(target)
    assert abs(float(reader.pages[0].mediabox.width) / 72 * 25.4 - 148) < 1  # A5 is 148 mm wide
    text = unicodedata.normalize("NFKC", "".join(p.extract_text() for p in reader.pages))
    assert "Exported Title" in text and "Printed but unsaved." in text
    if QFontDatabase.families(QFontDatabase.WritingSystem.Japanese):  # CI may lack CJK fonts
        assert "日本語の段落です。" in text.replace("\n", "")
    assert window.actions_by_name["export_pdf"].isEnabled()


def test_options_dialog_offers_page_size_and_margins_for_pdf(qtbot: Any, monkeypatch: Any) -> None:
    def accept(dialog: ExportOptionsDialog) -> int:
        dialog.page_size.setCurrentIndex(dialog.page_size.findData("Letter"))
        dialog.margin.setValue(12.5)
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(ExportOptionsDialog, "exec", accept)
    choice = ExportOptionsDialog.ask(None, "pdf")
    assert choice == ExportChoice("pdf", embed_images=False, page_size="Letter", margin_mm=12.5)


def test_options_dialog_shows_only_the_embed_choice_for_html(qtbot: Any) -> None:
    dialog = ExportOptionsDialog("html", ExportChoice("html", embed_images=True))
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.embed.isVisible() and dialog.embed.isChecked()
    assert not dialog.page_size.isVisible()


def test_closing_the_window_while_printing_writes_nothing(
    manager: WindowManager, qtbot: Any, illustrated: Path, tmp_path: Path, monkeypatch: Any
) -> None:
    window = open_window(manager, qtbot, illustrated)
    target = tmp_path / "post.pdf"
    _answer(monkeypatch, ExportChoice("pdf"), target)
    window.actions_by_name["export_pdf"].trigger()
    window.close()
    qtbot.wait(1500)
    assert not target.exists()
