"""Ordinary posts raise no warning: footnotes, sign-offs, link lists, parallel sentences, titles."""

from __future__ import annotations

from pathlib import Path

import pytest

from editor.core.checks import run_checks
from editor.core.checks.findings import Severity
from tests.core.checks.helpers import summary

EN_BODY = (
    "The garden took three seasons to settle. We moved the beds twice before the soil drained "
    "well enough for the roses.\n\n"
    "In the second year the apple tree finally fruited. The harvest was small, but every apple "
    "tasted of the long wait.\n\n"
    "This spring we added a water butt by the shed. It fills after one night of rain and lasts "
    "a dry week.\n"
)
JA_BODY = (
    "庭づくりを始めて三年になります。最初の年は土が固く、バラの根がなかなか張りませんでした。\n\n"
    "二年目にはリンゴの木がようやく実をつけました。収穫はわずかでしたが、待った分だけ甘く感じました。\n\n"
    "今年の春は物置の横に雨水タンクを置きました。一晩の雨で満杯になり、乾いた一週間をしのげます。\n"
)


def warnings(text: str, path: Path | str | None = None) -> list:
    return [f for f in run_checks(text, path) if f.severity.rank >= Severity.WARNING.rank]


@pytest.mark.parametrize(
    "ending",
    [
        "Thanks to Ann for the cuttings[^1].\n\n[^1]: She grows them from her own hedge",
        "See you next spring.\n\nCheers,\n\nTom",
        "See you next spring.\n\n— tom_k",
        "See you next spring.\n\n※ 写真はすべて筆者撮影",
        "See you next spring.\n\nFowler, M. (2002). Patterns of Enterprise Application Architecture",
        "Downloads:\n\n[Planting plan](https://example.org/plan.pdf)\n\n"
        "[Seed list](https://example.org/seeds.pdf)",
        "See you next spring.\n\n![The shed in March](shed.jpg)",
        "See you next spring.\n\n{% include share.html %}",
        'See you next spring.\n\n{{< tweet user="tom" id="1" >}}',
        "See you next spring.\n\n<!--more-->",
        "Thanks for reading, and happy gardening! :tada:",
    ],
    ids=[
        "footnote",
        "cheers-name",
        "handle",
        "note",
        "citation",
        "link-list",
        "image",
        "liquid",
        "shortcode",
        "more",
        "emoji-code",
    ],
)
def test_the_end_of_a_post_is_the_end_of_its_prose(ending: str) -> None:
    text = f"---\ntitle: Garden notes\n---\n\n{EN_BODY}\n{ending}\n"
    assert warnings(text) == [], summary(warnings(text))


@pytest.mark.parametrize(
    "ending",
    ["以上です", "おわり", "では、また来年の春に(^^;", "それではまた来週！"],
)
def test_japanese_sign_offs_are_not_cuts(ending: str) -> None:
    text = f"---\ntitle: 庭の記録\n---\n\n{JA_BODY}\n{ending}\n"
    assert warnings(text) == [], summary(warnings(text))


def test_a_list_of_download_urls_is_not_a_stitch() -> None:
    urls = "\n\n".join(
        f"https://downloads.example.org/garden-planner/v{n}/garden-planner-{n}.0-setup"
        for n in range(1, 5)
    )
    text = f"---\ntitle: Downloads\n---\n\n{EN_BODY}\n{urls}\n\n{EN_BODY.split(chr(10))[0]}\n"
    assert [f for f in warnings(text) if f.rule == "truncated"] == []


def test_sentences_that_differ_only_in_inline_code_are_parallel() -> None:
    explanation = (
        "prints every plant in the bed together with the week it was sown, the week it should "
        "be thinned and the week it can be harvested, so the whole season fits on one screen."
    )
    text = (
        f"---\ntitle: Two commands\n---\n\n{EN_BODY}\n"
        f"Running `garden list --bed north` {explanation}\n\n"
        f"Some words in between about the south bed and its shade.\n\n"
        f"Running `garden list --bed south` {explanation}\n"
    )
    assert [f for f in warnings(text) if f.rule == "duplicate"] == []


def test_short_parallel_lead_in_sentences_are_not_copies() -> None:
    text = (
        "---\ntitle: 家計簿\n---\n\n"
        "二〇二〇年から二〇二二年までの光熱費の年間の合計金額を、種類ごとにまとめると次の表のようになります。\n\n"
        "| 年 | 金額 |\n|---|---|\n| 2020 | 1 |\n\n"
        "二〇二〇年から二〇二二年までの光熱費の月ごとの平均金額を、種類ごとにまとめると次の表のようになります。\n\n"
        "| 年 | 金額 |\n|---|---|\n| 2020 | 2 |\n\n"
        f"{JA_BODY}"
    )
    assert [f for f in warnings(text) if f.rule == "duplicate"] == []


def test_one_sentence_repeated_on_purpose_is_only_a_note() -> None:
    note = "I did not attend this talk because it ran at the same time as the keynote upstairs."
    text = (
        f"---\ntitle: Conference\n---\n\n{EN_BODY}\n## Talk one\n\n{note}\n\n"
        f"## Talk two\n\nA talk about soil, with many slides of worms.\n\n## Talk three\n\n{note}\n"
    )
    found = [f for f in run_checks(text) if f.rule == "duplicate"]
    assert [(f.kind, f.severity) for f in found] == [("exact", Severity.INFO)]


def test_title_repeated_under_the_link_to_the_original_is_a_note() -> None:
    text = (
        "---\ntitle: The Long Wait for Apples in a Small Garden\n---\n\n"
        "Translated from [the original article](https://example.org/apples).\n\n"
        "The Long Wait for Apples in a Small Garden\n\n"
        f"{EN_BODY}"
    )
    found = [f for f in run_checks(text) if f.rule == "duplicate"]
    assert [(f.kind, f.severity, f.span.line) for f in found] == [
        ("title-repeat", Severity.INFO, 7)
    ]


def test_jekyll_takes_the_title_from_the_file_name(tmp_path: Path) -> None:
    posts = tmp_path / "_posts"
    posts.mkdir()
    (tmp_path / "_config.yml").write_text("title: site\n", encoding="utf-8")
    path = posts / "2021-05-02-apple-harvest.md"
    path.write_text(f"---\nlayout: post\n---\n\n{EN_BODY}", encoding="utf-8")
    found = [
        f for f in run_checks(path.read_text(encoding="utf-8"), path) if f.kind == "missing-title"
    ]
    assert [f.severity for f in found] == [Severity.INFO]
    assert "Jekyll" in found[0].message_en and "file name" in found[0].message_en


def test_an_exact_copy_right_after_its_paragraph_is_one_finding_saying_so() -> None:
    first = EN_BODY.split("\n\n")[0]
    text = f"---\ntitle: Garden\n---\n\n{first}\n\n{first}\n\n{EN_BODY.split(chr(10) * 2, 1)[1]}"
    found = warnings(text)
    assert [(f.rule, f.kind, f.span.line) for f in found] == [("duplicate", "exact", 7)]
    assert "previous paragraph" in found[0].message_en and found[0].fix is not None
