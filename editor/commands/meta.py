"""``kosei meta get|set|delete``: read and edit one front-matter key from scripts.

Edits go through the same lossless code as the form (only that key's lines
change) and are written atomically with the file's own newlines, encoding and
BOM. Exit status: 0 done, 1 key absent (get/delete), 2 unreadable file,
invalid front matter or a value that does not fit ``--type``; on 1 and 2 the
file is untouched.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Any

from editor.core.document.document import Document
from editor.core.document.fileio import write_atomic
from editor.core.errors import DocumentReadError, DocumentWriteError, FrontMatterError
from editor.core.frontmatter import edit as fm_edit
from editor.core.frontmatter import presets
from editor.core.frontmatter import split as frontmatter
from editor.core.frontmatter.edit.values import TYPES, ValueTypeError, convert, format_value


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
