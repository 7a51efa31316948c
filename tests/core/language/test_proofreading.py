"""Each Japanese proofreading kind: a sentence it flags and a look-alike it must leave alone."""

from __future__ import annotations

import pytest

from editor.core.checks import CheckOptions, apply_fix, run_checks
from editor.core.language.proofreading import ProofOptions, proofread
from editor.core.language.proofreading.model import KINDS
from editor.core.language.setup import LanguageSetup

ALL = ProofOptions(kinds=frozenset(KINDS))

# kind, flagged text, the flagged passage, look-alike that must not be flagged
CASES = [
    (
        "doubled-joshi",
        "材料不足で代替素材で製品を作った。",
        "で",
        "材料不足のため代替素材で製品を作った。",
    ),
    ("doubled-joshi", "私は彼は好きだ。", "は", "私は彼が好きだ。"),
    ("doubled-joshi", "これとあれとそれを持ってきて。", "と", "これにするかどうか検討する。"),
    ("doubled-joshi", "法律案は本会議で賛成多数で可決された。", "で", "登ったり降りたりする。"),
    (
        "doubled-joshi",
        "文字列にはそこには問題がある。",
        "には",
        "文字列の長さを正確に測るにはある程度の妥協が必要だ。",
    ),
    ("ra-nuki", "お刺身を食べれない。", "食べれ", "お刺身を食べられない。"),
    ("ra-nuki", "この距離からでも見れる。", "見れる", "この距離からでも見られる。"),
    ("ra-nuki", "今日は来れる？", "来れる", "シーケンス図が作れる。"),
    (
        "double-negative",
        "それが事件の発端だったといえなくもない。",
        "なくもない",
        "それが事件の発端だったといえる。",
    ),
    (
        "double-negative",
        "確かにそういった懸念はない事はない。",
        "ない事はない",
        "確かにそういった懸念はない。",
    ),
    (
        "doubled-conjunction",
        "しかし、これは違う。しかし、あれも違う。",
        "しかし",
        "しかし、これは違う。だが、あれも違う。",
    ),
    ("successive-word", "これはは問題ある文章です。", "は", "すもももももももものうち。"),
    ("successive-word", "これは問題あるある文章です。", "ある", "動作がカクカクしてきた。"),
    (
        "redundant",
        "ファイルを変換することができます。",
        "することができます",
        "ファイルを変換できます。",
    ),
    ("redundant", "今後も議論を行う予定です。", "議論を行う", "今後も処理を行う予定です。"),
    ("weak-phrase", "明日は雨かもしれない。", "かもしれない", "明日は雨だ。"),
    ("sentence-length", "あ" * 101 + "。", "あ" * 101 + "。", "あ" * 99 + "。"),
    (
        "max-ten",
        "これは、あれで、それで、どれで、ここだ。",
        "、",
        "りんご、みかん、ぶどう、もも、なしを買った。",
    ),
    (
        "kanji-run",
        "国際連合安全保障理事会が開かれた。",
        "国際連合安全保障理事会",
        "安全保障の会議が開かれた。",
    ),
    ("full-width-alnum", "ＡＢＣを使います。", "ＡＢＣ", "ABCを使います。"),
    ("half-width-kana", "ｶﾀｶﾅを使います。", "ｶﾀｶﾅ", "カタカナを使います。"),
    ("punctuation", "これはテスト,です。", ",", "これはテスト、です。"),
]


@pytest.mark.parametrize(("kind", "text", "passage", "fine"), CASES)
def test_kind_flags_the_sentence_and_not_its_look_alike(
    kind: str, text: str, passage: str, fine: str
) -> None:
    found = [i for i in proofread(text, ALL) if i.kind == kind]
    assert [text[i.start : i.end] for i in found] == [passage]
    assert [i for i in proofread(fine, ALL) if i.kind == kind] == []


def test_mixed_style_reports_the_minority_endings() -> None:
    text = "今日は晴れです。明日も晴れます。昨日は雨だった。\n"
    found = [i for i in proofread(text, ALL) if i.kind == "mixed-style"]
    assert [text[i.start : i.end] for i in found] == ["だった"]
    same = "今日は晴れです。明日も晴れでしょう？ 昨日は雨でした。\n"
    assert [i for i in proofread(same, ALL) if i.kind == "mixed-style"] == []


def test_body_and_list_items_are_judged_separately() -> None:
    text = "本文はですます調です。本文の二文目です。\n\n- 箇条書きはである調だ\n- 二つ目も同じだ\n"
    assert [i for i in proofread(text, ALL) if i.kind == "mixed-style"] == []


def test_mixed_exclamation_reports_the_less_used_mark() -> None:
    text = "すごい！本当にすごい！やった!\n"
    found = [i for i in proofread(text, ALL) if i.kind == "mixed-exclamation"]
    assert [(text[i.start : i.end], i.replacement) for i in found] == [("!", "！")]


def test_spacing_follows_the_posts_own_habit() -> None:
    text = "PythonとRubyとGoとRustとZigを使う。Java を使う。\n"
    found = [i for i in proofread(text, ALL) if i.kind == "spacing"]
    assert [(text[i.start : i.end], i.replacement) for i in found] == [(" ", "")]
    mixed = "Python を使う。Rubyを使う。\n"  # no clear habit: nothing is enforced
    assert [i for i in proofread(mixed, ALL) if i.kind == "spacing"] == []


def test_code_urls_and_quotes_are_not_proofread() -> None:
    text = (
        "```\nこれはは材料不足で代替素材で作った\n```\n\n"
        "> 引用では私は彼は好きだ。\n\n"
        "リンク先は[説明](https://example.com/食べれる)を見る。\n"
    )
    assert proofread(text, ALL) == []


def test_a_kind_switched_off_is_silent() -> None:
    options = ProofOptions(kinds=frozenset({"ra-nuki"}))
    assert [i.kind for i in proofread("私は彼は好きだ。食べれない。", options)] == ["ra-nuki"]


def test_thresholds_come_from_the_options() -> None:
    text = "あ" * 60 + "。"
    only = frozenset({"sentence-length"})
    assert proofread(text, ProofOptions(kinds=only)) == []
    assert [i.kind for i in proofread(text, ProofOptions(kinds=only, sentence_length=50))] == [
        "sentence-length"
    ]


def test_proofreading_findings_carry_rule_kind_and_a_certain_fix() -> None:
    text = "---\ntitle: 刺身\n---\n\nお刺身を食べれない。\n"
    options = CheckOptions(language=LanguageSetup(spelling=False))
    [finding] = run_checks(text, None, options)
    assert (finding.rule, finding.kind, finding.severity.value) == (
        "proofreading",
        "ra-nuki",
        "info",
    )
    assert "no-dropping-the-ra" in finding.message_en and "食べられ" in finding.message_ja
    assert apply_fix(text, finding).endswith("\nお刺身を食べられない。\n")


def test_english_posts_are_not_proofread() -> None:
    options = CheckOptions(language=LanguageSetup(spelling=False))
    findings = run_checks("This is fine English, and short.\n", None, options)
    assert [f for f in findings if f.rule == "proofreading"] == []
