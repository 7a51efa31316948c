"""packaging/i18n.py: what the scan finds and how the catalogue is updated."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "packaging"))

import i18n  # noqa: E402

SAMPLE = """
from editor.ui.app.i18n import plural, tr
from editor.themes import THEMES

FILTER = "Text (*.txt)"
LABELS = {"title": "Title", "date": "Date"}
MENUS = ("&File", "&Help")
ROWS = (ActionSpec("open", "&Open…", "&File", "open_dialog"),)
PRESET = Preset("x", "Plain")
CANDIDATES = (("utf-8", "UTF-8"), ("cp932", "CP932 (Windows Japanese)"))


def show(widget, count, key, name):
    widget.setText(tr("Hello %1").replace("%1", name))
    widget.setToolTip(plural("%n file", "%n files", count))
    widget.setTitle(tr(FILTER) + tr(LABELS[key]))
    widget.setWindowTitle(tr(name))
    widget.setStatusTip(tr(THEMES[key]) + widget.tr("Qt context"))
"""


def _scan(tmp_path: Path) -> i18n.Scan:
    (tmp_path / "editor").mkdir()
    (tmp_path / "editor" / "sample.py").write_text(SAMPLE, encoding="utf-8")
    (tmp_path / "editor" / "themes.py").write_text(
        'THEMES = {"dark": "Dark", "light": "Light"}\n', encoding="utf-8"
    )
    return i18n.scan_tree(tmp_path)


def test_scan_finds_literals_plural_forms_constants_imports_and_table_rows(tmp_path: Path) -> None:
    assert set(_scan(tmp_path).sources) == {
        "Hello %1",
        "%n file",
        "%n files",
        "Text (*.txt)",
        "Title",
        "Date",
        "&File",
        "&Help",
        "&Open…",
        "Plain",
        "Dark",
        "Light",
        "UTF-8",
        "CP932 (Windows Japanese)",
    }


def test_scan_reports_tr_calls_it_cannot_read_and_qt_own_tr(tmp_path: Path) -> None:
    assert i18n.unknown_dynamic(_scan(tmp_path)) == [
        ("editor/sample.py", 17, "name"),
        ("editor/sample.py", 18, "widget.tr(...)"),
    ]


def test_update_keeps_translations_adds_new_unfinished_and_marks_gone_vanished(
    tmp_path: Path,
) -> None:
    path = tmp_path / "kosei_ja.ts"
    old = {
        "Save": i18n.Entry("Save", "保存", "finished"),
        "Gone": i18n.Entry("Gone", "消えた", "finished"),
    }
    i18n.write_catalogue(path, "ja", old)
    merged = i18n.merge(i18n.read_catalogue(path), {"Save": [], "New": []})
    i18n.write_catalogue(path, "ja", merged)
    entries = i18n.read_catalogue(path)
    assert entries["Save"] == i18n.Entry("Save", "保存", "finished")
    assert entries["New"] == i18n.Entry("New", "", "unfinished")
    assert entries["Gone"] == i18n.Entry("Gone", "消えた", "vanished")


def test_a_translation_that_drops_a_placeholder_is_a_problem() -> None:
    entry = i18n.Entry("Ln %1, Col %2", "%1 行", "finished")
    assert i18n.problems(entry) == ["placeholders ['%1', '%2'] != ['%1']"]


def test_a_menu_translation_without_accelerator_is_a_problem() -> None:
    assert i18n.problems(i18n.Entry("&File", "ファイル", "finished")) == [
        "the translation lost the &accelerator"
    ]
    assert i18n.problems(i18n.Entry("&File", "ファイル(&F)", "finished")) == []


def test_check_mode_fails_lists_an_untranslated_string_and_writes_nothing(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    _scan(tmp_path)
    assert i18n.main(["--check"], root=tmp_path) == 1
    assert "'Hello %1'  [untranslated]  used at editor/sample.py:14" in capsys.readouterr().out
    assert not i18n.ts_path("ja", tmp_path).exists()


def test_update_mode_writes_the_new_strings_as_unfinished(tmp_path: Path) -> None:
    _scan(tmp_path)
    assert i18n.main([], root=tmp_path) == 0
    entries = i18n.read_catalogue(i18n.ts_path("ja", tmp_path))
    assert entries["Hello %1"] == i18n.Entry("Hello %1", "", "unfinished")


def test_fill_takes_only_missing_translations_of_used_strings(tmp_path: Path) -> None:
    entries = {
        "Save": i18n.Entry("Save", "保存", "finished"),
        "Open": i18n.Entry("Open"),
    }
    known = {"Save": "セーブ", "Open": "開く", "Unused": "未使用"}
    i18n.fill(entries, {"Save": [], "Open": []}, known)
    assert entries == {
        "Save": i18n.Entry("Save", "保存", "finished"),
        "Open": i18n.Entry("Open", "開く", "finished"),
    }
