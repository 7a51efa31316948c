"""Rule ``duplicate``, kind ``cross-post``: passages of this post that repeat another post.

The post's prose blocks (the checks' own blocks and normalisation) are
fingerprinted with :mod:`editor.core.site.fingerprints` and looked up in the
site index; each shared fingerprint is grown into the longest common stretch
against the other post's prose, and stretches that pass the checks' own
floors (``min_repeat``, or whole sentences of ``min_sentence``) become
findings whose related location is the other post (``Span.path``) at the
line where the passage stands there. Consecutive blocks copied from the same
post are one finding. A post whose prose is at least half contained in one
other post gets one ``cross-post-body`` finding as well.

The rule runs inside :func:`editor.core.checks.run_checks` for posts of a site
whose index was :func:`attach`-ed (the window's site controller, ``kosei
check --site``); without one it finds nothing.
"""

from __future__ import annotations

import threading
from collections import OrderedDict, defaultdict
from dataclasses import dataclass
from pathlib import Path

import numpy as np

from editor.core.checks.context import CheckContext, content_key
from editor.core.checks.fingerprint import common_length, common_suffix
from editor.core.checks.findings import Finding, Severity, Span
from editor.core.checks.registry import register
from editor.core.site import fingerprints as fp
from editor.core.site.index import SiteIndex
from editor.core.site.scan import PostReadError, decode_post, read_post

MAX_POSTS_PER_PRINT = 25  # a fingerprint in more posts is boilerplate (a sign-off, a licence)
MAX_CANDIDATES = 12  # other posts compared in detail, most shared fingerprints first
BODY_SHARE = 0.5  # "mostly contained": this share of the post's prose is in one other post

_ATTACHED: list[SiteIndex] = []
_PROSE_CACHE: OrderedDict[tuple[str, int, int], fp.Prose] = OrderedDict()
_CACHE_SIZE = 64
_CACHE_LOCK = threading.Lock()


def attach(index: SiteIndex) -> None:
    """Let the checks of posts inside ``index``'s site compare them with the other posts."""
    if index not in _ATTACHED:
        _ATTACHED.append(index)


def detach(index: SiteIndex) -> None:
    if index in _ATTACHED:
        _ATTACHED.remove(index)


def index_for(path: Path | None) -> SiteIndex | None:
    if path is None:
        return None
    for index in list(_ATTACHED):
        if index.rel(path) is not None:
            return index
    return None


@register("duplicate")
def cross_post_rule(ctx: CheckContext) -> list[Finding]:
    index = index_for(ctx.path)
    return cross_post_findings(ctx, index) if index is not None else []


@dataclass
class _Stretch:
    block: int  # index in ctx.prose_blocks
    start: int  # [start, end) in the block's norm
    end: int
    other: str  # the other post's key
    other_start: int  # in the other post's prose
    other_end: int
    whole: bool = False  # covers the block (block_coverage)


def cross_post_findings(ctx: CheckContext, index: SiteIndex) -> list[Finding]:
    """Findings for ``ctx`` (a post inside ``index``'s site) against every other post."""
    me = index.rel(ctx.path) if ctx.path is not None else None
    blocks = [b for b in ctx.prose_blocks if not b.is_heading and b.prose is not None]
    if not blocks:
        return []
    norms = [b.prose.norm for b in blocks]  # type: ignore[union-attr]
    seeds = _seeds(index, norms, index.ids.get(me) if me is not None else None)
    stretches: list[_Stretch] = []
    for rel in seeds:
        other = prose_of(index, rel)
        if other is not None:
            stretches += _grow(ctx, blocks, norms, seeds[rel], rel, other)
    if not stretches:
        return []
    findings = _passage_findings(ctx, index, blocks, stretches)
    findings += _body_findings(ctx, index, norms, stretches)
    return findings


