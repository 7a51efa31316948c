"""``kosei check`` and ``kosei render`` on hostile files: bounded, exact about what failed."""

from __future__ import annotations

import json
import os
from dataclasses import dataclass
from pathlib import Path

import pytest

from editor.cli import main
from editor.core import checks
from tests.hostile.helpers import make_fifo, needs_fifo, within

LATIN1_NAME = os.fsdecode(b"caf\xe9.md")
POST = "---\ntitle: A post\n---\n\nSome text here.\n"


def _kosei(capsys: pytest.CaptureFixture[bytes], *args: str, fifos: tuple[Path, ...] = ()) -> Run:
    """``kosei ARGS`` in this process, within 20 s (a FIFO read would block forever)."""
    code = within(20, lambda: main(list(args)), fifos)
    out, err = capsys.readouterr()
    return Run(code, out, err)


@dataclass
class Run:
    returncode: int
    stdout: bytes
    stderr: bytes


@needs_fifo
@pytest.mark.parametrize("command", ["check", "render"])
def test_a_fifo_named_like_a_post_is_refused_at_once(
    tmp_path: Path, capsysbinary: pytest.CaptureFixture[bytes], command: str
) -> None:
    fifo = make_fifo(tmp_path / "post.md")
    done = _kosei(capsysbinary, command, str(fifo), fifos=(fifo,))
    assert done.returncode == 2
    assert b"not a regular file" in done.stderr


@needs_fifo
def test_a_fifo_beside_the_post_or_in_the_folder_does_not_hang_check(
    tmp_path: Path, capsysbinary: pytest.CaptureFixture[bytes]
) -> None:
    post = tmp_path / "post.md"
    post.write_text(POST, encoding="utf-8")
    fifo = make_fifo(tmp_path / "other.md")
    assert _kosei(capsysbinary, "check", str(post), fifos=(fifo,)).returncode == 0
    done = _kosei(capsysbinary, "check", str(tmp_path), fifos=(fifo,))
    assert done.returncode == 0, done.stderr


def test_deep_toml_is_a_finding_and_render_does_not_crash(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "deep.md"
    path.write_text("+++\na = " + "[" * 100_000 + "]" * 100_000 + "\n+++\n\nBody.\n")
    assert main(["check", str(path)]) == 1  # exited 0 with no findings
    assert "nested too deeply" in capsys.readouterr().out
    assert main(["render", str(path), "-o", str(tmp_path / "deep.html")]) == 0


def test_check_exits_2_when_a_rule_could_not_run(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "post.md"
    path.write_text(POST, encoding="utf-8")

    def broken(_ctx: object) -> list[object]:
        raise RecursionError("maximum recursion depth exceeded")

    monkeypatch.setattr(checks, "RULES", [*checks.RULES, ("broken", broken)])
    assert main(["check", str(path)]) == 2
    assert "not fully checked" in capsys.readouterr().err


def test_non_utf8_file_name_renders_and_checks(
    tmp_path: Path, capsysbinary: pytest.CaptureFixture[bytes]
) -> None:
    path = tmp_path / LATIN1_NAME
    path.write_text("Body without a title.\n", encoding="utf-8")
    out = tmp_path / "out.html"
    rendered = _kosei(capsysbinary, "render", str(path), "-o", str(out))
    assert rendered.returncode == 0, rendered.stderr
    assert "<title>caf\ufffd</title>" in out.read_bytes().decode("utf-8")
    to_stdout = _kosei(capsysbinary, "render", str(path))
    assert to_stdout.returncode == 0
    to_stdout.stdout.decode("utf-8")  # valid UTF-8, <title> included
    checked = _kosei(capsysbinary, "check", str(path))
    assert "caf\ufffd.md:" in checked.stdout.decode("utf-8")
    as_json = _kosei(capsysbinary, "check", "--format", "json", str(path))
    [record] = json.loads(as_json.stdout)["files"]
    assert os.fsencode(record["path"]).endswith(b"caf\xe9.md")  # exact, not replaced


def test_newline_in_a_file_name_stays_on_one_line(
    tmp_path: Path, capsysbinary: pytest.CaptureFixture[bytes]
) -> None:
    path = tmp_path / "two\nlines.md"
    path.write_text("Body without a title.\n", encoding="utf-8")
    out = _kosei(capsysbinary, "check", str(path)).stdout.decode("utf-8")
    assert out.strip() and all(line.startswith(str(tmp_path)) for line in out.splitlines())
    assert "two\\nlines.md:" in out
    as_json = _kosei(capsysbinary, "check", "--format", "json", str(path))
    assert json.loads(as_json.stdout)["files"][0]["path"] == str(path)


def test_max_size_applies_to_check_and_render(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "post.md"
    path.write_text(POST + "x" * 2000 + "\n", encoding="utf-8")
    assert main(["check", "--max-size", "1K", str(path)]) == 2
    assert "over the limit" in capsys.readouterr().err
    assert main(["render", "--max-size", "1K", str(path)]) == 2
    assert main(["check", "--max-size", "1M", str(path)]) != 2


def test_a_line_over_the_limit_is_refused_at_once(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "long.md"
    path.write_text(POST + "a" * 2_000_000 + "\n", encoding="utf-8")
    assert within(20, lambda: main(["check", str(path)])) == 2
    assert "characters long" in capsys.readouterr().err
    assert within(20, lambda: main(["render", str(path)])) == 2


def test_embedding_a_symlink_out_of_the_folder_warns_and_exits_0(
    tmp_path: Path, capsysbinary: pytest.CaptureFixture[bytes]
) -> None:
    secret = tmp_path / "secret.txt"
    secret.write_text("password\n")
    folder = tmp_path / "post"
    folder.mkdir()
    os.symlink(secret, folder / "avatar.png")
    (folder / "post.md").write_text("![me](avatar.png)\n", encoding="utf-8")
    out = tmp_path / "x.html"
    done = _kosei(capsysbinary, "render", str(folder / "post.md"), "-o", str(out), "--embed-images")
    assert done.returncode == 0
    assert b"outside the post's folder" in done.stderr
    assert "cGFzc3dvcmQ" not in out.read_text(encoding="utf-8")  # base64 of "password"
