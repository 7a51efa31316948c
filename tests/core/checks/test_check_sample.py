"""The shared sample yields exactly what issue 3 lists, and nothing a reader would call false."""

from __future__ import annotations

import re
from collections import Counter

import pytest

from editor.core.checks import fix_all, run_checks
from editor.core.checks.findings import Severity
from editor.core.frontmatter.split import split
from editor.core.markdown.stats import compute_stats
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
    echo = _one(findings, "duplicate", "echo", 42)
    assert [r.line for r in echo.related] == [40]
    assert echo.fix is not None and echo.fix.safe
    assert "last 2 sentences" in echo.message_en


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
    restart = _one(findings, "duplicate", "restart", 96)
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
        ("duplicate", "echo", 42),
        ("truncated", "stitch", 62),
        ("generation-marker", "marker", 64),
        ("duplicate", "section", 82),
        ("generation-marker", "marker", 94),
        ("duplicate", "restart", 96),
        ("truncated", "end-cut", 96),
        ("generation-marker", "marker", 98),
    }
    warnings = {
        (f.rule, f.kind, f.span.line) for f in findings if f.severity.rank >= Severity.WARNING.rank
    }
    assert warnings == expected
    infos = [(f.kind, f.span.line) for f in findings if f.severity is Severity.INFO]
    assert infos == [("title-repeat", 12)]


def test_one_finding_per_defect_and_no_shared_fix(findings):
    fixes = [(f.fix.span, f.fix.replacement) for f in findings if f.fix is not None]
    assert len(fixes) == len(set(fixes))
    assert len({(f.rule, f.span.line, f.span.column) for f in findings}) == len(findings)


def test_section_copy_keeps_its_new_clause(findings):
    section = _one(findings, "duplicate", "section", 82)
    assert section.fix is not None and section.fix.safe  # the edited wording moves to line 44
    assert "そして社会に生きる私たち一人ひとりも" in section.fix.replacement


def _sentences(text: str) -> list[str]:
    body = text.split("\n---\n", 1)[1]
    parts = re.split(r"(?<=[。？！])|\n", body)
    return [p.strip(" *") for p in parts if len(p.strip(" *")) >= 6 and "---" not in p]


def _kept(sentence: str, fixed_sentences: list[str]) -> bool:
    """Verbatim, or inside the edited version that replaced it (its words in order)."""
    if any(sentence in s for s in fixed_sentences):
        return True
    return any(_subsequence(sentence, s) for s in fixed_sentences if len(s) <= 1.6 * len(sentence))


def _subsequence(small: str, big: str) -> bool:
    it = iter(big)
    return all(char in it for char in small)


def test_fix_all_leaves_a_clean_draft(sample_text):
    fixed = fix_all(sample_text, run_checks)
    after = engine_findings(fixed)
    assert "---END---" not in fixed
    warnings = {(f.rule, f.kind) for f in after if f.severity.rank >= Severity.WARNING.rank}
    assert warnings == {("front-matter", "excerpt-title")}  # no fix: the writer writes a summary
    assert fixed.count("ひしひしと伝わってくるんだ") == 2  # lines 14 and 16 of the original survive
    assert fixed.endswith("じゃないか。")  # no stray blank line: the sample has no final newline
    minutes = compute_stats(split(fixed).body).reading_minutes
    assert f"reading_time: {max(1, round(minutes))}\n" in fixed
    counts = Counter(_sentences(sample_text))
    fixed_sentences = _sentences(fixed)
    lost = [s for s, n in counts.items() if n == 1 and not _kept(s, fixed_sentences)]
    assert lost == []
