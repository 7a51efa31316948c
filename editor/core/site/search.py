"""Search every post of a site: literal or regex, over bodies and front matter.

Uses the find bar's own query rules (:mod:`editor.core.text.search`: match
case, whole word, regex, Ignore width). Results are grouped by post with the
matching line; reading is bounded like the index (regular files only).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from editor.core.site.index import SiteIndex
from editor.core.site.scan import PostReadError, decode_post, read_post
from editor.core.text.search import SearchOptions, compile_query, find_all

MAX_PER_POST = 100
MAX_TOTAL = 5000


@dataclass(frozen=True)
class LineHit:
    line: int  # 1-based
    column: int  # 1-based, code points
    length: int
    text: str  # the whole line


@dataclass
class PostHits:
    path: Path
    title: str
    hits: list[LineHit] = field(default_factory=list)


def search_site(
    index: SiteIndex,
    query: str,
    options: SearchOptions | None = None,
    cancelled: Callable[[], bool] | None = None,
) -> list[PostHits]:
    """Posts whose text matches ``query`` (raises SearchError on a bad regex)."""
    compiled = compile_query(query, options or SearchOptions())
    out: list[PostHits] = []
    total = 0
    for entry in sorted(index.posts(), key=lambda e: e.path):
        if cancelled is not None and cancelled():
            break
        path = index.absolute(entry.path)
        try:
            data, _ = read_post(path)
        except PostReadError:
            continue
        text = decode_post(data)
        matches = find_all(text, compiled)
        if not matches:
            continue
        post = PostHits(path, entry.display_title)
        line_starts = _line_starts(text)
        from bisect import bisect_right

        for match in matches[:MAX_PER_POST]:
            row = bisect_right(line_starts, match.start) - 1
            start = line_starts[row]
            end = text.find("\n", start)
            line_text = text[start : end if end >= 0 else len(text)]
            post.hits.append(
                LineHit(row + 1, match.start - start + 1, match.end - match.start, line_text)
            )
        out.append(post)
        total += len(post.hits)
        if total >= MAX_TOTAL:
            break
    return out


def _line_starts(text: str) -> list[int]:
    starts = [0]
    position = text.find("\n")
    while position >= 0:
        starts.append(position + 1)
        position = text.find("\n", position + 1)
    return starts
