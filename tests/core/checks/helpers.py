"""Shared helpers of the draft-check tests."""

from __future__ import annotations

from editor.core.checks import run_checks
from editor.core.checks.findings import Finding
from tests.paths import FIXTURES

CHECK_FIXTURES = FIXTURES / "checks"

# Kinds this engine reports; other modules (publish checks) may add findings
# under the same rule names, which these tests do not pin down.
ENGINE_KINDS = frozenset(
    {
        "exact", "near", "section", "sentence", "title-repeat",
        "end-cut", "stitch", "echo", "restart", "unclosed-fence", "unclosed-bracket",
        "empty-heading", "marker", "excerpt-title", "reading-time", "invalid",
        "loop", "mid-cut", "citation", "utm", "placeholder", "preamble", "sign-off",
        "fence-wrap",
    }
)  # fmt: skip


def engine_findings(text: str) -> list[Finding]:
    return [f for f in run_checks(text) if f.kind in ENGINE_KINDS]


def summary(findings: list[Finding]) -> list[tuple[str, str, str, int]]:
    return [(f.rule, f.kind, f.severity.value, f.span.line) for f in findings]
