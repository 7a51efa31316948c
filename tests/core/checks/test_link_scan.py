"""The images and links the publish checks read are those a full CommonMark parse finds."""

from __future__ import annotations

from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from editor.core.checks import link_scan, links
from editor.core.checks.blocks import chunk_lines, parse_chunk
from editor.core.checks.link_scan import simple_targets
from editor.core.frontmatter.split import split
from tests.paths import FIXTURES

REAL_POSTS = sorted((FIXTURES / "real_posts").rglob("*.md"))


def _by_parse(text: str, refs: dict[str, dict[str, Any]]) -> tuple[links.Target, ...]:
    """What the publish checks read before the shortcut: every inline token of a full parse."""
    env: dict[str, Any] = {"references": dict(refs)} if refs else {}
    out: list[links.Target] = []
    for token in links._MD.parse(text, env):
        if token.map is None:
            continue
        for child in token.children or []:
            if child.type == "image":
                src = str(child.attrs.get("src", ""))
                out.append(links.Target("image", src, child.content, token.map[0]))
            elif child.type == "link_open":
                href = str(child.attrs.get("href", ""))
                if links.is_local(href):
                    out.append(links.Target("link", href, "", token.map[0]))
    return tuple(out)


def _chunks(text: str) -> list[str]:
    lines = text.split("\n")
    return ["\n".join(lines[start:end]) for start, end in chunk_lines(lines)]


def test_every_chunk_of_the_real_posts_has_the_targets_of_a_full_parse() -> None:
    compared = shortcut = 0
    for path in REAL_POSTS:
        body = split(path.read_text(encoding="utf-8", errors="replace")).body
        chunks = _chunks(body)
        refs: dict[str, dict[str, Any]] = {}
        for chunk in chunks:
            for label, value in links._definitions(chunk).items():
                refs.setdefault(label, value)
        for chunk in chunks:
            if "[" not in chunk:
                continue
            parsed = _by_parse(chunk, refs)
            assert links._targets(chunk, refs) == parsed, (path, chunk)
            assert links._targets(chunk, refs, parse_chunk(chunk)) == parsed, (path, chunk)
            compared += 1
            shortcut += simple_targets(links._MD, chunk) is not None
    assert compared > 500 and shortcut > 100  # the corpus exercises both paths


TRICKY = [
    "![a](b.png)",
    "![a](b.png) and [c](/d) and [e](https://f.example/)",
    "![a](<b c.png>)",
    '![a](b.png "title")',
    "[a](b(c).md)",
    "[a]( b.md )",
    "[a](b.md)(c)",
    "[[a](b.md)](c.md)",
    "![![a](b.png)](c.png)",
    "[a][ref] and [ref] and ![ref][]",
    "`[a](b.md)` and [c](d.md)",
    "[a `x` b](c.md) ![d `e]` f](g.png) ![h ``i`` j](k.png)",
    "[a](b`c) d` [e](f.md)",
    "[q](r`s) [a](b.md) t`",
    "`` ` `` [a](b.md) ``x",
    "[a `b](c.md) d` e",
    "`x\n[a](b.md)\ny` [c](d.md)",
    "``x` [a](b.md) `y``",
    "`" * 300 + " [a](b.md)",
    "\\[a](b.md) [c](d\\).md)",
    "[a](b&amp;c.md) &#91;x](y.md)",
    "<a href='x'>[a](b.md)</a> <https://x.example> [c](d.md)",
    "[a](javascript:alert(1)) [b](file:///etc/passwd) ![c](data:image/png;base64,AAA)",
    "![a](javascript:x) ![b](vbscript:y) [c](file:z.md) ![d](file:e.png)",
    "[a](%E3%81%82.md) [b](あ い.md) [c](あ.md) [d](b\u3000c.md)",
    "![a\nb](c.png) [a\nb](c.md)",
    "[](empty.md) ![](empty.png) [a]() ![b]()",
    "*[a](b_c.md)* **![x*y_z](p_q.png)** ~~[s](t.md)~~",
    "!![a](b.png) ![a] (b.png) [a] (b.md)",
    "[a](b.md\x00) [a\x00](b.md)",
    "[a](b.md\r) x\r\n[c](d.md)",
    "- ![a](b.png)\n- [c](d.md)\n\n> ![e](f.png)",
    "    ![indented](code.png)\n\n![a](b.png)",
    "# ![a](b.png)\n\nSetext [c](d.md)\n---",
    "[ref]: /target.md\n\n[ref] ![a](b.png)",
    "| ![a](b.png) | [c](d.md) |\n|---|---|\n| x | ![e](f.png) |",
    "[a](b.md)] [ [c](d.md)",
    "[a](https://例え.jp/パス) [b](//host/x) [c](#anchor) [d](?q=1)",
    "[a](HTTPS://Example.COM/x) [b](JavaScript:x) [c](DATA:image/png;x) ![d](HTTP://X.example/é)",
    "[a](mailto:x@例え.jp) [b](//例え.jp/x) [c](skype:name) [d](a:b) [e](/x/y.md#z~1)",
]


@pytest.mark.parametrize("text", TRICKY)
def test_tricky_text_has_the_targets_of_a_full_parse(text: str) -> None:
    refs = {"REF": {"href": "/target.md", "title": ""}}
    for with_refs in (refs, {}):
        parsed = _by_parse(text, with_refs)
        assert links._targets(text, with_refs) == parsed
        assert links._targets(text, with_refs, parse_chunk(text)) == parsed


_PIECES = st.sampled_from(
    [
        "![a](b.png)", "[c](d.md)", "[e](https://x.example/)", "[", "]", "(", ")", "!", "`",
        "<", ">", "\\", "&amp;", "``", "`x`", "*", "_", " ", "\n", "\n\n", "- ", "> ", "    ", "#", "x",
        "あ", "[ref]", "[ref]: /t.md\n", "|", "\"t\"", ":", "\x00", "\r",
    ]
)  # fmt: skip


@settings(max_examples=400, deadline=None)
@given(st.lists(_PIECES, max_size=24))
def test_generated_text_has_the_targets_of_a_full_parse(pieces: list[str]) -> None:
    text = "".join(pieces)
    refs = links._definitions(text)
    parsed = _by_parse(text, refs)
    assert links._targets(text, refs) == parsed
    assert links._targets(text, refs, parse_chunk(text)) == parsed


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet="aZ09/._~#-", max_size=20))
def test_plain_destinations_are_kept_as_they_are_by_the_parser(destination: str) -> None:
    if link_scan._PLAIN.fullmatch(destination):
        assert links._MD.normalizeLink(destination) == destination
