"""Markdown pipe tables: a skeleton to insert, moving between cells, and aligning the pipes.

Widths count display columns: an East Asian wide or full-width character
(``日``, ``Ａ``) takes two, a combining mark none, so a Japanese table lines up
in a monospaced editor font.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Sequence

SKELETON = "| Column 1 | Column 2 |\n| --- | --- |\n|  |  |\n"
_DELIMITER_CELL = re.compile(r"^\s*:?-+:?\s*$")


def display_width(text: str) -> int:
    """Columns ``text`` takes in a monospaced font (wide and full-width characters: two)."""
    width = 0
    for char in text:
        if unicodedata.combining(char):
            continue
        width += 2 if unicodedata.east_asian_width(char) in ("W", "F") else 1
    return width


def is_table_line(line: str) -> bool:
    return line.lstrip().startswith("|")


def table_at(lines: Sequence[str], index: int) -> tuple[int, int] | None:
    """The lines ``[start, end)`` of the table holding line ``index``, or None."""
    if not 0 <= index < len(lines) or not is_table_line(lines[index]):
        return None
    start, end = index, index + 1
    while start > 0 and is_table_line(lines[start - 1]):
        start -= 1
    while end < len(lines) and is_table_line(lines[end]):
        end += 1
    return start, end


def pipe_columns(line: str) -> list[int]:
    """Offsets of the cell-separating pipes of a row (an escaped ``\\|`` is text)."""
    return [i for i, char in enumerate(line) if char == "|" and (i == 0 or line[i - 1] != "\\")]


def cell_start(line: str, column: int, backwards: bool = False) -> int | None:
    """Where the text of the next (or previous) cell after ``column`` begins; None past the row."""
    pipes = pipe_columns(line)
    starts = [p + 1 + (1 if line[p + 1 : p + 2] == " " else 0) for p in pipes[:-1]]
    if not starts:
        return None
    if backwards:
        current = max((s for s in starts if s <= column), default=starts[0])
        before = [s for s in starts if s < current]
        return before[-1] if before else None
    later = [s for s in starts if s > column]
    return later[0] if later else None


def _cells(line: str) -> list[str]:
    pipes = pipe_columns(line)
    bounds = pipes if line.lstrip().startswith("|") else [-1, *pipes]
    cells = [line[a + 1 : b].strip() for a, b in zip(bounds, bounds[1:], strict=False)]
    tail = line[bounds[-1] + 1 :].strip() if bounds else line.strip()
    if tail:
        cells.append(tail)
    return cells


def format_table(lines: Sequence[str]) -> list[str]:
    """The rows with every pipe lined up; the delimiter row keeps its ``:`` alignment marks."""
    rows = [_cells(line) for line in lines]
    count = max((len(row) for row in rows), default=0)
    rows = [row + [""] * (count - len(row)) for row in rows]
    delimiter = [all(_DELIMITER_CELL.match(cell) for cell in row) and row for row in rows]
    widths = [
        max(
            [3]
            + [
                display_width(row[c])
                for row, is_delim in zip(rows, delimiter, strict=True)
                if not is_delim
            ]
        )
        for c in range(count)
    ]
    indent = re.match(r"\s*", lines[0]).group() if lines else ""  # type: ignore[union-attr]
    out = []
    for row, is_delim in zip(rows, delimiter, strict=True):
        cells = [
            _delimiter(cell, width) if is_delim else cell + " " * (width - display_width(cell))
            for cell, width in zip(row, widths, strict=True)
        ]
        out.append(indent + "| " + " | ".join(cells) + " |")
    return out


def _delimiter(cell: str, width: int) -> str:
    cell = cell.strip()
    left, right = cell.startswith(":"), cell.endswith(":")
    dashes = "-" * (width - left - right)
    return (":" if left else "") + dashes + (":" if right else "")


def set_heading(line: str, level: int) -> str:
    """``line`` as a heading of ``level`` (0: plain text), replacing any ``#`` it had."""
    text = re.sub(r"^\s{0,3}#{1,6}(\s+|$)", "", line)
    return ("#" * level + " " + text) if level else text
