"""``kosei check --site``: every post of a site, with passages repeated across posts."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

from tests.core.site.helpers import jekyll_site
from tests.paths import REPO


def _run(*args: str) -> subprocess.CompletedProcess[str]:
    env = dict(os.environ, PYTHONPATH=str(REPO))
    return subprocess.run(
        [sys.executable, "-m", "editor", "check", *args],
        capture_output=True,
        text=True,
        encoding="utf-8",
        cwd=REPO,
        env=env,
        timeout=120,
    )


def test_site_check_reports_cross_post_copies_with_the_other_post(tmp_path: Path) -> None:
    root = jekyll_site(tmp_path / "blog")
    done = _run("--site", str(root), "--format", "json")
    assert done.returncode == 1, done.stderr
    files = {Path(f["path"]).name: f["findings"] for f in json.loads(done.stdout)["files"]}
    assert len(files) == 4  # every post, drafts included
    cross = [f for f in files["2026-01-02-two.md"] if f.get("kind") == "cross-post"]
    assert len(cross) == 1
    assert cross[0]["line"] == 11
    assert cross[0]["related"][0]["path"].endswith("2026-01-01-one.md")
    assert cross[0]["related"][0]["line"] == 8


def test_site_check_of_a_missing_folder_is_a_usage_error(tmp_path: Path) -> None:
    done = _run("--site", str(tmp_path / "nowhere"))
    assert done.returncode == 2
    assert "not a folder" in done.stderr


def test_check_without_paths_or_site_is_a_usage_error() -> None:
    assert _run().returncode == 2
