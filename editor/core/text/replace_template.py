"""Replacement templates for regular-expression Replace: ``\\1``, ``\\g<name>`` and a few escapes.

The template is parsed once and checked against the pattern's groups, so a bad
reference is reported before anything changes. Group values are taken from the
ORIGINAL text (with width folding the pattern ran on a folded copy), which is why
this does not use ``re.Match.expand``.

Rules (a subset of Python's ``re.sub``):

- ``\\1`` .. ``\\99`` and ``\\g<1>`` insert a numbered group, ``\\g<0>`` the whole match,
  ``\\g<name>`` a named group; a group that did not take part inserts nothing;
- ``\\n`` and ``\\t`` insert a newline and a tab, ``\\\\`` a backslash;
- as writers know them from VS Code and JavaScript: ``$1`` .. ``$99`` a numbered
  group (``$10`` is group 10 only when there is one, else ``$1`` then ``0``),
  ``$&`` and ``$0`` the whole match, ``$<name>`` a named group, ``$$`` a dollar sign;
  a ``$`` before anything else is kept as it is;
- any other backslash before an ASCII letter or ``0`` is an error; before anything
  else the backslash is kept as it is.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from editor.core.errors import SearchError

Token = str | int  # literal text, or a group number (0 = whole match)

_ESCAPES = {"n": "\n", "t": "\t", "\\": "\\"}


def _group_ref(
    template: str, index: int, names: Mapping[str, int], group_count: int
) -> tuple[int, int]:
    """Parse ``\\g<...>`` starting at ``index`` (the ``g``); return (group, next index)."""
    if index + 1 >= len(template) or template[index + 1] != "<":
        raise SearchError("template", "missing < after \\g", index - 1)
    close = template.find(">", index + 2)
    if close < 0:
        raise SearchError("template", "missing > in \\g<…>", index - 1)
    ref = template[index + 2 : close]
    if ref.isdigit() and ref.isascii():
        group = int(ref)
    elif ref in names:
        group = names[ref]
    else:
        raise SearchError("template", f"unknown group name '{ref}'", index - 1)
    if group > group_count:
        raise SearchError("template", f"invalid group reference {group}", index - 1)
    return group, close + 1


def _dollar(
    template: str, index: int, names: Mapping[str, int], group_count: int
) -> tuple[Token, int]:
    """Read the ``$`` form at ``index``: a group number or literal text, and the next index."""
    nxt = template[index + 1 : index + 2]
    if nxt == "$":
        return "$", index + 2
    if nxt in ("&", "0"):
        return 0, index + 2
    if nxt.isascii() and nxt.isdigit():
        two = template[index + 1 : index + 3]
        if len(two) == 2 and two.isascii() and two.isdigit() and int(two) <= group_count:
            return int(two), index + 3
        group = int(nxt)
        if group > group_count:
            raise SearchError("template", f"invalid group reference {group}", index)
        return group, index + 2
    if nxt == "<":
        close = template.find(">", index + 2)
        name = template[index + 2 : close] if close > 0 else ""
        if name in names:
            return names[name], close + 1
        if close > 0:
            raise SearchError("template", f"unknown group name '{name}'", index)
    return "$", index + 1


def parse_template(template: str, names: Mapping[str, int], group_count: int) -> list[Token]:
    """Split ``template`` into literal text and group numbers; raises SearchError."""
    tokens: list[Token] = []
    literal: list[str] = []
    index = 0
    while index < len(template):
        char = template[index]
        if char == "$":
            dollar, index = _dollar(template, index, names, group_count)
            if isinstance(dollar, str):
                literal.append(dollar)
                continue
            if literal:
                tokens.append("".join(literal))
                literal = []
            tokens.append(dollar)
            continue
        if char != "\\":
            literal.append(char)
            index += 1
            continue
        if index + 1 >= len(template):
            raise SearchError("template", "a lone backslash at the end", index)
        nxt = template[index + 1]
        group: int | None = None
        if nxt == "g":
            group, index = _group_ref(template, index + 1, names, group_count)
        elif nxt in "123456789":
            digits = 2 if index + 2 < len(template) and template[index + 2] in "0123456789" else 1
            group = int(template[index + 1 : index + 1 + digits])
            if group > group_count:
                raise SearchError("template", f"invalid group reference {group}", index)
            index += 1 + digits
        elif nxt in _ESCAPES:
            literal.append(_ESCAPES[nxt])
            index += 2
        elif nxt.isascii() and (nxt.isalpha() or nxt == "0"):
            raise SearchError("template", f"bad escape \\{nxt}", index)
        else:
            literal.append(char + nxt)
            index += 2
        if group is not None:
            if literal:
                tokens.append("".join(literal))
                literal = []
            tokens.append(group)
    if literal:
        tokens.append("".join(literal))
    return tokens


def expand(tokens: Sequence[Token], text: str, spans: Sequence[tuple[int, int]]) -> str:
    """Build the replacement; ``spans[0]`` is the whole match, then groups 1..n.

    A group that did not take part has the span (-1, -1) and inserts nothing.
    """
    out: list[str] = []
    for token in tokens:
        if isinstance(token, str):
            out.append(token)
        else:
            start, end = spans[token]
            if start >= 0:
                out.append(text[start:end])
    return "".join(out)
