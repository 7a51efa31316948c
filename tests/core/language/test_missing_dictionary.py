"""Without the Japanese dictionary (Debian: kosei-ja not installed) a Japanese post says so.

The child interpreters find an empty ``sudachidict_small`` package first on their
path, so SudachiPy itself imports and fails for real when it opens the dictionary.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

from editor.core.checks import CheckOptions, run_checks
from editor.core.language.setup import LanguageSetup

ROOT = Path(__file__).resolve().parents[3]
JAPANESE = "---\ntitle: 刺身\n---\n\nお刺身を食べれない。\n\n私は彼は好きだ。\n"
ENGLISH = "---\ntitle: Fish\n---\n\nThis is a short English post.\n"
CHILD = """
import json, sys
from editor.core.checks import CheckOptions, run_checks
from editor.core.language.proofreading import morph
from editor.core.language.setup import LanguageSetup
options = CheckOptions(language=LanguageSetup(spelling=False))
out = {"available": morph.available(), "posts": []}
for path in sys.argv[1:]:
    text = open(path, encoding="utf-8").read()
    found = [f for f in run_checks(text, path, options) if f.rule == "proofreading"]
    out["posts"].append([[f.kind, f.severity.value, f.message_en, f.message_ja, f.span.line]
                         for f in found])
print(json.dumps(out))
"""


def _without_dictionary(tmp_path: Path, *posts: str) -> dict:
    shadow = tmp_path / "shadow" / "sudachidict_small"
    shadow.mkdir(parents=True)
    (shadow / "__init__.py").write_text("", encoding="utf-8")
    paths = []
    for number, text in enumerate(posts):
        path = tmp_path / f"post{number}.md"
        path.write_text(text, encoding="utf-8")
        paths.append(str(path))
    env = dict(os.environ, PYTHONPATH=os.pathsep.join([str(shadow.parent), str(ROOT)]))
    done = subprocess.run(
        [sys.executable, "-c", CHILD, *paths],
        capture_output=True,
        text=True,
        env=env,
        cwd=tmp_path,
        timeout=120,
    )
    assert done.returncode == 0, done.stderr
    return json.loads(done.stdout)


def test_a_japanese_post_gets_one_finding_naming_the_package(tmp_path: Path) -> None:
    result = _without_dictionary(tmp_path, JAPANESE, ENGLISH)
    assert result["available"] is False
    japanese, english = result["posts"]
    [(kind, severity, en, ja, line)] = japanese  # no ra-nuki, no doubled-joshi
    assert (kind, severity, line) == ("japanese-dictionary-missing", "info", 5)
    assert "sudo apt install kosei-ja" in en and "pip install" in en
    assert "sudo apt install kosei-ja" in ja and "辞書" in ja
    assert english == []


def test_with_the_dictionary_there_is_no_such_finding() -> None:
    options = CheckOptions(language=LanguageSetup(spelling=False))
    kinds = {f.kind for f in run_checks(JAPANESE, None, options) if f.rule == "proofreading"}
    assert "japanese-dictionary-missing" not in kinds
    assert {"ra-nuki", "doubled-joshi"} <= kinds


def test_the_dictionary_command_line_check_exits_cleanly(tmp_path: Path) -> None:
    post = tmp_path / "post.md"
    post.write_text(JAPANESE, encoding="utf-8")
    shadow = tmp_path / "shadow" / "sudachidict_small"
    shadow.mkdir(parents=True)
    (shadow / "__init__.py").write_text("", encoding="utf-8")
    env = dict(os.environ, PYTHONPATH=os.pathsep.join([str(shadow.parent), str(ROOT)]))
    done = subprocess.run(
        [sys.executable, "-m", "editor", "check", "--proofreading", "--min-severity", "info"]
        + ["--format", "json", str(post)],
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
    )
    assert done.returncode == 1, done.stderr  # 1: something was found, not a crash (2)
    [file] = json.loads(done.stdout)["files"]
    assert [f["kind"] for f in file["findings"]] == ["japanese-dictionary-missing"]
