"""The shared sample yields exactly what issue 3 lists, and nothing a reader would call false."""

from __future__ import annotations

import pytest

from editor.core.checks import apply_fixes, run_checks
from editor.core.checks.findings import Severity
from tests.core.checks.helpers import engine_findings, summary
from tests.paths import shared_sample


@pytest.fixture(scope="module")
def sample_text() -> str:
    return shared_sample().read_text(encoding="utf-8")


@pytest.fixture(scope="module")
def findings(sample_text):
    return engine_findings(sample_text)


def _one(findings, rule, kind, line):
    matches = [f for f in findings if (f.rule, f.kind, f.span.line) == (rule, kind, line)]
    assert len(matches) == 1, summary(findings)
    return matches[0]


def test_repeated_closing_question_after_first_ending(findings):
    echo = _one(findings, "truncated", "echo", 42)
    assert [r.line for r in echo.related] == [40]
    assert echo.fix is not None


def test_reemitted_section_is_one_finding_pointing_at_original(findings):
    section = _one(findings, "duplicate", "section", 82)
    assert section.span.end_line == 88
    assert [(r.line, r.end_line) for r in section.related] == [(44, 60)]
    assert [f for f in findings if f.rule == "duplicate" and 82 <= f.span.line <= 88] == [section]


def test_cut_sentence_before_first_marker_and_its_restart(findings):
    stitch = _one(findings, "truncated", "stitch", 62)
    assert [r.line for r in stitch.related] == [66]


def test_all_three_markers(findings):
    markers = [f.span.line for f in findings if f.rule == "generation-marker"]
    assert markers == [64, 94, 98]


def test_final_restart_from_title_and_mid_word_cut(findings):
    restart = _one(findings, "truncated", "restart", 96)
    assert (restart.related[0].line, restart.related[0].end_line) == (12, 14)
    cut = _one(findings, "truncated", "end-cut", 96)
    assert "ひし" in cut.message_ja and [r.line for r in cut.related] == [14]


def test_front_matter_findings(findings):
    _one(findings, "front-matter", "excerpt-title", 8)
    reading = _one(findings, "front-matter", "reading-time", 9)
    assert "17" in reading.message_en


def test_nothing_else_at_warning_or_above(findings):
    expected = {
        ("front-matter", "excerpt-title", 8),
        ("front-matter", "reading-time", 9),
        ("truncated", "echo", 42),
        ("truncated", "stitch", 62),
        ("generation-marker", "marker", 64),
        ("duplicate", "section", 82),
        ("generation-marker", "marker", 94),
        ("truncated", "restart", 96),
        ("truncated", "end-cut", 96),
        ("generation-marker", "marker", 98),
    }
    warnings = {
        (f.rule, f.kind, f.span.line) for f in findings if f.severity.rank >= Severity.WARNING.rank
    }
    assert warnings == expected
    infos = [(f.kind, f.span.line) for f in findings if f.severity is Severity.INFO]
    assert infos == [("title-repeat", 12)]


def test_fix_all_leaves_a_clean_draft(sample_text):
    fixed = apply_fixes(sample_text, run_checks(sample_text))
    after = engine_findings(fixed)
    assert "---END---" not in fixed
    assert {f.kind for f in after if f.severity.rank >= Severity.WARNING.rank} <= {"excerpt-title"}
    assert fixed.count("ひしひしと伝わってくるんだ") == 2  # lines 14 and 16 of the original survive
