"""Finding Hugo shortcodes and Liquid tags in text, and reading their parameters.

Nothing here runs a template: a tag is only located and split into its name
and parameters, for the renderers (:mod:`shortcodes`, :mod:`liquid`) and the
``markup`` check.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

# {{< name params >}}, {{% name params %}}, closing {{< /name >}}; escaped {{</* … */>}}.
SHORTCODE = re.compile(
    r"\{\{(?P<open>[<%])(?P<esc>/\*)?\s*(?P<close>/)?\s*(?P<name>[\w.\-/]+)"
    r"(?P<params>(?:[^>%\"`{]|\{(?!\{)|\"(?:[^\"\\\n]|\\.){0,500}\"|`[^`]{0,500}`|>(?!\}\})|%(?!\}\}))"
    r"{0,2000}?)"
    r"\s*(?P<endesc>\*/)?\s*(?P<self>/)?(?P<end>[>%])\}\}",
    re.S,
)
# Bounded repeats that never cross the start of another tag: a post full of unclosed ``{{``
# must not make a scan quadratic (hostile files).
LIQUID_TAG = re.compile(
    r"\{%-?[ \t]*(?P<name>\w+)(?P<params>(?:[^%{]|%(?!\})|\{(?!%)){0,2000}?)-?%\}", re.S
)
LIQUID_OUTPUT = re.compile(
    r"\{\{-?(?![<%])(?P<expr>(?:[^}{]|\}(?!\})|\{(?!\{)){0,2000}?)-?\}\}", re.S
)
_PARAM = re.compile(r"""(?:([\w.\-]+)=)?("(?:[^"\\]|\\.)*"|`[^`]*`|'[^']*'|[^\s"'`]+)""")

# Liquid tags that open a block closed by ``end<name>``.
LIQUID_PAIRED = frozenset(
    {"raw", "comment", "highlight", "if", "unless", "for", "case", "capture", "tablerow"}
)
HUGO_PAIRED_BUILTINS = frozenset({"highlight", "details"})


@dataclass(frozen=True)
class Tag:
    """One template tag found in the source."""

    kind: str  # "shortcode", "liquid" or "output"
    name: str  # shortcode or tag name; for outputs the expression
    source: str  # the tag exactly as written
    closing: bool = False  # {{< /x >}} or {% endx %}
    markdown: bool = False  # {{% … %}}: the output is Markdown
    escaped: bool = False  # {{</* … */>}}: shown literally by Hugo
    self_closing: bool = False
    positional: tuple[str, ...] = ()
    named: tuple[tuple[str, str], ...] = field(default=())

    def get(self, key: str | int, default: str = "") -> str:
        if isinstance(key, int):
            return self.positional[key] if key < len(self.positional) else default
        return dict(self.named).get(key, default)


def escaped_literal(tag: Tag) -> str:
    """What Hugo prints for an escaped shortcode ``{{</* x */>}}``: the tag without the comment."""
    literal = tag.source.replace("/*", "", 1)
    literal = "".join(literal.rsplit("*/", 1))
    return re.sub(r"\{\{([<%])\s+", r"{{\1 ", literal)


def parse_params(text: str) -> tuple[tuple[str, ...], tuple[tuple[str, str], ...]]:
    """Positional and named parameters of ``name a "b c" key=value key="v w"``."""
    positional: list[str] = []
    named: list[tuple[str, str]] = []
    for match in _PARAM.finditer(text):
        key, raw = match.group(1), match.group(2)
        if raw[:1] in "\"'`" and raw[-1:] == raw[:1] and len(raw) >= 2:
            value = raw[1:-1]
            if raw[0] == '"':
                value = value.replace('\\"', '"').replace("\\\\", "\\")
        else:
            value = raw
        if key:
            named.append((key, value))
        else:
            positional.append(value)
    return tuple(positional), tuple(named)


def shortcode_tag(match: re.Match[str]) -> Tag:
    positional, named = parse_params(match.group("params") or "")
    return Tag(
        "shortcode",
        match.group("name"),
        match.group(0),
        closing=bool(match.group("close")),
        markdown=match.group("open") == "%",
        escaped=bool(match.group("esc")),
        self_closing=bool(match.group("self")),
        positional=positional,
        named=named,
    )


def liquid_tag(match: re.Match[str]) -> Tag:
    name = match.group("name")
    params = match.group("params") or ""
    positional, named = parse_params(params)
    return Tag(
        "liquid",
        name,
        match.group(0),
        closing=name.startswith("end"),
        positional=positional,
        named=named,
    )


def liquid_output(match: re.Match[str]) -> Tag:
    return Tag("output", match.group("expr").strip(), match.group(0))


def find_tags(text: str, hugo: bool, liquid: bool) -> list[tuple[int, int, Tag]]:
    """Every tag in ``text`` as ``(start, end, tag)``, in order, without overlaps."""
    found: list[tuple[int, int, Tag]] = []
    if hugo:
        found += [(m.start(), m.end(), shortcode_tag(m)) for m in SHORTCODE.finditer(text)]
    if liquid:
        found += [(m.start(), m.end(), liquid_tag(m)) for m in LIQUID_TAG.finditer(text)]
        found += [
            (m.start(), m.end(), liquid_output(m))
            for m in LIQUID_OUTPUT.finditer(text)
            if not (hugo and text.startswith(("{{<", "{{%"), m.start()))
        ]
    found.sort(key=lambda item: (item[0], -item[1]))
    out: list[tuple[int, int, Tag]] = []
    last = -1
    for start, end, tag in found:
        if start >= last:
            out.append((start, end, tag))
            last = end
    return _drop_raw_regions(out) if liquid else out


def _drop_raw_regions(tags: list[tuple[int, int, Tag]]) -> list[tuple[int, int, Tag]]:
    """Inside ``{% raw %}…{% endraw %}`` nothing is a tag (the raw pair itself stays)."""
    out = []
    in_raw = False
    for item in tags:
        tag = item[2]
        if in_raw:
            if tag.kind == "liquid" and tag.name == "endraw":
                in_raw = False
                out.append(item)
            continue
        if tag.kind == "liquid" and tag.name == "raw":
            in_raw = True
        out.append(item)
    return out
