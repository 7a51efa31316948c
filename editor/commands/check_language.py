"""``kosei check --spelling/--proofreading``: the language options of the check command.

``--spelling`` reports unknown words as ``spelling`` warnings with Hunspell's
suggestions, honouring the personal word list (``$KOSEI_DATA_DIR/dictionaries``),
the site's ``.kosei/words.txt`` and ``--words FILE``; ``--proofreading`` adds the
Japanese proofreading kinds (``info``, use ``--min-severity info`` to see them)
and the site's prh dictionary (``warning``).
"""

from __future__ import annotations

import argparse
import os
from pathlib import Path

from editor.core.checks import CheckOptions
from editor.core.language.proofreading.model import KINDS, ProofOptions
from editor.core.language.setup import LanguageSetup
from editor.core.language.wordlists import read_words

DATA_DIR_VARIABLE = "KOSEI_DATA_DIR"


def add_language_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--spelling", action="store_true", help="also report unknown words (Hunspell)"
    )
    parser.add_argument(
        "--proofreading",
        action="store_true",
        help="also run the Japanese proofreading rules and the site's prh.yml",
    )
    parser.add_argument(
        "--dictionary",
        action="append",
        metavar="NAME",
        help="Hunspell dictionary for posts that name no language (default en_US; repeatable)",
    )
    parser.add_argument(
        "--words", type=Path, action="append", metavar="FILE", help="extra word list (repeatable)"
    )
    parser.add_argument(
        "--proofreading-kinds",
        metavar="KIND,...",
        help="only these proofreading kinds: " + ", ".join(KINDS),
    )


def language_options(args: argparse.Namespace) -> CheckOptions | None:
    if not (args.spelling or args.proofreading):
        return None
    data = os.environ.get(DATA_DIR_VARIABLE)
    user_folder = Path(data) / "dictionaries" if data else None
    personal = user_folder / "personal.txt" if user_folder else None
    ignored: set[str] = set()
    for path in args.words or []:
        ignored |= set(read_words(path))
    proof = ProofOptions()
    if args.proofreading_kinds:
        proof = ProofOptions(kinds=frozenset(k.strip() for k in args.proofreading_kinds.split(",")))
    setup = LanguageSetup(
        spelling=args.spelling,
        proofreading=args.proofreading,
        dictionaries=tuple(args.dictionary or ("en_US",)),
        user_folder=user_folder,
        personal_words=personal,
        proof=proof,
        ignored_words=frozenset(ignored),
        suggest_in_message=True,
    )
    return CheckOptions(language=setup)
