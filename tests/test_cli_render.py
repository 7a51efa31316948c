"""``kosei render``: HTML and PDF files, stdout, exit codes, nothing left behind on failure."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import unicodedata
from pathlib import Path

import pytest
from pypdf import PdfReader

from tests.paths import REPO

POST = (
    "---\ntitle: Printed Post Title\n---\n\n"
    "An English paragraph that should reach the page.\n\n"
    "日本語の文章も印刷されます。\n\n"
    "```python\nprint('code')\n```\n\n"
    "![figure](img/figure.png)\n"
)
PNG = (
    b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x00\x01\x00\x00\x00\x01\x08\x06\x00\x00\x00"
    b"\x1f\x15\xc4\x89\x00\x00\x00\rIDATx\x9cc\xf8\x0f\x00\x00\x01\x01\x00\x05\x18\xd8N\x00"
    b"\x00\x00\x00IEND\xaeB`\x82"
)


def _post(folder: Path) -> Path:
    (folder / "img").mkdir(parents=True, exist_ok=True)
    (folder / "img" / "figure.png").write_bytes(PNG)
    path = folder / "post.md"
    path.write_text(POST, encoding="utf-8")
    return path


def _run(*args: str) -> subprocess.CompletedProcess[str]:
    env = dict(os.environ, PYTHONPATH=str(REPO), QT_QPA_PLATFORM="offscreen")
    return subprocess.run(
        [sys.executable, "-m", "editor", "render", *args],
        capture_output=True,
        text=True,
        encoding="utf-8",
        cwd=REPO,
        env=env,
        timeout=120,
    )


def _has_cjk_font() -> bool:
    fc_list = shutil.which("fc-list")
    if fc_list is None:
        return False
    found = subprocess.run([fc_list, ":lang=ja"], capture_output=True, text=True, timeout=30)
    return bool(found.stdout.strip())


def _pdf_text(path: Path) -> str:
    text = "".join(page.extract_text() for page in PdfReader(path).pages)
    # CJK fonts map some ideographs to Kangxi radical code points; NFKC folds them back.
    return unicodedata.normalize("NFKC", text)


def test_html_output_is_written_and_exit_zero(tmp_path):
    source = _post(tmp_path / "posts")
    out = tmp_path / "out" / "post.html"
    out.parent.mkdir()
    result = _run(str(source), "-o", str(out))
    assert (result.returncode, result.stderr) == (0, "")
    page = out.read_text(encoding="utf-8")
    assert "An English paragraph that should reach the page." in page
    assert '<img src="../posts/img/figure.png"' in page


def test_embed_images_puts_the_image_in_the_html(tmp_path):
    source = _post(tmp_path)
    out = tmp_path / "post.html"
    assert _run(str(source), "-o", str(out), "--embed-images").returncode == 0
    assert '<img src="data:image/png;base64,' in out.read_text(encoding="utf-8")


def test_without_output_the_html_goes_to_stdout(tmp_path):
    result = _run(str(_post(tmp_path)))
    assert result.returncode == 0
    assert result.stdout.startswith("<!DOCTYPE html>")
    assert "<title>Printed Post Title</title>" in result.stdout


def test_missing_image_is_a_warning_not_a_failure(tmp_path):
    source = tmp_path / "p.md"
    source.write_text("![x](nowhere.png)\n", encoding="utf-8")
    result = _run(str(source), "-o", str(tmp_path / "p.html"))
    assert result.returncode == 0
    assert "warning: image not found: nowhere.png" in result.stderr


def test_pdf_output_holds_the_title_and_text(tmp_path):
    source = _post(tmp_path)
    out = tmp_path / "post.pdf"
    result = _run(str(source), "-o", str(out), "--page-size", "Letter", "--margin-mm", "10")
    assert result.returncode == 0, result.stderr
    assert out.read_bytes().startswith(b"%PDF-")
    reader = PdfReader(out)
    width_in = float(reader.pages[0].mediabox.width) / 72
    assert abs(width_in - 8.5) < 0.05  # Letter, not A4
    text = _pdf_text(out)
    assert "Printed Post Title" in text
    assert "An English paragraph that should reach the page." in text


@pytest.mark.skipif(not _has_cjk_font(), reason="no Japanese font installed")
def test_pdf_output_holds_japanese_text(tmp_path):
    out = tmp_path / "post.pdf"
    assert _run(str(_post(tmp_path)), "-o", str(out)).returncode == 0
    assert "日本語の文章も印刷されます。" in _pdf_text(out).replace("\n", "")


def test_a_dark_pdf_is_printed_light_and_says_so(tmp_path):
    out = tmp_path / "post.pdf"
    result = _run(str(_post(tmp_path)), "-o", str(out), "--theme", "dark")
    assert result.returncode == 0 and out.read_bytes().startswith(b"%PDF-")
    assert "the PDF is printed light" in result.stderr


def test_pdf_without_output_file_is_a_usage_error(tmp_path):
    result = _run(str(_post(tmp_path)), "--format", "pdf")
    assert result.returncode == 2
    assert "needs an output file" in result.stderr


def test_missing_input_exits_2_with_a_message(tmp_path):
    result = _run(str(tmp_path / "absent.md"), "-o", str(tmp_path / "a.html"))
    assert result.returncode == 2
    assert "absent.md: no such file" in result.stderr
    assert list(tmp_path.iterdir()) == []


def test_undecodable_input_exits_2(tmp_path):
    source = tmp_path / "bad.md"
    source.write_bytes(b"caf\xe9\n")
    result = _run(str(source), "-o", str(tmp_path / "bad.html"))
    assert result.returncode == 2
    assert "not valid utf-8" in result.stderr
    assert not (tmp_path / "bad.html").exists()


@pytest.mark.parametrize("suffix", ["html", "pdf"])
def test_output_in_a_missing_folder_exits_2_and_writes_nothing(tmp_path, suffix):
    source = _post(tmp_path / "posts")
    result = _run(str(source), "-o", str(tmp_path / "nope" / f"post.{suffix}"))
    assert result.returncode == 2
    assert "the folder does not exist" in result.stderr
    assert not (tmp_path / "nope").exists()


def test_output_that_cannot_be_written_exits_2_and_leaves_no_temporary(tmp_path):
    source = _post(tmp_path / "posts")
    blocker = tmp_path / "out.html"
    blocker.mkdir()  # a folder where the file should go: the final rename fails
    result = _run(str(source), "-o", str(blocker))
    assert result.returncode == 2
    assert "cannot write" in result.stderr
    assert list(blocker.iterdir()) == []
    assert sorted(p.name for p in tmp_path.iterdir()) == ["out.html", "posts"]


@pytest.mark.skipif(
    not hasattr(os, "geteuid") or os.geteuid() == 0, reason="root writes to read-only folders"
)
def test_read_only_output_folder_exits_2(tmp_path):
    source = _post(tmp_path / "posts")
    locked = tmp_path / "locked"
    locked.mkdir()
    locked.chmod(0o500)
    try:
        result = _run(str(source), "-o", str(locked / "post.html"))
    finally:
        locked.chmod(0o700)
    assert result.returncode == 2
    assert "permission denied" in result.stderr
    assert list(locked.iterdir()) == []


def test_unknown_output_suffix_exits_2(tmp_path):
    result = _run(str(_post(tmp_path)), "-o", str(tmp_path / "post.docx"))
    assert result.returncode == 2
    assert "name it .html or .pdf" in result.stderr


def test_output_equal_to_input_is_refused(tmp_path):
    source = _post(tmp_path)
    result = _run(str(source), "-o", str(source), "--format", "html")
    assert result.returncode == 2
    assert source.read_text(encoding="utf-8") == POST


def test_margin_out_of_range_exits_2(tmp_path):
    result = _run(str(_post(tmp_path)), "-o", str(tmp_path / "p.pdf"), "--margin-mm", "99")
    assert result.returncode == 2
    assert "--margin-mm" in result.stderr


def test_html_export_does_not_load_qt(tmp_path):
    source = _post(tmp_path)
    code = (
        "import sys; from editor.cli import main; "
        f"status = main(['render', {str(source)!r}, '-o', {str(tmp_path / 'p.html')!r}]); "
        "print(status, any(name.startswith('PySide6') for name in sys.modules))"
    )
    env = dict(os.environ, PYTHONPATH=str(REPO))
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, cwd=REPO, env=env, timeout=60
    )
    assert result.stdout.split() == ["0", "False"]
