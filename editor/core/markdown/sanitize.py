"""Raw HTML in a post, made inert: no script, no event handler, no fetch Kosei did not decide on.

markdown-it passes raw HTML through verbatim; everything else it writes is
escaped by construction. So only the ``html_block`` and ``html_inline`` tokens
go through :func:`sanitize_html` (installed as their render rules by
:func:`editor.core.markdown.parser.parser`), for the preview and both exports.

The fragment is parsed and written back from the parse, so the browser sees
exactly the markup judged here (an unfinished tag at the end becomes text).
Dropped: ``<script>`` with its content; ``<base>``, every ``<link>`` (our own
stylesheets are inlined, and rel=preconnect/prefetch/dns-prefetch/preload would
open connections no request interceptor or CSP sees), ``<meta http-equiv>``
other than content-type and Content-Security-Policy (a refresh would navigate
away from our CSP), plugin elements; ``on*`` attributes, ``ping``, ``srcdoc``;
``javascript:``/``vbscript:``/``data:text/html`` URLs; comments and declarations.
The page's CSP stays the second layer.
"""

from __future__ import annotations

import html
import re
from collections.abc import Sequence
from html.parser import HTMLParser
from typing import Any

from markdown_it.token import Token

_DROP_WITH_CONTENT = {"script"}
_DROP_TAG = {"base", "link", "object", "embed", "applet", "frame", "frameset", "portal"}
_META_EQUIV_OK = {"content-type", "content-security-policy"}
_DROP_ATTRS = {"ping", "srcdoc", "formaction", "http-equiv"}
_URL_ATTRS = {
    "href", "src", "action", "poster", "background", "data", "cite", "srcset",
    "xlink:href", "lowsrc", "dynsrc", "codebase", "longdesc", "manifest",
}  # fmt: skip
_ATTR_NAME = re.compile(r"[A-Za-z_:][-A-Za-z0-9_:.]*\Z")
_TAG_NAME = re.compile(r"[A-Za-z][-A-Za-z0-9]*\Z")
# What a browser ignores inside a URL scheme: ASCII whitespace and controls anywhere.
_URL_NOISE = re.compile(r"[\x00-\x20\x7f]+")
_BAD_SCHEME = re.compile(r"(?:javascript|vbscript|livescript|data:text/html)", re.IGNORECASE)


def sanitize_html(fragment: str) -> str:
    """``fragment`` written back without anything that could run or fetch by itself."""
    if "<" not in fragment:
        return fragment
    writer = _Writer()
    try:
        writer.feed(fragment)
        writer.close()
    except (AssertionError, ValueError):
        # html.parser gives up on some declarations (``<![ref]`` raises AssertionError):
        # the writer sees the fragment as text rather than a failed preview.
        return html.escape(fragment)
    return "".join(writer.out)


def render_html_block(
    _renderer: Any, tokens: Sequence[Token], idx: int, _options: Any, _env: Any
) -> str:
    return sanitize_html(tokens[idx].content)


def render_html_inline(
    _renderer: Any, tokens: Sequence[Token], idx: int, _options: Any, _env: Any
) -> str:
    return sanitize_html(tokens[idx].content)


def dangerous_url(value: str) -> bool:
    """True for a URL whose scheme runs code (``java&#9;script:`` included, once unescaped)."""
    return _BAD_SCHEME.match(_URL_NOISE.sub("", value)) is not None


class _Writer(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.out: list[str] = []
        self._skipping = 0  # inside <script>: its text is dropped

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self._start(tag, attrs, closed=False)

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self._start(tag, attrs, closed=True)

    def _start(self, tag: str, attrs: list[tuple[str, str | None]], closed: bool) -> None:
        if tag in _DROP_WITH_CONTENT:
            if not closed:
                self._skipping += 1
            return
        if self._skipping or tag in _DROP_TAG or not _TAG_NAME.match(tag):
            return
        if tag == "meta" and not _meta_allowed(attrs):
            return
        kept = "".join(_attribute(name, value) for name, value in attrs if _keep(tag, name, value))
        self.out.append(f"<{tag}{kept}{' /' if closed else ''}>")

    def handle_endtag(self, tag: str) -> None:
        if tag in _DROP_WITH_CONTENT:
            self._skipping = max(0, self._skipping - 1)
            return
        if self._skipping or tag in _DROP_TAG or not _TAG_NAME.match(tag):
            return
        self.out.append(f"</{tag}>")

    def handle_data(self, data: str) -> None:
        if self._skipping:
            return
        if self.cdata_elem == "style":
            # CSS, written raw. No "<" may survive: inside <svg> a browser parses a
            # style element's text as markup, and "</" could end it earlier than here.
            self.out.append(data.replace("<", "\\3c "))
        else:
            self.out.append(html.escape(data, quote=False))

    # Comments, <!DOCTYPE>, <?processing?> and <![CDATA[...]]> are all dropped.
    def handle_comment(self, data: str) -> None:
        pass

    def handle_decl(self, decl: str) -> None:
        pass

    def handle_pi(self, data: str) -> None:
        pass

    def unknown_decl(self, data: str) -> None:
        pass


def _meta_allowed(attrs: list[tuple[str, str | None]]) -> bool:
    equiv = next((value for name, value in attrs if name == "http-equiv"), None)
    return equiv is None or equiv.strip().lower() in _META_EQUIV_OK


def _keep(tag: str, name: str, value: str | None) -> bool:
    if not _ATTR_NAME.match(name) or name.startswith("on"):
        return False
    if name in _DROP_ATTRS:
        return tag == "meta" and name == "http-equiv"  # checked by _meta_allowed
    if name in _URL_ATTRS and value is not None:
        if name == "srcset":
            return not any(dangerous_url(part) for part in value.split(","))
        return not dangerous_url(value)
    return True


def _attribute(name: str, value: str | None) -> str:
    if value is None:
        return f" {name}"
    return f' {name}="{html.escape(value, quote=True)}"'
