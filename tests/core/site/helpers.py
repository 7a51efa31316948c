"""Small real site folders for the site tests."""

from __future__ import annotations

from pathlib import Path

SHARED = (
    "This paragraph about writing careful drafts is long enough to be reported when another "
    "post repeats it word for word, which generated posts on one topic often do."
)
SHARED_JA = (
    "生成された記事は同じ話題について互いの段落を使い回すことが多く、検索エンジンはそれを重複コンテンツ"
    "として扱うので、公開する前に必ず確かめておきたい。"
)


def write(path: Path, text: str) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
    return path


def jekyll_site(root: Path) -> Path:
    write(root / "_config.yml", "title: Blog\nlang: ja\n")
    write(
        root / "_posts" / "2026-01-01-one.md",
        f"---\ntitle: One\ntags: [js, python]\n---\n\nIntro one is here.\n\n{SHARED}\n",
    )
    write(
        root / "_posts" / "2026-01-02-two.md",
        "---\ntitle: Two\ntags:\n  - JavaScript\n  - web\ncategories: dev\n---\n\n"
        f"Something else entirely to say first, and more of it than the copy.\n\n{SHARED}\n\n"
        "A closing paragraph that only this post has, so the copy is not most of the post. "
        "It goes on for a while about other things entirely.\n",
    )
    write(
        root / "_posts" / "2026-01-03-three.md",
        "---\ntitle: 三つ目の記事\npublished: false\ntags: [生成AI]\n---\n\n共有しない本文。\n",
    )
    write(root / "_drafts" / "idea.md", "---\ntitle: Idea\ntags: [生成 AI]\n---\n\nA draft.\n")
    return root
