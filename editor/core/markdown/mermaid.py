"""Mermaid fences to inline SVG with mmdr (native code; no browser, no script).

The render runs wherever :func:`editor.core.markdown.render.render_text` runs,
which the window does on its worker thread. Results are cached by diagram
source, so typing elsewhere in a post never redraws its diagrams. A diagram
that fails shows its source with the error under it; without mmdr the fence is
a labelled code block whose caption says, in English and Japanese, how to get it
(the Debian package ships mmdr in the optional ``kosei-diagrams`` package).
"""

from __future__ import annotations

import hashlib
import html
from collections import OrderedDict
from threading import Lock

from editor.core.markdown.svg_clean import clean_markup

MAX_DIAGRAM = 50_000
_CACHE_SIZE = 128
_cache: OrderedDict[str, tuple[str, str]] = OrderedDict()
_lock = Lock()
NO_RENDERER = "no Mermaid renderer installed"
# The caption under a fence when mmdr is missing: where the writer gets it.
NO_RENDERER_HELP = (
    f"{NO_RENDERER}. On Debian/Ubuntu: sudo apt install kosei-diagrams; "
    "from source, pip install -e . installs it (mmdr).",
    "Mermaid の図を描く部品が入っていません。Debian/Ubuntu では sudo apt install kosei-diagrams、"
    "ソースからの場合は pip install -e . で入ります（mmdr）。",
)


def available() -> bool:
    try:
        import mmdr  # noqa: F401
    except ImportError:
        return False
    return True


def diagram_svg(source: str) -> tuple[str, str]:
    """``(svg, "")`` for a diagram, or ``("", error)``; cached by source."""
    with _lock:
        hit = _cache.get(source)
        if hit is not None:
            _cache.move_to_end(source)
            return hit
    result = _render(source)
    with _lock:
        _cache[source] = result
        while len(_cache) > _CACHE_SIZE:
            _cache.popitem(last=False)
    return result


def _render(source: str) -> tuple[str, str]:
    if len(source) > MAX_DIAGRAM:
        return "", "diagram too long"
    try:
        import mmdr
    except ImportError:
        return "", NO_RENDERER
    try:
        svg = mmdr.render(source).svg()
    except Exception as error:  # noqa: BLE001 - mmdr reports parse errors as exceptions
        return "", str(error) or type(error).__name__
    # mmdr names every diagram "merman"; a per-diagram name keeps their styles apart.
    name = "kmm" + hashlib.sha1(source.encode()).hexdigest()[:10]
    return clean_markup(svg.replace("merman", name)), ""


def render_mermaid(source: str, line: str) -> str:
    data_line = f' data-line="{line}"' if line else ""
    svg, error = diagram_svg(source)
    if svg:
        return f'<figure class="kosei-mermaid"{data_line}>{svg}</figure>\n'
    if error == NO_RENDERER:
        en, ja = NO_RENDERER_HELP
        caption = f'Mermaid: {html.escape(en)}<br><span lang="ja">{html.escape(ja)}</span>'
    else:
        caption = f"Mermaid: {html.escape(error)}"
    return (
        f'<figure class="kosei-mermaid kosei-mermaid-failed"{data_line}>'
        f'<pre><code class="language-mermaid">{html.escape(source)}</code></pre>'
        f'<figcaption class="kosei-error">{caption}</figcaption></figure>\n'
    )
