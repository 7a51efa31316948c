"""A folder of hostile files, made at test time (nothing large is committed)."""

from __future__ import annotations

import os
from pathlib import Path

PNG = b"\x89PNG\r\n\x1a\n" + b"\0" * 24


def _alias_bomb() -> str:
    lines = ["a: &a [lol, lol, lol, lol, lol, lol, lol, lol, lol]"]
    for index in range(1, 10):
        name, previous = chr(97 + index), chr(96 + index)
        lines.append(f"{name}: &{name} [{', '.join([f'*{previous}'] * 9)}]")
    return "\n".join(lines) + "\n"


def build(folder: Path) -> list[Path]:
    """Write the corpus into ``folder``; returns every post-like path in it."""
    folder.mkdir(parents=True, exist_ok=True)
    secret = folder.parent / "secret.txt"
    secret.write_text("password\n")
    texts: dict[str, str | bytes] = {
        "deep-toml.md": "+++\na = " + "[" * 100_000 + "]" * 100_000 + "\n+++\n\nBody.\n",
        "deep-json.md": '{"a": ' + "[" * 100_000 + "]" * 100_000 + "\n}\n\nBody.\n",
        "deep-yaml.md": "---\na: " + "[" * 10_000 + "]" * 10_000 + "\n---\n\nBody.\n",
        "alias-bomb.md": "---\n" + _alias_bomb() + "---\n\nBody.\n",
        "utf16-nobom.md": "# Old\n\nUTF-16 without a BOM.\n".encode("utf-16-le"),
        "binary.md": PNG,
        "long-line.md": "# Long\n\n" + "a" * 2_000_000 + "\n",
        "newlines.md": "# Many lines\n" + "\n" * 50_000 + "end\n",
        os.fsdecode(b"caf\xe9.md"): "Latin-1 name.\n",
        "two\nlines.md": "A newline in the name.\n",
        "html.md": (
            "---\ntitle: Scripts\n---\n\n<script>alert(1)</script>\n"
            '<meta http-equiv="refresh" content="0;url=http://127.0.0.1:9/">\n'
            '<link rel="preconnect" href="http://127.0.0.1:9"><base href="http://127.0.0.1:9/">\n\n'
            '<img src="x.png" onerror="alert(2)"> <a href="javascript:alert(3)">x</a>\n'
        ),
        "images.md": (
            "![a](../secret.txt) ![b](%2e%2e/secret.txt) ![c](link.png) "
            f"![d](file://{secret}) ![e](ok.png)\n"
        ),
        "nul.md": b"# Title\n\nText\0more text\n",
        "empty.md": b"",
    }
    for name, content in texts.items():
        path = folder / name
        if isinstance(content, bytes):
            path.write_bytes(content)
        else:
            path.write_text(content, encoding="utf-8")
    (folder / "ok.png").write_bytes(PNG)
    os.symlink(secret, folder / "link.png")
    os.symlink(secret, folder / "linked-secret.md")  # a post that is a symlink out of the folder
    if hasattr(os, "mkfifo"):
        os.mkfifo(folder / "fifo.md")
    return sorted(p for p in folder.iterdir() if p.suffix == ".md")
