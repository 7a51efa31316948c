"""The check options a writer's settings ask for (Preferences > Checks).

Three thresholds are exposed; the options that belong with them follow in
proportion, so one number behaves as the writer expects:

* shortest repeated passage (Latin / CJK characters): whole repeated sentences
  and pieces that join into a repeat scale with it, keeping the defaults' ratios;
* near-copy similarity (percent): the looser in-section similarity keeps the
  defaults' gap below it.
"""

from __future__ import annotations

from dataclasses import replace

from editor.core.checks import registry
from editor.core.checks.options import CheckOptions
from editor.core.settings import Settings

REPEAT_LATIN_RANGE = (20, 1000)
REPEAT_CJK_RANGE = (10, 500)
SIMILARITY_RANGE = (60, 100)
_DEFAULTS = CheckOptions()
_SECTION_GAP = _DEFAULTS.near_similarity - _DEFAULTS.near_similarity_in_section


def _clamp(value: int, bounds: tuple[int, int]) -> int:
    return max(bounds[0], min(bounds[1], int(value)))


def rule_names() -> list[str]:
    """Registered rule names, each once, in registration order."""
    from editor.core.checks import load_rules  # the package, which this module is part of

    load_rules()
    return list(dict.fromkeys(name for name, _rule in registry.RULES))


def options_from_settings(settings: Settings) -> CheckOptions:
    latin = _clamp(settings.check_min_repeat_latin, REPEAT_LATIN_RANGE)
    cjk = _clamp(settings.check_min_repeat_cjk, REPEAT_CJK_RANGE)
    similarity = _clamp(settings.check_near_similarity, SIMILARITY_RANGE) / 100
    latin_scale = latin / _DEFAULTS.min_repeat_latin
    cjk_scale = cjk / _DEFAULTS.min_repeat_cjk
    disabled = set(settings.disabled_rules)
    enabled = frozenset(n for n in rule_names() if n not in disabled) if disabled else None
    return replace(
        _DEFAULTS,
        rules=enabled,
        min_repeat_latin=latin,
        min_repeat_cjk=cjk,
        min_sentence_latin=round(_DEFAULTS.min_sentence_latin * latin_scale),
        min_sentence_cjk=round(_DEFAULTS.min_sentence_cjk * cjk_scale),
        min_piece_latin=round(_DEFAULTS.min_piece_latin * latin_scale),
        min_piece_cjk=round(_DEFAULTS.min_piece_cjk * cjk_scale),
        near_similarity=similarity,
        near_similarity_in_section=round(max(0.5, similarity - _SECTION_GAP), 4),
    )
