"""Spelling over prose only, with word lists and a per-chunk cache."""

from __future__ import annotations

from pathlib import Path

import pytest

from editor.core.checks import CheckOptions, run_checks
from editor.core.language.dictionaries import find_dictionaries, for_languages
from editor.core.language.setup import LanguageSetup, forget_cached
from editor.core.language.spelling import SpellCache, Speller, misspellings
from editor.core.language.wordlists import WordList

FIXTURES = Path(__file__).resolve().parents[2] / "fixtures" / "language"


@pytest.fixture(scope="module")
def speller() -> Speller:
    return Speller(for_languages(find_dictionaries(None, system=[]), ["en-us"]))


def _words(text: str, speller: Speller) -> list[str]:
    return [m.word for m in misspellings(text, speller)]


def test_unknown_words_in_prose_are_found(speller: Speller) -> None:
    text = "# A headng\n\nThis is teh text, with a recieve in it.\n\n- a lsit item\n"
    assert _words(text, speller) == ["headng", "teh", "recieve", "lsit"]


def test_offsets_point_at_the_word(speller: Speller) -> None:
    text = "---\ntitle: Fine\n---\n\nGood and badd.\n"
    [miss] = misspellings(text, speller)
    assert text[miss.start : miss.end] == "badd"


def test_a_post_of_code_urls_shortcodes_and_japanese_has_no_finding(speller: Speller) -> None:
    text = (FIXTURES / "no_prose_words.md").read_text(encoding="utf-8")
    assert _words(text, speller) == []


def test_front_matter_keys_are_not_checked_but_the_title_is(speller: Speller) -> None:
    text = "---\ntitel_keyy: value\nslugg: abcdefg\ntitle: A titel\n---\n\nBody.\n"
    assert _words(text, speller) == ["titel"]


def test_word_lists_and_ignored_words(speller: Speller) -> None:
    text = "Kosei writes frontmatter and zzyzx.\n"
    with_words = Speller(speller.dictionaries, WordList(["kosei", "frontmatter"]))
    assert _words(text, with_words) == ["zzyzx"]
    assert [m.word for m in misspellings(text, with_words, ignored={"zzyzx"})] == []


def test_allcaps_and_digits_are_skipped_unless_asked(speller: Speller) -> None:
    assert _words("The ABCD and x86y and v2beta tokens.\n", speller) == []


def test_suggestions_put_the_likely_word_first(speller: Speller) -> None:
    assert speller.suggest("recieve")[0] == "receive"
    assert len(speller.suggest("recieve")) <= 7


def test_re_check_after_an_edit_reuses_untouched_chunks(speller: Speller) -> None:
    text = "First paragrph.\n\nSecond paragraph.\n\nThird paragraph.\n"
    cache = SpellCache()
    misspellings(text, speller, cache)
    before = dict(cache.chunks)
    edited = text.replace("Third", "Thrid")
    assert [m.word for m in misspellings(edited, speller, cache)] == ["paragrph", "Thrid"]
    kept = [k for k in cache.chunks if k in before]
    assert kept == ["First paragrph.\n", "Second paragraph.\n"]
    assert all(cache.chunks[k] is before[k] for k in kept)


def test_visible_lines_check_only_their_chunks(speller: Speller) -> None:
    text = "Frist.\n\nSecnd.\n\nThrid.\n"
    assert [m.word for m in misspellings(text, speller, lines=(2, 3))] == ["Secnd"]


def test_rule_spelling_reports_with_a_suggestion(tmp_path: Path) -> None:
    forget_cached()
    post = tmp_path / "post.md"
    text = "---\ntitle: A post\n---\n\nPlease recieve this.\n"
    options = CheckOptions(language=LanguageSetup(suggest_in_message=True, proofreading=False))
    [finding] = run_checks(text, post, options)
    assert (finding.rule, finding.span.line, finding.span.column) == ("spelling", 5, 8)
    assert finding.message_en == "Unknown word “recieve” (receive?)"


def test_site_word_list_is_honoured(tmp_path: Path) -> None:
    forget_cached()
    (tmp_path / "_config.yml").write_text("title: x\n", encoding="utf-8")
    (tmp_path / ".kosei").mkdir()
    (tmp_path / ".kosei" / "words.txt").write_text("recieve\n", encoding="utf-8")
    options = CheckOptions(language=LanguageSetup(proofreading=False))
    findings = run_checks("Please recieve this.\n", tmp_path / "p.md", options)
    assert [f for f in findings if f.rule == "spelling"] == []


def test_without_language_options_the_rules_are_silent() -> None:
    assert [f for f in run_checks("Please recieve this.\n") if f.rule == "spelling"] == []
