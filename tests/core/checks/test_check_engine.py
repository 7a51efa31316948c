"""Engine behaviour: odd input, positions, keys, cache, rule registry, options."""

from __future__ import annotations

import logging

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from editor.core.checks import CheckCache, CheckOptions, register, run_checks
from editor.core.checks.findings import Finding, Severity, Span
from editor.core.checks.registry import RULES
from tests.core.checks.helpers import CHECK_FIXTURES, engine_findings

ODD_INPUTS = [
    "",
    "\n",
    "---\n",
    "---\n---\n",
    "+++\ntitle = 'x'\n+++\n",
    "{\n}\n",
    "# only a heading",
    "```\nunclosed",
    "\ufeff---\ntitle: bom\n---\nbody",
    "a\u0000b",
    "ｶﾞｷﾞｸﾞ ﾊﾟﾋﾟﾌﾟ" * 50,
    "> quote\n>\n> ---END---\n",
    "- item\n\n  continued\n\n      indented code\n",
    "<!--\n\n[DONE]\n\n-->\n",
    "| a | b |\n| - | - |\n| [END] | x |\n",
    "\u3000\u3000全角空白だけの段落\u3000\n",
    "x" * 5000,
    "。" * 300,
    "**" * 100,
    "[link](http://example.com) ![img](a.png) `code` <b>html</b>\n" * 30,
]


@pytest.mark.parametrize("text", ODD_INPUTS)
def test_odd_input_does_not_raise(text, caplog):
    with caplog.at_level(logging.ERROR):
        findings = run_checks(text)
    assert all(isinstance(f, Finding) for f in findings)
    assert not [r for r in caplog.records if r.name.startswith("editor.core.checks")]


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    st.text(
        alphabet=st.sampled_from(list("ab。、 \n#*-`>[]()「」？!.あいうアイウ漢字ｶﾞ\t|<|>")),
        max_size=400,
    )
)
def test_random_markdown_gives_findings_inside_the_file(text):
    lines = text.split("\n")
    for finding in run_checks(text):
        for span in (finding.span, *finding.related):
            assert 1 <= span.line <= span.end_line <= len(lines)


def test_markers_inside_code_html_and_tables_are_ignored():
    text = "Intro.\n\n```\n---END---\n<|endoftext|>\n```\n\n    [DONE]\n\n<!-- [END] -->\n"
    assert [f for f in run_checks(text) if f.rule == "generation-marker"] == []


def test_plain_rule_is_not_a_marker_but_end_line_is():
    text = "A paragraph.\n\n---\n\nAnother one.\n\n--- END ---\n\nLast one.\n"
    assert [f.span.line for f in run_checks(text) if f.rule == "generation-marker"] == [7]


def test_question_with_closing_bracket_and_tte_is_not_a_sentence_end():
    from editor.core.checks.normalize import analyse

    prose = analyse([(0, "「それって本当？」って聞かれた。次の文です。")])
    assert len(prose.sentences) == 2


def test_normalisation_ignores_width_case_and_spaces():
    from editor.core.checks.normalize import analyse

    a = analyse([(0, "ＡＷＳ の ＡＩ インフラ")])
    b = analyse([(0, "AWSのAIインフラ")])
    assert a.norm == b.norm == "awsのaiインフラ"


def test_positions_map_back_to_file_columns_through_markup():
    para = "前置き。**太字の** `code` 部分と[リンク](http://x.y)の文章がここで繰り返される長い一節になっている。"
    text = f"---\ntitle: T\n---\n\n導入の段落です。\n\n{para}\n\n別の段落です。\n\n> {para}\n"
    [finding] = [f for f in run_checks(text) if f.rule == "duplicate"]
    assert finding.span.line == 11
    assert text.split("\n")[10][finding.span.column - 1] == "前"


def test_key_survives_edits_elsewhere():
    para = (
        "この段落は後でもう一度そのまま出てくる、十分な長さのある文章です。"
        "繰り返しを見つけてほしい。"
    )
    base = f"---\ntitle: T\n---\n\n導入の段落です。\n\n{para}\n\n間の段落。\n\n{para}\n"
    edited = base.replace("間の段落。", "間の段落を書き換えて、行も\n\n増やした。")
    [a] = [f for f in run_checks(base) if f.rule == "duplicate"]
    [b] = [f for f in run_checks(edited) if f.rule == "duplicate"]
    assert a.key == b.key and a.span.line != b.span.line


def test_identical_markers_get_distinct_keys():
    text = "One.\n\n[END]\n\nTwo.\n\n[END]\n"
    keys = [f.key for f in run_checks(text) if f.rule == "generation-marker"]
    assert len(keys) == 2 and len(set(keys)) == 2


