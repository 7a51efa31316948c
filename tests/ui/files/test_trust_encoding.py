"""Files in other encodings: chosen in a dialog, saved back in the same bytes, never garbled."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt

from editor.core.document.encodings import Guess
from editor.ui.app.windows import WindowManager
from editor.ui.dialogs import questions as dialogs
from editor.ui.files.encoding_dialog import EncodingDialog

JAPANESE = (
    "---\r\ntitle: 昔の記事\r\n---\r\n\r\n# 見出し\r\n\r\n日本語の本文です。①と髙橋さん。\r\n"
)


@pytest.fixture
def errors(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    shown: list[str] = []
    monkeypatch.setattr(dialogs, "show_error", lambda _parent, _title, text: shown.append(text))
    return shown


@pytest.fixture
def asked(monkeypatch: pytest.MonkeyPatch) -> list[dict[str, Any]]:
    """Every encoding question; the writer takes the preselected (first) guess."""
    calls: list[dict[str, Any]] = []

    def ask(_parent: Any, name: str, guesses: list[Guess], _sample: bytes, message: str) -> str:
        calls.append({"name": name, "guesses": guesses, "message": message})
        return guesses[0].codec

    monkeypatch.setattr(EncodingDialog, "ask", classmethod(lambda cls, *a, **k: ask(*a, **k)))
    return calls


def _legacy(tmp_path: Path, codec: str = "cp932") -> tuple[Path, bytes]:
    raw = JAPANESE.encode(codec)
    path = tmp_path / "old.md"
    path.write_bytes(raw)
    return path, raw


def _open(manager: WindowManager, qtbot: Any, path: Path) -> Any:
    [window] = manager.open_paths([path])
    qtbot.waitUntil(lambda: window.preview.shown_generation > 0, timeout=10000)
    return window


def test_not_utf8_file_offers_encodings_with_the_right_guess_first(
    manager: WindowManager, qtbot: Any, tmp_path: Path, asked: list[dict[str, Any]]
) -> None:
    path, _raw = _legacy(tmp_path)
    window = _open(manager, qtbot, path)
    assert len(asked) == 1 and asked[0]["guesses"][0].codec == "cp932"
    assert "UTF-8" in asked[0]["message"] and "old.md" in asked[0]["message"]
    assert "日本語の本文です。①と髙橋さん。" in window.editor.toPlainText()
    assert window.status.format_label.text() == "CP932 · CRLF"


def test_cancelling_the_encoding_choice_opens_nothing_and_changes_nothing(
    manager: WindowManager,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    errors: list[str],
) -> None:
    path, raw = _legacy(tmp_path)
    monkeypatch.setattr(EncodingDialog, "ask", classmethod(lambda cls, *a, **k: None))
    assert manager.open_paths([path]) == []
    assert errors == [] and path.read_bytes() == raw


def test_encoding_that_does_not_fit_either_gives_one_message(
    manager: WindowManager, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, errors: list[str]
) -> None:
    path, raw = _legacy(tmp_path)
    monkeypatch.setattr(EncodingDialog, "ask", classmethod(lambda cls, *a, **k: "euc_kr"))
    assert manager.open_paths([path]) == []
    assert len(errors) == 1 and "EUC_KR" in errors[0] and path.read_bytes() == raw


def test_edited_legacy_file_is_saved_in_its_own_encoding(
    manager: WindowManager, qtbot: Any, tmp_path: Path, asked: list[dict[str, Any]]
) -> None:
    path, _raw = _legacy(tmp_path)
    window = _open(manager, qtbot, path)
    window.editor.moveCursor(window.editor.textCursor().MoveOperation.End)
    qtbot.keyClick(window.editor, Qt.Key.Key_Return)
    window.editor.insertPlainText("追記です。")
    assert window.files.save()
    assert path.read_bytes() == (JAPANESE + "\r\n追記です。").encode("cp932")


def test_unsaveable_character_asks_once_and_writes_nothing_when_declined(
    manager: WindowManager,
    qtbot: Any,
    tmp_path: Path,
    asked: list[dict[str, Any]],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    path, raw = _legacy(tmp_path)
    window = _open(manager, qtbot, path)
    prompts: list[str] = []
    monkeypatch.setattr(dialogs, "ask_save_as_utf8", lambda _p, text: prompts.append(text) or False)
    window.editor.insertPlainText("😀")
    assert not window.files.save()
    assert len(prompts) == 1 and "😀" in prompts[0] and "CP932" in prompts[0]
    assert path.read_bytes() == raw and window.is_modified
    assert sorted(p.name for p in tmp_path.iterdir() if p.is_file()) == ["old.md"]


def test_unsaveable_character_is_saved_as_utf8_when_accepted(
    manager: WindowManager,
    qtbot: Any,
    tmp_path: Path,
    asked: list[dict[str, Any]],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    path, _raw = _legacy(tmp_path)
    window = _open(manager, qtbot, path)
    monkeypatch.setattr(dialogs, "ask_save_as_utf8", lambda _p, _text: True)
    window.editor.insertPlainText("😀")
    assert window.files.save()
    assert path.read_bytes() == ("😀" + JAPANESE).encode("utf-8")
    assert window.status.format_label.text() == "UTF-8 · CRLF" and not window.is_modified


def test_reopen_with_encoding_rereads_a_file_that_opened_wrong(
    manager: WindowManager, qtbot: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "mojibake.md"
    path.write_bytes("café".encode())  # valid UTF-8, but the writer meant Windows-1252
    window = _open(manager, qtbot, path)
    choices: list[list[str]] = []

    def ask(_cls: Any, _parent: Any, _name: str, guesses: list[Guess], *_rest: Any) -> str:
        choices.append([g.codec for g in guesses])
        return "cp1252"

    monkeypatch.setattr(EncodingDialog, "ask", classmethod(ask))
    window.actions_by_name["reopen_encoding"].trigger()
    assert window.editor.toPlainText() == "cafÃ©"
    assert "shift_jis" in choices[0] and window.document.encoding == "cp1252"
    assert window.status.format_label.text().startswith("Windows-1252")


def test_encoding_dialog_preselects_the_first_guess_and_previews_it(qtbot: Any) -> None:
    from editor.core.document.encodings import rank_encodings

    sample = JAPANESE.encode("cp932")
    dialog = EncodingDialog(None, "old.md", rank_encodings(sample), sample, "")
    qtbot.addWidget(dialog)
    assert dialog.codec == "cp932"
    assert "日本語の本文です。" in dialog.preview.toPlainText()
    dialog.choices.setCurrentRow(dialog.choices.count() - 1)
    assert dialog.codec != "cp932" and "日本語の本文です。" not in dialog.preview.toPlainText()
