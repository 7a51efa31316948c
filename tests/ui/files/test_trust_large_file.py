"""Large files open quickly with the heavy live features paused; huge ones are refused."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from editor.ui.app.windows import WindowManager
from editor.ui.dialogs import questions as dialogs
from tests.ui.conftest import preview_text, wait_for_checks

LINE = "Some prose with **bold**, a [link](https://example.com/) and `code` in it.\n"


def _large(tmp_path: Path, size: int, name: str = "large.md") -> Path:
    path = tmp_path / name
    body = LINE * (size // len(LINE) + 1)
    path.write_text("---\ntitle: Big\n---\n\n# Big\n\n" + body, encoding="utf-8")
    return path


@pytest.fixture
def errors(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    shown: list[str] = []
    monkeypatch.setattr(dialogs, "show_error", lambda _parent, _title, text: shown.append(text))
    return shown


def _open(manager: WindowManager, qtbot: Any, path: Path) -> Any:
    [window] = manager.open_paths([path])
    qtbot.waitUntil(lambda: window.preview.ready, timeout=10000)
    return window


def test_file_over_the_default_threshold_opens_with_a_notice_and_no_highlighting(
    manager: WindowManager, qtbot: Any, tmp_path: Path, errors: list[str]
) -> None:
    path = _large(tmp_path, manager.settings.large_file_bytes + 1024)
    window = _open(manager, qtbot, path)
    assert window.large_file and errors == []
    assert window.live.notice_bar().isVisible()
    assert (
        "F5" in window.live.notice_bar().label.text()
        and "MB" in window.live.notice_bar().label.text()
    )
    assert window.editor.highlighter.document() is None
    assert window.editor.document().blockCount() > 60000
    qtbot.waitUntil(lambda: "F5" in preview_text(qtbot, window), timeout=10000)


def test_typing_in_a_large_file_does_not_refresh_the_preview_until_f5(
    manager: WindowManager, qtbot: Any, tmp_path: Path
) -> None:
    manager.settings.large_file_bytes = 64 * 1024
    window = _open(manager, qtbot, _large(tmp_path, 100 * 1024))
    window.editor.insertPlainText("Freshly typed words. ")
    qtbot.wait(manager.settings.preview_delay_ms * 4)
    assert "Freshly typed words." not in preview_text(qtbot, window)
    window.actions_by_name["refresh_preview"].trigger()
    qtbot.waitUntil(lambda: "Freshly typed words." in preview_text(qtbot, window), timeout=10000)


def test_checks_in_a_large_file_run_on_request(
    manager: WindowManager, qtbot: Any, tmp_path: Path
) -> None:
    manager.settings.large_file_bytes = 64 * 1024
    window = _open(manager, qtbot, _large(tmp_path, 100 * 1024))
    window.editor.insertPlainText("<|endoftext|>\n\n")
    qtbot.wait(manager.settings.check_delay_ms * 2)
    assert window.panel.findings == [] and "F7" in window.panel.summary.text()
    wait_for_checks(qtbot, window)
    assert any(f.rule == "generation-marker" for f in window.panel.findings)


def test_file_under_the_threshold_keeps_live_features(
    manager: WindowManager, qtbot: Any, tmp_path: Path
) -> None:
    window = _open(manager, qtbot, _large(tmp_path, 20 * 1024))
    assert not window.large_file
    assert window.editor.highlighter.document() is window.editor.document()
    assert window.live._notice_bar is None or not window.live._notice_bar.isVisible()


def test_file_over_the_hard_limit_is_refused_with_one_message(
    manager: WindowManager, tmp_path: Path, errors: list[str]
) -> None:
    manager.settings.max_file_bytes = 256 * 1024
    path = _large(tmp_path, 300 * 1024)
    before = path.read_bytes()
    assert manager.open_paths([path]) == []
    assert len(errors) == 1 and "too large" in errors[0] and "0.2 MB" in errors[0]
    assert path.read_bytes() == before


def test_refreshing_a_large_file_says_so_until_the_preview_is_shown(
    manager: WindowManager, qtbot: Any, tmp_path: Path
) -> None:
    manager.settings.large_file_bytes = 64 * 1024
    window = _open(manager, qtbot, _large(tmp_path, 100 * 1024))
    for _ in range(2):
        window.actions_by_name["refresh_preview"].trigger()
        assert "Rendering" in window.status.currentMessage()
        qtbot.waitUntil(lambda: window.status.currentMessage() == "", timeout=10000)
    assert "Some prose with" in preview_text(qtbot, window)
