"""Pipe tables: aligning with East Asian widths, moving between cells, headings."""

from __future__ import annotations

from editor.core.text.tables import (
    cell_start,
    display_width,
    format_table,
    set_heading,
    table_at,
)


def test_wide_characters_count_two_columns() -> None:
    assert display_width("日本") == 4 and display_width("ＡB") == 3 and display_width("é") == 1


def test_format_table_aligns_pipes_with_japanese_cells_and_keeps_alignment_marks() -> None:
    lines = ["|名前|Age|", "|:--|--:|", "|山田太郎|7|", "|Bo|12|"]
    assert format_table(lines) == [
        "| 名前     | Age |",
        "| :------- | --: |",
        "| 山田太郎 | 7   |",
        "| Bo       | 12  |",
    ]


def test_format_table_fills_missing_cells_and_keeps_escaped_pipes() -> None:
    assert format_table(["| a \\| b | c |", "|---|---|", "| x |"]) == [
        "| a \\| b | c   |",
        "| ------ | --- |",
        "| x      |     |",
    ]


def test_tab_moves_to_the_next_and_previous_cell() -> None:
    line = "| one | two | three |"
    assert cell_start(line, 2) == 8
    assert cell_start(line, 8) == 14
    assert cell_start(line, 14) is None  # past the last cell: the next row
    assert cell_start(line, 14, backwards=True) == 8
    assert cell_start(line, 2, backwards=True) is None


def test_table_region_is_the_run_of_pipe_lines() -> None:
    lines = ["text", "| a |", "| - |", "| b |", "", "| c |"]
    assert table_at(lines, 2) == (1, 4) and table_at(lines, 0) is None


def test_set_heading_replaces_the_level() -> None:
    assert set_heading("Title", 2) == "## Title"
    assert set_heading("### Title", 1) == "# Title"
    assert set_heading("## Title", 0) == "Title"
