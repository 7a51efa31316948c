"""``kosei meta get|set|delete``: read and edit one front-matter key from scripts.

Edits go through the same lossless code as the form (only that key's lines
change) and are written atomically with the file's own newlines, encoding and
BOM. Exit status: 0 done, 1 key absent (get/delete), 2 unreadable file,
invalid front matter or a value that does not fit ``--type``; on 1 and 2 the
file is untouched.
"""

from __future__ import annotations

import argparse
import json
import sys
from datetime import date
from pathlib import Path
from typing import Any

from editor.core import fm_edit, frontmatter, presets
from editor.core.document import Document
from editor.core.errors import DocumentReadError, DocumentWriteError, FrontMatterError
from editor.core.fileio import write_atomic
from editor.core.fm_edit.dates import parse_date_text

TYPES = ("str", "int", "float", "bool", "date", "list")
_TRUE = {"true", "yes", "on", "1"}
_FALSE = {"false", "no", "off", "0"}


class ValueTypeError(ValueError):
    """The VALUE given on the command line does not fit the requested type."""


def add_parser(subparsers: argparse._SubParsersAction) -> argparse.ArgumentParser:
    parser = subparsers.add_parser(
        "meta",
        help="read or edit one front-matter key (lossless)",
        description="Read or edit one front-matter key; every other byte of the file stays.",
    )
    actions = parser.add_subparsers(dest="meta_action", required=True)
    get = actions.add_parser("get", help="print a value (YAML scalar, or JSON for lists/maps)")
    get.add_argument("file")
    get.add_argument("key")
    put = actions.add_parser("set", help="set a value in place (creates YAML front matter)")
    put.add_argument("file")
    put.add_argument("key")
    put.add_argument("value")
    put.add_argument(
        "--type",
        choices=TYPES,
        default=None,
        help="value type (default: the type of the current value, else str); "
        "list takes comma-separated items or a JSON array",
    )
    delete = actions.add_parser("delete", help="remove a key")
    delete.add_argument("file")
    delete.add_argument("key")
    parser.set_defaults(func=run)
    return parser


def run(args: argparse.Namespace) -> int:
    path = Path(args.file)
    try:
        doc = Document.load(path)
        if args.meta_action == "get":
            return _get(doc.text, path, args.key)
        if args.meta_action == "set":
            return _set(doc, path, args.key, args.value, args.type)
        return _delete(doc, path, args.key)
    except DocumentReadError as error:
        return _fail(f"kosei meta: cannot read {error}")
    except FrontMatterError as error:
        return _fail(
            f"kosei meta: {path}:{error.line}:{error.column}: invalid front matter: {error.message}"
        )
    except DocumentWriteError as error:
        return _fail(f"kosei meta: cannot write {error}")
    except ValueTypeError as error:
        return _fail(f"kosei meta: {error}")


def _fail(message: str) -> int:
    print(message, file=sys.stderr)
    return 2


def _absent(path: Path, key: str) -> int:
    print(f"kosei meta: no key {key!r} in the front matter of {path}", file=sys.stderr)
    return 1


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


def _get(text: str, path: Path, key: str) -> int:
    try:
        value = fm_edit.get_value(text, key)
    except fm_edit.KeyNotFoundError:
        return _absent(path, key)
    print(format_value(value))
    return 0


def _current(text: str, key: str) -> Any:
    try:
        return fm_edit.get_value(text, key)
    except fm_edit.KeyNotFoundError:
        return None


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


def _set(doc: Document, path: Path, key: str, raw: str, kind: str | None) -> int:
    value = convert(raw, kind, _current(doc.text, key))
    fm = frontmatter.split(doc.text).front_matter
    new_text = fm_edit.set_key(doc.text, key, value, presets.detect_preset(path, fm))
    return _write(doc, path, new_text)


def _delete(doc: Document, path: Path, key: str) -> int:
    try:
        fm_edit.get_value(doc.text, key)
    except fm_edit.KeyNotFoundError:
        return _absent(path, key)
    return _write(doc, path, fm_edit.delete_key(doc.text, key))


def _write(doc: Document, path: Path, new_text: str) -> int:
    if new_text != doc.text:
        write_atomic(path, doc.to_bytes(new_text), expected_hash=doc.disk_hash, check=True)
    return 0
