"""At start Kosei offers back what a crashed run left in the journal (real windows, real files)."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from editor.core.document.journal import Journal, JournalEntry, new_entry_id
from editor.ui.app.windows import WindowManager
from editor.ui.dialogs import questions as dialogs
from editor.ui.files.journal_session import JournalSession
from editor.ui.files.recovery import recover_left_behind
from editor.ui.files.recovery_dialog import RecoveryChoice, RecoveryDialog

Choice = RecoveryChoice


@pytest.fixture
def session(tmp_path: Path) -> Iterator[JournalSession]:
    session = JournalSession(tmp_path / "data" / "journal")
    yield session
    session.close()


@pytest.fixture
def recovering(manager: WindowManager, session: JournalSession) -> WindowManager:
    """The test's window manager, journaling as this process's session (like run_app)."""
    manager.journal = session.journal
    return manager


def _crashed(session: JournalSession, text: str, path: Path | None) -> str:
    """An entry written by a Kosei that is gone (its owner holds no lock)."""
    entry_id = new_entry_id()
    Journal(session.folder, owner="deadbeef").write(entry_id, text, path)
    return entry_id


def _answer(monkeypatch: pytest.MonkeyPatch, choice: RecoveryChoice) -> list[list[JournalEntry]]:
    asked: list[list[JournalEntry]] = []

    def ask(parent: object, entries: list[JournalEntry]) -> list[tuple[JournalEntry, Choice]]:
        asked.append(list(entries))
        return [(entry, choice) for entry in entries]

    monkeypatch.setattr(RecoveryDialog, "ask", ask)
    return asked


def test_restore_opens_the_kept_text_as_unsaved_changes_on_the_file(
    recovering: WindowManager,
    session: JournalSession,
    post: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    before = post.read_bytes()
    kept = post.read_text(encoding="utf-8") + "\nWritten before the crash.\n"
    old_id = _crashed(session, kept, post)
    asked = _answer(monkeypatch, Choice.RESTORE)
    [window] = recover_left_behind(recovering, session)
    assert [e.path for e in asked[0]] == [post]
    assert window.document.path == post
    assert window.editor.text() == kept
    assert window.isWindowModified()
    assert post.read_bytes() == before
    [entry] = session.journal.entries()  # journaled again, under the new window's id
    assert entry.entry_id != old_id and entry.owner == session.owner
    window.actions_by_name["save"].trigger()
    assert post.read_text(encoding="utf-8") == kept
    assert session.journal.is_empty()


def test_undo_after_restore_returns_to_the_file_text(
    recovering: WindowManager,
    session: JournalSession,
    post: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    _crashed(session, "replaced entirely\n", post)
    _answer(monkeypatch, Choice.RESTORE)
    [window] = recover_left_behind(recovering, session)
    window.undo()
    assert window.editor.text() == post.read_text(encoding="utf-8")


def test_restoring_an_untitled_entry_opens_an_untitled_modified_window(
    recovering: WindowManager, session: JournalSession, monkeypatch: pytest.MonkeyPatch
) -> None:
    _crashed(session, "# Idea\n\nNever saved.", None)
    _answer(monkeypatch, Choice.RESTORE)
    [window] = recover_left_behind(recovering, session)
    assert window.document.path is None
    assert window.editor.text() == "# Idea\n\nNever saved."
    assert window.isWindowModified()
    assert window.windowTitle().startswith("untitled")


def test_restoring_an_entry_whose_file_was_deleted_keeps_its_path(
    recovering: WindowManager,
    session: JournalSession,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    gone = tmp_path / "gone.md"
    _crashed(session, "still wanted\n", gone)
    errors: list[str] = []
    monkeypatch.setattr(dialogs, "show_error", lambda parent, title, text: errors.append(text))
    _answer(monkeypatch, Choice.RESTORE)
    [window] = recover_left_behind(recovering, session)
    assert errors == []
    assert window.document.path == gone and window.isWindowModified()
    window.actions_by_name["save"].trigger()
    assert gone.read_text(encoding="utf-8") == "still wanted\n"


def test_discarding_removes_the_entry(
    recovering: WindowManager,
    session: JournalSession,
    post: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    before = post.read_bytes()
    _crashed(session, "not wanted", post)
    _answer(monkeypatch, Choice.DISCARD)
    assert recover_left_behind(recovering, session) == []
    assert session.journal.is_empty()
    assert recovering.windows == []
    assert post.read_bytes() == before


def test_decide_later_keeps_the_entry_for_the_next_start(
    recovering: WindowManager,
    session: JournalSession,
    post: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    _crashed(session, "ask me again", post)
    _answer(monkeypatch, Choice.LATER)
    assert recover_left_behind(recovering, session) == []
    next_start = JournalSession(session.folder)
    try:
        assert [e.text for e in next_start.left_behind()] == ["ask me again"]
    finally:
        next_start.close()


def test_entry_identical_to_the_file_is_discarded_without_asking(
    recovering: WindowManager,
    session: JournalSession,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    crlf = tmp_path / "crlf.md"
    crlf.write_bytes(b"same\r\ntext\r\n")
    _crashed(session, "same\ntext\n", crlf)
    _crashed(session, "", None)  # an empty untitled window: nothing to lose either
    asked = _answer(monkeypatch, Choice.RESTORE)
    assert recover_left_behind(recovering, session) == []
    assert asked == []
    assert session.journal.is_empty()


def test_entries_of_a_running_kosei_are_not_offered(
    session: JournalSession, tmp_path: Path
) -> None:
    running = JournalSession(session.folder)  # another live instance, holding its lock
    try:
        running.journal.write(new_entry_id(), "live text", None)
        assert session.left_behind() == []
        assert [e.text for e in running.journal.entries()] == ["live text"]
    finally:
        running.close()


def test_a_closed_session_leaves_the_journal_folder_empty(tmp_path: Path) -> None:
    session = JournalSession(tmp_path / "journal")
    entry_id = new_entry_id()
    session.journal.write(entry_id, "x", None)
    session.journal.discard(entry_id)
    assert [p.suffix for p in session.folder.iterdir()] == [".lock"]
    session.close()
    assert list(session.folder.iterdir()) == []


def test_restored_text_is_not_saved_to_the_file_before_the_writer_types(
    recovering: WindowManager,
    session: JournalSession,
    post: Path,
    qtbot: Any,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    recovering.settings.autosave_to_file = True
    before = post.read_bytes()
    _crashed(session, "restored, not yet reviewed\n", post)
    _answer(monkeypatch, Choice.RESTORE)
    [window] = recover_left_behind(recovering, session)
    assert window.journaling is not None
    window.journaling.autosaver.timer.setInterval(50)
    qtbot.wait(300)
    assert post.read_bytes() == before
    assert window.isWindowModified()


def test_restoring_a_shift_jis_file_reuses_its_journaled_encoding(
    recovering: WindowManager,
    session: JournalSession,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    from editor.ui.files.encoding_dialog import EncodingDialog

    path = tmp_path / "sjis.md"
    path.write_bytes("# 見出し\n\n本文です。\n".encode("shift_jis"))
    kept = "# 見出し\n\n本文です。\n追記しました。\n"
    entry_id = new_entry_id()
    Journal(session.folder, owner="deadbeef").write(entry_id, kept, path, "shift_jis")
    asked_codec: list[str] = []
    monkeypatch.setattr(
        EncodingDialog, "ask", classmethod(lambda cls, *a, **k: asked_codec.append("x") or None)
    )
    _answer(monkeypatch, Choice.RESTORE)
    [window] = recover_left_behind(recovering, session)
    assert asked_codec == []
    assert window.document.encoding == "shift_jis"
    assert window.editor.text() == kept
    window.actions_by_name["save"].trigger()
    assert path.read_bytes() == kept.encode("shift_jis")


def test_saving_a_restored_document_clears_the_review_and_save_message(
    recovering: WindowManager,
    session: JournalSession,
    post: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    _crashed(session, post.read_text(encoding="utf-8") + "\nMore.\n", post)
    _answer(monkeypatch, Choice.RESTORE)
    [window] = recover_left_behind(recovering, session)
    assert "save to keep it" in window.status.currentMessage()
    window.actions_by_name["save"].trigger()
    assert window.status.currentMessage() == ""
