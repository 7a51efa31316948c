"""Does a paired template tag hold a blank line (``{% highlight %}`` … ``{% endhighlight %}``)?

The incremental analysis cuts the body at blank lines; a Liquid or Hugo pair that
spans one parses differently alone than in the whole text, so such a body is
parsed whole (as a body with footnotes is).
"""

from __future__ import annotations

import re

# A tag at the start of a line: Liquid ``{% name`` / ``{% endname`` or Hugo ``{{< name`` /
# ``{{< /name`` (and the ``{{%`` forms).
_TAG = re.compile(
    r"^[ \t]*(?:\{%-?[ \t]*(?P<lend>end)?(?P<lname>\w+)"
    r"|\{\{[<%][ \t]*(?P<hend>/)?[ \t]*(?P<hname>[\w.\-/]+))",
    re.M,
)
_BLANK = re.compile(r"\n[ \t]*\n")


def pair_spans_blank_line(body: str, liquid: bool, hugo: bool) -> bool:
    """True when some paired tag of the enabled kinds opens and closes across a blank line."""
    if not (liquid and "{%" in body) and not (hugo and "{{" in body):
        return False
    opened: dict[tuple[str, str], int] = {}
    for match in _TAG.finditer(body):
        if match.group("lname") is not None:
            if not liquid:
                continue
            kind, name, closing = "l", match.group("lname"), match.group("lend") is not None
        else:
            if not hugo:
                continue
            kind, name, closing = "h", match.group("hname"), match.group("hend") is not None
        if not closing:
            opened[(kind, name)] = match.end()
            continue
        start = opened.pop((kind, name), None)
        if start is not None and _BLANK.search(body, start, match.start()):
            return True
    return False
