"""Auto-save writes the file on a worker; nothing is lost and nothing is taken for a change on disk.

The disk is made slow on purpose: each write of the file waits at a gate after
the rename (the moment the disk holds the new bytes but the window does not know
it yet), and the test opens the gate when it has looked.
"""

from __future__ import annotations

import threading
from pathlib import Path
from typing import Any

import pytest

from editor.core.document import fileio
from editor.ui.app.windows import WindowManager
from editor.ui.dialogs import questions as dialogs
from editor.ui.files.external_change_dialog import ExternalChangeDialog
from editor.ui.window.main_window import MainWindow
from tests.ui.conftest import open_window


class SlowDisk:
    """Wraps ``write_atomic``: records each write's thread and bytes, then waits at the gate."""

    def __init__(self, monkeypatch: pytest.MonkeyPatch) -> None:
        self.gate = threading.Event()
        self.writes: list[tuple[str, bytes]] = []
        self.renamed = 0  # writes whose bytes are on disk (waiting at the gate or done)
        self.done = 0
        real = fileio.write_atomic

        def slow(path: Path | str, data: bytes, *args: Any, **kwargs: Any) -> str:
            self.writes.append((threading.current_thread().name, data))
            digest = real(path, data, *args, **kwargs)
            self.renamed += 1
            self.gate.wait(timeout=10)
            self.done += 1
            return digest

        monkeypatch.setattr(fileio, "write_atomic", slow)


def _autosaving(manager: WindowManager, qtbot: Any, post: Path) -> MainWindow:
    manager.settings.autosave_to_file = True
    window = open_window(manager, qtbot, post)
    assert window.journaling is not None
    window.journaling.autosaver.timer.setInterval(50)
    window.editor.moveCursor(window.editor.textCursor().MoveOperation.End)
    return window


def _wait_for_a_write(qtbot: Any, disk: SlowDisk, count: int = 1) -> None:
    qtbot.waitUntil(lambda: disk.renamed >= count, timeout=5000)


def _mine_in_flight(
    manager: WindowManager, qtbot: Any, post: Path, monkeypatch: pytest.MonkeyPatch
) -> tuple[MainWindow, SlowDisk, list[str]]:
    """A window whose auto-save of " mine" is held on the disk (no further auto-saves), and
    the names the "changed by another program" dialog is asked about."""
    disk = SlowDisk(monkeypatch)
    asked: list[str] = []
    monkeypatch.setattr(
        ExternalChangeDialog, "ask", classmethod(lambda cls, parent, name: asked.append(name))
    )
    window = _autosaving(manager, qtbot, post)
    assert window.journaling is not None
    qtbot.keyClicks(window.editor, " mine")
    _wait_for_a_write(qtbot, disk)
    window.journaling.autosaver.timer.setInterval(60000)
    return window, disk, asked


