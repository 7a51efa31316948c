"""Which ICU data items the trimmed libicudata keeps (English, Japanese, no locale-free loss)."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "packaging"))

from icudata import keep_item  # noqa: E402


@pytest.mark.parametrize(
    "item",
    [
        "root.res",
        "en.res",
        "en_GB.res",
        "ja.res",
        "ja_JP_TRADITIONAL.res",
        "coll/ja.res",
        "coll/root.res",
        "coll/ucadata.icu",
        "brkitr/cjdict.dict",
        "brkitr/thaidict.dict",  # brkitr/root.res names every dictionary
        "brkitr/word.brk",
        "zone/ja.res",
        "pool.res",
        "res_index.res",
        "plurals.res",
        "units.res",
        "supplementalData.res",
        "zoneinfo64.res",
        "uprops.icu",
        "nfkc.nrm",
        "ibm-943_P15A-2003.cnv",
        "ibm-33722_P12A_P12A-2009_U2.cnv",
        "jisx-212.cnv",
        "ibm-5348_P100-1997.cnv",
        "cnvalias.icu",
    ],
)
def test_kept(item: str) -> None:
    assert keep_item(item)


@pytest.mark.parametrize(
    "item",
    [
        "de.res",
        "zh_Hant_TW.res",
        "coll/de_.res",
        "coll/de__PHONEBOOK.res",
        "curr/fr.res",
        "unit/ko.res",
        "lang/ru.res",
        "gb18030.cnv",
        "ibm-1390_P110-2003.cnv",
        "euc-tw-2014.cnv",
    ],
)
def test_dropped(item: str) -> None:
    assert not keep_item(item)
