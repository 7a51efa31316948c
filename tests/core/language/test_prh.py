"""The site's prh dictionary: patterns, specs, imports, and the fix of every hit."""

from __future__ import annotations

from pathlib import Path

from editor.core.checks import CheckOptions, apply_fixes, run_checks
from editor.core.language.proofreading import ProofOptions, proofread
from editor.core.language.proofreading.prh import load_prh
from editor.core.language.setup import LanguageSetup, forget_cached
from editor.core.language.site_files import prh_paths

RULES = """version: 1
rules:
  - expected: jQuery
    specs:
      - from: jquery
        to: jQuery
  - expected: デフォルト
    pattern: ディフォルト
  - expected: ハードウェア
    patterns:
      - ハードウエアー
      - ハードウエア
  - expected: （$1）
    pattern: /\\(([^)]+)\\)/
  - expected: ソフトウェア
    pattern: /(日経)?ソフトウエア/
    regexpMustEmpty: $1
  - expected: js
    options:
      wordBoundary: true
"""


def _dictionary(tmp_path: Path, text: str = RULES):
    path = tmp_path / "prh.yml"
    path.write_text(text, encoding="utf-8")
    return load_prh(path)


def _hits(text: str, dictionary) -> list[tuple[str, str | None]]:
    issues = proofread(text, ProofOptions(kinds=frozenset({"prh"})), dictionary)
    return [(text[i.start : i.end], i.replacement) for i in issues]


def test_expected_without_pattern_matches_any_case_and_width(tmp_path: Path) -> None:
    d = _dictionary(tmp_path)
    assert d.errors == []
    assert _hits("jqueryとＪＱＵＥＲＹとjQueryを使う。", d) == [
        ("jquery", "jQuery"),
        ("ＪＱＵＥＲＹ", "jQuery"),
    ]


def test_patterns_regexes_and_captures(tmp_path: Path) -> None:
    d = _dictionary(tmp_path)
    assert _hits("ディフォルトのハードウエアー(注)です。", d) == [
        ("ディフォルト", "デフォルト"),
        ("ハードウエアー", "ハードウェア"),
        ("(注)", "（注）"),
    ]


def test_regexp_must_empty_and_word_boundary(tmp_path: Path) -> None:
    d = _dictionary(tmp_path)
    assert _hits("広義のソフトウエアと日経ソフトウエア。", d) == [("ソフトウエア", "ソフトウェア")]
    assert _hits("foo JS bar and altJS and 今日もJS祭り", d) == [("JS", "js"), ("JS", "js")]


def test_a_rule_whose_spec_fails_is_dropped(tmp_path: Path) -> None:
    d = _dictionary(
        tmp_path,
        "rules:\n  - expected: JavaScript\n    specs:\n      - from: JAVASCRIPT\n        to: JavaScprit\n",
    )
    assert d.rules == [] and "spec failed" in d.errors[0]


def test_imports_and_textlintrc_rule_paths(tmp_path: Path) -> None:
    (tmp_path / "rules").mkdir()
    (tmp_path / "rules" / "base.yml").write_text("rules:\n  - expected: GitHub\n", encoding="utf-8")
    (tmp_path / "dict.yml").write_text("imports:\n  - ./rules/base.yml\n", encoding="utf-8")
    (tmp_path / ".textlintrc").write_text(
        '{"rules": {"prh": {"rulePaths": ["./dict.yml"]}}}', encoding="utf-8"
    )
    [path] = prh_paths(tmp_path)
    assert path == (tmp_path / "dict.yml").resolve()
    assert _hits("githubに置く。", load_prh(path)) == [("github", "GitHub")]


def test_site_prh_applies_in_kosei_check_with_fixes(tmp_path: Path) -> None:
    forget_cached()
    (tmp_path / "_config.yml").write_text("title: x\n", encoding="utf-8")
    (tmp_path / "prh.yml").write_text(RULES, encoding="utf-8")
    text = "---\ntitle: 記事\n---\n\nディフォルトではjqueryを使います。\n\n`jquery` はコード。\n"
    options = CheckOptions(language=LanguageSetup(spelling=False))
    findings = [f for f in run_checks(text, tmp_path / "p.md", options) if f.kind == "prh"]
    assert [f.severity.value for f in findings] == ["warning", "warning"]
    fixed = apply_fixes(text, findings)
    assert "デフォルトではjQueryを使います。" in fixed and "`jquery` はコード。" in fixed
