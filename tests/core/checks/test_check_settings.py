from __future__ import annotations

import dataclasses

from editor.core.checks import CheckOptions
from editor.core.checks.settings import options_from_settings, rule_names
from editor.core.settings import Settings


def test_default_settings_give_default_options() -> None:
    assert options_from_settings(Settings()) == CheckOptions()


def test_disabled_rules_are_left_out() -> None:
    options = options_from_settings(Settings(disabled_rules=["duplicate"]))
    assert options.rules is not None
    assert "duplicate" not in options.rules
    assert set(options.rules) == set(rule_names()) - {"duplicate"}


def test_rule_names_are_unique() -> None:
    names = rule_names()
    assert len(names) == len(set(names)) and "front-matter" in names


def test_repeat_length_scales_sentences_and_pieces() -> None:
    options = options_from_settings(Settings(check_min_repeat_latin=160, check_min_repeat_cjk=20))
    defaults = CheckOptions()
    assert options.min_repeat_latin == 160
    assert options.min_sentence_latin == 2 * defaults.min_sentence_latin
    assert options.min_piece_latin == 2 * defaults.min_piece_latin
    assert options.min_repeat_cjk == 20
    assert options.min_sentence_cjk == round(defaults.min_sentence_cjk / 2)


def test_similarity_keeps_the_in_section_gap() -> None:
    options = options_from_settings(Settings(check_near_similarity=95))
    assert options.near_similarity == 0.95
    assert round(options.near_similarity - options.near_similarity_in_section, 4) == round(
        CheckOptions().near_similarity - CheckOptions().near_similarity_in_section, 4
    )


def test_out_of_range_thresholds_are_clamped() -> None:
    options = options_from_settings(
        Settings(check_min_repeat_latin=0, check_min_repeat_cjk=-5, check_near_similarity=400)
    )
    assert options.min_repeat_latin >= 20 and options.min_repeat_cjk >= 10
    assert options.near_similarity == 1.0


def test_settings_defaults_match_check_options() -> None:
    fields = {f.name: f.default for f in dataclasses.fields(Settings)}
    defaults = CheckOptions()
    assert fields["check_min_repeat_latin"] == defaults.min_repeat_latin
    assert fields["check_min_repeat_cjk"] == defaults.min_repeat_cjk
    assert fields["check_near_similarity"] == round(defaults.near_similarity * 100)
