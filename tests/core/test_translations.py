"""Every visible string has a finished Japanese translation (the test that fails on new strings).

When this fails after you added a string: run `make i18n` (or
`python packaging/i18n.py`), fill in the <translation> of each listed source in
resources/i18n/kosei_ja.ts and delete its type="unfinished".
"""

from __future__ import annotations

import re
import sys

from tests.paths import REPO

sys.path.insert(0, str(REPO / "packaging"))

import i18n  # noqa: E402  (packaging/i18n.py)


def test_the_scan_finds_the_interface_strings() -> None:
    sources = i18n.scan_tree(REPO).sources
    assert {"&File", "&Open…", "Fix all safe", "%n findings", "Title", "Generic"} <= set(sources)


def test_every_visible_string_has_a_finished_japanese_translation() -> None:
    scan = i18n.scan_tree(REPO)
    entries = i18n.read_catalogue(i18n.ts_path("ja", REPO))
    missing = [
        f"{source!r}: {'; '.join(i18n.problems(entries.get(source, i18n.Entry(source))))}"
        for source in sorted(scan.sources)
        if i18n.problems(entries.get(source, i18n.Entry(source)))
    ]
    assert missing == [], "run `make i18n` and translate these in resources/i18n/kosei_ja.ts"


def test_every_tr_call_names_its_text_where_the_extractor_can_read_it() -> None:
    unreadable = [
        f"{rel}:{line}: tr({expr})"
        for rel, line, expr in i18n.unknown_dynamic(i18n.scan_tree(REPO))
    ]
    assert unreadable == [], "pass tr() a string literal (or a module-level constant)"


# Names that read the same in a Japanese interface; acronyms (HTML, PDF, EUC-JP) do too.
SAME_IN_JAPANESE = {"Jekyll", "Hugo", "Markdown", "Shift", "Kosei", "mm"}


def test_no_english_word_is_kept_as_its_own_translation() -> None:
    entries = i18n.read_catalogue(i18n.ts_path("ja", REPO))
    kept = [
        source
        for source in i18n.scan_tree(REPO).sources
        if source in entries
        and entries[source].translation == source
        and set(re.findall(r"[A-Za-z]*[a-z]{2}[A-Za-z]*", re.sub(r"\(.*?\)", "", source)))
        - SAME_IN_JAPANESE
    ]
    assert kept == []
