"""``kosei check``: text and JSON output, exit codes, folder recursion, unreadable files."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from editor.cli import main
from tests.paths import REPO

CLEAN = "---\ntitle: Clean\n---\n\nA short clean paragraph that ends properly.\n"
MARKED = "---\ntitle: Marked\n---\n\nA paragraph that ends properly.\n\n<|endoftext|>\n"
HINT = (
    "---\ntitle: Hint\n---\n\n"
    "First paragraph ends with a full stop and is long enough.\n\n"
    "Second paragraph also ends with a full stop and is long enough.\n\n"
    "A last line without a full stop\n"
)


def _write(folder: Path, name: str, text: str) -> Path:
    path = folder / name
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
    return path


def _run(*args: str) -> subprocess.CompletedProcess[str]:
    env = dict(os.environ, PYTHONPATH=str(REPO))
    return subprocess.run(
        [sys.executable, "-m", "editor", "check", *args],
        capture_output=True,
        text=True,
        encoding="utf-8",
        cwd=REPO,
        env=env,
        timeout=60,
    )


def test_clean_file_exits_zero_and_prints_nothing(tmp_path):
    path = _write(tmp_path, "clean.md", CLEAN)
    result = _run(str(path))
    assert (result.returncode, result.stdout, result.stderr) == (0, "", "")


def test_text_output_is_path_line_column_severity_rule_message(tmp_path):
    path = _write(tmp_path, "marked.md", MARKED)
    result = _run(str(path))
    assert result.returncode == 1
    assert result.stdout.splitlines() == [
        f"{path}:7:1: error generation-marker Leftover generation marker “<|endoftext|>”."
    ]


def test_json_output_has_the_documented_shape(tmp_path):
    path = _write(tmp_path, "marked.md", MARKED)
    result = _run("--format", "json", str(path))
    assert result.returncode == 1
    data = json.loads(result.stdout)
    [entry] = data["files"]
    assert entry["path"] == str(path)
    [finding] = entry["findings"]
    assert finding["rule"] == "generation-marker" and finding["severity"] == "error"
    assert (finding["line"], finding["end_line"], finding["column"], finding["end_column"]) == (
        7,
        7,
        1,
        13,
    )
    assert finding["related"] == [] and finding["fix"] is True
    assert isinstance(finding["message"], str)


def test_json_lists_clean_files_with_no_findings(tmp_path):
    path = _write(tmp_path, "clean.md", CLEAN)
    data = json.loads(_run("--format", "json", str(path)).stdout)
    assert data == {"files": [{"path": str(path), "findings": []}]}


def test_min_severity_filters_output_and_exit_status(tmp_path):
    path = _write(tmp_path, "hint.md", HINT)
    assert _run(str(path)).returncode == 0
    result = _run("--min-severity", "info", str(path))
    assert result.returncode == 1
    assert ": info truncated " in result.stdout
    marked = _write(tmp_path, "marked.md", MARKED)
    assert _run("--min-severity", "error", str(marked)).returncode == 1


def test_folder_recurses_into_md_and_markdown_only(tmp_path):
    _write(tmp_path, "a.md", MARKED)
    _write(tmp_path, "sub/deeper/b.markdown", MARKED)
    _write(tmp_path, "sub/notes.txt", MARKED)
    _write(tmp_path, "sub/clean.md", CLEAN)
    result = _run("--format", "json", str(tmp_path))
    paths = [
        Path(f["path"]).relative_to(tmp_path).as_posix() for f in json.loads(result.stdout)["files"]
    ]
    assert paths == ["a.md", "sub/clean.md", "sub/deeper/b.markdown"]
    assert result.returncode == 1


def test_unreadable_file_exits_two_and_other_files_are_still_checked(tmp_path):
    missing = tmp_path / "missing.md"
    binary = tmp_path / "binary.md"
    binary.write_bytes(b"\x00\x01\x02binary")
    marked = _write(tmp_path, "marked.md", MARKED)
    result = _run(str(missing), str(binary), str(marked))
    assert result.returncode == 2
    assert str(missing) in result.stderr and str(binary) in result.stderr
    assert f"{marked}:7:1: error generation-marker" in result.stdout


def test_usage_error_exits_two():
    result = _run("--format", "xml", "x.md")
    assert result.returncode == 2
    assert "usage" in result.stderr


def test_japanese_messages_with_lang_ja(tmp_path):
    path = _write(tmp_path, "marked.md", MARKED)
    result = _run("--lang", "ja", str(path))
    assert "生成時の区切り記号" in result.stdout


def test_main_in_process_matches_subprocess(tmp_path, capsys):
    path = _write(tmp_path, "marked.md", MARKED)
    assert main(["check", str(path)]) == 1
    assert capsys.readouterr().out.startswith(f"{path}:7:1: error")
    clean = _write(tmp_path, "clean.md", CLEAN)
    assert main(["check", str(clean)]) == 0


def test_crlf_file_positions_are_file_lines(tmp_path, capsys):
    path = tmp_path / "crlf.md"
    path.write_bytes(MARKED.replace("\n", "\r\n").encode("utf-8"))
    assert main(["check", str(path)]) == 1
    assert f"{path}:7:1:" in capsys.readouterr().out


def test_sample_via_cli(capsys):
    from tests.paths import shared_sample

    sample = shared_sample()
    assert main(["check", "--format", "json", str(sample)]) == 1
    data = json.loads(capsys.readouterr().out)
    rules = [(f["rule"], f["line"]) for f in data["files"][0]["findings"]]
    assert ("duplicate", 82) in rules and ("generation-marker", 98) in rules


@pytest.mark.skipif(os.name == "nt" or os.geteuid() == 0, reason="root can read any file")
def test_permission_denied_is_reported(tmp_path, capsys):
    path = _write(tmp_path, "locked.md", CLEAN)
    path.chmod(0)
    try:
        assert main(["check", str(path)]) == 2
        assert "permission denied" in capsys.readouterr().err
    finally:
        path.chmod(0o644)
