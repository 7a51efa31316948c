"""Strip anything active from generated SVG and MathML before it reaches the page.

The preview already runs no script (CSP and settings), so this is the second
lock: no ``<script>``/``<foreignObject>``/embedded documents, no event
attributes, no link or resource address other than an in-page ``#id``, no CSS
that loads something.
"""

from __future__ import annotations

import html
import re
from html.parser import HTMLParser

_DROP_WITH_CONTENT = frozenset(
    {"script", "foreignobject", "iframe", "object", "embed", "noscript", "template", "title"}
)
_DROP_TAG = frozenset(
    {
        "link",
        "meta",
        "base",
        "form",
        "input",
        "button",
        "textarea",
        "audio",
        "video",
        "image",
        "img",
        "animate",
        "set",
        "animatemotion",
        "animatetransform",
        "handler",
        "use",
    }
)
_URL_ATTRS = frozenset({"href", "xlink:href", "src", "action", "formaction", "data", "from", "to"})
_CSS_LOAD = re.compile(r"@import|url\(\s*['\"]?(?!#)|expression\s*\(|behavior\s*:", re.I)
_VOID = frozenset({"br", "hr", "col", "wbr"})


class _Cleaner(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=False)
        self.out: list[str] = []
        self.skip = 0
        self.in_style = False

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self._start(tag, attrs, closed=False)

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self._start(tag, attrs, closed=True)

    def _start(self, tag: str, attrs: list[tuple[str, str | None]], closed: bool) -> None:
        if self.skip or tag in _DROP_WITH_CONTENT:
            if not closed and tag in _DROP_WITH_CONTENT:
                self.skip += 1
            return
        if tag in _DROP_TAG:
            return
        kept = []
        for name, value in attrs:
            value = value or ""
            if name.startswith("on") or name in ("style",) and _CSS_LOAD.search(value):
                continue
            if name in _URL_ATTRS and not value.strip().startswith("#"):
                continue
            kept.append(f' {name}="{html.escape(value, quote=True)}"')
        self.out.append(f"<{tag}{''.join(kept)}{' /' if closed else ''}>")
        self.in_style = tag == "style" and not closed

    def handle_endtag(self, tag: str) -> None:
        if tag in _DROP_WITH_CONTENT:
            self.skip = max(0, self.skip - 1)
            return
        if self.skip or tag in _DROP_TAG or tag in _VOID:
            return
        self.in_style = False
        self.out.append(f"</{tag}>")

    def handle_data(self, data: str) -> None:
        if self.skip:
            return
        if self.in_style:
            self.out.append(_CSS_LOAD.sub("/* removed */", data).replace("</", ""))
        else:
            self.out.append(html.escape(data, quote=False))

    def handle_entityref(self, name: str) -> None:
        if not self.skip:
            self.out.append(f"&{name};")

    def handle_charref(self, name: str) -> None:
        if not self.skip:
            self.out.append(f"&#{name};")


def clean_markup(markup: str) -> str:
    """``markup`` (SVG or MathML) with every active part removed."""
    cleaner = _Cleaner()
    try:
        cleaner.feed(markup)
        cleaner.close()
    except (AssertionError, ValueError):
        return ""  # markup html.parser cannot read is not shown at all
    return "".join(cleaner.out)
