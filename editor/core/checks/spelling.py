"""Rule ``spelling``: words of the prose that no chosen dictionary or word list knows.

Runs only when :attr:`CheckOptions.language` is set (the panel's ``spelling``
preference, ``kosei check --spelling``). The editor's wavy underlines come
from :mod:`editor.core.language.spelling` directly, not from this rule.
"""

from __future__ import annotations

from editor.core.checks import language_messages as msg
from editor.core.checks.context import CheckContext, content_key
from editor.core.checks.findings import Finding, Severity
from editor.core.checks.registry import register

# Language checks stop at this size (a paused large file, 5 MiB and up, is checked on request:
# its draft checks run, its per-word and per-sentence analysis would take minutes and gigabytes).
MAX_CHARACTERS = 2_000_000


@register("spelling")
def check_spelling(ctx: CheckContext) -> list[Finding]:
    setup = ctx.options.language
    if setup is None or not setup.spelling or len(ctx.text) > MAX_CHARACTERS:
        return []
    from editor.core.language.setup import post_plan
    from editor.core.language.spelling import misspellings

    plan = post_plan(setup, ctx.text, ctx.path)
    ctx.shared["language_plan"] = plan
    if plan.speller is None:
        return []
    out = []
    for miss in misspellings(ctx.text, plan.speller, ignored=setup.ignored_words):
        suggestions = plan.speller.suggest(miss.word, 1) if setup.suggest_in_message else []
        en, ja = msg.unknown_word(miss.word, suggestions)
        out.append(
            Finding(
                "spelling",
                Severity.WARNING,
                en,
                ja,
                ctx.span(miss.start, miss.end),
                kind="unknown-word",
                key=content_key("spelling", "", miss.word),
                extra={"word": miss.word, "suggestions": suggestions},
            )
        )
    return out
