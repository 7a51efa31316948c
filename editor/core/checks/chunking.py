"""The body's chunks (:func:`~editor.core.checks.blocks.scan_chunks`), found again after an
edit only around it.

Every cut is made in the scan's neutral state (no fence or HTML block open), and
whether a line is a cut depends only on it and the line before. So a scan may
restart at an old cut before the edit and stop at the first new cut that sits in
the unchanged text after it and was an old cut too (shifted by the lines added):
from there on the old chunks are the new ones. The result equals a scan of the
whole body.
"""

from __future__ import annotations

import bisect
from dataclasses import dataclass

from editor.core.checks.blocks import scan_chunks

_STEP = 4096


@dataclass(frozen=True)
class Chunking:
    body: str
    line_count: int
    starts: list[int]  # 0-based body line of each chunk
    ends: list[int]  # exclusive
    texts: list[str]


def rechunk(body: str, lines: list[str], previous: Chunking | None = None) -> Chunking:
    """The chunks of ``body`` (split into ``lines``), reusing ``previous`` where it holds."""
    if previous is None or previous.body == body:
        if previous is not None:
            return previous
        ranges, _ = scan_chunks(lines)
        return _made(body, lines, ranges)
    old = previous.body
    prefix = _common_prefix(old, body)
    suffix = _common_suffix(old, body, min(len(old), len(body)) - prefix)
    changed = old.count("\n", 0, prefix)  # first body line the edit touched
    # the first line that lies wholly in the unchanged end of the text
    unchanged_start = len(body) - suffix
    same_from = body.count("\n", 0, unchanged_start)
    if unchanged_start > 0 and body[unchanged_start - 1] != "\n":
        same_from += 1
    delta = len(lines) - previous.line_count
    kept = max(0, bisect.bisect_left(previous.starts, changed) - 1)  # an old cut before the edit
    old_at = {start: index for index, start in enumerate(previous.starts)}

    def resume(cut: int) -> bool:
        return cut - 1 >= same_from and (cut - delta) in old_at

    ranges, resumed = scan_chunks(lines, previous.starts[kept], resume)
    starts = previous.starts[:kept] + [start for start, _end in ranges]
    ends = previous.ends[:kept] + [end for _start, end in ranges]
    texts = previous.texts[:kept] + ["\n".join(lines[a:b]) for a, b in ranges]
    if resumed is not None:
        index = old_at[resumed - delta]
        starts += [start + delta for start in previous.starts[index:]]
        ends += [end + delta for end in previous.ends[index:]]
        texts += previous.texts[index:]
    return Chunking(body, len(lines), starts, ends, texts)


def _made(body: str, lines: list[str], ranges: list[tuple[int, int]]) -> Chunking:
    return Chunking(
        body,
        len(lines),
        [start for start, _end in ranges],
        [end for _start, end in ranges],
        ["\n".join(lines[start:end]) for start, end in ranges],
    )


def _common_prefix(a: str, b: str) -> int:
    limit = min(len(a), len(b))
    index = 0
    while index + _STEP <= limit and a[index : index + _STEP] == b[index : index + _STEP]:
        index += _STEP
    while index < limit and a[index] == b[index]:
        index += 1
    return index


def _common_suffix(a: str, b: str, limit: int) -> int:
    count = 0
    while (
        count + _STEP <= limit
        and a[len(a) - count - _STEP : len(a) - count] == b[len(b) - count - _STEP : len(b) - count]
    ):
        count += _STEP
    while count < limit and a[len(a) - count - 1] == b[len(b) - count - 1]:
        count += 1
    return count
