from __future__ import annotations

from editor.core.frontmatter.split import split
from editor.core.markdown.stats import compute_stats
from tests.paths import shared_sample


def test_english_counts_words_not_markup() -> None:
    stats = compute_stats(
        "# A title\n\nSome **bold** words and a [link](http://x.y).\n\n```\nnot counted\n```\n"
    )
    assert stats.words == 8  # "A title" + "Some bold words and a link"
    assert stats.cjk_characters == 0


def test_japanese_counts_each_character() -> None:
    stats = compute_stats("# 見出し\n\n今日は良い天気です。\n")
    assert stats.cjk_characters == 13
    assert stats.words == 0
    assert abs(stats.reading_minutes - 13 / 500) < 1e-9


def test_mixed_text_sums_reading_time() -> None:
    stats = compute_stats("Kosei は editor です。\n")
    assert stats.words == 2
    assert stats.cjk_characters == 4  # は で す 。
    assert abs(stats.reading_minutes - (4 / 500 + 2 / 230)) < 1e-9


def test_front_matter_is_not_counted() -> None:
    body = split("---\ntitle: many words in the title here\n---\nOne two.\n").body
    assert compute_stats(body).words == 2


def test_shared_japanese_sample_is_thousands_of_characters_not_94_words() -> None:
    text = shared_sample().read_text(encoding="utf-8")
    stats = compute_stats(split(text).body)
    assert stats.cjk_characters > 7000
    assert stats.reading_label_minutes >= 14
