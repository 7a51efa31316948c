"""The live preview shows posts as their generator will: read back from the real page DOM."""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any

from editor.core.markdown.export import export_html
from editor.ui.app.windows import WindowManager
from tests.core.markdown.sites import hugo_site, jekyll_site
from tests.ui.conftest import open_window, run_js

HUGO_POST = """---
title: Hugo post
---

## Setup & Run

{{< figure src="pic.png" alt="A pic" caption="The *caption*" >}}

{{< youtube w7Ft2ymGmfc >}}

See [the other post]({{< ref "other.md" >}}).

{{< notice >}}
Inside **notice**
{{< /notice >}}

<!--more-->

> [!TIP]
> A tip.

Inline $a^2 + b^2$ and a price of $5.

$$
\\int_0^1 x\\,dx
$$

```mermaid
flowchart LR
  A["<img src=x onerror=document.body.setAttribute('data-pwned','1')>"] --> B
```

{{< figure src="x.png" caption="<img src=x onerror=document.body.setAttribute('data-pwned','2')>" >}}

$\\href{javascript:document.body.setAttribute('data-pwned','3')}{click}$
"""

PASSTHROUGH = (
    "[markup.goldmark.extensions.passthrough]\nenable = true\n"
    "[markup.goldmark.extensions.passthrough.delimiters]\n"
    "inline = [['$', '$']]\nblock = [['$$', '$$']]\n"
)


def _js(qtbot: Any, window: Any, expression: str) -> Any:
    return json.loads(run_js(qtbot, window, f"JSON.stringify({expression})"))


def _hugo_window(manager: WindowManager, qtbot: Any, tmp_path: Path) -> Any:
    posts = hugo_site(tmp_path, PASSTHROUGH)
    path = posts / "post.md"
    path.write_text(HUGO_POST, encoding="utf-8")
    window = open_window(manager, qtbot, path)
    qtbot.waitUntil(lambda: _js(qtbot, window, "!!document.querySelector('svg')"), timeout=10000)
    return window


def test_hugo_shortcodes_in_the_preview_dom(
    manager: WindowManager, qtbot: Any, tmp_path: Path
) -> None:
    window = _hugo_window(manager, qtbot, tmp_path)
    assert _js(qtbot, window, "document.querySelector('figure img').getAttribute('alt')") == "A pic"
    assert _js(qtbot, window, "document.querySelector('figcaption em').textContent") == "caption"
    embed = "document.querySelector('.kosei-embed a').getAttribute('href')"
    assert _js(qtbot, window, embed) == "https://www.youtube.com/watch?v=w7Ft2ymGmfc"
    assert _js(qtbot, window, "document.querySelectorAll('iframe').length") == 0
    ref = "[...document.links].find(a => a.textContent === 'the other post').href"
    assert _js(qtbot, window, ref) == (tmp_path / "content" / "posts" / "other.md").as_uri()
    notice = "document.querySelector('[data-shortcode=notice] strong').textContent"
    assert _js(qtbot, window, notice) == "notice"


def test_hugo_conventions_math_and_diagram_in_the_preview_dom(
    manager: WindowManager, qtbot: Any, tmp_path: Path
) -> None:
    window = _hugo_window(manager, qtbot, tmp_path)
    assert _js(qtbot, window, "document.querySelector('h2').id") == "setup--run"
    assert _js(qtbot, window, "!!document.querySelector('hr.kosei-more')")
    tip = "document.querySelector('.markdown-alert-tip .markdown-alert-title').textContent"
    assert _js(qtbot, window, tip) == "Tip"
    assert _js(qtbot, window, "document.querySelectorAll('math').length") == 3
    assert _js(qtbot, window, "document.querySelectorAll('math[display=block]').length") == 1
    # MathML is laid out by the engine itself: the fraction of the integral has real size.
    assert _js(qtbot, window, "document.querySelector('math').getBoundingClientRect().width") > 0
    assert "price of $5" in _js(qtbot, window, "document.body.textContent")
    assert _js(qtbot, window, "document.querySelectorAll('figure.kosei-mermaid svg').length") == 1


def test_hostile_shortcode_mermaid_and_mathml_run_and_fetch_nothing(
    manager: WindowManager, qtbot: Any, tmp_path: Path
) -> None:
    window = _hugo_window(manager, qtbot, tmp_path)
    qtbot.wait(500)
    assert _js(qtbot, window, "document.body.getAttribute('data-pwned')") is None
    assert _js(qtbot, window, "document.querySelectorAll('script, foreignObject').length") == 0
    assert _js(qtbot, window, "document.querySelectorAll('math [href]').length") == 0
    assert not [u for u in window.preview.guard.blocked if u.startswith(("http:", "https:"))]


def test_jekyll_liquid_and_kramdown_in_the_preview_dom(
    manager: WindowManager, qtbot: Any, tmp_path: Path
) -> None:
    posts = jekyll_site(tmp_path)
    path = posts / "2024-02-02-post.md"
    path.write_text(
        "---\ntitle: Jekyll post\n---\n\n## First Steps\n\nLead.\n{: .lead}\n\n"
        "{% raw %}\nLiteral {{ page.title }}\n{% endraw %}\n\n"
        "Welcome to {{ site.title }}: [older]({% post_url 2024-01-01-other %}).\n\n"
        '{% include card.html name="x" %}\n',
        encoding="utf-8",
    )
    window = open_window(manager, qtbot, path)
    assert _js(qtbot, window, "document.querySelector('h2').id") == "first-steps"
    assert _js(qtbot, window, "document.querySelector('p.lead').textContent") == "Lead."
    text = _js(qtbot, window, "document.body.textContent")
    assert "Literal {{ page.title }}" in text and "Welcome to My Site" in text
    older = "[...document.links].find(a => a.textContent === 'older').href"
    assert _js(qtbot, window, older) == (posts / "2024-01-01-other.md").as_uri()
    assert _js(qtbot, window, "document.querySelector('.kosei-include code').textContent") == (
        "card.html"
    )


def test_html_export_carries_mathml_and_svg(tmp_path: Path) -> None:
    posts = hugo_site(tmp_path, PASSTHROUGH)
    path = posts / "post.md"
    path.write_text(HUGO_POST, encoding="utf-8")
    page = export_html(HUGO_POST, base_dir=posts, out_dir=tmp_path, source=path).html
    assert page.count("<math") == 3 and "<svg" in page and "kosei-embed" in page
    assert "<script" not in page.lower()
    assert not re.search(r"<[^>]*\sonerror=", page)  # shown as text (escaped), never an attribute
