"""The post as the publish checks see it: its text, front matter, site and clock."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Any

from editor.core.checks.context import CheckContext, content_key
from editor.core.checks.findings import Finding, Fix, Severity, Span
from editor.core.errors import FrontMatterError
from editor.core.frontmatter import edit as fm_edit
from editor.core.frontmatter.split import FrontMatter

RULE = "front-matter"
_GENERATOR = {"jekyll": ("Jekyll", "Jekyll"), "hugo": ("Hugo", "Hugo")}
_DEFAULT_GENERATOR = ("The site generator", "サイトジェネレーター")
# Links to pages the generator makes (no file suffix, or .html) are not checked.
PAGE_SUFFIXES = {"", ".html", ".htm", ".xml", ".php"}


@dataclass
class PublishPost:
    text: str
    path: Path | None
    fm: FrontMatter | None
    data: dict[str, Any]
    preset: str
    now: datetime
    ctx: CheckContext  # the run's context of ``text``: lines, links found per chunk

    @property
    def generator(self) -> tuple[str, str]:
        return _GENERATOR.get(self.preset, _DEFAULT_GENERATOR)

    def key_span(self, key: str) -> Span:
        """The line of ``key`` in the front matter, or the whole block."""
        if self.fm is None:
            return Span(1, 1)
        lines = self.text.split("\n")
        start = self.fm.inner_start_line
        for index in range(start, min(self.fm.end_line + 1, len(lines))):
            line = lines[index]
            if self.fm.format != "json" and line[:1].isspace():
                continue  # a nested key of the same name
            stripped = line.lstrip(" \"'")
            if stripped.startswith(key) and stripped[len(key) :].lstrip(" \"'")[:1] in (":", "="):
                return Span(index + 1, index + 1)
        return self.block_span()

    def block_span(self) -> Span:
        if self.fm is None:
            return Span(1, 1)
        return Span(1, self.fm.end_line + 1)

    def fix_setting(self, label: tuple[str, str], key: str, value: Any) -> Fix | None:
        """A fix that rewrites the front matter block with ``key`` set (only that key's lines)."""
        if self.fm is None:
            return None
        try:
            new_text = fm_edit.set_key(self.text, key, value, self.preset)
        except (FrontMatterError, ValueError):
            return None
        old_lines, new_lines = self.text.split("\n"), new_text.split("\n")
        grown = len(new_lines) - len(old_lines)
        block = new_lines[: self.fm.end_line + 1 + grown]
        # A whole-line span takes the newline after its last line with it.
        newline = "\n" if self.fm.end_line < len(old_lines) - 1 else ""
        return Fix(label[0], label[1], self.block_span(), "\n".join(block) + newline)


def finding(
    post: PublishPost,
    kind: str,
    severity: Severity,
    span: Span,
    en: str,
    ja: str,
    fix: Fix | None = None,
    detail: str = "",
) -> Finding:
    # Content-based key: "ignore" keeps matching this problem after edits elsewhere.
    key = content_key(RULE, kind, detail)
    return Finding(RULE, severity, en, ja, span, fix=fix, kind=kind, key=key)
