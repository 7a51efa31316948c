"""Paths tests share: the repository, fixtures and the read-only shared samples."""

from __future__ import annotations

from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]
FIXTURES = REPO / "tests" / "fixtures"
WELCOME = REPO / "resources" / "samples" / "welcome.md"
SHARED_SAMPLE = REPO.parent / "shared" / "samples" / "generated_post_ja.md"


def shared_sample() -> Path:
    """The generated Japanese sample from ../shared/samples, or skip when it is absent."""
    if not SHARED_SAMPLE.is_file():
        pytest.skip(
            f"shared sample not found at {SHARED_SAMPLE} (the shared/ folder is not beside the repo)"
        )
    return SHARED_SAMPLE
