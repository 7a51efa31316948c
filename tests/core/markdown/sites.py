"""Small Hugo and Jekyll sites made in tmp_path for the dialect tests."""

from __future__ import annotations

from pathlib import Path


def hugo_site(root: Path, config: str = "") -> Path:
    """A Hugo site with one other post and one site shortcode; returns the content folder."""
    (root / "content" / "posts").mkdir(parents=True)
    (root / "layouts" / "shortcodes").mkdir(parents=True)
    (root / "layouts" / "shortcodes" / "notice.html").write_text("<div>{{ .Inner }}</div>")
    (root / "hugo.toml").write_text('title = "Site"\n[params]\nauthor = "Ann"\n' + config)
    (root / "content" / "posts" / "other.md").write_text("---\ntitle: Other\n---\nText\n")
    return root / "content" / "posts"


def jekyll_site(root: Path, config: str = "") -> Path:
    """A Jekyll site with one other post; returns the _posts folder."""
    (root / "_posts").mkdir(parents=True)
    (root / "_config.yml").write_text('title: "My Site"\nbaseurl: "/blog"\n' + config)
    (root / "_posts" / "2024-01-01-other.md").write_text("---\ntitle: Other\n---\nText\n")
    return root / "_posts"
