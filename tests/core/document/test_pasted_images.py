from __future__ import annotations

import os
import stat
from datetime import datetime
from pathlib import Path

import pytest

from editor.core.document.pasted_images import image_stem, save_pasted_image
from editor.core.errors import ImageWriteError

NOW = datetime(2026, 11, 29, 4, 15, 0)
PNG = b"\x89PNG\r\n\x1a\nnot really"


def test_stem_is_post_name_and_timestamp() -> None:
    assert image_stem(Path("/x/My post!.md"), NOW) == "My-post-20261129-041500"


def test_stem_keeps_japanese_letters() -> None:
    assert image_stem(Path("日記 1.md"), NOW) == "日記-1-20261129-041500"


def test_image_goes_into_an_images_folder_next_to_the_post(tmp_path: Path) -> None:
    saved = save_pasted_image(tmp_path / "post.md", PNG, NOW)
    assert saved.path == tmp_path / "images" / "post-20261129-041500.png"
    assert saved.path.read_bytes() == PNG
    assert saved.markdown == "![post-20261129-041500](images/post-20261129-041500.png)"


def test_an_image_is_created_0666_less_the_umask_never_executable(tmp_path: Path) -> None:
    old = os.umask(0o022)
    try:
        saved = save_pasted_image(tmp_path / "post.md", PNG, NOW)
        assert stat.S_IMODE(saved.path.stat().st_mode) == 0o644
        os.umask(0o002)
        second = save_pasted_image(tmp_path / "post.md", PNG, NOW)
        assert stat.S_IMODE(second.path.stat().st_mode) == 0o664
    finally:
        os.umask(old)
    assert saved.markdown[slice(*saved.alt_range)] == "post-20261129-041500"


def test_an_existing_image_is_never_overwritten(tmp_path: Path) -> None:
    (tmp_path / "images").mkdir()
    existing = tmp_path / "images" / "post-20261129-041500.png"
    existing.write_bytes(b"old")
    saved = save_pasted_image(tmp_path / "post.md", PNG, NOW)
    assert saved.path.name == "post-20261129-041500-2.png"
    assert existing.read_bytes() == b"old"


def test_a_file_named_images_is_a_clear_error(tmp_path: Path) -> None:
    (tmp_path / "images").write_text("in the way")
    with pytest.raises(ImageWriteError) as caught:
        save_pasted_image(tmp_path / "post.md", PNG, NOW)
    assert caught.value.path == tmp_path / "images"
    assert (tmp_path / "images").read_text() == "in the way"
