"""The .deb's cut of Chromium's icudtl.dat keeps the preview's English and Japanese text as is.

A real Qt WebEngine page is probed twice, once with the wheel's whole icudtl.dat and
once with the trimmed copy (QTWEBENGINE_RESOURCES_PATH): word segmentation, line
breaking in a narrow column, word selection, dates, numbers, collation and the
Shift_JIS decoder must give the same answers; a German month name must not, which
shows the trimmed file was the one loaded.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "packaging"))

from icudata import keep_webengine_item, trim_webengine_icu_data  # noqa: E402

PROBE = r"""
(() => {
  const seg = (lang, text) => Array.from(
    new Intl.Segmenter(lang, {granularity: "word"}).segment(text), (s) => s.segment);
  const lines = (id) => {
    const node = document.getElementById(id).firstChild;
    const range = document.createRange();
    const tops = [];
    for (let i = 0; i < node.length; i++) {
      range.setStart(node, i);
      range.setEnd(node, i + 1);
      const rect = range.getClientRects()[0];
      tops.push(rect ? Math.round(rect.top) : -1);
    }
    return tops.flatMap((top, i) => (i > 0 && top > tops[i - 1] ? [i] : []));
  };
  const word = (id, offset) => {
    const node = document.getElementById(id).firstChild;
    const selection = getSelection();
    selection.collapse(node, offset);
    selection.modify("move", "backward", "word");
    selection.modify("extend", "forward", "word");
    return selection.toString();
  };
  const day = new Date(Date.UTC(2026, 11, 2));
  const ja = document.getElementById("ja").textContent;
  const en = document.getElementById("en").textContent;
  return JSON.stringify({
    jaWords: seg("ja", ja), enWords: seg("en", en),
    jaLines: lines("ja"), enLines: lines("en"),
    jaSelect: [2, 9, 17, 30].map((at) => word("ja", at)),
    enSelect: [5, 22, 40].map((at) => word("en", at)),
    dates: ["ja-JP", "en-US", "en-GB"].map(
      (lang) => new Intl.DateTimeFormat(lang, {dateStyle: "full", timeZone: "UTC"}).format(day)),
    numbers: [new Intl.NumberFormat("ja-JP", {style: "currency", currency: "JPY"}).format(12345),
              new Intl.NumberFormat("en-US").format(1234567.891)],
    collated: ["ぱ", "ハ", "は", "ば", "b", "A", "あ"].sort(new Intl.Collator("ja").compare),
    upper: "istanbul".toLocaleUpperCase("en"),
    sjis: new TextDecoder("shift_jis").decode(new Uint8Array([0x93, 0xfa, 0x96, 0x7b])),
    german: new Intl.DateTimeFormat("de-DE", {month: "long", timeZone: "UTC"}).format(day),
  });
})()
"""
PAGE = (
    "<!doctype html><meta charset='utf-8'><style>div{width:9em;font-size:16px}</style>"
    "<div id='ja' lang='ja'>吾輩は猫である。名前はまだ無い。どこで生れたかとんと見当がつかぬ。"
    "何でも薄暗いじめじめした所でニャーニャー泣いていた事だけは記憶している。</div>"
    "<div id='en' lang='en'>The quick brown fox jumps over the lazy dog, then rests "
    "under a well-known tree until the afternoon.</div>"
)
CHILD = f"""
import json, sys
from PySide6.QtWebEngineWidgets import QWebEngineView
from PySide6.QtWidgets import QApplication
app = QApplication(sys.argv)
view = QWebEngineView()
view.resize(800, 600)
view.show()
out = {{}}
def probed(result):
    out["result"] = result
    app.quit()
view.loadFinished.connect(lambda ok: view.page().runJavaScript({PROBE!r}, 0, probed))
view.setHtml({PAGE!r})
app.exec()
print(out["result"])
"""


def _probe(resources: Path) -> dict:
    env = dict(os.environ, QTWEBENGINE_RESOURCES_PATH=str(resources), QT_QPA_PLATFORM="offscreen")
    done = subprocess.run(
        [sys.executable, "-c", CHILD], capture_output=True, text=True, env=env, timeout=120
    )
    assert done.returncode == 0, done.stderr[-2000:]
    return json.loads(done.stdout.strip().splitlines()[-1])


def test_items_kept_and_dropped() -> None:
    assert keep_webengine_item("shift_jis-html.cnv") and keep_webengine_item("euc-jp-html.cnv")
    assert keep_webengine_item("windows-1252-html.cnv") and keep_webengine_item("brkitr/ja.res")
    assert keep_webengine_item("brkitr/cjdict.dict") and keep_webengine_item("coll/ja.res")
    assert not keep_webengine_item("big5-html.cnv") and not keep_webengine_item("gb18030.cnv")
    assert not keep_webengine_item("coll/zh.res") and not keep_webengine_item("de.res")


@pytest.mark.skipif(shutil.which("icupkg") is None, reason="icupkg (icu-devtools) not installed")
def test_trimmed_data_gives_the_preview_the_same_text_handling(tmp_path: Path) -> None:
    import PySide6

    resources = Path(PySide6.__file__).parent / "Qt" / "resources"
    trimmed = tmp_path / "resources"
    trimmed.mkdir()
    for item in resources.iterdir():
        if item.name == "icudtl.dat":
            shutil.copyfile(item, trimmed / item.name)
        else:
            (trimmed / item.name).symlink_to(item)
    freed = trim_webengine_icu_data(trimmed / "icudtl.dat")
    assert freed > (resources / "icudtl.dat").stat().st_size // 3

    whole, cut = _probe(resources), _probe(trimmed)
    german = whole.pop("german"), cut.pop("german")
    assert german[0] == "Dezember" and german[1] != german[0]  # the cut file was loaded
    assert cut == whole
    assert "吾輩" in whole["jaWords"] and len(whole["jaLines"]) >= 3
