from __future__ import annotations

import os
from pathlib import Path

import pytest

from editor.core.site import scan
from editor.core.site.scan import PostReadError, iter_markdown, read_post
from tests.core.site.helpers import write


def test_listing_skips_fifos_symlinks_out_of_the_site_and_huge_files(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    site = tmp_path / "site"
    write(site / "a.md", "a")
    os.mkfifo(site / "pipe.md")
    outside = write(tmp_path / "secret.md", "secret")
    (site / "link.md").symlink_to(outside)
    (site / "inside.md").symlink_to(site / "a.md")
    monkeypatch.setattr(scan, "MAX_POST_BYTES", 10)
    write(site / "big.md", "x" * 11)
    write(site / "node_modules" / "pkg.md", "no")
    write(site / ".hidden" / "h.md", "no")
    names = sorted(p.name for p in iter_markdown(site, [site]))
    assert names == ["a.md", "inside.md"]


def test_reading_a_fifo_is_refused_without_blocking(tmp_path: Path) -> None:
    os.mkfifo(tmp_path / "pipe.md")
    with pytest.raises(PostReadError):
        read_post(tmp_path / "pipe.md")


def test_reading_is_bounded(tmp_path: Path) -> None:
    write(tmp_path / "a.md", "x" * 100)
    with pytest.raises(PostReadError):
        read_post(tmp_path / "a.md", limit=50)
    assert read_post(tmp_path / "a.md", limit=100)[0] == b"x" * 100
