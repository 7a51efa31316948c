"""The writer's language preferences (Settings) as the language checks' setup.

The data folder is chosen by the UI and passed in: ``<data>/dictionaries``
holds dropped-in ``.aff``/``.dic`` pairs, imported ``.oxt`` contents and the
personal word list ``personal.txt``.
"""

from __future__ import annotations

from pathlib import Path

from editor.core.language.proofreading.model import KINDS, ProofOptions
from editor.core.language.setup import LanguageSetup
from editor.core.settings import Settings

SENTENCE_LENGTH_RANGE = (20, 1000)
MAX_TEN_RANGE = (1, 20)
MAX_KANJI_RANGE = (2, 30)


def user_dictionary_folder(data_folder: Path) -> Path:
    return data_folder / "dictionaries"


def personal_words_path(data_folder: Path) -> Path:
    return user_dictionary_folder(data_folder) / "personal.txt"


def _clamp(value: int, bounds: tuple[int, int]) -> int:
    return max(bounds[0], min(bounds[1], int(value)))


def proof_options(settings: Settings) -> ProofOptions:
    disabled = set(settings.proofreading_disabled_kinds)
    return ProofOptions(
        kinds=frozenset(k for k in KINDS if k not in disabled),
        sentence_length=_clamp(settings.proofreading_sentence_length, SENTENCE_LENGTH_RANGE),
        max_ten=_clamp(settings.proofreading_max_ten, MAX_TEN_RANGE),
        max_kanji=_clamp(settings.proofreading_max_kanji, MAX_KANJI_RANGE),
    )


def ignore_key(path: Path | None) -> str:
    return str(path.resolve()) if path is not None else ""


def language_setup(
    settings: Settings, data_folder: Path | None, path: Path | None = None, panel: bool = False
) -> LanguageSetup:
    """The setup for one post; ``panel`` True is the Checks panel (spelling only if asked)."""
    folder = user_dictionary_folder(data_folder) if data_folder is not None else None
    spelling = settings.spelling_enabled and (settings.spelling_in_panel or not panel)
    return LanguageSetup(
        spelling=spelling,
        proofreading=settings.proofreading_enabled,
        dictionaries=tuple(settings.spelling_dictionaries) or ("en_US",),
        user_folder=folder,
        personal_words=personal_words_path(data_folder) if data_folder is not None else None,
        proof=proof_options(settings),
        ignored_words=frozenset(settings.spelling_ignored_words.get(ignore_key(path), [])),
    )
