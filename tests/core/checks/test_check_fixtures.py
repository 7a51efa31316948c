"""Every fixture draft yields exactly its expected findings (and clean drafts none)."""

from __future__ import annotations

import json

import pytest

from tests.core.checks.helpers import CHECK_FIXTURES, engine_findings

DRAFTS = sorted(CHECK_FIXTURES.glob("*.md"))


@pytest.mark.parametrize("draft", DRAFTS, ids=[d.stem for d in DRAFTS])
def test_fixture_yields_expected_findings(draft):
    expected = json.loads(draft.with_suffix(".expected.json").read_text(encoding="utf-8"))[
        "findings"
    ]
    found = [
        {
            "rule": f.rule,
            "kind": f.kind,
            "severity": f.severity.value,
            "line": f.span.line,
            "column": f.span.column,
            "related_lines": [r.line for r in f.related],
            "fix": f.fix is not None,
        }
        for f in engine_findings(draft.read_text(encoding="utf-8"))
    ]
    assert found == expected


def test_fixture_set_has_clean_and_defective_drafts_in_both_languages():
    names = [d.stem for d in DRAFTS]
    for prefix in ("clean_ja", "clean_en", "defect_ja", "defect_en"):
        assert any(n.startswith(prefix) for n in names), prefix


@pytest.mark.parametrize(
    "draft", [d for d in DRAFTS if d.stem.startswith("clean")], ids=lambda d: d.stem
)
def test_clean_draft_has_no_findings(draft):
    assert engine_findings(draft.read_text(encoding="utf-8")) == []
