"""Publish checks that read other files: images and links that point nowhere, titles used twice."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any
from urllib.parse import unquote, urlsplit

from editor.core.checks.findings import Finding, Severity, Span
from editor.core.checks.links import body_targets
from editor.core.checks.publish_post import PAGE_SUFFIXES, PublishPost, finding
from editor.core.frontmatter import presets


# -- files the body points to ------------------------------------------------------------------
def _targets(post: PublishPost) -> Iterator[tuple[str, str, int]]:
    """(kind, url, 0-based file line) of every image and every link that may name a file."""
    for target in body_targets(post.ctx):
        yield target.kind, target.url, target.line


def _local_path(post: PublishPost, url: str, kind: str) -> tuple[str, list[Path]] | None:
    """The file path a URL names and where it may be, or None when it is not a local file."""
    if "{{" in unquote(url) or "{%" in unquote(url):
        return None  # Liquid or Hugo template code: the generator fills it in
    parts = urlsplit(url)
    if parts.scheme or parts.netloc or not parts.path:
        return None
    path = unquote(parts.path)
    if kind == "link" and Path(path).suffix.lower() in PAGE_SUFFIXES:
        return None
    assert post.path is not None
    if not path.startswith("/"):
        return path, [post.path.parent / path]
    roots = presets.site_asset_roots(post.path)
    return (path, [root / path.lstrip("/") for root in roots]) if roots else None


def _span_of(post: PublishPost, line: int, needle: str) -> Span:
    text = post.ctx.lines
    for index in range(line, min(line + 50, len(text))):
        column = text[index].find(needle)
        if column >= 0:
            return Span(index + 1, index + 1, column + 1, column + len(needle))
    return Span(line + 1, line + 1)


def _exists(path: Path) -> bool:
    """A path too long or otherwise unusable for the OS is not a file the post can link to."""
    try:
        return path.exists()
    except (OSError, ValueError):
        return False


def missing_files(post: PublishPost) -> list[Finding]:
    out: list[Finding] = []
    gen_en, gen_ja = post.generator
    for kind, url, line in _targets(post):
        local = _local_path(post, url, kind)
        if local is None or any(_exists(candidate) for candidate in local[1]):
            continue
        shown = local[0]
        noun_en, noun_ja = (
            ("image", "画像") if kind == "image" else ("linked file", "リンク先のファイル")
        )
        result_en = "a broken image" if kind == "image" else "a broken link"
        result_ja = "壊れた画像" if kind == "image" else "切れたリンク"
        out.append(
            finding(
                post,
                f"missing-{kind}",
                Severity.WARNING,
                _span_of(post, line, shown.split("/")[-1] or shown),
                f"The {noun_en} {shown} does not exist. {gen_en} will publish {result_en}. "
                "Correct the path or add the file.",
                f"{noun_ja} {shown} が見つかりません。{gen_ja}は{result_ja}のまま公開します。"
                "パスを直すかファイルを追加してください。",
                detail=shown,
            )
        )
    return out


# -- other posts -------------------------------------------------------------------------------
def _norm(value: Any) -> str:
    return " ".join(str(value).split()).casefold() if value is not None else ""


def duplicates(post: PublishPost) -> list[Finding]:
    assert post.path is not None
    wanted = {key: _norm(post.data.get(key)) for key in ("title", "slug")}
    wanted = {key: value for key, value in wanted.items() if value}
    if not wanted:
        return []
    root = presets.site_root(post.path)
    out: list[Finding] = []
    for other in presets.iter_posts(root, exclude=post.path):
        data = presets.read_front_matter(other) or {}
        for key in [k for k, v in wanted.items() if _norm(data.get(k)) == v]:
            out.append(_duplicate(post, key, _relative(other, root)))
            del wanted[key]
        if not wanted:
            break
    return out


def _relative(path: Path, root: Path) -> str:
    try:
        return path.relative_to(root).as_posix()
    except ValueError:
        return path.as_posix()


def _duplicate(post: PublishPost, key: str, other: str) -> Finding:
    gen_en, gen_ja = post.generator
    if key == "slug":
        en = (
            f"Another post ({other}) already uses this slug. {gen_en} will build both at the same "
            "URL and one will overwrite the other. Give this post its own slug."
        )
        ja = (
            f"別の記事（{other}）が同じ slug を使っています。{gen_ja}は両方を同じ URL に出力し、"
            "片方がもう片方を上書きします。この記事に別の slug を付けてください。"
        )
    else:
        en = (
            f"Another post ({other}) already has this title. {gen_en} will list both under the "
            "same name, and readers and search engines cannot tell them apart. "
            "Make the title distinct."
        )
        ja = (
            f"別の記事（{other}）が同じタイトルです。{gen_ja}は一覧に同じ名前で並べるため、読者も"
            "検索エンジンも区別できません。タイトルを変えてください。"
        )
    span = post.key_span(key)
    return finding(post, f"duplicate-{key}", Severity.WARNING, span, en, ja, detail=other)
