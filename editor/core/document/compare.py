"""Line comparisons of two versions of a post: side-by-side rows and line mapping.

Used when a file changed on disk: to show the disk version beside the
writer's, and to keep the cursor and scroll position on the same text when
the disk version is loaded in place.
"""

from __future__ import annotations

import difflib
from collections.abc import Sequence
from dataclasses import dataclass
from enum import Enum


class RowKind(Enum):
    SAME = "same"
    CHANGED = "changed"  # a line on each side, different
    ONLY_LEFT = "only_left"  # the right side has a gap here
    ONLY_RIGHT = "only_right"  # the left side has a gap here


@dataclass(frozen=True)
class Row:
    kind: RowKind
    left: str | None  # None: a gap on this side
    right: str | None
    left_line: int | None = None  # 1-based line number in the left text
    right_line: int | None = None


# Above this many differing lines on both sides, the middle is shown as one changed
# block instead of being aligned: difflib is quadratic on the many repeated lines
# (blank lines) of a long post and would freeze the window for seconds.
MAX_ALIGNED_LINES = 3000

Opcode = tuple[str, int, int, int, int]


def _opcodes(old: list[str], new: list[str]) -> Sequence[Opcode]:
    """difflib's opcodes, computed only on the part between the common head and tail."""
    head = 0
    limit = min(len(old), len(new))
    while head < limit and old[head] == new[head]:
        head += 1
    tail = 0
    while tail < limit - head and old[-1 - tail] == new[-1 - tail]:
        tail += 1
    old_end, new_end = len(old) - tail, len(new) - tail
    middle: list[Opcode] = []
    if old_end - head > MAX_ALIGNED_LINES and new_end - head > MAX_ALIGNED_LINES:
        middle = [("replace", head, old_end, head, new_end)]
    elif head < old_end or head < new_end:
        matcher = difflib.SequenceMatcher(
            None, old[head:old_end], new[head:new_end], autojunk=False
        )
        middle = [
            (tag, i1 + head, i2 + head, j1 + head, j2 + head)
            for tag, i1, i2, j1, j2 in matcher.get_opcodes()
        ]
    codes: list[Opcode] = [("equal", 0, head, 0, head)] if head else []
    codes += middle
    if tail:
        codes.append(("equal", old_end, len(old), new_end, len(new)))
    return codes


def side_by_side(left: str, right: str) -> list[Row]:
    """Align the lines of ``left`` and ``right``; unmatched lines face a gap."""
    old, new = left.split("\n"), right.split("\n")
    rows: list[Row] = []
    for tag, i1, i2, j1, j2 in _opcodes(old, new):
        if tag == "equal":
            rows += [
                Row(RowKind.SAME, old[i], new[j], i + 1, j + 1)
                for i, j in zip(range(i1, i2), range(j1, j2), strict=True)
            ]
            continue
        for offset in range(max(i2 - i1, j2 - j1)):
            i, j = i1 + offset, j1 + offset
            has_left, has_right = i < i2, j < j2
            if has_left and has_right:
                rows.append(Row(RowKind.CHANGED, old[i], new[j], i + 1, j + 1))
            elif has_left:
                rows.append(Row(RowKind.ONLY_LEFT, old[i], None, i + 1, None))
            else:
                rows.append(Row(RowKind.ONLY_RIGHT, None, new[j], None, j + 1))
    return rows


# Above this many character pairs (``len(a) * len(b)``) a changed line is marked whole:
# the character comparison is quadratic and a pasted 50 KB line would freeze the dialog.
MAX_INLINE_PAIRS = 4_000_000
Ranges = list[tuple[int, int]]  # [start, end) character offsets in a line


def inline_changes(left: str, right: str) -> tuple[Ranges, Ranges]:
    """The characters that differ between two versions of one line, on each side.

    A word changed inside a long Japanese paragraph is found without reading the
    whole paragraph twice: only the differing stretches are returned.
    """
    if len(left) * len(right) > MAX_INLINE_PAIRS:
        return ([(0, len(left))] if left else []), ([(0, len(right))] if right else [])
    matcher = difflib.SequenceMatcher(None, left, right, autojunk=False)
    ours: Ranges = []
    theirs: Ranges = []
    for tag, i1, i2, j1, j2 in matcher.get_opcodes():
        if tag == "equal":
            continue
        if i2 > i1:
            ours.append((i1, i2))
        if j2 > j1:
            theirs.append((j1, j2))
    return ours, theirs


@dataclass(frozen=True)
class Skipped:
    """Unchanged lines left out of a comparison view (``count`` of them)."""

    count: int


def around_changes(rows: list[Row], context: int = 3) -> list[Row | Skipped]:
    """The rows that differ with ``context`` unchanged rows on each side; the rest skipped.

    A file of 3,000 lines with one edited paragraph shows that paragraph, not 3,000 rows.
    """
    keep = [False] * len(rows)
    for index, row in enumerate(rows):
        if row.kind is not RowKind.SAME:
            for near in range(max(0, index - context), min(len(rows), index + context + 1)):
                keep[near] = True
    shown: list[Row | Skipped] = []
    hidden = 0
    for row, kept in zip(rows, keep, strict=True):
        if kept:
            if hidden:
                shown.append(Skipped(hidden))
                hidden = 0
            shown.append(row)
        else:
            hidden += 1
    if hidden:
        shown.append(Skipped(hidden))
    return shown


def count_differences(rows: list[Row]) -> int:
    """How many rows differ (changed lines plus lines on one side only)."""
    return sum(1 for row in rows if row.kind is not RowKind.SAME)


def map_line(old: str, new: str, line: int) -> int:
    """Where 1-based ``line`` of ``old`` is in ``new`` (see :func:`map_lines`)."""
    return map_lines(old, new, [line])[0]


def map_lines(old: str, new: str, lines: Sequence[int]) -> list[int]:
    """Where each 1-based line of ``old`` is in ``new`` (one comparison for all).

    An unchanged line maps to its new place; a line inside a changed block maps
    to the same offset in the replacement block (clamped to it), so a cursor on
    an edited line stays near it.
    """
    old_lines, new_lines = old.split("\n"), new.split("\n")
    codes = _opcodes(old_lines, new_lines)
    return [_map_index(codes, old_lines, new_lines, line) for line in lines]


def _map_index(codes: Sequence[Opcode], old: list[str], new: list[str], line: int) -> int:
    index = max(0, min(line - 1, len(old) - 1))
    for tag, i1, i2, j1, j2 in codes:
        if not i1 <= index < i2:
            continue
        if tag == "equal":
            return j1 + (index - i1) + 1
        return min(j1 + (index - i1), max(j1, j2 - 1), len(new) - 1) + 1
    return len(new)
