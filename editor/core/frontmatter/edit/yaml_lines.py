"""Where a YAML front-matter line's key, value and end-of-line comment are (text only)."""

from __future__ import annotations

from editor.core.errors import FrontMatterError


def split_comment(text: str) -> tuple[str, str]:
    """Split ``text`` into value and end-of-line comment (with its leading spaces)."""
    quote = ""
    for index, char in enumerate(text):
        if quote:
            if char == quote:
                quote = ""
        elif char in "\"'" and (index == 0 or text[index - 1] in " [{,:"):
            quote = char
        elif char == "#" and index > 0 and text[index - 1] in " \t":
            cut = len(text[:index].rstrip(" \t"))
            return text[:cut], text[cut:]
    return text, ""


def key_prefix(line: str, column: int) -> str:
    """The line up to and including the colon after the key."""
    index = column
    quote = line[index : index + 1]
    if quote in ("'", '"'):
        index = _closing_quote(line, index) + 1
        gap = len(line[index:]) - len(line[index:].lstrip(" \t"))
        if line[index + gap : index + gap + 1] == ":":  # '"a":1' needs no space after the colon
            return line[: index + gap + 1]
    while index < len(line):
        if line[index] == ":" and (index + 1 == len(line) or line[index + 1] in " \t"):
            return line[: index + 1]
        index += 1
    raise FrontMatterError("cannot find the colon after the key", 1, column + 1, "yaml")


def _closing_quote(line: str, start: int) -> int:
    quote = line[start]
    index = start + 1
    while index < len(line):
        char = line[index]
        if quote == '"' and char == "\\":
            index += 2
            continue
        if char == quote:
            if quote == "'" and line[index + 1 : index + 2] == "'":  # '' is a quote inside ''
                index += 2
                continue
            return index
        index += 1
    return len(line) - 1


def after_colon(line: str) -> str:
    column = len(line) - len(line.lstrip(" "))
    return line[len(key_prefix(line, column)) :]
