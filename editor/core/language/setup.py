"""What the language checks need for one post, gathered once: dictionaries, word lists, options.

:class:`LanguageSetup` is what the writer chose (Preferences, or the
command-line flags); :func:`post_plan` turns it into the plan for one post:
its languages, the spell checker for them (personal + site + post word lists)
and the site's prh dictionary. Spellers and prh files are cached so checking
many posts of one site loads each dictionary once.
"""

from __future__ import annotations

import threading
from dataclasses import dataclass, field
from pathlib import Path

from editor.core.language.dictionaries import Dictionary, find_dictionaries, for_languages
from editor.core.language.locale import is_japanese, post_languages
from editor.core.language.proofreading.model import ProofOptions
from editor.core.language.proofreading.prh import PrhDictionary, load_prh
from editor.core.language.site_files import prh_paths, site_root, site_words_path
from editor.core.language.spelling import Speller
from editor.core.language.wordlists import WordList, read_words
from editor.core.language.words import WordOptions


@dataclass(frozen=True)
class LanguageSetup:
    spelling: bool = True
    proofreading: bool = True
    # Preferred dictionaries ("en_US", "en_GB"); used when the post names no language.
    dictionaries: tuple[str, ...] = ("en_US",)
    user_folder: Path | None = None  # <data>/dictionaries
    personal_words: Path | None = None  # <data>/dictionaries/personal.txt
    words: WordOptions = field(default_factory=WordOptions)
    proof: ProofOptions = field(default_factory=ProofOptions)
    ignored_words: frozenset[str] = frozenset()  # "Ignore in this post"
    suggest_in_message: bool = False  # the CLI prints "(receive?)"; the panel does not


@dataclass
class PostPlan:
    languages: list[str]
    speller: Speller | None
    japanese: bool
    prh: PrhDictionary | None
    site_root: Path | None


_lock = threading.Lock()
_found: dict[str | None, list[Dictionary]] = {}
_spellers: dict[tuple, Speller] = {}
_prh: dict[tuple, PrhDictionary] = {}


def available_dictionaries(user_folder: Path | None) -> list[Dictionary]:
    key = str(user_folder) if user_folder else None
    with _lock:
        if key not in _found:
            _found[key] = find_dictionaries(user_folder)
        return _found[key]


def forget_cached() -> None:
    """Drop cached dictionaries, spellers and prh files (after the writer changed any of them)."""
    with _lock:
        _found.clear()
        _spellers.clear()
        _prh.clear()


def _stamp(path: Path | None) -> float:
    try:
        return path.stat().st_mtime if path is not None else 0.0
    except OSError:
        return 0.0


def post_plan(setup: LanguageSetup, text: str, path: Path | None) -> PostPlan:
    root = site_root(path) if path is not None else None
    preference = [d.replace("_", "-") for d in setup.dictionaries] or ["en-us"]
    languages = post_languages(text, path, preference, root)
    speller = None
    if setup.spelling:
        found = available_dictionaries(setup.user_folder)
        wanted = [lang for lang in languages if not lang.startswith("ja")]
        chosen = for_languages(found, wanted)
        if chosen:
            speller = _speller(setup, chosen, root)
    prh = _site_prh(root) if setup.proofreading and root is not None else None
    return PostPlan(languages, speller, is_japanese(languages), prh, root)


def _speller(setup: LanguageSetup, chosen: list[Dictionary], root: Path | None) -> Speller:
    site_words = site_words_path(root) if root is not None else None
    key = (
        tuple((d.name, str(d.folder)) for d in chosen),
        str(setup.personal_words),
        _stamp(setup.personal_words),
        str(site_words),
        _stamp(site_words),
        setup.words,
    )
    with _lock:
        speller = _spellers.get(key)
    if speller is None:
        words = WordList()
        if setup.personal_words is not None:
            words = words.merged(read_words(setup.personal_words))
        if site_words is not None:
            words = words.merged(read_words(site_words))
        speller = Speller(chosen, words, setup.words)
        with _lock:
            _spellers[key] = speller
    return speller


def _site_prh(root: Path) -> PrhDictionary | None:
    paths = prh_paths(root)
    if not paths:
        return None
    key = tuple((str(p), _stamp(p)) for p in paths)
    with _lock:
        found = _prh.get(key)
    if found is None:
        found = PrhDictionary()
        for path in paths:
            loaded = load_prh(path)
            found.rules += loaded.rules
            found.errors += loaded.errors
        with _lock:
            _prh[key] = found
    return found
