"""Publish checks (rule ``front-matter``): what would stop or spoil the post on the site.

Each finding says what the site generator will do with the post as written
and how to fix it, in English and Japanese. Checks that look at other files
(missing images, titles used twice) read a bounded number of files.
"""

from __future__ import annotations

from datetime import date, datetime
from pathlib import Path
from typing import Any

from editor.core.checks.alt_text import missing_alt_text
from editor.core.checks.context import CheckContext
from editor.core.checks.findings import Finding, Severity
from editor.core.checks.publish_files import duplicates, missing_files
from editor.core.checks.publish_post import RULE, PublishPost, finding
from editor.core.checks.registry import register
from editor.core.frontmatter import presets
from editor.core.frontmatter.edit.dates import parse_date_text


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
    post = PublishPost(
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
        findings += missing_files(post) + duplicates(post)
    return findings


@register(RULE)
def front_matter_rule(ctx: Any) -> list[Finding]:
    """Entry point for ``run_checks`` (``ctx`` is a CheckContext)."""
    return publish_checks(ctx.text, ctx.path, preset=ctx.options.site, ctx=ctx)


# -- front matter values -----------------------------------------------------------------------
def _missing_title(post: PublishPost) -> list[Finding]:
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
        return [finding(post, "missing-title", Severity.INFO, span, en, ja, fix)]
    if named and post.preset != "hugo":
        en = (
            "No title: Jekyll then uses the file name (the part after the date) as the title. "
            "Add a title: line if it should read differently."
        )
        ja = (
            "タイトルがありません。Jekyll はファイル名（日付の後ろの部分）をタイトルにします。"
            "違う題にしたいときは title を追加してください。"
        )
        return [finding(post, "missing-title", Severity.INFO, span, en, ja, fix)]
    return [
        finding(
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


def _unpublished(post: PublishPost) -> list[Finding]:
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
            finding(post, "draft-ignored", Severity.WARNING, post.key_span("draft"), en, ja, fix)
        )
    elif post.data.get("draft") is True:
        en, ja = (
            "draft: true — Hugo (and most generators) leave drafts out of the built site unless "
            "run with --buildDrafts (-D). Set draft: false when the post is ready.",
            "draft: true です。Hugo などは --buildDrafts (-D) を付けない限り下書きをサイトに含め"
            "ません。公開するときは draft: false にしてください。",
        )
        fix = post.fix_setting(("Set draft: false", "draft: false にする"), "draft", False)
        out.append(finding(post, "draft", Severity.INFO, post.key_span("draft"), en, ja, fix))
    if post.data.get("published") is False:
        en, ja = (
            "published: false — Jekyll will not publish this post (only with --unpublished). "
            "Remove the line or set published: true when the post is ready.",
            "published: false です。Jekyll は --unpublished を付けない限りこの記事を公開しません。"
            "公開するときはこの行を消すか published: true にしてください。",
        )
        fix = post.fix_setting(("Set published: true", "published: true にする"), "published", True)
        out.append(
            finding(post, "unpublished", Severity.INFO, post.key_span("published"), en, ja, fix)
        )
    return out


def _as_moment(value: Any) -> date | datetime | None:
    if isinstance(value, date):
        return value
    if isinstance(value, str):
        return parse_date_text(value)
    return None


def _future_date(post: PublishPost) -> list[Finding]:
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
        finding(
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


def _name_date(post: PublishPost) -> list[Finding]:
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
        finding(
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
