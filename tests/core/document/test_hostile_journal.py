"""The journal and the settings: private modes, any file name, planted or damaged files."""

from __future__ import annotations

import json
import os
import stat
from pathlib import Path

from editor.core.document.journal import Journal
from editor.core.settings import Settings, load_settings, save_settings
from tests.hostile.helpers import umask

LATIN1_NAME = os.fsdecode(b"caf\xe9.md")  # a Latin-1 file name: not valid UTF-8


def _mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


def test_journal_folder_and_entries_are_private_whatever_the_umask(tmp_path: Path) -> None:
    folder = tmp_path / "data" / "journal"
    with umask(0o022):
        Journal(folder).write("abc", "unsaved words", None)
    assert _mode(folder) == 0o700
    assert _mode(tmp_path / "data") == 0o700
    assert _mode(folder / "abc.json") == 0o600


def test_journal_found_world_readable_is_narrowed(tmp_path: Path) -> None:
    folder = tmp_path / "journal"
    journal = Journal(folder)
    journal.write("abc", "unsaved words", None)
    folder.chmod(0o755)
    (folder / "abc.json").chmod(0o644)
    assert [e.entry_id for e in journal.entries()] == ["abc"]
    assert _mode(folder) == 0o700
    assert _mode(folder / "abc.json") == 0o600


def test_journal_keeps_a_path_that_is_not_utf8_exactly(tmp_path: Path) -> None:
    journal = Journal(tmp_path / "journal")
    path = tmp_path / LATIN1_NAME
    journal.write("abc", "text", path)
    [entry] = journal.entries()
    assert entry.path == path
    assert os.fsencode(entry.path).endswith(b"caf\xe9.md")


def test_deeply_nested_entry_is_listed_as_unreadable_not_raised(tmp_path: Path) -> None:
    folder = tmp_path / "journal"
    folder.mkdir()
    (folder / "deep.json").write_text("[" * 100_000 + "]" * 100_000, encoding="utf-8")
    (folder / "broken.json").write_bytes(b"\xff\xfe{")
    journal = Journal(folder)
    entries, unreadable = journal.scan()
    assert entries == []
    assert sorted(u.file.name for u in unreadable) == ["broken.json", "deep.json"]
    assert "nested too deeply" in next(u.reason for u in unreadable if u.file.name == "deep.json")
    for bad in unreadable:
        journal.discard_file(bad.file)
    assert list(folder.iterdir()) == []


def test_entry_whose_id_is_not_alphanumeric_can_be_discarded(tmp_path: Path) -> None:
    folder = tmp_path / "journal"
    folder.mkdir()
    record = {"id": "../../elsewhere", "text": "x", "path": None, "saved_at": 1.0}
    (folder / "from-another-version.json").write_text(json.dumps(record), encoding="utf-8")
    journal = Journal(folder)
    [entry] = journal.entries()
    assert entry.entry_id == "from-another-version"  # the file's own name, not the record's
    journal.discard(entry.entry_id)
    assert journal.entries() == []


def test_settings_are_private_and_keep_a_non_utf8_recent_file(tmp_path: Path) -> None:
    path = tmp_path / "config" / "settings.json"
    settings = Settings()
    recent = str(tmp_path / LATIN1_NAME)
    settings.add_recent(recent)
    with umask(0o022):
        save_settings(settings, path)  # raised UnicodeEncodeError before
    assert _mode(path) == 0o600
    path.read_bytes().decode("utf-8")  # the file itself is valid UTF-8
    assert load_settings(path).recent_files == [recent]


def test_settings_found_world_readable_are_narrowed_on_load(tmp_path: Path) -> None:
    path = tmp_path / "settings.json"
    save_settings(Settings(theme="dark"), path)
    path.chmod(0o644)
    assert load_settings(path).theme == "dark"
    assert _mode(path) == 0o600


def test_deeply_nested_settings_fall_back_to_defaults(tmp_path: Path) -> None:
    path = tmp_path / "settings.json"
    path.write_text('{"theme": ' + "[" * 100_000 + "]" * 100_000 + "}", encoding="utf-8")
    assert load_settings(path) == Settings()
