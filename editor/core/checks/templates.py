"""Lines that site-generator templates wrap as code: Hugo ``{{< code >}}``, Liquid ``{% highlight %}``.

Markdown sees the lines between such tags as paragraphs, but they are code
listings (or raw template text): not prose to check for copies or cuts.
"""

from __future__ import annotations

import re

_CODE_NAMES = r"(?:code|highlight|raw|comment|src|prism|gist|codeblock|terminal|output)"
_OPEN = re.compile(
    r"^\s*\{\{[<%]\s*("
    + _CODE_NAMES
    + r")\b[^}]*[>%]\}\}\s*$|^\s*\{%-?\s*("
    + _CODE_NAMES
    + r")\b[^%]*-?%\}\s*$",
    re.IGNORECASE,
)


def _close(name: str, liquid: bool) -> re.Pattern[str]:
    if liquid:
        return re.compile(r"\{%-?\s*end" + re.escape(name) + r"\s*-?%\}", re.IGNORECASE)
    return re.compile(r"\{\{[<%]\s*/\s*" + re.escape(name) + r"\s*[>%]\}\}", re.IGNORECASE)


def wrapped_code_rows(lines: list[str], first: int = 0) -> set[int]:
    """0-based rows from ``first`` on that sit inside a code-like template pair (tags included)."""
    rows: set[int] = set()
    row = first
    while row < len(lines):
        line = lines[row]
        if "{" not in line:
            row += 1
            continue
        match = _OPEN.match(line)
        if match is None:
            row += 1
            continue
        name, liquid = (match.group(1), False) if match.group(1) else (match.group(2), True)
        close = _close(name, liquid)
        end = next((r for r in range(row + 1, len(lines)) if close.search(lines[r])), None)
        if end is None:
            row += 1
            continue
        rows.update(range(row, end + 1))
        row = end + 1
    return rows
