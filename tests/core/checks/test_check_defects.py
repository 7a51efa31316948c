"""Each defect missed before issue 18 yields exactly one finding of the right rule, and its fix."""

from __future__ import annotations

import pytest

from editor.core.checks import apply_fix, fix_all, run_checks
from editor.core.checks.findings import Finding, Severity
from tests.core.checks.test_check_precision import EN_BODY, JA_BODY

FM_EN = "---\ntitle: Garden notes\n---\n\n"
FM_JA = "---\ntitle: 庭の記録\n---\n\n"
EN_NEXT = "Later that month the frost came back, and we covered the seedlings with fleece.\n"
JA_NEXT = "その月の終わりに霜が戻ってきたので、苗に不織布をかけて守りました。\n"


def of_rule(findings: list[Finding], rule: str) -> list[Finding]:
    return [f for f in findings if f.rule == rule and f.severity.rank >= Severity.WARNING.rank]


def only(text: str, rule: str) -> Finding:
    findings = run_checks(text)
    matching = of_rule(findings, rule)
    assert len(matching) == 1, [(f.rule, f.kind, f.span.line) for f in findings]
    return matching[0]


@pytest.mark.parametrize(
    ("body", "cut", "after"),
    [
        (
            EN_BODY,
            "The frost had not finished with us, because the generator was interrup",
            EN_NEXT,
        ),
        (EN_BODY, "We had hoped the new fleece would keep the seedlings warm through the", EN_NEXT),
        (JA_BODY, "今年はきっと豊作になる、そんな予感がして、苗を", JA_NEXT),
        (JA_BODY, "苗の植え付けは例年より早く済ませたので、", JA_NEXT),
    ],
    ids=["en-word-fragment", "en-function-word", "ja-particle", "ja-comma"],
)
def test_a_cut_in_the_middle_of_the_post_is_one_truncated_finding(body, cut, after) -> None:
    fm = FM_JA if body is JA_BODY else FM_EN
    text = f"{fm}{body}\n{cut}\n\n{after}"
    if "interrup" in cut:
        text += "\nThe interrupted watering left the beds dry.\n"
    finding = only(text, "truncated")
    assert finding.kind == "mid-cut" and finding.span.line == text.split("\n").index(cut) + 1
    assert finding.fix is None  # nothing shows the missing end: the writer finishes it
    assert of_rule(run_checks(text), "duplicate") == []


@pytest.mark.parametrize(
    ("body", "cut", "after", "fm"),
    [
        (
            EN_BODY,
            "The frost had not finished with us because the watering was",
            EN_NEXT,
            FM_EN,
        ),
        (JA_BODY, "また、ベンダーロックインのリスクを考慮し、そんな予感がひし", JA_NEXT, FM_JA),
    ],
    ids=["en", "ja"],
)
def test_a_cut_before_a_marker_stays_a_finding_after_the_marker_is_fixed(
    body, cut, after, fm
) -> None:
    text = f"{fm}{body}\n{cut}\n\n---END---\n\n{after}"
    findings = run_checks(text)
    assert [f.kind for f in of_rule(findings, "truncated")] == ["mid-cut"]
    marker = of_rule(findings, "generation-marker")
    assert [f.kind for f in marker] == ["marker"]
    fixed = apply_fix(text, marker[0])
    assert "---END---" not in fixed
    assert [f.kind for f in of_rule(run_checks(fixed), "truncated")] == ["mid-cut"]


def test_a_cut_with_only_a_marker_as_evidence_stays_a_note_after_the_marker_is_fixed() -> None:
    cut = "The frost had not finished with us because the watering was interrup"
    text = f"{FM_EN}{EN_BODY}\n{cut}\n\n---END---\n\n{EN_NEXT}"
    marker = of_rule(run_checks(text), "generation-marker")[0]
    after = [f for f in run_checks(apply_fix(text, marker)) if f.rule == "truncated"]
    assert [(f.kind, f.severity) for f in after] == [("mid-cut", Severity.INFO)]


@pytest.mark.parametrize(
    ("fm", "sentence", "count"),
    [
        (FM_EN, "The tomatoes ripened late because the summer was cold and wet all July.", 4),
        (FM_JA, "トマトは七月がずっと寒くて雨ばかりだったので、熟すのがとても遅くなりました。", 3),
    ],
    ids=["en", "ja"],
)
def test_a_sentence_looping_inside_a_paragraph_is_one_duplicate_with_its_count(
    fm, sentence, count
) -> None:
    body = JA_BODY if fm is FM_JA else EN_BODY
    lead = "庭の話の続きです。" if fm is FM_JA else "More about the garden. "
    joiner = "" if fm is FM_JA else " "
    looped = joiner.join([sentence] * count)
    text = f"{fm}{body}\n{lead}{looped}\n\n{JA_NEXT if fm is FM_JA else EN_NEXT}"
    finding = only(text, "duplicate")
    assert finding.kind == "loop" and str(count) in finding.message_en
    assert of_rule(run_checks(text), "truncated") == []
    fixed = apply_fix(text, finding)
    assert fixed.count(sentence) == 1
    assert f"{lead}{sentence}\n" in fixed  # no stray space left at the line end


