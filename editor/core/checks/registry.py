"""The list of rule modules ``run_checks`` calls.

A rule is a callable ``(ctx: CheckContext) -> list[Finding]`` registered under
a name; ``CheckOptions.rules`` selects rules by that name. Built-in rules
register themselves when :mod:`editor.core.checks` is imported; an optional
module (``publish.py``) is imported there too when it exists.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from editor.core.checks.findings import Finding

if TYPE_CHECKING:
    from editor.core.checks.context import CheckContext

Rule = Callable[["CheckContext"], list[Finding]]

# (rule name, callable) in registration order. Several callables may share a
# name (the built-in front-matter checks and the publish checks both report
# ``front-matter``); re-registering the same function replaces it.
RULES: list[tuple[str, Rule]] = []


def register(name: str) -> Callable[[Rule], Rule]:
    """Decorator: ``@register("front-matter")`` adds a rule reporting under ``name``."""

    def decorate(rule: Rule) -> Rule:
        ident = (rule.__module__, rule.__qualname__)
        RULES[:] = [(n, r) for n, r in RULES if (r.__module__, r.__qualname__) != ident]
        RULES.append((name, rule))
        return rule

    return decorate
