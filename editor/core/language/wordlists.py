"""Word lists that teach the spell checker: personal, per site, per post.

* personal: ``<data>/dictionaries/personal.txt``, one word a line;
* site: ``.kosei/words.txt`` at the site root, committed with the blog so its
  jargon travels with the repository;
* post: words ignored in one post, kept by the UI in its settings.

A word in a list matches itself, and a lower-case entry also matches the word
capitalised at a sentence start or in ALLCAPS ("kosei" accepts "Kosei").
Files are plain UTF-8 text; ``#`` starts a comment line.
"""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path

from editor.core.document.fileio import write_atomic

SITE_WORDS = Path(".kosei") / "words.txt"


class WordList:
    def __init__(self, words: Iterable[str] = ()) -> None:
        self._words: set[str] = set()
        for word in words:
            self.add(word)

    def add(self, word: str) -> None:
        word = word.strip()
        if word:
            self._words.add(word)

    def __contains__(self, word: object) -> bool:
        if not isinstance(word, str):
            return False
        if word in self._words:
            return True
        lower = word.lower()
        return lower in self._words and (word[1:] == lower[1:] or word.isupper())

    def __len__(self) -> int:
        return len(self._words)

    def __iter__(self):  # noqa: ANN204 - iterator over the words, sorted
        return iter(sorted(self._words))

    def merged(self, *others: WordList) -> WordList:
        out = WordList(self._words)
        for other in others:
            out._words |= other._words
        return out


def read_words(path: Path) -> WordList:
    """The words of a list file; a missing or unreadable file is an empty list."""
    try:
        text = path.read_text(encoding="utf-8-sig")
    except (OSError, UnicodeDecodeError):
        return WordList()
    return WordList(
        line.strip() for line in text.splitlines() if line.strip() and not line.startswith("#")
    )


def add_word(path: Path, word: str) -> bool:
    """Append ``word`` to the list file (created with its folder); False if already there."""
    word = word.strip()
    existing = read_words(path)
    if not word or word in existing._words:  # noqa: SLF001 - exact entry, not the case rule
        return False
    try:
        old = path.read_text(encoding="utf-8-sig")
    except FileNotFoundError:
        old = ""
    if old and not old.endswith("\n"):
        old += "\n"
    path.parent.mkdir(parents=True, exist_ok=True)
    write_atomic(path, (old + word + "\n").encode("utf-8"))
    return True
