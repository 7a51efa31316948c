"""Split a post into its front matter block and body, keeping the block verbatim.

Formats: YAML between ``---`` lines (closed by ``---`` or ``...``), TOML between
``+++`` lines, or a JSON object at the very top. The text given here has ``\\n``
newlines (see :mod:`editor.core.document.document`). Parsing uses python-frontmatter's
YAML and JSON handlers; its TOML handler needs the unmaintained ``toml`` package,
so TOML is read with the standard library's ``tomllib`` instead.
"""

from __future__ import annotations

import json
import re
import tomllib
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any, Literal

import yaml
from frontmatter.default_handlers import JSONHandler, YAMLHandler

from editor.core.errors import FrontMatterError

Format = Literal["yaml", "toml", "json"]

_FENCES: dict[str, tuple[Format, tuple[str, ...]]] = {
    "---": ("yaml", ("---", "...")),
    "+++": ("toml", ("+++",)),
}
# Front matter this large or this deeply nested is refused before parsing, so a
# hostile file cannot make the YAML parser hang or eat memory.
MAX_FRONT_MATTER_CHARS = 256 * 1024
MAX_YAML_ALIASES = 100
MAX_NESTING = 64
_QUOTED = re.compile(r'"[^"\\\n]*(?:\\.[^"\\\n]*)*"|\'[^\'\n]*\'')
_BRACKETS = re.compile(r"[\[\]{}]")
MAX_EXPANDED_VALUES = 100_000  # values once aliases are followed (a billion laughs is 10**9)


@dataclass(frozen=True)
class FrontMatter:
    format: Format
    raw: str  # the whole block, delimiters included, exactly as in the file (no final newline)
    inner: str  # the text between the delimiters
    inner_start_line: int  # 0-based file line of the first inner line
    end_line: int  # 0-based file line of the closing delimiter (JSON: of the closing brace)
    data: dict[str, Any] | None
    error: FrontMatterError | None

    @property
    def ok(self) -> bool:
        return self.error is None


@dataclass(frozen=True)
class Split:
    front_matter: FrontMatter | None
    body: str
    body_start_line: int  # 0-based file line where the body starts


def split(text: str) -> Split:
    """Find the front matter at the top of ``text``; never raises on bad input.

    Lines are read one by one up to the closing fence: the body is not split into
    lines (this runs on the UI thread for every preview update).
    """
    lines = _lines(text)
    first_line = next(lines)[0]
    first = first_line.rstrip()
    if first in _FENCES:
        fmt, closers = _FENCES[first]
        head = [first_line]
        for index, (line, after) in enumerate(lines, start=1):
            head.append(line)
            if line.rstrip() in closers:
                return _make(fmt, head, 1, index, index, text[after:])
        return Split(None, text, 0)
    if first.startswith("{"):
        head = []
        for index, (line, after) in enumerate(_lines(text)):
            head.append(line)
            if line.rstrip() == "}" or (index == 0 and first.endswith("}")):
                return _make("json", head, 0, index + 1, index, text[after:])
    return Split(None, text, 0)


def _lines(text: str) -> Iterator[tuple[str, int]]:
    """Each line of ``text`` with the offset where the next one starts."""
    start = 0
    while True:
        end = text.find("\n", start)
        if end < 0:
            yield text[start:], len(text)
            return
        yield text[start:end], end + 1
        start = end + 1


def _make(
    fmt: Format, lines: list[str], inner_start: int, inner_end: int, end_line: int, body: str
) -> Split:
    inner = "\n".join(lines[inner_start:inner_end])
    raw = "\n".join(lines[: end_line + 1])
    data, error = parse(fmt, inner, inner_start)
    fm = FrontMatter(fmt, raw, inner, inner_start, end_line, data, error)
    return Split(fm, body, end_line + 1)


def parse(
    fmt: Format, inner: str, first_line: int = 0
) -> tuple[dict[str, Any] | None, FrontMatterError | None]:
    """Parse the inner text; errors carry 1-based file line/column (``first_line`` is 0-based)."""
    try:
        data = _parse(fmt, inner, first_line)
    except FrontMatterError as error:
        return None, error
    return data, None


# Errors found only where the parser gave up (the next key, the end of the block), about a
# construct opened earlier: the writer's mistake is where it was opened.
_UNCLOSED = {
    "while parsing a flow sequence": "[",
    "while parsing a flow mapping": "{",
    "while scanning a quoted scalar": "quote",
}


def yaml_error_position(error: Any) -> tuple[str, int, int]:
    """(message, 1-based line, 1-based column) in the YAML text for a PyYAML/ruamel error.

    ``broken: [unclosed, value`` followed by ``next: x`` is reported by the parser at
    ``next``; this points at the line of the ``[`` that is never closed instead.
    """
    problem = str(error.problem or error)
    opener = _UNCLOSED.get(str(error.context or ""))
    mark = error.context_mark if opener and error.context_mark else None
    if mark is not None:
        what = "the quote" if opener == "quote" else f"the {opener}"
        return f"{what} opened here is never closed ({problem})", mark.line + 1, mark.column + 1
    mark = error.problem_mark or error.context_mark
    return problem, (mark.line + 1 if mark else 1), (mark.column + 1 if mark else 1)


