"""Formulas to MathML and Mermaid to SVG, without scripts; hostile input stays inert."""

from __future__ import annotations

import pytest

from editor.core.markdown import mermaid
from editor.core.markdown.render import render_text


@pytest.mark.parametrize(
    "source",
    [
        "Inline $E = mc^2$ here.",
        "Inline \\(E = mc^2\\) here.",
        "$$\nE = mc^2\n$$",
        "\\[\nE = mc^2\n\\]",
    ],
)
def test_every_math_form_becomes_mathml(source: str) -> None:
    html = render_text(source + "\n").body_html
    assert "<math" in html and '<annotation encoding="application/x-tex">E = mc^2' in html


def test_display_math_keeps_its_lines_as_one_block() -> None:
    html = render_text("$$\na = 1 \\\\\nb = 2\n$$\n").body_html
    assert html.count("<math") == 1 and 'display="block"' in html


def test_prices_stay_text() -> None:
    html = render_text("It costs $5 or $10 today.\n").body_html
    assert "<math" not in html and "$5 or $10" in html


def test_broken_formula_shows_source_and_error() -> None:
    html = render_text("Bad $\\begin{matrix} a$ here.\n").body_html
    assert "kosei-math-error" in html and "\\begin{matrix} a" in html


def test_mathml_href_is_removed() -> None:
    html = render_text("$\\href{javascript:alert(1)}{x}$\n").body_html
    assert "<math" in html and "href=" not in html and 'href="javascript' not in html


def test_mermaid_fence_becomes_inline_svg() -> None:
    html = render_text("```mermaid\nflowchart LR\n  A --> B\n```\n").body_html
    assert '<figure class="kosei-mermaid"' in html and "<svg" in html


def test_mermaid_label_with_html_runs_nothing() -> None:
    html = render_text(
        '```mermaid\nflowchart LR\n  A["<img src=x onerror=alert(1)><script>alert(2)</script>"] --> B\n```\n'
    ).body_html
    assert "<svg" in html
    assert "<script" not in html.lower() and "onerror" not in html.lower()
    assert "<foreignobject" not in html.lower()


def test_failed_diagram_shows_the_error_under_its_source() -> None:
    html = render_text("```mermaid\nflowchart LR\n  A -->\n```\n").body_html
    assert "kosei-mermaid-failed" in html and "A --&gt;" in html and "kosei-error" in html


def test_diagrams_are_cached_by_content(monkeypatch: pytest.MonkeyPatch) -> None:
    source = "flowchart LR\n  Cached --> Twice\n"
    mermaid.diagram_svg(source)
    calls: list[str] = []
    monkeypatch.setattr(mermaid, "_render", lambda s: calls.append(s) or ("", "x"))
    assert mermaid.diagram_svg(source)[0].startswith("<svg")
    assert calls == []


def test_without_mmdr_the_fence_is_a_labelled_code_block(monkeypatch: pytest.MonkeyPatch) -> None:
    import builtins

    real_import = builtins.__import__

    def no_mmdr(name: str, *args: object, **kwargs: object) -> object:
        if name == "mmdr":
            raise ImportError(name)
        return real_import(name, *args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(builtins, "__import__", no_mmdr)
    html = render_text("```mermaid\nflowchart LR\n  Only --> Here\n```\n").body_html
    assert "kosei-mermaid-failed" in html and "no Mermaid renderer" in html
    # The caption says where the renderer comes from, in English and Japanese.
    caption = html.split("<figcaption", 1)[1]
    assert caption.count("sudo apt install kosei-diagrams") == 2 and "pip install" in caption
    assert '<span lang="ja">Mermaid の図' in caption


def test_shortcode_parameter_with_script_is_escaped() -> None:
    html = render_text(
        '{{< figure src="javascript:alert(1)" caption="<script>alert(1)</script>" >}}\n'
    ).body_html
    assert "<script" not in html and "javascript:" not in html
