"""Site folder figures: a synthetic Hugo site of 2,000 posts (25 KB each, Japanese and English).

Prints: rows for every post on first open, the full background index, a second
open from the cached index, re-indexing one saved post (rows, taxonomy counts
and its cross-post findings), the cross-post check of one post against all
others, and the memory the index holds. Targets (issue #14): rows <= 1 s,
index <= 15 s, second open <= 0.5 s, after a save <= 150 ms, cross-post check
<= 100 ms, index memory <= 80 MB.

    .venv/bin/python bench/bench_site.py [--posts 2000] [--kb 25]
"""

from __future__ import annotations

import argparse
import gc
import random
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from editor.core.checks import run_checks  # noqa: E402
from editor.core.checks.context import CheckContext  # noqa: E402
from editor.core.site import crosspost  # noqa: E402
from editor.core.site.config import find_site  # noqa: E402
from editor.core.site.index import SiteIndex  # noqa: E402

TAGS = "python javascript hugo jekyll markdown 生成AI 日本語 writing seo css rust go".split()
CATEGORIES = ["tech", "life", "blog", "tools", "ノート"]
KANA = "あいうえおかきくけこさしすせそたちつてとなにぬねのはひふへほまみむめもやゆよらりるれろわをん"
KANJI = "日本語文章記事編集確認重複段落見出時間読者作業表示保存修正変更"


def words(rng: random.Random, count: int) -> list[str]:
    letters = "abcdefghijklmnopqrstuvwxyz"
    return ["".join(rng.choices(letters, k=rng.randint(3, 9))) for _ in range(count)]


def english(rng: random.Random, vocab: list[str]) -> str:
    sentences = [" ".join(rng.choices(vocab, k=rng.randint(8, 18))).capitalize() + "." for _ in range(rng.randint(2, 5))]
    return " ".join(sentences)


def japanese(rng: random.Random) -> str:
    pool = KANA * 2 + KANJI
    return "".join("".join(rng.choices(pool, k=rng.randint(15, 40))) + "。" for _ in range(rng.randint(2, 4)))


def make_site(root: Path, posts: int, size: int) -> list[Path]:
    rng = random.Random(14)
    vocab = words(rng, 3000)
    (root / "hugo.toml").write_text('baseURL = "https://example.org/"\nlanguageCode = "ja"\ntitle = "Bench"\n', encoding="utf-8")
    section = root / "content" / "posts"
    section.mkdir(parents=True)
    paths: list[Path] = []
    shared = [english(rng, vocab) for _ in range(40)]  # paragraphs some posts copy
    for i in range(posts):
        tags = rng.sample(TAGS, rng.randint(1, 4))
        head = [
            "---",
            f'title: "Post {i} {rng.choice(vocab)} {rng.choice(vocab)}"',
            f"date: 2025-{1 + i % 12:02d}-{1 + i % 28:02d}T10:00:00+09:00",
            f"draft: {'true' if i % 17 == 0 else 'false'}",
            f"tags: [{', '.join(tags)}]",
            f"categories: [{rng.choice(CATEGORIES)}]",
            f"slug: post-{i}",
            f'description: "{english(rng, vocab)[:120]}"',
            "---",
            "",
        ]
        body: list[str] = []
        total = 0
        while total < size:
            if rng.random() < 0.08:
                block = f"## {rng.choice(vocab).title()} {rng.choice(vocab)}"
            elif rng.random() < 0.03:
                block = "```python\nprint('hello')\n```"
            elif rng.random() < 0.4:
                block = japanese(rng)
            else:
                block = english(rng, vocab)
            body.append(block)
            total += len(block.encode("utf-8")) + 2
        if i % 20 == 0:  # one post in twenty copies a paragraph
            body.insert(len(body) // 2, rng.choice(shared))
        path = section / f"post-{i:04d}.md"
        path.write_text("\n".join(head) + "\n" + "\n\n".join(body) + "\n", encoding="utf-8")
        paths.append(path)
    return paths


def rss() -> int:
    """Resident memory of this process in bytes (Linux)."""
    with open("/proc/self/statm") as handle:
        return int(handle.read().split()[1]) * 4096


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--posts", type=int, default=2000)
    parser.add_argument("--kb", type=int, default=25)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        root = Path(folder) / "site"
        cache = Path(folder) / "data"
        root.mkdir()
        started = time.perf_counter()
        paths = make_site(root, args.posts, args.kb * 1024)
        print(f"generated {len(paths)} posts of {args.kb} KB in {time.perf_counter() - started:.1f} s")

        gc.collect()
        base = rss()
        started = time.perf_counter()
        site = find_site(root)
        assert site is not None
        index = SiteIndex(site, cache)
        index.list_posts()
        rows = time.perf_counter() - started
        print(f"first open, rows for {len(index.entries)} posts: {rows * 1000:.0f} ms (target <= 1000)")
        started = time.perf_counter()
        index.build()
        built = time.perf_counter() - started
        print(f"full index in the background: {built:.1f} s (target <= 15)")
        gc.collect()
        held = rss() - base
        print(
            f"index memory: {held / 2**20:.1f} MB resident growth, fingerprint table "
            f"{index.memory_bytes() / 2**20:.1f} MB, {len(index.prints.hashes):,} fingerprints "
            "(target <= 80 MB)"
        )
        index.save()

        started = time.perf_counter()
        again = SiteIndex(find_site(root), cache)  # type: ignore[arg-type]
        loaded = again.load()
        changed = again.refresh()
        second = time.perf_counter() - started
        print(f"second open from the cache: {second * 1000:.0f} ms, loaded={loaded}, re-read {len(changed)} (target <= 500)")

        crosspost.attach(again)
        target = paths[40]  # a post that copies a shared paragraph
        text = target.read_text(encoding="utf-8")
        ctx = CheckContext(text, target)
        ctx.prose_blocks  # the in-post checks build these anyway
        times = []
        for _ in range(5):
            started = time.perf_counter()
            found = crosspost.cross_post_findings(ctx, again)
            times.append(time.perf_counter() - started)
        print(f"cross-post check of one post against {len(again.entries)}: {min(times) * 1000:.1f} ms, {len(found)} findings (target <= 100)")

        saved = paths[7]
        extra = "\n\n" + paths[60].read_text(encoding="utf-8").split("\n\n")[-2] + "\n"
        saved.write_text(saved.read_text(encoding="utf-8") + extra, encoding="utf-8")
        saved_text = saved.read_text(encoding="utf-8")
        saved_ctx = CheckContext(saved_text, saved)
        saved_ctx.prose_blocks
        started = time.perf_counter()
        again.update(saved)
        again.term_counts("tags")
        found = crosspost.cross_post_findings(saved_ctx, again)
        after = time.perf_counter() - started
        print(f"after saving one post: index, taxonomy and its cross-post findings in {after * 1000:.0f} ms, {len(found)} findings (target <= 150)")
        started = time.perf_counter()
        full = run_checks(saved_text, saved)
        print(f"(for reference: all checks of that post, in-post included: {(time.perf_counter() - started) * 1000:.0f} ms, {len(full)} findings)")


if __name__ == "__main__":
    main()
