from __future__ import annotations

import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from editor.core.errors import SearchError
from editor.core.text.search import SearchOptions, compile_query, find_all, replace_all
from editor.core.text.utf16 import Utf16Offsets
from editor.core.text.width_fold import fold_width

PLAIN = SearchOptions()
REGEX = SearchOptions(regex=True)


def found(text: str, query: str, options: SearchOptions = PLAIN, **kw: int) -> list[str]:
    return [text[m.start : m.end] for m in find_all(text, compile_query(query, options), **kw)]


def test_plain_search_ignores_case_by_default() -> None:
    assert found("Cat cat CAT", "cat") == ["Cat", "cat", "CAT"]


def test_match_case_finds_only_the_exact_case() -> None:
    assert found("Cat cat CAT", "cat", SearchOptions(match_case=True)) == ["cat"]


def test_plain_query_treats_regex_characters_literally() -> None:
    assert found("a.b axb", "a.b") == ["a.b"]


def test_whole_word_skips_matches_inside_latin_words() -> None:
    text = "cat cats concat cat_x cat."
    matches = find_all(text, compile_query("cat", SearchOptions(whole_word=True)))
    assert [(m.start, m.end) for m in matches] == [(0, 3), (22, 25)]


def test_whole_word_in_japanese_uses_changes_of_script() -> None:
    options = SearchOptions(whole_word=True)
    assert found("これはカタカナです", "カタカナ", options) == ["カタカナ"]
    assert found("日本語と日本です", "日本", options) == ["日本"]
    assert found("日本語", "日本", options) == []
    assert found("猫cat", "cat", options) == ["cat"]


def test_whole_word_finds_a_later_match_overlapping_a_rejected_one() -> None:
    matches = find_all("xa-a-a", compile_query("a-a", SearchOptions(whole_word=True)))
    assert [(m.start, m.end) for m in matches] == [(3, 6)]


def test_range_limits_the_search() -> None:
    text = "one two one two one"
    matches = find_all(text, compile_query("one", PLAIN), start=4, end=15)
    assert [(m.start, m.end) for m in matches] == [(8, 11)]


def test_regex_replace_all_uses_numbered_and_named_groups() -> None:
    query = compile_query(r"(?P<first>\w+) (\w+)", REGEX)
    result = replace_all("hello world, foo bar", query, r"\2 \g<first>")
    assert (result.text, result.count) == ("world hello, bar foo", 2)


def test_dollar_references_as_in_vs_code_and_javascript() -> None:
    query = compile_query(r"(?P<first>\w+) (\w+)", REGEX)
    result = replace_all("hello world, foo bar", query, "$2 $1 [$&] $<first> $$")
    assert result.text == "world hello [hello world] hello $, bar foo [foo bar] foo $"


def test_dollar_ten_is_group_ten_only_when_there_is_one() -> None:
    query = compile_query(r"(a)", REGEX)
    assert replace_all("a", query, "$10").text == "a0"
    many = compile_query("(a)(b)(c)(d)(e)(f)(g)(h)(i)(j)", REGEX)
    assert replace_all("abcdefghij", many, "$10$1").text == "ja"


def test_a_dollar_before_other_text_stays_a_dollar() -> None:
    query = compile_query("price", REGEX)
    assert replace_all("price", query, "$ 5 $x $").text == "$ 5 $x $"


def test_regex_replacement_escapes() -> None:
    query = compile_query("-", REGEX)
    assert replace_all("a-b", query, r"\n\t\\").text == "a\n\t\\b"


def test_plain_replacement_is_literal() -> None:
    assert replace_all("a-b", compile_query("-", PLAIN), r"\1").text == r"a\1b"


def test_regex_caret_matches_every_line() -> None:
    assert replace_all("a\nb", compile_query("^", REGEX), "> ").text == "> a\n> b"


def test_replace_all_in_range_leaves_the_rest() -> None:
    result = replace_all("x x x x", compile_query("x", PLAIN), "y", start=2, end=5)
    assert (result.text, result.count) == ("x y y x", 2)


@pytest.mark.parametrize("pattern", ["(a", "[", "a{2,1}", "*", "(?P<n>a)(?P<n>b)"])
def test_invalid_regex_is_a_typed_error(pattern: str) -> None:
    with pytest.raises(SearchError) as info:
        compile_query(pattern, REGEX)
    assert info.value.kind == "pattern" and info.value.detail


@pytest.mark.parametrize(
    "template", [r"\3", r"\g<nope>", r"\g<a", "x\\", r"\q", r"\0", "$3", "$<nope>"]
)
def test_bad_template_is_a_typed_error_and_nothing_changes(template: str) -> None:
    query = compile_query(r"(a)(?P<b>b)", REGEX)
    with pytest.raises(SearchError) as info:
        replace_all("ab", query, template)
    assert info.value.kind == "template"


def test_group_that_did_not_take_part_inserts_nothing() -> None:
    query = compile_query(r"(a)|(b)", REGEX)
    assert replace_all("ab", query, r"[\1\2]").text == "[a][b]"


