"""Sudachi's dictionary pages can be handed back after an analysis; analyses stay the same."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from editor.core.language.proofreading import morph

pytestmark = pytest.mark.skipif(not sys.platform.startswith("linux"), reason="/proc and madvise")

TEXT = "今日は良い天気ですね。明日は雨が降るかもしれないので、傘を持って出かけましょう。"


def _dictionary_pss_kb() -> int:
    total, current = 0, ""
    for line in Path("/proc/self/smaps").read_text(encoding="utf-8").splitlines():
        fields = line.split()
        if fields and "-" in fields[0] and not fields[0].endswith(":"):
            current = fields[5] if len(fields) > 5 else ""
        elif fields[:1] == ["Pss:"] and current.endswith(".dic") and "sudachidict" in current:
            total += int(fields[1])
    return total


def test_release_drops_the_dictionary_pages_and_lookups_still_work() -> None:
    if not morph.available():
        pytest.skip("no Sudachi dictionary")
    before = morph.tokenize(TEXT)
    assert _dictionary_pss_kb() > 1000  # the analysis mapped dictionary pages
    assert morph.release_pages() > 0
    assert _dictionary_pss_kb() < 100
    morph.tokenize.cache_clear()  # a real lookup again, through the released mapping
    assert morph.tokenize(TEXT) == before


def test_a_maps_line_of_another_file_or_a_writable_mapping_is_not_touched() -> None:
    dic = "7f00-7f10 r--s 00000000 08:01 12 /venv/sudachidict_small/resources/system.dic\n"
    assert morph._dictionary_region(dic) == (0x7F00, 0x10)
    assert morph._dictionary_region(dic.replace("r--s", "rw-p")) is None
    assert morph._dictionary_region(dic.replace("system.dic", "libc.so.6")) is None
    assert morph._dictionary_region("7f00-7f10 rw-p 00000000 00:00 0\n") is None