def _parse(fmt: Format, inner: str, first_line: int) -> dict[str, Any]:
    if len(inner) > MAX_FRONT_MATTER_CHARS:
        raise FrontMatterError(
            f"front matter is over {MAX_FRONT_MATTER_CHARS} characters", first_line + 1, 1, fmt
        )
    if fmt == "yaml":
        _guard_yaml(inner, first_line)
        try:
            value = YAMLHandler().load(inner) if inner.strip() else {}
        except yaml.MarkedYAMLError as error:
            message, line, column = yaml_error_position(error)
            raise FrontMatterError(message, first_line + line, column, fmt) from None
        except (yaml.YAMLError, RecursionError, MemoryError, ValueError) as error:
            raise FrontMatterError(str(error), first_line + 1, 1, fmt) from None
        _guard_expansion(value, first_line)
    elif fmt == "toml":
        _guard_brackets(inner, first_line, fmt)
        try:
            value = tomllib.loads(inner)
        except (RecursionError, MemoryError) as error:
            raise FrontMatterError(_too_much(error), first_line + 1, 1, fmt) from None
        except tomllib.TOMLDecodeError as error:
            message = str(error)
            found = re.search(r"\(at line (\d+), column (\d+)\)", message)
            line, column = (int(found[1]), int(found[2])) if found else (1, 1)
            message = re.sub(r"\s*\(at line \d+, column \d+\)", "", message)
            raise FrontMatterError(message, first_line + line, column, fmt) from None
    else:
        _guard_brackets(inner, first_line, fmt)
        try:
            value = JSONHandler().load(inner)
        except json.JSONDecodeError as error:
            raise FrontMatterError(error.msg, first_line + error.lineno, error.colno, fmt) from None
        except (RecursionError, MemoryError) as error:
            raise FrontMatterError(_too_much(error), first_line + 1, 1, fmt) from None
    if fmt != "yaml":
        _guard_depth(value, first_line, fmt)
    if value is None:
        value = {}
    if not isinstance(value, dict):
        raise FrontMatterError(
            "front matter is not a mapping of keys to values", first_line + 1, 1, fmt
        )
    return value


def _too_much(error: BaseException) -> str:
    return (
        "front matter is too large"
        if isinstance(error, MemoryError)
        else "front matter is nested too deeply"
    )


def _guard_brackets(inner: str, first_line: int, fmt: Format) -> None:
    """Refuse bracket nesting deeper than MAX_NESTING before the parser recurses into it.

    Quoted strings are skipped (a title may hold brackets); TOML's ``[[table]]``
    headers count two, far below the limit.
    """
    bare = _QUOTED.sub('""', inner)
    depth = 0
    for found in _BRACKETS.finditer(bare):
        if found.group() in "[{":
            depth += 1
            if depth > MAX_NESTING:
                raise FrontMatterError("front matter is nested too deeply", first_line + 1, 1, fmt)
        elif depth:
            depth -= 1


def _guard_depth(value: Any, first_line: int, fmt: Format) -> None:
    """Refuse parsed values nested deeper than MAX_NESTING (walked without recursion)."""
    stack: list[tuple[Any, int]] = [(value, 0)]
    while stack:
        node, depth = stack.pop()
        if depth > MAX_NESTING:
            raise FrontMatterError("front matter is nested too deeply", first_line + 1, 1, fmt)
        if isinstance(node, dict):
            stack.extend((child, depth + 1) for child in node.values())
        elif isinstance(node, list):
            stack.extend((child, depth + 1) for child in node)


def _guard_yaml(inner: str, first_line: int) -> None:
    """Refuse alias bombs and pathological nesting before PyYAML sees them."""
    aliases = len(re.findall(r"(?:^|[\s\[{,:-])\*[^\s,\]}]+", inner))
    if aliases > MAX_YAML_ALIASES:
        raise FrontMatterError(f"too many YAML aliases ({aliases})", first_line + 1, 1, "yaml")
    depth = 0
    deepest = 0
    for char in inner:
        if char in "[{":
            depth += 1
            deepest = max(deepest, depth)
        elif char in "]}":
            depth = max(0, depth - 1)
    indent = max((len(line) - len(line.lstrip(" ")) for line in inner.split("\n")), default=0)
    if deepest > MAX_NESTING or indent > MAX_NESTING * 4:
        raise FrontMatterError("front matter is nested too deeply", first_line + 1, 1, "yaml")


def _guard_expansion(value: Any, first_line: int) -> None:
    """Refuse aliases that multiply: PyYAML shares aliased objects, but anything that walks
    the data (the form, a JSON dump, the checks) would visit every copy. Sizes are counted
    per shared object, so this costs one visit per distinct object, never the expansion."""
    sizes: dict[int, int] = {}
    active: set[int] = set()

    def size(node: Any, depth: int) -> int:
        if not isinstance(node, (dict, list)):
            return 1
        key = id(node)
        if key in sizes:
            return sizes[key]
        if key in active or depth > MAX_NESTING:
            raise FrontMatterError(
                "front matter refers to itself or is nested too deeply", first_line + 1, 1, "yaml"
            )
        active.add(key)
        children = list(node.keys()) + list(node.values()) if isinstance(node, dict) else node
        total = 1 + sum(size(child, depth + 1) for child in children)
        active.discard(key)
        sizes[key] = total
        if total > MAX_EXPANDED_VALUES:
            raise FrontMatterError(
                f"front matter aliases expand to over {MAX_EXPANDED_VALUES:,} values",
                first_line + 1,
                1,
                "yaml",
            )
        return total

    size(value, 0)