def test_the_write_runs_on_a_worker_while_the_writer_types_on(
    manager: WindowManager, qtbot: Any, post: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    disk = SlowDisk(monkeypatch)
    window = _autosaving(manager, qtbot, post)
    hash_before = window.document.disk_hash
    qtbot.keyClicks(window.editor, " first")
    _wait_for_a_write(qtbot, disk)
    assert disk.writes[0][0] != threading.main_thread().name
    qtbot.keyClicks(window.editor, " typed while the disk was busy")  # the UI thread is free
    assert window.editor.text().endswith("first typed while the disk was busy")
    assert window.document.disk_hash == hash_before  # not recorded before the write is done
    assert window.isWindowModified()
    disk.gate.set()
    qtbot.waitUntil(lambda: post.read_text(encoding="utf-8") == window.editor.text(), timeout=5000)
    qtbot.waitUntil(lambda: not window.isWindowModified(), timeout=5000)
    assert window.document.text == window.editor.text()


def test_text_typed_during_the_write_stays_modified_and_journaled_until_saved(
    manager: WindowManager, qtbot: Any, post: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    disk = SlowDisk(monkeypatch)
    window = _autosaving(manager, qtbot, post)
    journal = manager.journal
    assert journal is not None and window.journaling is not None
    qtbot.keyClicks(window.editor, " one")
    _wait_for_a_write(qtbot, disk)
    window.journaling.autosaver.timer.setInterval(60000)  # no second save while we look
    qtbot.keyClicks(window.editor, " two")
    disk.gate.set()
    qtbot.waitUntil(lambda: disk.done == 1 and not window.journaling.saver.busy, timeout=5000)
    assert post.read_text(encoding="utf-8").endswith(" one")
    assert window.document.text.endswith(" one")  # the saved state is what was written
    assert window.isWindowModified()  # " two" is not in the file
    assert not journal.is_empty()  # the recovery copy is kept for it
    window.journaling.autosaver.timer.setInterval(50)
    qtbot.keyClicks(window.editor, " three")
    qtbot.waitUntil(
        lambda: post.read_text(encoding="utf-8").endswith(" one two three"), timeout=5000
    )
    qtbot.waitUntil(lambda: not window.isWindowModified(), timeout=5000)
    qtbot.waitUntil(journal.is_empty, timeout=5000)


def test_closing_the_window_mid_write_finishes_the_write_and_asks_nothing(
    manager: WindowManager, qtbot: Any, post: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    disk = SlowDisk(monkeypatch)
    asked: list[str] = []
    monkeypatch.setattr(dialogs, "ask_save_changes", lambda p, name: asked.append(name))
    window = _autosaving(manager, qtbot, post)
    qtbot.keyClicks(window.editor, " last words")
    _wait_for_a_write(qtbot, disk)
    text = window.editor.text()
    opener = threading.Timer(0.3, disk.gate.set)  # the disk answers while close() waits
    opener.start()
    window.close()
    opener.join()
    assert not window.isVisible()
    assert asked == []  # the write finished before the question: nothing was unsaved
    assert post.read_text(encoding="utf-8") == text
    assert manager.journal is not None
    qtbot.waitUntil(manager.journal.is_empty, timeout=5000)


def test_a_manual_save_waits_for_the_auto_save_in_flight_and_lands_last(
    manager: WindowManager, qtbot: Any, post: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    disk = SlowDisk(monkeypatch)
    asked: list[str] = []
    monkeypatch.setattr(dialogs, "ask_overwrite_changed", lambda p, name: asked.append(name))
    window = _autosaving(manager, qtbot, post)
    assert window.journaling is not None
    qtbot.keyClicks(window.editor, " auto")
    _wait_for_a_write(qtbot, disk)
    window.journaling.autosaver.timer.setInterval(60000)
    qtbot.keyClicks(window.editor, " manual")
    opener = threading.Timer(0.3, disk.gate.set)
    opener.start()
    window.actions_by_name["save"].trigger()
    opener.join()
    assert asked == []  # our own auto-save is no change "by another program"
    assert [data.endswith(b" auto") for _, data in disk.writes] == [True, False]
    assert post.read_text(encoding="utf-8").endswith(" auto manual")
    assert not window.isWindowModified()


def test_the_disk_moving_under_our_own_write_is_not_taken_for_another_program(
    manager: WindowManager, qtbot: Any, post: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    window, disk, asked = _mine_in_flight(manager, qtbot, post, monkeypatch)
    assert window.journaling is not None
    qtbot.keyClicks(window.editor, " more")  # unsaved edits: a real change would ask
    qtbot.waitUntil(lambda: post.read_text(encoding="utf-8").endswith(" mine"), timeout=5000)
    window.disk_sync.check_now()  # the new bytes are on disk, not yet recorded
    qtbot.wait(300)  # the watcher's own look comes too
    disk.gate.set()
    qtbot.waitUntil(lambda: not window.journaling.saver.busy, timeout=5000)
    window.disk_sync.check_now()
    qtbot.wait(300)
    assert asked == []
    assert window.document.text.endswith(" mine")
    assert window.editor.text().endswith(" mine more")
    assert not window.disk_sync.marked_deleted


def test_a_change_by_another_program_during_our_write_is_still_noticed(
    manager: WindowManager, qtbot: Any, post: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    window, disk, asked = _mine_in_flight(manager, qtbot, post, monkeypatch)
    assert window.journaling is not None
    post.write_text("theirs\n", encoding="utf-8")  # after our rename, before we recorded it
    disk.gate.set()
    qtbot.waitUntil(lambda: not window.journaling.saver.busy, timeout=5000)
    # Nothing typed since: the window holds what it wrote, so the disk version is loaded
    # as one undo step, exactly as for any change by another program.
    qtbot.waitUntil(lambda: window.editor.text() == "theirs\n", timeout=5000)
    assert asked == []
    window.editor.undo()
    assert window.editor.text().endswith(" mine")


def test_a_pause_during_a_write_saves_again_after_it_never_beside_it(
    manager: WindowManager, qtbot: Any, post: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    disk = SlowDisk(monkeypatch)
    window = _autosaving(manager, qtbot, post)
    assert window.journaling is not None
    qtbot.keyClicks(window.editor, " one")
    _wait_for_a_write(qtbot, disk)
    qtbot.keyClicks(window.editor, " two")
    qtbot.wait(300)  # the typing paused again: the write in flight is not joined by another
    assert len(disk.writes) == 1
    disk.gate.set()
    qtbot.waitUntil(lambda: post.read_text(encoding="utf-8").endswith(" one two"), timeout=5000)
    qtbot.waitUntil(lambda: not window.isWindowModified(), timeout=5000)
    assert len(disk.writes) == 2 and disk.writes[1][1].endswith(b" one two")