def _seeds(
    index: SiteIndex, norms: list[str], me: int | None
) -> dict[str, list[tuple[int, int, int]]]:
    """Per other post (most shared first): (block, offset in block, offset in other post)."""
    sizes = [len(n) for n in norms]
    whole = "".join(norms)
    hashes = fp.kgram_hashes(whole)
    if len(hashes) == 0:
        return {}
    # K-grams that straddle two blocks are never chosen (the largest hash never wins a window)
    bounds = np.cumsum(sizes)[:-1]
    for bound in bounds:
        hashes[max(0, bound - fp.K + 1) : bound] = np.uint32(0xFFFFFFFF)
    kept_h, kept_pos = fp.fingerprints_of(hashes)
    real = kept_h != np.uint32(0xFFFFFFFF)
    kept_h, kept_pos = kept_h[real], kept_pos[real]
    query, posts, offsets = index.lookup(kept_h, MAX_POSTS_PER_PRINT * 2)
    starts = np.concatenate([[0], np.cumsum(sizes)])
    positions = kept_pos[query].astype(np.int64)
    blocks = np.searchsorted(starts, positions, "right") - 1
    within = positions - starts[blocks]
    by_post: dict[int, list[tuple[int, int, int]]] = defaultdict(list)
    for pid, block, pos, offset in zip(
        posts.tolist(), blocks.tolist(), within.tolist(), offsets.tolist(), strict=True
    ):
        if pid != me:
            by_post[pid].append((block, pos, offset))
    ranked = sorted(by_post.items(), key=lambda kv: -len(kv[1]))[:MAX_CANDIDATES]
    out: dict[str, list[tuple[int, int, int]]] = {}
    for pid, hits in ranked:
        rel = index.paths[pid] if pid < len(index.paths) else None
        if rel is not None and rel in index.entries:
            out[rel] = hits
    return out


def prose_of(index: SiteIndex, rel: str) -> fp.Prose | None:
    entry = index.entries.get(rel)
    key = (rel, entry.mtime_ns if entry else 0, entry.size if entry else 0)
    with _CACHE_LOCK:
        found = _PROSE_CACHE.get(key)
        if found is not None:
            _PROSE_CACHE.move_to_end(key)
            return found
    try:
        data, _ = read_post(index.absolute(rel))
    except PostReadError:
        return None
    from editor.core.frontmatter.split import split

    text = decode_post(data)
    prose = fp.body_prose(text, split(text).body_start_line)
    with _CACHE_LOCK:
        _PROSE_CACHE[key] = prose
        while len(_PROSE_CACHE) > _CACHE_SIZE:
            _PROSE_CACHE.popitem(last=False)
    return prose


def _grow(
    ctx: CheckContext,
    blocks: list,
    norms: list[str],
    hits: list[tuple[int, int, int]],
    rel: str,
    other: fp.Prose,
) -> list[_Stretch]:
    out: list[_Stretch] = []
    b = other.norm
    done: dict[tuple[int, int], int] = {}  # (block, diagonal) -> end of the stretch found
    for block, pa, pb in sorted(hits):
        a = norms[block]
        if a[pa : pa + fp.K] != b[pb : pb + fp.K]:
            continue  # a hash collision, or the other post changed since it was indexed
        diagonal = (block, pa - pb)
        if done.get(diagonal, -1) > pa:
            continue
        left = common_suffix(a, pa, b, pb, min(pa, pb))
        right = common_length(a, pa, b, pb, min(len(a) - pa, len(b) - pb))
        start, end = pa - left, pa + right
        done[diagonal] = end
        prose = blocks[block].prose
        span = _reportable(ctx, prose, start, end)
        if span is not None:
            s, e = span
            shift = s - start
            out.append(_Stretch(block, s, e, rel, pb - left + shift, pb - left + shift + e - s))
    return out


def _reportable(ctx: CheckContext, prose, start: int, end: int) -> tuple[int, int] | None:  # noqa: ANN001
    """The part of [start, end) the checks' floors accept, or None."""
    options = ctx.options
    if end - start >= options.min_repeat(prose.cjk):
        return start, end
    inside = [
        (s, e)
        for s, e in prose.sentences
        if start <= s and e <= end and e - s >= options.min_sentence(prose.cjk)
    ]
    if not inside:
        return None
    return inside[0][0], inside[-1][1]


