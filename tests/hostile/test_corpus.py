"""Every file of the hostile corpus is checked, rendered, exported and opened within a time limit.

None may hang (a FIFO), crash (deep nesting, odd names), leak (symlinked images)
or write invalid UTF-8. Each command gets ``LIMIT_S`` per file; the window gets
the same to open one.
"""

from __future__ import annotations

import contextlib
import os
import time
from pathlib import Path
from typing import Any

import pytest

from editor.cli import main
from editor.core.document.document import MAX_LINE_CHARS, Document
from editor.core.errors import DocumentReadError
from editor.core.markdown.export import export_html
from editor.ui.app.windows import WindowManager
from editor.ui.dialogs import questions as dialogs
from editor.ui.files.encoding_dialog import EncodingDialog
from tests.hostile import corpus
from tests.hostile.helpers import within
from tests.ui.conftest import manager  # noqa: F401  (the real window for the window case)

LIMIT_S = 20.0


@pytest.fixture
def posts(tmp_path: Path) -> list[Path]:
    return corpus.build(tmp_path / "blog")


def _fifos(posts: list[Path]) -> tuple[Path, ...]:
    return tuple(p for p in posts if p.name == "fifo.md")


def test_check_and_render_finish_on_every_file(
    posts: list[Path], tmp_path: Path, capsysbinary: pytest.CaptureFixture[bytes]
) -> None:
    out = tmp_path / "out"
    out.mkdir()
    for post in posts:
        code = within(LIMIT_S, lambda p=post: main(["check", str(p)]), _fifos(posts))
        assert code in (0, 1, 2), post
        target = out / "page.html"
        args = ["render", str(post), "-o", str(target), "--embed-images"]
        code = within(LIMIT_S, lambda a=args: main(a), _fifos(posts))
        assert code in (0, 2), post
        if code == 0:
            page = target.read_text(encoding="utf-8")  # valid UTF-8, title included
            assert "<script" not in page and "cGFzc3dvcmQ" not in page  # base64 "password"
        stdout, stderr = capsysbinary.readouterr()
        stdout.decode("utf-8")
        assert b"Traceback" not in stderr, (post, stderr)
    folder = posts[0].parent
    assert within(LIMIT_S, lambda: main(["check", str(folder)]), _fifos(posts)) in (1, 2)
    capsysbinary.readouterr()


def test_export_never_embeds_what_lies_outside(posts: list[Path]) -> None:
    for post in posts:
        try:
            document = within(LIMIT_S, lambda p=post: Document.load(p), _fifos(posts))
        except DocumentReadError:
            continue
        if document.longest_line()[1] > MAX_LINE_CHARS:
            continue  # refused by `kosei render` (checked above); the window pauses it
        page = export_html(
            document.text, base_dir=post.parent, out_dir=post.parent, embed_images=True
        )
        assert "cGFzc3dvcmQ" not in page.html and "<script" not in page.html
        assert page.data.decode("utf-8")  # encodes as UTF-8 (no lone surrogate)


def test_window_opens_or_refuses_every_file(
    manager: WindowManager,  # noqa: F811
    qtbot: Any,
    posts: list[Path],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    errors: list[str] = []
    monkeypatch.setattr(dialogs, "show_error", lambda _p, _t, text: errors.append(text))
    monkeypatch.setattr(EncodingDialog, "ask", classmethod(lambda *_args: None))
    opened = 0
    for post in posts:
        start = time.monotonic()
        windows = manager.open_paths([post])
        assert time.monotonic() - start < LIMIT_S, post
        opened += len(windows)
        for window in windows:
            qtbot.wait(50)
            window.editor.document().setModified(False)
            window.close()
    assert opened >= 8 and len(errors) >= 2  # the FIFO and the binary file are refused
    with contextlib.suppress(OSError):
        os.unlink(posts[0].parent / "fifo.md")
