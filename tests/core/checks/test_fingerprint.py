"""Winnowing, normalisation and the fix safety's words keep their definitions, however computed."""

from __future__ import annotations

import unicodedata

from hypothesis import given, settings
from hypothesis import strategies as st

from editor.core.checks import markup, safety
from editor.core.checks.fingerprint import W, winnow
from editor.core.checks.normalize import _DROP, normalise


def _winnow_by_definition(hashes: list[int], window: int) -> list[int]:
    """Each window's minimum, at the last position of that hash in the whole list."""
    last = {value: i for i, value in enumerate(hashes)}
    if len(hashes) <= window:
        return [last[min(hashes)]] if hashes else []
    windows = range(len(hashes) - window + 1)
    return sorted({last[min(hashes[i : i + window])] for i in windows})


_HASHES = st.lists(st.one_of(st.integers(-(2**63), 2**63 - 1), st.integers(-3, 3)), max_size=80)


@settings(max_examples=300, deadline=None)
@given(_HASHES, st.sampled_from([W, 1, 2, 3, 5, 8]))
def test_winnow_keeps_the_minimum_of_every_window(hashes: list[int], window: int) -> None:
    assert winnow(hashes, window) == _winnow_by_definition(hashes, window)


def test_winnow_of_real_kgram_hashes() -> None:
    text = "繰り返しの文章はここで繰り返される。The same words, the same words again. " * 9
    hashes = [hash(text[i : i + 10]) for i in range(len(text) - 9)]
    assert winnow(hashes) == _winnow_by_definition(hashes, W)


def _normalise_char_by_char(text: str, rel: list[int]) -> tuple[str, list[int], str, list[int]]:
    """Fold the text (one character at a time when that changes its length), then keep the
    characters not dropped one by one."""
    folded = unicodedata.normalize("NFKC", text).casefold()
    folded_rel = rel
    if len(folded) != len(text):
        parts: list[str] = []
        folded_rel = []
        for char, offset in zip(text, rel, strict=True):
            piece = unicodedata.normalize("NFKC", char).casefold()
            parts.append(piece)
            folded_rel.extend([offset] * len(piece))
        folded = "".join(parts)
    keep = [i for i, char in enumerate(folded) if char not in _DROP]
    return "".join(folded[i] for i in keep), [folded_rel[i] for i in keep], folded, keep


_TEXT = st.text(
    alphabet=st.sampled_from(sorted(_DROP) + list("aBcß ﬁＡｱ가あ。.!?é\u0301x1")), max_size=60
)


@settings(max_examples=400, deadline=None)
@given(_TEXT)
def test_normalise_drops_whitespace_and_markup_and_keeps_each_characters_offset(text: str) -> None:
    rel = [3 * i + 1 for i in range(len(text))]
    assert normalise(text, rel) == _normalise_char_by_char(text, rel)


def _pieces_run_by_run(text: str) -> list[str]:
    out: list[str] = []
    for run in safety._CLAUSE.split(safety._fold(text)):
        if run and safety._CJK.search(run):
            if len(run) >= 2:
                out.append(run)
        elif run:
            out.extend(w for w in safety._WORD.findall(run) if len(w) >= 2)
    return out


_PIECE_TEXT = st.text(
    alphabet=st.sampled_from(list("ab Z_9.,-'’/|`#>*~\n\t「」。、あア漢ßİﬁ①é")), max_size=60
)


@settings(max_examples=400, deadline=None)
@given(_PIECE_TEXT)
def test_pieces_are_the_words_and_clauses_of_each_run(text: str) -> None:
    assert safety.pieces(text) == _pieces_run_by_run(text)


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet=st.sampled_from(list("{%}< \nab")), max_size=40))
def test_tag_rows_are_the_lines_with_an_opening(text: str) -> None:
    lines = enumerate(text.split("\n"))
    expected = [(row, line) for row, line in lines if "{{" in line or "{%" in line]
    assert markup._rows_with_tags(text) == expected