def test_fold_width_matches_full_width_ascii() -> None:
    options = SearchOptions(fold_width=True)
    assert found("ＡＢＣ abc", "ABC", options) == ["ＡＢＣ", "abc"]
    assert found("ＡＢＣ abc", "ａｂｃ", options) == ["ＡＢＣ", "abc"]


def test_fold_width_matches_half_width_katakana_with_voicing_marks() -> None:
    text = "前ｶﾞｲﾄﾞ後 ガイド"
    assert found(text, "ガイド", SearchOptions(fold_width=True)) == ["ｶﾞｲﾄﾞ", "ガイド"]
    assert found(text, "ｶﾞｲﾄﾞ", SearchOptions(fold_width=True)) == ["ｶﾞｲﾄﾞ", "ガイド"]


def test_without_fold_width_forms_differ() -> None:
    assert found("ｶﾀｶﾅ ＡＢＣ", "カタカナ") == []
    assert found("ｶﾀｶﾅ ＡＢＣ", "ABC") == []


def test_fold_width_offsets_after_a_shrinking_cluster() -> None:
    text = "ﾊﾟﾊﾟ x ﾊﾟ x"
    matches = find_all(text, compile_query("x", SearchOptions(fold_width=True)))
    assert [(m.start, m.end) for m in matches] == [(5, 6), (10, 11)]


def test_fold_width_regex_full_width_bracket_stays_literal() -> None:
    options = SearchOptions(regex=True, fold_width=True)
    assert found("f(x) f（x）", "（x）", options) == ["(x)", "（x）"]


def test_fold_width_regex_groups_replace_with_original_text() -> None:
    query = compile_query("(カ)(タ)", SearchOptions(regex=True, fold_width=True))
    assert replace_all("ｶﾀ カタ", query, r"\2\1").text == "ﾀｶ タカ"


def test_fold_width_range_is_in_original_offsets() -> None:
    text = "ｶﾞ ガ ｶﾞ"
    matches = find_all(text, compile_query("ガ", SearchOptions(fold_width=True)), start=3)
    assert [text[m.start : m.end] for m in matches] == ["ガ", "ｶﾞ"]


def test_fold_only_touches_width_forms() -> None:
    assert fold_width("①™ Ａ\u3000ｶﾞ").text == "①™ A ガ"


def test_utf16_offsets_count_astral_characters_twice() -> None:
    offsets = Utf16Offsets("a😀b😀c")
    assert [offsets.to_utf16(i) for i in range(6)] == [0, 1, 3, 4, 6, 7]
    assert [offsets.from_utf16(i) for i in range(8)] == [0, 1, 1, 2, 3, 3, 4, 5]


# -- properties -------------------------------------------------------------------------------

ALPHABET = "aAbB xｶﾞﾀガタＡａ\n日本語😀.-_ｰ￣"
texts = st.text(alphabet=ALPHABET, max_size=40)
queries = st.text(alphabet=ALPHABET, min_size=1, max_size=4)
options = st.builds(
    SearchOptions,
    match_case=st.booleans(),
    whole_word=st.booleans(),
    regex=st.just(False),
    fold_width=st.booleans(),
)


@settings(max_examples=300, deadline=None)
@given(texts, queries, options, st.integers(0, 45), st.integers(0, 45))
def test_matches_are_ordered_disjoint_and_inside_the_range(
    text: str, query: str, opts: SearchOptions, a: int, b: int
) -> None:
    start, end = min(a, b), max(a, b)
    matches = find_all(text, compile_query(query, opts), start, end)
    previous_end = min(start, len(text))
    for match in matches:
        assert previous_end <= match.start <= match.end <= min(end, len(text))
        previous_end = match.end


@settings(max_examples=300, deadline=None)
@given(texts, queries, options)
def test_replacing_each_match_with_itself_is_identity(
    text: str, query: str, opts: SearchOptions
) -> None:
    regex = SearchOptions(opts.match_case, opts.whole_word, True, opts.fold_width)
    assert replace_all(text, compile_query(re.escape(query), regex), r"\g<0>").text == text
    exact = SearchOptions(True, opts.whole_word, False, False)
    assert replace_all(text, compile_query(query, exact), query).text == text


@settings(max_examples=200, deadline=None)
@given(texts)
def test_folded_offsets_map_back_inside_the_text(text: str) -> None:
    folded = fold_width(text)
    for pos in range(len(folded.text) + 1):
        assert 0 <= folded.to_original(pos) <= len(text)
        assert 0 <= folded.to_original(pos, is_end=True) <= len(text)
    for pos in range(len(text) + 1):
        assert 0 <= folded.to_folded(pos) <= len(folded.text)


@settings(max_examples=300, deadline=None)
@given(
    st.text(alphabet="aAsSσςΣİi kK", max_size=30),
    st.text(alphabet="aAsσςΣİi", min_size=1, max_size=3),
)
def test_fast_lowercase_search_agrees_with_ignorecase_regex(text: str, query: str) -> None:
    literal = find_all(text, compile_query(query, PLAIN))
    regex = find_all(text, compile_query(re.escape(query), REGEX))
    assert literal == regex