LEFTOVERS = [
    (
        "citation",
        f"{EN_BODY}\nApples keep well in a cool shed.\ue200cite\ue202turn0search3\ue202turn0search7\ue201\n",
    ),
    (
        "citation",
        f"{EN_BODY}\nApples keep well in a cool shed. :contentReference[oaicite:2]{{index=2}}\n",
    ),
    ("citation", f"{JA_BODY}\nリンゴは涼しい物置でよく保存できます。【4:0†source】\n"),
    (
        "utm",
        f"{EN_BODY}\nSee [the guide](https://example.org/apples?utm_source=chatgpt.com) first.\n",
    ),
    ("placeholder", f"{EN_BODY}\nWritten by [Your Name] for the allotment newsletter.\n"),
    ("placeholder", f"{EN_BODY}\nSend your photos to <your-email> before Friday.\n"),
    ("preamble", f"Certainly! Here's a blog post about apple trees in small gardens:\n\n{EN_BODY}"),
    ("preamble", f"以下は、小さな庭のリンゴの木についてのブログ記事です。\n\n{JA_BODY}"),
    (
        "sign-off",
        f"{EN_BODY}\nI hope this helps! Let me know if you'd like me to adjust the tone.\n",
    ),
    ("sign-off", f"{JA_BODY}\n他にご要望があれば、お気軽にお申し付けください。\n"),
    ("fence-wrap", f"```markdown\n{EN_BODY}```\n"),
    ("fence-wrap", f"```markdown\n{JA_BODY}"),
]


@pytest.mark.parametrize(
    ("kind", "body"), LEFTOVERS, ids=[f"{k}-{i}" for i, (k, _b) in enumerate(LEFTOVERS)]
)
def test_each_chat_tool_leftover_is_one_generation_marker_finding(kind: str, body: str) -> None:
    text = f"---\ntitle: Garden notes\n---\n\n{body}"
    findings = [f for f in run_checks(text) if f.severity.rank >= Severity.WARNING.rank]
    assert [(f.rule, f.kind) for f in findings] == [("generation-marker", kind)]
    finding = findings[0]
    if kind == "placeholder":
        assert finding.fix is None  # the writer fills it in
        return
    fixed = apply_fix(text, finding)
    assert [f for f in run_checks(fixed) if f.severity.rank >= Severity.WARNING.rank] == []
    if kind == "utm":
        assert "(https://example.org/apples)" in fixed
    if kind == "citation":
        assert "cite" not in fixed and "†" not in fixed and "shed." in fixed or "保存" in fixed
    if kind == "fence-wrap":
        assert "```" not in fixed and (EN_BODY in fixed or JA_BODY in fixed)


def test_link_labels_and_task_lists_are_not_placeholders() -> None:
    text = (
        f"---\ntitle: Tasks\n---\n\n{EN_BODY}\n- [ ] sow beans\n- [x] prune the apple\n\n"
        "See [the plan][Link] and [Link] for the details.\n\n[link]: https://example.org/plan\n"
    )
    assert [f for f in run_checks(text) if f.rule == "generation-marker"] == []


def test_a_near_copy_with_new_words_has_no_safe_delete() -> None:
    first = (
        "We planted the beans along the north fence in late April, when the soil had warmed "
        "enough to keep the seeds from rotting in the cold ground. Two weeks later the first "
        "leaves showed, and the slugs found them the same night."
    )
    copy = first.replace("beans", "peas").replace("north fence", "old north fence")
    text = f"{FM_EN}{first}\n\n{EN_BODY}\n{copy}\n"
    finding = only(text, "duplicate")
    assert finding.kind == "near" and finding.fix is not None
    assert not finding.fix.safe
    # the edited copy would replace the first one: "beans" would be lost
    assert finding.extra["drops"] == ["beans"] and "beans" in finding.message_en
    assert fix_all(text, run_checks) == text  # Fix all safe leaves it to the writer


def test_an_edited_copy_that_only_adds_words_keeps_them_in_the_first_place() -> None:
    first = (
        "We planted the beans along the north fence in late April, when the soil had warmed "
        "enough to keep the seeds from rotting in the cold ground. Two weeks later the first "
        "leaves showed, and the slugs found them the same night."
    )
    copy = first.replace("the north fence", "the sunny north fence")
    text = f"{FM_EN}{first}\n\n{EN_BODY}\n{copy}\n"
    finding = only(text, "duplicate")
    assert finding.fix is not None and finding.fix.safe
    fixed = fix_all(text, run_checks)
    assert fixed.count("sunny north fence") == 1 and fixed.index("sunny") < fixed.index("garden")
    assert of_rule(run_checks(fixed), "duplicate") == []


@pytest.mark.parametrize("ending", ["", "\n", "\n\n"], ids=["none", "one", "two"])
def test_fix_all_keeps_the_trailing_newlines_and_sets_reading_time_last(ending: str) -> None:
    paragraph = EN_BODY.split("\n\n")[0]
    text = (
        f"---\ntitle: Garden\nreading_time: 9\n---\n\n{EN_BODY}\n---END---\n\n{paragraph}" + ending
    )
    fixed = fix_all(text, run_checks)
    assert "---END---" not in fixed and fixed.count(paragraph) == 1
    assert fixed.endswith("a dry week." + ending)
    assert len(fixed) - len(fixed.rstrip("\n")) == len(ending)
    assert "reading_time: 1\n" in fixed
    assert [f for f in run_checks(fixed) if f.severity.rank >= Severity.WARNING.rank] == []
