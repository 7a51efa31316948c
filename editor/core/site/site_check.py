"""The background site check: a count of findings per post, from the index alone.

For each post: front matter that does not parse, a title or slug another post
also uses, and passages repeated from other posts (each shared fingerprint
grown into a common stretch of at least ``min_repeat`` characters, counted
once per other post). The full findings of one post, with positions and
messages, come from the checks run in its window or by ``kosei check --site``;
this pass only fills the posts panel's column, so it uses the index's own
normalised prose and needs no Markdown parse.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Callable

from editor.core.checks.fingerprint import common_length, common_suffix
from editor.core.checks.options import CheckOptions
from editor.core.site import fingerprints as fp
from editor.core.site.crosspost import MAX_POSTS_PER_PRINT, prose_of
from editor.core.site.index import SiteIndex


def finding_counts(
    index: SiteIndex,
    options: CheckOptions | None = None,
    progress: Callable[[int, int], None] | None = None,
    cancelled: Callable[[], bool] | None = None,
) -> dict[str, int]:
    options = options or CheckOptions()
    entries = index.posts()
    titles = Counter(e.title.casefold() for e in entries if e.title)
    slugs = Counter(e.slug.casefold() for e in entries if e.slug)
    counts: dict[str, int] = {}
    for done, entry in enumerate(entries, 1):
        if cancelled is not None and cancelled():
            break
        count = 1 if entry.error else 0
        count += 1 if entry.title and titles[entry.title.casefold()] > 1 else 0
        count += 1 if entry.slug and slugs[entry.slug.casefold()] > 1 else 0
        count += len(repeated_from(index, entry.path, options))
        counts[entry.path] = count
        if progress is not None and done % 100 == 0:
            progress(done, len(entries))
    return counts


def repeated_from(index: SiteIndex, rel: str, options: CheckOptions) -> set[str]:
    """Other posts that share a passage of ``min_repeat`` characters or more with ``rel``."""
    mine = prose_of(index, rel)
    if mine is None or not mine.norm:
        return set()
    hashes, positions = fp.fingerprints(mine.norm)
    query, posts, offsets = index.lookup(hashes, MAX_POSTS_PER_PRINT * 2)
    me = index.ids.get(rel)
    hits: dict[int, list[tuple[int, int]]] = defaultdict(list)
    for q, pid, offset in zip(query.tolist(), posts.tolist(), offsets.tolist(), strict=True):
        if pid != me:
            hits[pid].append((int(positions[q]), offset))
    floor = options.min_repeat(fp.is_cjk_text(mine.norm))
    out: set[str] = set()
    a = mine.norm
    for pid, pairs in hits.items():
        other_rel = index.paths[pid]
        if other_rel is None or len(pairs) < 2:
            continue
        other = prose_of(index, other_rel)
        if other is None:
            continue
        b = other.norm
        for pa, pb in pairs:
            if a[pa : pa + fp.K] != b[pb : pb + fp.K]:
                continue
            left = common_suffix(a, pa, b, pb, min(pa, pb))
            right = common_length(a, pa, b, pb, min(len(a) - pa, len(b) - pb))
            if left + right >= floor:
                out.add(other_rel)
                break
    return out