def _passage_findings(
    ctx: CheckContext, index: SiteIndex, blocks: list, stretches: list[_Stretch]
) -> list[Finding]:
    """One finding per run of blocks copied from the same post, else per stretch."""
    by_block: dict[int, list[_Stretch]] = defaultdict(list)
    for s in stretches:
        by_block[s.block].append(s)
    groups: list[list[_Stretch]] = []
    for block in sorted(by_block):
        best = max(by_block[block], key=lambda s: s.end - s.start)
        whole = _covered(by_block[block], best.other) >= ctx.options.block_coverage * len(
            blocks[block].prose.norm
        )
        previous = groups[-1][-1] if groups else None
        if (
            whole
            and previous is not None
            and previous.block == block - 1
            and previous.other == best.other
            and previous.whole
        ):
            groups[-1].append(best)
        else:
            groups.append([best])
        best.whole = whole
    out = []
    for group in groups:
        first, last = group[0], group[-1]
        span = ctx.span(
            blocks[first.block].offset(first.start), blocks[last.block].offset(last.end - 1) + 1
        )
        other = prose_of(index, first.other)
        line = other.line_of(first.other_start) + 1 if other else 1
        end_line = other.line_of(max(first.other_start, last.other_end - 1)) + 1 if other else 1
        related = Span(line, max(line, end_line), 1, 0, index.absolute(first.other))
        passage = "".join(blocks[s.block].prose.norm[s.start : s.end] for s in group)
        en, ja = _messages(first.other, line)
        out.append(
            Finding(
                "duplicate",
                Severity.WARNING,
                en,
                ja,
                span,
                (related,),
                None,
                "cross-post",
                content_key("duplicate", "cross-post", passage),
                {"other": first.other},
            )
        )
    return out


def _covered(stretches: list[_Stretch], other: str) -> int:
    total, reach = 0, 0
    for s in sorted((s for s in stretches if s.other == other), key=lambda s: s.start):
        if s.end > reach:
            total += s.end - max(s.start, reach)
            reach = s.end
    return total


def _body_findings(
    ctx: CheckContext, index: SiteIndex, norms: list[str], stretches: list[_Stretch]
) -> list[Finding]:
    size = sum(len(n) for n in norms)
    by_other: dict[str, list[_Stretch]] = defaultdict(list)
    for s in stretches:
        by_other[s.other].append(s)
    out = []
    for rel, found in by_other.items():
        per_block: dict[int, list[_Stretch]] = defaultdict(list)
        for s in found:
            per_block[s.block].append(s)
        covered = sum(_covered(ss, rel) for ss in per_block.values())
        if size and covered >= BODY_SHARE * size:
            share = round(100 * covered / size)
            line = ctx.body_start_line + 1
            related = Span(1, 1, 1, 0, index.absolute(rel))
            en = (
                f"About {share}% of this post repeats {rel}. Search engines show only one of two "
                "posts this alike; merge them, or rewrite this one."
            )
            ja = (
                f"この記事の約{share}%が {rel} と同じ文章です。検索エンジンはここまで似た記事の"
                "片方しか表示しません。記事をまとめるか、こちらを書き直してください。"
            )
            out.append(
                Finding(
                    "duplicate",
                    Severity.WARNING,
                    en,
                    ja,
                    Span(line, line),
                    (related,),
                    None,
                    "cross-post-body",
                    content_key("duplicate", "cross-post-body", rel),
                    {"other": rel, "share": share},
                )
            )
    return out


def _messages(other: str, line: int) -> tuple[str, str]:
    en = (
        f"This passage repeats {other} (line {line}). Passages copied between posts read as "
        "duplicate content to readers and search engines: rewrite one, or link to the other post."
    )
    ja = (
        f"この文章は {other}（{line}行目）と同じです。記事間で文章を使い回すと、読者にも検索エンジン"
        "にも重複コンテンツと見なされます。どちらかを書き直すか、もう一方の記事へリンクしてください。"
    )
    return en, ja