def test_cache_reuses_unchanged_chunks_and_gives_same_findings():
    text = (CHECK_FIXTURES / "defect_ja_section.md").read_text(encoding="utf-8")
    cache = CheckCache()
    first = run_checks(text, cache=cache)
    edited = text.replace("来年はもっと早めに", "来年はもっともっと早めに")
    again = run_checks(edited, cache=cache)
    assert cache.hits > 0 and cache.misses < 2 * cache.hits
    assert [(f.kind, f.span) for f in again] == [(f.kind, f.span) for f in run_checks(edited)]
    assert [(f.kind, f.span) for f in first] == [(f.kind, f.span) for f in run_checks(text)]


def test_options_select_rules():
    text = (CHECK_FIXTURES / "defect_ja_stitch.md").read_text(encoding="utf-8")
    only = run_checks(text, options=CheckOptions(rules=frozenset({"generation-marker"})))
    assert {f.rule for f in only} == {"generation-marker"}


def test_thresholds_are_options():
    para = "同じ短い文が二回ある。"
    text = f"導入の段落です。\n\n{para}\n\n間の段落です。\n\n{para}\n"
    assert engine_findings(text) == []
    loose = run_checks(text, options=CheckOptions(min_sentence_cjk=5))
    assert [f.kind for f in loose if f.rule == "duplicate"] == ["exact"]  # the whole paragraph


def test_registered_rule_runs_and_a_failing_rule_is_logged_not_raised(caplog):
    @register("test-extra")
    def extra(ctx):
        return [Finding("test-extra", Severity.INFO, "x", "x", Span(1, 1), kind="extra")]

    @register("test-broken")
    def broken(ctx):
        raise RuntimeError("boom")

    try:
        with caplog.at_level(logging.ERROR):
            findings = run_checks("Some text.\n")
        assert [f.kind for f in findings if f.rule == "test-extra"] == ["extra"]
        assert any(
            "test-broken" in r.getMessage() or "broken" in r.getMessage() for r in caplog.records
        )
    finally:
        RULES[:] = [(n, r) for n, r in RULES if n not in ("test-extra", "test-broken")]


def test_fully_bold_paragraph_acts_as_heading():
    text = "Some text that ends here.\n\n**A bold heading**\n"
    [finding] = [f for f in run_checks(text) if f.rule == "truncated"]
    assert finding.kind == "empty-heading"


def test_caption_without_full_stop_is_not_a_warning():
    text = "最初の段落です。\n\n二つ目の段落です。\n\n写真：川沿いの桜並木\n"
    assert [f for f in engine_findings(text) if f.severity.rank >= Severity.WARNING.rank] == []


def _fingerprint(findings):
    return [(f.rule, f.kind, f.span, f.related, f.fix) for f in findings]


def test_cached_rechecks_after_random_edits_match_fresh_checks():
    import random

    rng = random.Random(7)
    drafts = [p.read_text(encoding="utf-8") for p in sorted(CHECK_FIXTURES.glob("*.md"))]
    cache = CheckCache()
    text = drafts[0]
    for step in range(40):
        paragraphs = text.split("\n\n")
        action = rng.choice(("copy", "delete", "edit", "switch"))
        at = rng.randrange(len(paragraphs))
        if action == "copy":
            paragraphs.insert(rng.randrange(at, len(paragraphs) + 1), paragraphs[at])
        elif action == "delete" and len(paragraphs) > 3 and at > 0:
            del paragraphs[at]
        elif action == "edit":
            paragraphs[at] = paragraphs[at] + f" 編集{step}。"
        else:
            text = rng.choice(drafts)
            paragraphs = text.split("\n\n")
        text = "\n\n".join(paragraphs)
        assert _fingerprint(run_checks(text, cache=cache)) == _fingerprint(run_checks(text)), step


def test_edited_sentence_window_inside_another_paragraph_is_a_near_copy():
    window = (
        "畑の土は、冬のあいだに堆肥をすき込んでおくと春にはふかふかになる。"
        "そうすると苗の根がよく伸びて、夏の暑さにも負けない株に育つのだ。"
    )
    edited = window.replace("ふかふか", "ふっくら").replace("よく伸びて", "しっかり伸びて")
    text = (
        f"導入の段落です。\n\n最初にこう書いた。{window}それから種まきの話に移る。\n\n"
        "まったく関係のない段落をここに置いておく。\n\n"
        f"まとめの前置きとして、別の話題を一つ書いておく。{edited}最後にもう一言。\n"
    )
    [finding] = [f for f in run_checks(text) if f.rule == "duplicate"]
    assert finding.kind == "near" and finding.span.line == 7 and finding.related[0].line == 3
