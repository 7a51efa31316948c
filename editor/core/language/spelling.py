"""Spell-check prose with Hunspell (chunspell-next) and the writer's word lists.

:class:`Speller` wraps one or more Hunspell dictionaries: a word is correct
when any of them or any word list accepts it. Lookups are cached per word, so
a post costs one Hunspell call per distinct word. :func:`misspellings` finds
the unknown words of a whole post (prose only, see :mod:`.prose`) and keeps a
per-chunk cache so a re-check after an edit only looks at the edited chunk.

The engine is imported lazily: opening Kosei costs nothing until a post is
checked. Suggestions are slow in Hunspell (0.1–0.7 s a word), so they are
asked for separately (:meth:`Speller.suggest`) and cached.
"""

from __future__ import annotations

import logging
import threading
from dataclasses import dataclass, field
from typing import Any

from editor.core.language.dictionaries import Dictionary
from editor.core.language.prose import front_matter_prose, prose_chunks
from editor.core.language.wordlists import WordList
from editor.core.language.words import WordOptions, iter_words, token_words, tokens

log = logging.getLogger(__name__)
MAX_SUGGESTIONS = 7


class SpellingUnavailableError(Exception):
    """The Hunspell engine could not be loaded or no dictionary opened."""


_ENGINES: dict[tuple[str, str], Any] = {}
_ENGINE_LOCK = threading.Lock()
# Hunspell objects are not thread-safe and are shared by every Speller (the editor's
# underlines and the Checks panel run on different workers): one lock for all calls.
_HUNSPELL_LOCK = threading.RLock()


def _engine(dictionary: Dictionary) -> Any:
    """One Hunspell object per dictionary file, shared by every Speller (loading costs ~250 ms)."""
    key = (dictionary.name, str(dictionary.folder))
    with _ENGINE_LOCK:
        found = _ENGINES.get(key)
        if found is None:
            try:
                import hunspell  # chunspell-next
            except ImportError as error:
                raise SpellingUnavailableError(f"Hunspell engine missing: {error}") from None
            try:
                found = hunspell.Hunspell(dictionary.name, hunspell_data_dir=str(dictionary.folder))
            except Exception as error:  # noqa: BLE001 - the C library reports any failure
                raise SpellingUnavailableError(f"{dictionary.name}: {error}") from None
            _ENGINES[key] = found
        return found


@dataclass(frozen=True)
class Misspelling:
    start: int  # file offset
    end: int
    word: str


class Speller:
    def __init__(
        self,
        dictionaries: list[Dictionary],
        words: WordList | None = None,
        options: WordOptions | None = None,
    ) -> None:
        self.dictionaries = list(dictionaries)
        self.words = words or WordList()
        self.options = options or WordOptions()
        self._engines = [_engine(d) for d in self.dictionaries]
        self._known: dict[str, bool] = {}
        self._tokens: dict[str, bool] = {}  # raw token -> all its words are known
        self._suggestions: dict[str, list[str]] = {}

    @property
    def key(self) -> tuple:
        """Identity of what decides correctness (for caches keyed by speller)."""
        return (
            tuple(d.name for d in self.dictionaries),
            tuple(self.words),
            self.options,
        )

    def check(self, word: str) -> bool:
        known = self._known.get(word)
        if known is None:
            known = word in self.words or self._engine_knows(word)
            self._known[word] = known
        return known

    def _engine_knows(self, word: str) -> bool:
        if not self._engines:
            return True  # no dictionary: nothing can be called wrong
        with _HUNSPELL_LOCK:
            for engine in self._engines:
                if engine.spell(word):
                    return True
                # Curly apostrophes: the dictionary may only know the straight one.
                if "’" in word and engine.spell(word.replace("’", "'")):
                    return True
        return False

    def suggest(self, word: str, limit: int = MAX_SUGGESTIONS) -> list[str]:
        found = self._suggestions.get(word)
        if found is None:
            found = []
            with _HUNSPELL_LOCK:
                for engine in self._engines:
                    for item in engine.suggest(word):
                        if item not in found:
                            found.append(item)
            self._suggestions[word] = found
        return found[:limit]

    def cached_suggestions(self, word: str) -> list[str] | None:
        return self._suggestions.get(word)

    def learn(self, word: str) -> None:
        """Accept ``word`` from now on (after it was added to a word list)."""
        self.words.add(word)
        self._tokens = {t: k for t, k in self._tokens.items() if k}
        self._known = {w: k for w, k in self._known.items() if k}
        self._known[word] = True
        for other in list(self._known):
            if other.lower() == word.lower():
                del self._known[other]

    def _token_ok(self, token: str) -> bool:
        ok = self._tokens.get(token)
        if ok is None:
            ok = all(self.check(w) for w in token_words(token, self.options))
            self._tokens[token] = ok
        return ok

    def misspelled_in(self, masked: str, base: int = 0) -> list[Misspelling]:
        # Fast path: when every distinct token is known, nothing in context can be wrong.
        if all(self._token_ok(t) for t in tokens(masked)):
            return []
        return [
            Misspelling(base + start, base + start + len(word), word)
            for start, word in iter_words(masked, self.options)
            if not self.check(word)
        ]


@dataclass
class SpellCache:
    """Results per chunk text for one speller; entries unused by the last run are dropped."""

    speller_key: tuple = ()
    chunks: dict[str, list[tuple[int, int, str]]] = field(default_factory=dict)


def misspellings(
    text: str,
    speller: Speller,
    cache: SpellCache | None = None,
    lines: tuple[int, int] | None = None,
    ignored: set[str] | frozenset[str] = frozenset(),
) -> list[Misspelling]:
    """Unknown words of the post's prose, in file order.

    ``lines`` (0-based, end exclusive) limits the work to the chunks that
    overlap those lines (the visible part of the editor); ``ignored`` words are
    never reported (Ignore in this post).
    """
    if cache is not None and cache.speller_key != speller.key:
        cache.speller_key = speller.key
        cache.chunks = {}
    used: dict[str, list[tuple[int, int, str]]] = {}
    out: list[Misspelling] = []
    if lines is None:
        for offset, value in front_matter_prose(text):
            out.extend(speller.misspelled_in(value, offset))
    for chunk in prose_chunks(text):
        if lines is not None:
            last = chunk.line + chunk.text.count("\n")
            if last < lines[0] or chunk.line >= lines[1]:
                continue
        found = cache.chunks.get(chunk.text) if cache is not None else None
        if found is None:
            found = [(m.start, m.end, m.word) for m in speller.misspelled_in(chunk.masked)]
        used[chunk.text] = found
        out.extend(Misspelling(chunk.offset + s, chunk.offset + e, w) for s, e, w in found)
    if cache is not None:
        if lines is None:
            cache.chunks = used
        else:
            cache.chunks.update(used)
    return [m for m in out if m.word not in ignored]
