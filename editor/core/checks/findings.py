"""The result type every check returns, shared by the panel and the CLI."""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import Enum
from pathlib import Path
from typing import Any


class Severity(str, Enum):
    INFO = "info"
    WARNING = "warning"
    ERROR = "error"

    @property
    def rank(self) -> int:
        return {"info": 0, "warning": 1, "error": 2}[self.value]


@dataclass(frozen=True)
class Span:
    """A range in the file as saved: 1-based lines and columns, both ends inclusive.

    Columns count Unicode code points (a CJK character is one column).
    ``end_column`` 0 means "to the end of ``end_line``". ``path`` is set only on a related
    location in another file (a passage repeated in another post of the site).
    """

    line: int
    end_line: int
    column: int = 1
    end_column: int = 0
    path: Path | None = None

    def to_json(self) -> dict[str, int]:
        return {
            "line": self.line,
            "end_line": self.end_line,
            "column": self.column,
            "end_column": self.end_column,
        }


@dataclass(frozen=True)
class Fix:
    """An edit: replace the text of ``span`` (whole lines when columns are 1/0) by ``replacement``.

    ``safe`` is False when the edit would delete words found nowhere else in the
    post; such a fix is applied one at a time, never by "Fix all safe".
    """

    label_en: str
    label_ja: str
    span: Span
    replacement: str = ""
    safe: bool = True


@dataclass(frozen=True)
class Finding:
    rule: str  # "duplicate", "truncated", "generation-marker", "front-matter"
    severity: Severity
    message_en: str
    message_ja: str
    span: Span
    related: tuple[Span, ...] = ()
    fix: Fix | None = None
    kind: str = ""  # finer classification inside a rule, e.g. "section", "stitch"
    key: str = ""  # content-based identity used to remember "ignore"
    extra: dict[str, Any] = field(default_factory=dict, compare=False, hash=False)

    def message(self, language: str = "en") -> str:
        return self.message_ja if language.startswith("ja") else self.message_en

    def to_json(self, language: str = "en") -> dict[str, Any]:
        out: dict[str, Any] = {
            "rule": self.rule,
            "severity": self.severity.value,
            "message": self.message(language),
            **self.span.to_json(),
            "related": [
                {
                    "line": r.line,
                    "end_line": r.end_line,
                    "column": r.column,
                    "end_column": r.end_column,
                    **({"path": str(r.path)} if r.path is not None else {}),
                }
                for r in self.related
            ],
            "fix": self.fix is not None,
        }
        if self.fix is not None and not self.fix.safe:
            out["fix_safe"] = False
        if self.kind:
            out["kind"] = self.kind
        return out
