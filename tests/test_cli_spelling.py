"""``kosei check --spelling/--proofreading``: unknown words and proofreading in CI."""

from __future__ import annotations

from pathlib import Path

import pytest

from editor.cli import main
from editor.core.language.setup import forget_cached

POST = "---\ntitle: A post\ntags: [recieve]\n---\n\nPlease recieve this `recieve` now.\n"


@pytest.fixture(autouse=True)
def _fresh(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.setenv("KOSEI_DATA_DIR", str(tmp_path / "data"))
    forget_cached()


def test_spelling_reports_path_line_column_and_suggestion(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    post = tmp_path / "post.md"
    post.write_text(POST, encoding="utf-8")
    assert main(["check", "--spelling", str(post)]) == 1
    out = capsys.readouterr().out.splitlines()
    assert out == [f"{post}:6:8: warning spelling Unknown word “recieve” (receive?)"]


def test_without_the_flag_spelling_is_not_checked(tmp_path: Path) -> None:
    post = tmp_path / "post.md"
    post.write_text(POST, encoding="utf-8")
    assert main(["check", str(post)]) == 0


def test_site_word_list_and_personal_list_are_honoured(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    site = tmp_path / "site"
    (site / ".kosei").mkdir(parents=True)
    (site / "hugo.toml").write_text('title = "x"\n', encoding="utf-8")
    (site / ".kosei" / "words.txt").write_text("recieve\n", encoding="utf-8")
    post = site / "post.md"
    post.write_text(POST + "\nAnd zzyzx too.\n", encoding="utf-8")
    personal = tmp_path / "data" / "dictionaries" / "personal.txt"
    personal.parent.mkdir(parents=True)
    personal.write_text("zzyzx\n", encoding="utf-8")
    assert main(["check", "--spelling", str(post)]) == 0
    assert capsys.readouterr().out == ""


def test_words_option_adds_a_list(tmp_path: Path) -> None:
    post = tmp_path / "post.md"
    post.write_text(POST, encoding="utf-8")
    words = tmp_path / "words.txt"
    words.write_text("recieve\n", encoding="utf-8")
    assert main(["check", "--spelling", "--words", str(words), str(post)]) == 0


def test_proofreading_reports_kinds_at_info(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    post = tmp_path / "post.md"
    post.write_text("---\ntitle: 記事\n---\n\nお刺身を食べれない。\n", encoding="utf-8")
    assert main(["check", "--proofreading", str(post)]) == 0  # info is below the default
    assert (
        main(["check", "--proofreading", "--min-severity", "info", "--lang", "ja", str(post)]) == 1
    )
    out = capsys.readouterr().out
    assert f"{post}:5:5: info proofreading no-dropping-the-ra: ら抜き言葉「食べれ」です。" in out
