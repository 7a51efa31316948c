"""Line logic behind the editor's list helpers: Enter continues a list, Tab nests it.

Qt-free. Functions take the document as a list of lines plus 0-based ``(line, column)``
positions and return an :class:`Edit`: small insertions/removals (so untouched text,
non-breaking spaces included, is never rewritten) and where the selection goes after.

Decisions the issue left open:

* Enter on an item whose content is empty ends the list: the whole prefix (quote
  markers, indentation, list marker) is removed, the emptied line stays as the blank
  line Markdown needs after a list or quote, and the cursor starts a new line below it
  (typing right under "> text" or "- item" would continue that quote or item lazily).
* A nested item is indented to the content column of its parent item (2 spaces under
  ``- ``, 3 under ``1. ``, 4 under ``10. ``): that is exactly where CommonMark starts a
  nested list, so the result always renders nested. Shift+Tab moves an item back to its
  parent's indentation. Tab outside a list inserts spaces up to the next multiple of 4.
* Nothing happens inside front matter or fenced code (``` / ~~~); an unclosed front matter
  block runs to the end of the text, as the highlighter shows it.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from enum import Enum

TAB_WIDTH = 4
_QUOTE = re.compile(r"(?: {0,3}>[ ]?)*")
_ITEM = re.compile(
    r"(?P<indent>[ \t]*)(?P<marker>[-*+]|(?P<number>\d{1,9})(?P<delim>[.)]))(?P<space>[ \t]+|$)"
)
_TASK = re.compile(r"\[[ xX]\](?:[ \t]+|$)")
_BREAK = re.compile(r" {0,3}([-*_])(?:[ \t]*\1){2,}[ \t]*$")
_FENCE = re.compile(r"(?:[ \t]*>)*[ \t]*(?P<fence>`{3,}|~{3,})(?P<rest>.*)$")
_FRONT_MATTER = {"---": ("---", "..."), "+++": ("+++",)}


class Region(Enum):
    TEXT = "text"
    CODE = "code"
    FRONT_MATTER = "front matter"


@dataclass(frozen=True)
class Change:
    """Remove ``remove`` characters at ``(line, column)`` and insert ``insert`` there."""

    line: int
    column: int
    remove: int
    insert: str


@dataclass(frozen=True)
class Edit:
    """Changes in document order (apply them last to first) and the selection afterwards."""

    changes: tuple[Change, ...]
    anchor: tuple[int, int]
    cursor: tuple[int, int]


@dataclass(frozen=True)
class Prefix:
    """The Markdown prefix of one line: quote markers, then maybe a list item."""

    quote: str
    indent: str = ""
    marker: str = ""  # "-", "*", "+", or "3." / "3)"; empty for a quote-only line
    space: str = ""
    task: str = ""  # "[ ] " / "[x] " (with its spacing) on a task item

    @property
    def is_item(self) -> bool:
        return bool(self.marker)

    @property
    def text(self) -> str:
        return self.quote + self.indent + self.marker + self.space + self.task

    @property
    def content_width(self) -> int:
        """Columns from the item's indentation to its content: where children nest."""
        return len(self.marker) + max(1, len(self.space))

    def next_prefix(self) -> str:
        """The prefix of the item that follows this one."""
        if not self.is_item:
            return self.quote
        marker = self.marker
        if marker[0].isdigit():
            marker = f"{int(marker[:-1]) + 1}{marker[-1]}"
        task = "[ ]" + (self.task[3:] or " ") if self.task else ""
        return self.quote + self.indent + marker + (self.space or " ") + task


def parse_prefix(line: str) -> Prefix | None:
    """The quote/list prefix of ``line``, or None when it has neither."""
    quote = _QUOTE.match(line)
    quote_text = quote.group(0) if quote else ""
    rest = line[len(quote_text) :]
    match = _ITEM.match(rest)
    if match is None or _BREAK.match(rest):
        return Prefix(quote_text) if quote_text else None
    after = rest[match.end() :]
    task = _TASK.match(after) if match.group("space") else None
    return Prefix(
        quote_text,
        match.group("indent"),
        match.group("marker"),
        match.group("space"),
        task.group(0) if task else "",
    )


def region_of(lines: Sequence[str], index: int) -> Region:
    """Whether line ``index`` is body text, fenced code (fence lines included) or front matter."""
    start = 0
    first = lines[0].rstrip() if lines else ""
    if first in _FRONT_MATTER:
        closers = _FRONT_MATTER[first]
        end = next((i for i in range(1, len(lines)) if lines[i].rstrip() in closers), len(lines))
        if index <= end:
            return Region.FRONT_MATTER
        start = end + 1
    fence = ""
    for number in range(start, index + 1):
        match = _FENCE.match(lines[number])
        if match is None:
            continue
        mark, rest = match.group("fence"), match.group("rest")
        if not fence:
            if not (mark[0] == "`" and "`" in rest):
                fence = mark
                if number == index:
                    return Region.CODE
        elif mark[0] == fence[0] and len(mark) >= len(fence) and not rest.strip():
            if number == index:
                return Region.CODE
            fence = ""
    return Region.CODE if fence else Region.TEXT


