"""A paired template tag across a blank line makes the analysis parse the body whole."""

from __future__ import annotations

from pathlib import Path

import pytest

from editor.core.markdown.analysis import analyse
from editor.core.markdown.dialects import Dialect, cached_dialect_for
from editor.core.markdown.render import render_with_stats
from editor.core.markdown.spanning import pair_spans_blank_line
from tests.paths import REPO

LIQUID = "Intro.\n\n{% highlight bash %}\n# one\nls\n\n# two\npwd\n{% endhighlight %}\n\nEnd.\n"
HUGO = "Intro.\n\n{{< details >}}\nFirst.\n\nSecond.\n{{< /details >}}\n\nEnd.\n"


def test_pairs_with_and_without_blank_lines() -> None:
    assert pair_spans_blank_line(LIQUID, liquid=True, hugo=False)
    assert not pair_spans_blank_line(LIQUID, liquid=False, hugo=True)
    assert pair_spans_blank_line(HUGO, liquid=False, hugo=True)
    tight = "{% highlight bash %}\nls\n{% endhighlight %}\n\nText.\n"
    assert not pair_spans_blank_line(tight, liquid=True, hugo=True)
    assert not pair_spans_blank_line("{% endraw %}\n\n{% raw %}\n", liquid=True, hugo=True)


@pytest.mark.parametrize(
    ("generator", "body"), [("jekyll", LIQUID), ("eleventy", LIQUID), ("hugo", HUGO)]
)
def test_analysis_equals_a_whole_render(generator: str, body: str) -> None:
    dialect = Dialect(generator=generator)
    text = "---\ntitle: T\n---\n" + body
    analysis = analyse(text, None, dialect)
    rendered, stats = render_with_stats(text, dialect)
    assert analysis.html == rendered.html
    assert analysis.stats.words == stats.words
    # and after an edit in the pair's second half
    edited = text.replace("pwd", "pwd -P").replace("Second.", "Second, edited.")
    again = analyse(edited, analysis, dialect)
    assert again.html == render_with_stats(edited, dialect)[0].html


def test_a_real_eleventy_post() -> None:
    path = REPO / "tests/fixtures/real_posts/11ty__11ty-website/2021-10-06-eleventy-v1-beta.md"
    text = Path(path).read_text(encoding="utf-8")
    dialect = cached_dialect_for(path, text)
    rendered, stats = render_with_stats(text, dialect)
    analysis = analyse(text, None, dialect)
    assert analysis.html == rendered.html and analysis.stats.words == stats.words
