"""Fixes produce the expected text; apply_fixes handles overlaps."""

from __future__ import annotations

from editor.core.checks import apply_fix, apply_fixes, run_checks, span_offsets
from editor.core.checks.findings import Finding, Fix, Severity, Span
from tests.core.checks.helpers import CHECK_FIXTURES

PARA_A = "The starter is the heart of the whole thing and gets fed once a day with flour and water."
PARA_B = "Shaping took me the longest to learn, because a loose dough spreads into a flat disc."


def _only(text: str, kind: str) -> Finding:
    [finding] = [f for f in run_checks(text) if f.kind == kind]
    return finding


def test_delete_later_copy_removes_the_paragraph_and_one_blank_line():
    text = f"---\ntitle: T\n---\n\n{PARA_A}\n\n{PARA_B}\n\nA third one.\n\n{PARA_B}\n\nThe end.\n"
    fixed = apply_fix(text, _only(text, "exact"))
    assert fixed == f"---\ntitle: T\n---\n\n{PARA_A}\n\n{PARA_B}\n\nA third one.\n\nThe end.\n"


def test_restart_from_first_paragraph_deletes_the_restarted_copy():
    text = f"---\ntitle: T\n---\n\n{PARA_A}\n\n{PARA_B}\n\n{PARA_A}\n"
    fixed = apply_fix(text, _only(text, "restart"))
    assert fixed == f"---\ntitle: T\n---\n\n{PARA_A}\n\n{PARA_B}\n"


def test_join_latin_stitch_keeps_the_space_between_sentences():
    text = (
        "---\ntitle: T\n---\n\nThe first sentence is complete. The second one stops right in the"
        "\n\nThe second one stops right in the middle and then carries on.\n"
    )
    fixed = apply_fix(text, _only(text, "stitch"))
    assert fixed.endswith(
        "\n\nThe first sentence is complete. "
        "The second one stops right in the middle and then carries on.\n"
    )


def test_remove_marker_line():
    text = f"---\ntitle: T\n---\n\n{PARA_A}\n\n[DONE]\n\n{PARA_B}\n"
    fixed = apply_fix(text, _only(text, "marker"))
    assert fixed == f"---\ntitle: T\n---\n\n{PARA_A}\n\n{PARA_B}\n"


def test_join_stitch_drops_fragment_and_marker_and_keeps_restart():
    fragment = "ベランダで育てたミニトマトが、今年はようやく"
    full = fragment + "たくさん実をつけた。毎朝の水やりが報われた気がする。"
    text = (
        f"---\ntitle: T\n---\n\n最初の段落はここで終わる。\n\n{fragment}\n\n---END---\n\n{full}\n"
    )
    fixed = apply_fix(text, _only(text, "stitch"))
    assert fixed == f"---\ntitle: T\n---\n\n最初の段落はここで終わる。\n\n{full}\n"


def test_join_stitch_keeps_the_complete_sentences_before_the_cut():
    text = (
        "---\ntitle: T\n---\n\n完成した文がここにある。途中で切れてしまった文の"
        "\n\n途中で切れてしまった文の続きがここにあります。\n"
    )
    fixed = apply_fix(text, _only(text, "stitch"))
    assert (
        fixed == "---\ntitle: T\n---\n\n完成した文がここにある。"
        "途中で切れてしまった文の続きがここにあります。\n"
    )


def test_echo_fix_deletes_only_the_repeated_opening():
    last = "この結論は何度でも繰り返して伝えたいことです。"
    text = f"---\ntitle: T\n---\n\n最初の文です。{last}\n\n{last}そして新しい話が始まる。\n"
    fixed = apply_fix(text, _only(text, "echo"))
    assert fixed == f"---\ntitle: T\n---\n\n最初の文です。{last}\n\nそして新しい話が始まる。\n"


def test_reading_time_fix_changes_only_the_number():
    body = "これは本文です。" * 700
    text = f"---\ntitle: T  # comment kept\nreading_time: 99 # minutes\n---\n\n{body}\n"
    fixed = apply_fix(text, _only(text, "reading-time"))
    assert fixed.splitlines()[2] == "reading_time: 11 # minutes"
    assert fixed.replace("reading_time: 11", "reading_time: 99") == text


def test_title_repeat_fix_deletes_the_first_line():
    text = "---\ntitle: 私の記事\n---\n\n# 私の記事\n\n本文が始まります。\n"
    finding = _only(text, "title-repeat")
    assert finding.severity is Severity.INFO
    assert apply_fix(text, finding) == "---\ntitle: 私の記事\n---\n\n本文が始まります。\n"


def test_apply_fix_without_fix_returns_text_unchanged():
    finding = Finding("truncated", Severity.WARNING, "m", "m", Span(1, 1))
    assert apply_fix("abc\n", finding) == "abc\n"


def test_span_offsets_whole_lines_include_newline_and_partial_excludes_it():
    text = "one\ntwo\nthree"
    assert span_offsets(text, Span(2, 2, 1, 0)) == (4, 8)
    assert span_offsets(text, Span(2, 2, 2, 0)) == (5, 7)
    assert span_offsets(text, Span(3, 3, 1, 0)) == (8, 13)
    assert span_offsets(text, Span(1, 2, 2, 2)) == (1, 6)


def test_apply_fixes_merges_touching_deletions_and_skips_overlapping_replacements():
    text = "a\n\nb\n\nc\n"
    delete_a = Finding("x", Severity.WARNING, "", "", Span(1, 1), fix=Fix("", "", Span(1, 2, 1, 0)))
    delete_b = Finding("x", Severity.WARNING, "", "", Span(3, 3), fix=Fix("", "", Span(2, 3, 1, 0)))
    replace_b = Finding(
        "x", Severity.WARNING, "", "", Span(3, 3), fix=Fix("", "", Span(3, 3, 1, 1), "B")
    )
    assert apply_fixes(text, [delete_a, delete_b, replace_b]) == "\nc\n"
    assert apply_fixes(text, [replace_b]) == "a\n\nB\n\nc\n"


def test_fix_all_on_defective_fixtures_removes_every_fixable_warning():
    for draft in sorted(CHECK_FIXTURES.glob("defect_*.md")):
        text = draft.read_text(encoding="utf-8")
        fixed = apply_fixes(text, run_checks(text))
        left = [
            f for f in run_checks(fixed) if f.fix is not None and f.severity is not Severity.INFO
        ]
        assert left == [], draft.name
