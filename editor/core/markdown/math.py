"""TeX formulas to MathML (Chromium draws MathML itself: no script, no font download).

``$…$``/``$$…$$`` come from mdit-py-plugins' dollar-math rules (no space inside
the delimiters and no digit after the opening ``$``, so prices such as ``$5``
stay text), ``\\(…\\)``/``\\[…\\]`` from its bracket rules. A formula that does
not convert shows its source and the reason, and is a ``markup`` finding.
"""

from __future__ import annotations

import html
import re
from collections.abc import Sequence
from functools import lru_cache
from typing import Any

from markdown_it import MarkdownIt
from markdown_it.token import Token
from mdit_py_plugins.dollarmath import dollarmath_plugin
from mdit_py_plugins.texmath import texmath_plugin

from editor.core.markdown.svg_clean import clean_markup

_UNKNOWN_COMMAND = re.compile(r"<mi>\\([A-Za-z]+)</mi>")
MAX_FORMULA = 20_000


class MathError(ValueError):
    """A formula latex2mathml cannot convert (the message says why)."""


@lru_cache(maxsize=1024)
def to_mathml(tex: str, display: bool) -> str:
    """MathML for ``tex`` with the source kept as its TeX annotation; raises :class:`MathError`."""
    if len(tex) > MAX_FORMULA:
        raise MathError("formula too long")
    try:
        from latex2mathml.converter import convert
    except ImportError as error:  # an install without latex2mathml: show the source
        raise MathError("no MathML converter installed") from error
    try:
        mathml = convert(tex.strip(), display="block" if display else "inline")
    except Exception as error:  # noqa: BLE001 - latex2mathml raises many kinds
        raise MathError(type(error).__name__ + (f": {error}" if str(error) else "")) from error
    unknown = _UNKNOWN_COMMAND.search(mathml)
    if unknown:
        raise MathError(f"unknown command \\{unknown.group(1)}")
    annotation = f'<annotation encoding="application/x-tex">{html.escape(tex.strip())}</annotation>'
    start = mathml.index(">") + 1
    mathml = f"{mathml[:start]}<semantics>{mathml[start:-7]}{annotation}</semantics></math>"
    return clean_markup(mathml)


def math_error(tex: str, display: bool) -> str | None:
    """Why ``tex`` does not convert, or None when it does."""
    try:
        to_mathml(tex, display)
    except MathError as error:
        return str(error)
    return None


def math_plugin(md: MarkdownIt, dollar: bool, brackets: bool) -> None:
    if dollar:
        dollarmath_plugin(md, allow_space=False, allow_digits=False, double_inline=True)
    if brackets:
        texmath_plugin(md, delimiters="brackets")
    for name in ("math_inline", "math_inline_double"):
        md.add_render_rule(name, _render_inline)
    for name in ("math_block", "math_block_label", "math_block_eqno"):
        md.add_render_rule(name, _render_block)


def render_formula(tex: str, display: bool) -> str:
    try:
        return to_mathml(tex, display)
    except MathError as error:
        element = "div" if display else "span"
        return (
            f'<{element} class="kosei-math-error"><code>{html.escape(tex)}</code>'
            f'<span class="kosei-error">{html.escape(str(error))}</span></{element}>'
        )


def _render_inline(
    _renderer: Any, tokens: Sequence[Token], idx: int, _options: Any, _env: Any
) -> str:
    token = tokens[idx]
    return render_formula(token.content, token.type == "math_inline_double")


def _render_block(
    _renderer: Any, tokens: Sequence[Token], idx: int, _options: Any, _env: Any
) -> str:
    token = tokens[idx]
    line = token.attrGet("data-line") or ""
    data_line = f' data-line="{line}"' if line else ""
    return f'<div class="kosei-math"{data_line}>{render_formula(token.content, True)}</div>\n'
