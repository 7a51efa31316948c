from __future__ import annotations

from editor.core.markdown.outline import Heading, heading_at, outline


def test_headings_come_with_file_lines_and_skip_code() -> None:
    text = "---\ntitle: T\n---\n# One\n\n```\n# not a heading\n```\n\n## Two `code`\n\nSetext\n======\n"
    assert outline(text) == [
        Heading(1, "One", 4),
        Heading(2, "Two code", 10),
        Heading(1, "Setext", 12),
    ]


def test_heading_at_finds_the_section_of_a_line() -> None:
    headings = [Heading(1, "A", 3), Heading(2, "B", 10)]
    assert heading_at(headings, 1) is None
    assert heading_at(headings, 5) == headings[0]
    assert heading_at(headings, 10) == headings[1]
