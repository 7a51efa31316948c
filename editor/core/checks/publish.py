"""Publish checks (rule ``front-matter``): what would stop or spoil the post on the site.

Each finding says what the site generator will do with the post as written
and how to fix it, in English and Japanese. Checks that look at other files
(missing images, titles used twice) read a bounded number of files.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path
from typing import Any
from urllib.parse import unquote, urlsplit

from editor.core.checks.alt_text import missing_alt_text
from editor.core.checks.context import CheckContext, content_key
from editor.core.checks.findings import Finding, Fix, Severity, Span
from editor.core.checks.links import body_targets
from editor.core.checks.registry import register
from editor.core.errors import FrontMatterError
from editor.core.frontmatter import edit as fm_edit
from editor.core.frontmatter import presets
from editor.core.frontmatter.edit.dates import parse_date_text
from editor.core.frontmatter.split import FrontMatter

RULE = "front-matter"
_GENERATOR = {"jekyll": ("Jekyll", "Jekyll"), "hugo": ("Hugo", "Hugo")}
_DEFAULT_GENERATOR = ("The site generator", "サイトジェネレーター")
# Links to pages the generator makes (no file suffix, or .html) are not checked.
_PAGE_SUFFIXES = {"", ".html", ".htm", ".xml", ".php"}


@dataclass
class _Post:
    text: str
    path: Path | None
    fm: FrontMatter | None
    data: dict[str, Any]
    preset: str
    now: datetime
    ctx: CheckContext

    @property
    def generator(self) -> tuple[str, str]:
        return _GENERATOR.get(self.preset, _DEFAULT_GENERATOR)

    def key_span(self, key: str) -> Span:
        """The line of ``key`` in the front matter, or the whole block."""
        if self.fm is None:
            return Span(1, 1)
        lines = self.text.split("\n")
        start = self.fm.inner_start_line
        for index in range(start, min(self.fm.end_line + 1, len(lines))):
            line = lines[index]
            if self.fm.format != "json" and line[:1].isspace():
                continue  # a nested key of the same name
            stripped = line.lstrip(" \"'")
            if stripped.startswith(key) and stripped[len(key) :].lstrip(" \"'")[:1] in (":", "="):
                return Span(index + 1, index + 1)
        return self.block_span()

    def block_span(self) -> Span:
        if self.fm is None:
            return Span(1, 1)
        return Span(1, self.fm.end_line + 1)

    def fix_setting(self, label: tuple[str, str], key: str, value: Any) -> Fix | None:
        """A fix that rewrites the front matter block with ``key`` set (only that key's lines)."""
        if self.fm is None:
            return None
        try:
            new_text = fm_edit.set_key(self.text, key, value, self.preset)
        except (FrontMatterError, ValueError):
            return None
        old_lines, new_lines = self.text.split("\n"), new_text.split("\n")
        grown = len(new_lines) - len(old_lines)
        block = new_lines[: self.fm.end_line + 1 + grown]
        # A whole-line span takes the newline after its last line with it.
        newline = "\n" if self.fm.end_line < len(old_lines) - 1 else ""
        return Fix(label[0], label[1], self.block_span(), "\n".join(block) + newline)


def publish_checks(
    text: str,
    path: Path | str | None = None,
    now: datetime | None = None,
    preset: str | None = None,
    ctx: CheckContext | None = None,
) -> list[Finding]:
    """All publish findings for the post ``text`` saved at ``path`` (for the ``preset`` site);
    ``ctx`` is the run's context of ``text`` (the body's links are kept per chunk there)."""
    ctx = ctx or CheckContext(text)
    fm = ctx.split.front_matter
    if fm is not None and fm.error is not None:
        return []  # the front-matter parser's own error is shown by the form and the editor
    post_path = Path(path) if path is not None else None
    post = _Post(
        text,
        post_path,
        fm,
        dict(fm.data or {}) if fm is not None else {},
        preset if preset in presets.PRESETS else presets.detect_preset(post_path, fm),
        now or datetime.now().astimezone(),
        ctx,
    )
    findings = [*_missing_title(post), *_unpublished(post), *_future_date(post), *_name_date(post)]
    findings += missing_alt_text(text, ctx)
    if post_path is not None:
        findings += _missing_files(post) + _duplicates(post)
    return findings


@register(RULE)
def front_matter_rule(ctx: Any) -> list[Finding]:
    """Entry point for ``run_checks`` (``ctx`` is a CheckContext)."""
    return publish_checks(ctx.text, ctx.path, preset=ctx.options.site, ctx=ctx)


def _finding(
    post: _Post,
    kind: str,
    severity: Severity,
    span: Span,
    en: str,
    ja: str,
    fix: Fix | None = None,
    detail: str = "",
) -> Finding:
    # Content-based key: "ignore" keeps matching this problem after edits elsewhere.
    key = content_key(RULE, kind, detail)
    return Finding(RULE, severity, en, ja, span, fix=fix, kind=kind, key=key)


# -- front matter values -----------------------------------------------------------------------
def _missing_title(post: _Post) -> list[Finding]:
    title = post.data.get("title")
    if title is not None and str(title).strip():
        return []
    if not post.text.strip():
        return []  # a new, empty post: nothing to warn about until the writer has typed
    gen_en, gen_ja = post.generator
    heading = _first_heading(post.ctx.split.body)
    fix = (
        post.fix_setting(
            ("Use the first heading as title", "最初の見出しをタイトルにする"), "title", heading
        )
        if heading
        else None
    )
    span = post.key_span("title") if "title" in post.data else post.block_span()
    other = next(
        (
            str(key)
            for key, value in post.data.items()
            if isinstance(key, str)
            and "title" in key.casefold()
            and isinstance(value, str)
            and value.strip()
        ),
        None,
    )
    named = post.path is not None and presets.jekyll_name_date(post.path) is not None
    if other is not None:
        en = (
            f"No title: key, but {other}: is set. If the site's layouts read {other}, all is "
            "well; feeds and other tools usually look for title:."
        )
        ja = (
            f"title がありませんが {other} があります。サイトのレイアウトが {other} を使うなら"
            "問題ありません。フィードなど他のツールは普通 title を探します。"
        )
        return [_finding(post, "missing-title", Severity.INFO, span, en, ja, fix)]
    if named and post.preset != "hugo":
        en = (
            "No title: Jekyll then uses the file name (the part after the date) as the title. "
            "Add a title: line if it should read differently."
        )
        ja = (
            "タイトルがありません。Jekyll はファイル名（日付の後ろの部分）をタイトルにします。"
            "違う題にしたいときは title を追加してください。"
        )
        return [_finding(post, "missing-title", Severity.INFO, span, en, ja, fix)]
    return [
        _finding(
            post,
            "missing-title",
            Severity.WARNING,
            span,
            f"No title. {gen_en} will show the post without one (or the file name) in lists, "
            "feeds and the browser tab. Add a title: line to the front matter.",
            f"タイトルがありません。{gen_ja}は一覧・フィード・ブラウザのタブでタイトルなし"
            "（またはファイル名）で表示します。フロントマターに title を追加してください。",
            fix,
        )
    ]


def _first_heading(body: str) -> str | None:
    for line in body.split("\n", 200)[:200]:
        if line.startswith("# ") and line[2:].strip():
            return line[2:].strip().rstrip("#").strip()
    return None


def _unpublished(post: _Post) -> list[Finding]:
    out = []
    if post.data.get("draft") is True and post.preset == "jekyll":
        en, ja = (
            "draft: true — Jekyll ignores this key and will publish the post. To keep it off "
            "the site, set published: false (or move the file to _drafts).",
            "draft: true ですが、Jekyll はこのキーを読まないため記事は公開されます。公開しない"
            "なら published: false にしてください（または _drafts フォルダーへ移動）。",
        )
        fix = post.fix_setting(
            ("Set published: false", "published: false にする"), "published", False
        )
        out.append(
            _finding(post, "draft-ignored", Severity.WARNING, post.key_span("draft"), en, ja, fix)
        )
    elif post.data.get("draft") is True:
        en, ja = (
            "draft: true — Hugo (and most generators) leave drafts out of the built site unless "
            "run with --buildDrafts (-D). Set draft: false when the post is ready.",
            "draft: true です。Hugo などは --buildDrafts (-D) を付けない限り下書きをサイトに含め"
            "ません。公開するときは draft: false にしてください。",
        )
        fix = post.fix_setting(("Set draft: false", "draft: false にする"), "draft", False)
        out.append(_finding(post, "draft", Severity.INFO, post.key_span("draft"), en, ja, fix))
    if post.data.get("published") is False:
        en, ja = (
            "published: false — Jekyll will not publish this post (only with --unpublished). "
            "Remove the line or set published: true when the post is ready.",
            "published: false です。Jekyll は --unpublished を付けない限りこの記事を公開しません。"
            "公開するときはこの行を消すか published: true にしてください。",
        )
        fix = post.fix_setting(("Set published: true", "published: true にする"), "published", True)
        out.append(
            _finding(post, "unpublished", Severity.INFO, post.key_span("published"), en, ja, fix)
        )
    return out


def _as_moment(value: Any) -> date | datetime | None:
    if isinstance(value, date):
        return value
    if isinstance(value, str):
        return parse_date_text(value)
    return None


def _future_date(post: _Post) -> list[Finding]:
    moment = _as_moment(post.data.get("date"))
    if moment is None:
        return []
    now = post.now
    if isinstance(moment, datetime):
        later = moment > (now if moment.tzinfo else now.replace(tzinfo=None))
    else:
        later = moment > now.date()
    if not later:
        return []
    gen_en, gen_ja = post.generator
    flag = "--buildFuture" if post.preset == "hugo" else "--future"
    return [
        _finding(
            post,
            "future-date",
            Severity.WARNING,
            post.key_span("date"),
            f"The date {moment.isoformat()} is in the future. {gen_en} will not show the post "
            f"until then (unless built with {flag}). Change the date if it should appear now.",
            f"日付 {moment.isoformat()} は未来です。{gen_ja}はその日時まで記事を表示しません"
            f"（{flag} を付けた場合を除く）。今すぐ公開するなら日付を直してください。",
        )
    ]


def _name_date(post: _Post) -> list[Finding]:
    if post.path is None or post.preset != "jekyll":
        return []
    named = presets.jekyll_name_date(post.path)
    moment = _as_moment(post.data.get("date"))
    if named is None or moment is None:
        return []
    written = moment.date() if isinstance(moment, datetime) else moment
    if written.isoformat() == named:
        return []
    fixed = moment.replace(*map(int, named.split("-")))  # same time and offset, the file's day
    label = (f"Set date to {named}", f"日付を {named} にする")
    return [
        _finding(
            post,
            "name-date",
            Severity.WARNING,
            post.key_span("date"),
            f"The file name says {named} but date: says {written.isoformat()}. Jekyll uses the "
            "front-matter date for the URL and the order of posts, so links built from the file "
            "name will break. Rename the file or correct the date.",
            f"ファイル名の日付は {named} ですが、date は {written.isoformat()} です。Jekyll は"
            "URL と記事の並び順にフロントマターの日付を使うため、ファイル名から作ったリンクが"
            "切れます。ファイル名か日付を直してください。",
            post.fix_setting(label, "date", fixed),
        )
    ]


# -- files the body points to ------------------------------------------------------------------
def _targets(post: _Post) -> Iterator[tuple[str, str, int]]:
    """(kind, url, 0-based file line) of every image and link in the body."""
    for target in body_targets(post.ctx):
        yield target.kind, target.url, target.line


def _local_path(post: _Post, url: str, kind: str) -> tuple[str, list[Path]] | None:
    """The file path a URL names and where it may be, or None when it is not a local file."""
    if "{{" in unquote(url) or "{%" in unquote(url):
        return None  # Liquid or Hugo template code: the generator fills it in
    parts = urlsplit(url)
    if parts.scheme or parts.netloc or not parts.path:
        return None
    path = unquote(parts.path)
    if kind == "link" and Path(path).suffix.lower() in _PAGE_SUFFIXES:
        return None
    assert post.path is not None
    if not path.startswith("/"):
        return path, [post.path.parent / path]
    roots = presets.site_asset_roots(post.path)
    return (path, [root / path.lstrip("/") for root in roots]) if roots else None


def _span_of(post: _Post, line: int, needle: str) -> Span:
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


def _missing_files(post: _Post) -> list[Finding]:
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
            _finding(
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


def _duplicates(post: _Post) -> list[Finding]:
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


def _duplicate(post: _Post, key: str, other: str) -> Finding:
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
    return _finding(post, f"duplicate-{key}", Severity.WARNING, span, en, ja, detail=other)
