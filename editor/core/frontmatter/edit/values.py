"""Value types and errors shared by the front-matter editors."""

from __future__ import annotations

import json
from datetime import date
from typing import Any

from editor.core.errors import KoseiError
from editor.core.frontmatter.edit.dates import parse_date_text

TYPES = ("str", "int", "float", "bool", "date", "list")
_TRUE = {"true", "yes", "on", "1"}
_FALSE = {"false", "no", "off", "0"}


class RawScalar(str):
    """Text written into the front matter exactly as given (already valid YAML/TOML/JSON)."""


class KeyNotFoundError(KoseiError, KeyError):
    """The key to rename or read is not in the front matter."""

    def __init__(self, key: str) -> None:
        self.key = key
        super().__init__(f"no key {key!r} in the front matter")

    def __str__(self) -> str:
        return f"no key {self.key!r} in the front matter"


class KeyExistsError(KoseiError):
    """Renaming onto a key that is already there would lose a value."""

    def __init__(self, key: str) -> None:
        self.key = key
        super().__init__(f"the front matter already has a key {key!r}")


class ValueTypeError(ValueError):
    """The VALUE given on the command line does not fit the requested type."""


def format_value(value: Any) -> str:
    """How ``get`` prints a value: scalars plainly, lists and maps as JSON."""
    if isinstance(value, (list, dict)):
        return json.dumps(value, ensure_ascii=False, default=_json_default)
    if isinstance(value, bool):
        return "true" if value else "false"
    if value is None:
        return "null"
    if isinstance(value, date):
        return value.isoformat()
    return str(value)


def _json_default(value: Any) -> str:
    return value.isoformat() if isinstance(value, date) else str(value)


def convert(raw: str, kind: str | None, current: Any = None) -> Any:
    """Turn the command-line VALUE into a typed value (``kind`` None: like ``current``)."""
    kind = kind or _kind_of(current)
    try:
        if kind == "int":
            return int(raw)
        if kind == "float":
            return float(raw)
    except ValueError:
        raise ValueTypeError(f"{raw!r} is not a valid {kind}") from None
    if kind == "bool":
        if raw.lower() in _TRUE | _FALSE:
            return raw.lower() in _TRUE
        raise ValueTypeError(f"{raw!r} is not a boolean (true/false)")
    if kind == "date":
        moment = parse_date_text(raw)
        if moment is None:
            raise ValueTypeError(f"{raw!r} is not a date (YYYY-MM-DD[ HH:MM[:SS]][offset])")
        return moment
    if kind == "list":
        return _list(raw)
    if kind == "json":
        try:
            return json.loads(raw)
        except json.JSONDecodeError as error:
            raise ValueTypeError(f"not valid JSON: {error.msg}") from None
    return raw


def _kind_of(value: Any) -> str:
    if isinstance(value, bool):
        return "bool"
    if isinstance(value, int):
        return "int"
    if isinstance(value, float):
        return "float"
    if isinstance(value, date) or (isinstance(value, str) and parse_date_text(value)):
        return "date"  # a date written as a string (Jekyll's "+0000" style) keeps that style
    if isinstance(value, list):
        return "list"
    if isinstance(value, dict):
        return "json"
    return "str"


def _list(raw: str) -> list[Any]:
    if raw.strip().startswith("["):
        try:
            items = json.loads(raw)
        except json.JSONDecodeError as error:
            raise ValueTypeError(f"not a JSON array: {error.msg}") from None
        if not isinstance(items, list):
            raise ValueTypeError("not a JSON array")
        return items
    return [item.strip() for item in raw.split(",") if item.strip()]
