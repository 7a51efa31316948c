"""``kosei check`` on front matter built to blow up a YAML parser: one finding, no hang."""

from __future__ import annotations

from pathlib import Path

import pytest

from editor.cli import main


def _alias_bomb() -> str:
    lines = ["a: &a [lol, lol, lol, lol, lol, lol, lol, lol, lol]"]
    for index in range(1, 10):
        name, previous = chr(97 + index), chr(96 + index)
        lines.append(f"{name}: &{name} [{', '.join([f'*{previous}'] * 9)}]")
    return "\n".join(lines) + "\n"


@pytest.mark.parametrize(
    "front_matter",
    [_alias_bomb(), "deep: " + "[" * 10000 + "]" * 10000 + "\n", "deep: " + "- " * 10000 + "x\n"],
    ids=["alias-bomb", "deep-flow-nesting", "deep-block-nesting"],
)
def test_check_reports_hostile_front_matter_as_a_finding(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], front_matter: str
) -> None:
    path = tmp_path / "bomb.md"
    path.write_text(f"---\n{front_matter}---\n\nBody text.\n", encoding="utf-8")
    assert main(["check", str(path)]) == 1
    out = capsys.readouterr().out
    assert f"{path}:" in out and "front-matter" in out
