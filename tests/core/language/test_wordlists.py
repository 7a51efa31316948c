"""Word lists: personal, per site, and how their case matches."""

from __future__ import annotations

from pathlib import Path

from editor.core.language.wordlists import WordList, add_word, read_words


def test_lower_case_entry_accepts_capitalised_and_allcaps() -> None:
    words = WordList(["kosei", "GitHub"])
    assert "kosei" in words and "Kosei" in words and "KOSEI" in words
    assert "GitHub" in words and "github" not in words and "Github" not in words


def test_add_word_creates_the_file_and_its_folder(tmp_path: Path) -> None:
    path = tmp_path / "site" / ".kosei" / "words.txt"
    assert add_word(path, "frontmatter")
    assert not add_word(path, "frontmatter")
    assert add_word(path, "Hugo")
    assert path.read_text(encoding="utf-8") == "frontmatter\nHugo\n"


def test_comments_and_blank_lines_are_not_words(tmp_path: Path) -> None:
    path = tmp_path / "words.txt"
    path.write_text("# our jargon\n\nshortcode\n", encoding="utf-8")
    assert list(read_words(path)) == ["shortcode"]
    assert len(read_words(tmp_path / "missing.txt")) == 0
