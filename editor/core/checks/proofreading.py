"""Rule ``proofreading``: the Japanese proofreading kinds and the site's prh dictionary.

Runs only when :attr:`CheckOptions.language` is set. Each issue becomes a
finding whose ``kind`` is the proofreading kind (``doubled-joshi``, ``prh``…);
a certain rewrite becomes its fix. Style advice is ``info``; a hit of the
site's own prh dictionary is a ``warning`` (the site asked for that spelling).
When the Japanese morphology cannot load (the optional ``kosei-ja`` package is not
installed), a Japanese post gets one ``info`` finding saying which checks are off.
"""

from __future__ import annotations

from editor.core.checks import language_messages as msg
from editor.core.checks.context import CheckContext, content_key
from editor.core.checks.findings import Finding, Fix, Severity
from editor.core.checks.registry import register

# Language checks stop at this size (a paused large file, 5 MiB and up, is checked on request:
# its draft checks run, its per-word and per-sentence analysis would take minutes and gigabytes).
MAX_CHARACTERS = 2_000_000


@register("proofreading")
def check_proofreading(ctx: CheckContext) -> list[Finding]:
    setup = ctx.options.language
    if setup is None or not setup.proofreading or len(ctx.text) > MAX_CHARACTERS:
        return []
    from editor.core.language.proofreading import morphology_gap, proofread
    from editor.core.language.setup import post_plan

    plan = ctx.shared.get("language_plan") or post_plan(setup, ctx.text, ctx.path)
    if not plan.japanese and plan.prh is None:
        return []
    out = []
    for issue in proofread(ctx.text, setup.proof, plan.prh, japanese=plan.japanese):
        span = ctx.span(issue.start, max(issue.end, issue.start + 1))
        fix = None
        if issue.replacement is not None:
            fix = Fix(msg.FIX_PROOFREAD[0], msg.FIX_PROOFREAD[1], span, issue.replacement)
        passage = ctx.text[issue.start : issue.end]
        out.append(
            Finding(
                "proofreading",
                Severity.WARNING if issue.kind == "prh" else Severity.INFO,
                issue.message_en,
                issue.message_ja,
                span,
                fix=fix,
                kind=issue.kind,
                key=content_key("proofreading", issue.kind, passage + issue.message_en),
            )
        )
    if plan.japanese:
        gap = morphology_gap(ctx.text, setup.proof)
        if gap is not None:
            en, ja = msg.NO_JAPANESE_DICTIONARY
            key = content_key("proofreading", "japanese-dictionary-missing", "")
            span = ctx.span(gap[0], max(gap[1], gap[0] + 1))
            out.append(
                Finding(
                    "proofreading",
                    Severity.INFO,
                    en,
                    ja,
                    span,
                    kind="japanese-dictionary-missing",
                    key=key,
                )
            )
    return out