def enter(lines: Sequence[str], line: int, column: int) -> Edit | None:
    """What Enter does at ``(line, column)``; None means "an ordinary newline"."""
    text = lines[line]
    prefix = parse_prefix(text)
    if prefix is None or column < len(prefix.text) or region_of(lines, line) != Region.TEXT:
        return None
    if not text[len(prefix.text) :].strip():
        # The emptied line stays as the blank line that ends the list; the writer goes on
        # below it, so the next paragraph is not swallowed into the last item (laziness).
        return Edit((Change(line, 0, len(text), "\n"),), (line + 1, 0), (line + 1, 0))
    tail = text[column:]
    stripped = len(tail) - len(tail.lstrip(" \t"))
    new = prefix.next_prefix()
    change = Change(line, column, stripped, "\n" + new)
    return Edit((change,), (line + 1, len(new)), (line + 1, len(new)))


def _item(lines: Sequence[str], index: int) -> Prefix | None:
    prefix = parse_prefix(lines[index])
    return prefix if prefix is not None and prefix.is_item else None


def _earlier_items(lines: Sequence[str], index: int, quote: str) -> list[Prefix]:
    """Items above ``index`` in the same list, nearest first (a flush-left paragraph ends it)."""
    found = []
    for number in range(index - 1, -1, -1):
        text = lines[number]
        prefix = parse_prefix(text)
        if prefix is not None and prefix.is_item:
            if prefix.quote != quote:
                break
            found.append(prefix)
        elif text.strip() and not text[len(quote) :][:1].isspace():
            break
    return found


def _indent_delta(lines: Sequence[str], index: int, item: Prefix, outdent: bool) -> int:
    """How many columns Tab (or Shift+Tab) moves the item on line ``index``."""
    level = len(item.indent)
    for other in _earlier_items(lines, index, item.quote):
        if outdent and len(other.indent) < level:
            return level - len(other.indent)
        if not outdent and len(other.indent) == level:
            return other.content_width
        if not outdent and len(other.indent) < level:
            break
    return level if outdent else item.content_width


def _selected_lines(anchor: tuple[int, int], cursor: tuple[int, int]) -> range:
    first, last = sorted((anchor, cursor))
    end = last[0] - 1 if last[0] > first[0] and last[1] == 0 else last[0]
    return range(first[0], end + 1)


def indent(
    lines: Sequence[str], anchor: tuple[int, int], cursor: tuple[int, int], outdent: bool
) -> Edit:
    """Tab / Shift+Tab: nest list items, shift a multi-line block, or insert a soft tab."""
    rows = _selected_lines(anchor, cursor)
    items = [(row, _item(lines, row)) for row in rows if region_of(lines, row) == Region.TEXT]
    first = next(((row, item) for row, item in items if item is not None), None)
    if len(rows) == 1 and first is None:
        return _plain_tab(lines, anchor, cursor, outdent)
    delta = _indent_delta(lines, first[0], first[1], outdent) if first else TAB_WIDTH
    changes = []
    for row in rows:
        text = lines[row]
        if not text.strip():
            continue
        quote = parse_prefix(text)
        start = len(quote.quote) if quote else 0
        if outdent:
            spaces = len(text[start:]) - len(text[start:].lstrip(" "))
            if min(spaces, delta):
                changes.append(Change(row, start, min(spaces, delta), ""))
        elif delta:
            changes.append(Change(row, start, 0, " " * delta))
    if len(rows) == 1 and first is not None and changes:
        changes += _renumbered(lines, first[0], first[1], changes[0])
    return Edit(tuple(changes), _moved(anchor, changes), _moved(cursor, changes))


def _renumbered(lines: Sequence[str], row: int, item: Prefix, moved: Change) -> list[Change]:
    """An ordered item that changed level takes the number after its new previous sibling.

    With no sibling it starts at 1: only a list starting at 1 may interrupt a paragraph,
    so a nested "3." under "2. text" would render as text.
    """
    if not item.marker[0].isdigit():
        return []
    level = len(item.indent) + len(moved.insert) - moved.remove
    number = 1
    for other in _earlier_items(lines, row, item.quote):
        if len(other.indent) < level:
            break
        if len(other.indent) == level:
            number = int(other.marker[:-1]) + 1 if other.marker[0].isdigit() else 1
            break
    digits = item.marker[:-1]
    if int(digits) == number:
        return []
    return [Change(row, len(item.quote) + len(item.indent), len(digits), str(number))]


def _plain_tab(
    lines: Sequence[str], anchor: tuple[int, int], cursor: tuple[int, int], outdent: bool
) -> Edit:
    row = cursor[0]
    if outdent:
        text = lines[row]
        count = min(TAB_WIDTH, len(text) - len(text.lstrip(" ")))
        changes = (Change(row, 0, count, ""),) if count else ()
        return Edit(changes, _moved(anchor, changes), _moved(cursor, changes))
    start, end = sorted((anchor[1], cursor[1]))
    spaces = " " * (TAB_WIDTH - start % TAB_WIDTH)
    position = (row, start + len(spaces))
    return Edit((Change(row, start, end - start, spaces),), position, position)


def _moved(position: tuple[int, int], changes: Sequence[Change]) -> tuple[int, int]:
    """``position`` after single-line ``changes`` (in document order, not overlapping)."""
    line, column = position
    for change in reversed(changes):  # right to left: earlier columns are still original
        if change.line != line or column < change.column:
            continue
        if column == 0 and not change.remove:
            continue  # a selection that starts at a line start keeps starting there
        if column < change.column + change.remove:
            column = change.column
        else:
            column += len(change.insert) - change.remove
    return line, column
