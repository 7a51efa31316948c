"""The preview patches blocks: the DOM read back after edits equals a page built whole."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt

from editor.core.markdown.render import render_text
from editor.ui.app.windows import WindowManager
from editor.ui.window.main_window import MainWindow
from tests.ui.conftest import open_window, run_js

POST = (
    "---\ntitle: Patch\n---\n\n# Heading\n\nFirst paragraph with a [link][home].\n\n"
    "Second paragraph.\n\n- item one\n- item two\n\nThird paragraph.\n\n"
    "[home]: https://example.com/\n"
)


def _dom(qtbot: Any, window: MainWindow) -> str:
    return str(run_js(qtbot, window, "document.getElementById('kosei-content').innerHTML"))


def _built_whole(qtbot: Any, window: MainWindow) -> str:
    html = json.dumps(render_text(window.editor.text()).html)
    script = f"(function(){{var t=document.createElement('template');t.innerHTML={html};return t.innerHTML}})()"
    return str(run_js(qtbot, window, script))


def _edit(qtbot: Any, window: MainWindow, old: str, new: str) -> None:
    text = window.editor.text()
    assert old in text
    with qtbot.waitSignal(window.preview.content_shown, timeout=10000):
        window.editor.replace_text_minimal(text.replace(old, new, 1))
    qtbot.waitUntil(lambda: not window.render_loop.runner.busy, timeout=10000)
    qtbot.wait(30)


def test_patched_dom_equals_a_whole_render_after_insert_delete_and_merge(
    manager: WindowManager, qtbot: Any, tmp_path: Path
) -> None:
    path = tmp_path / "post.md"
    path.write_text(POST, encoding="utf-8")
    window = open_window(manager, qtbot, path)
    assert _dom(qtbot, window) == _built_whole(qtbot, window)
    steps = [
        ("Second paragraph.\n", "Second paragraph.\n\nA new block.\n\n## New heading\n"),  # insert
        ("- item one\n- item two\n\n", ""),  # delete
        ("Second paragraph.\n\nA new block.", "Second paragraph.\nA new block."),  # merge
        ("Third paragraph.", "Third with a note[^1].\n\n[^1]: The note."),  # footnote list
        ("# Heading\n\n", "# Heading\n\nEarlier note[^0].\n\n[^0]: Zero.\n\n"),  # renumbered
        ("[home]: https://example.com/", "[home]: https://example.org/"),  # reference moved
        ("A new block.", "A new block.\n\n```\nopen fence"),  # a fence to the end
    ]
    for number, (old, new) in enumerate(steps):
        _edit(qtbot, window, old, new)
        dom = _dom(qtbot, window)
        assert dom == _built_whole(qtbot, window), (old, new)
        if number == 5:
            assert 'href="https://example.org/"' in dom
            assert dom.count('class="footnote-item"') == 2
    code = _dom(qtbot, window).split("open fence")[1].split('<hr class="footnotes-sep"')[0]
    assert "Third with a note" in code and "<p " not in code  # the fence swallowed the rest


def test_typing_in_a_paragraph_sends_only_that_block(
    manager: WindowManager, qtbot: Any, tmp_path: Path
) -> None:
    path = tmp_path / "long.md"
    path.write_text(
        "\n\n".join(f"Paragraph {i} with words." for i in range(2000)), encoding="utf-8"
    )
    window = open_window(manager, qtbot, path)
    cursor = window.editor.textCursor()
    cursor.setPosition(window.editor.position_of(2001, 5))
    window.editor.setTextCursor(cursor)
    with qtbot.waitSignal(window.preview.content_shown, timeout=10000):
        qtbot.keyClicks(window.editor, "XYZ")
    qtbot.waitUntil(lambda: not window.render_loop.runner.busy, timeout=10000)
    qtbot.wait(30)
    assert "ParaXYZ" in _dom(qtbot, window) or "PaXYZ" in _dom(qtbot, window)
    assert window.preview.last_patch_chars < 400  # one paragraph, not 60 KB of page
    assert run_js(qtbot, window, "window.kosei.blockCount()") == 2000


@pytest.mark.parametrize("count", [400, 2400])  # 2400: only blocks near the screen laid out
def test_the_block_being_typed_stays_visible_at_the_end_of_a_long_post(
    manager: WindowManager, qtbot: Any, tmp_path: Path, count: int
) -> None:
    path = tmp_path / "long.md"
    path.write_text("\n\n".join(f"Paragraph {i}." for i in range(count)) + "\n", encoding="utf-8")
    window = open_window(manager, qtbot, path)
    window.resize(1000, 600)
    window.editor.moveCursor(window.editor.textCursor().MoveOperation.End)
    run_js(qtbot, window, "window.scrollTo(0, 0)")
    with qtbot.waitSignal(window.preview.content_shown, timeout=10000):
        qtbot.keyClick(window.editor, Qt.Key.Key_Return)
        qtbot.keyClicks(window.editor, "Last words")
    qtbot.waitUntil(lambda: "Last words" in _dom(qtbot, window), timeout=10000)
    qtbot.waitUntil(
        lambda: run_js(
            qtbot,
            window,
            "(function(){var p=document.querySelectorAll('#kosei-content p');"
            "var r=p[p.length-1].getBoundingClientRect();return r.bottom<=window.innerHeight&&r.top>=0})()",
        ),
        timeout=5000,
    )


def test_a_post_of_thousands_of_blocks_is_laid_out_near_the_screen_only(
    manager: WindowManager, qtbot: Any, tmp_path: Path
) -> None:
    path = tmp_path / "long.md"
    paragraphs = "\n\n".join(f"Paragraph {i} of a very long post." for i in range(2100))
    path.write_text("# Long\n\n" + paragraphs + "\n", encoding="utf-8")
    window = open_window(manager, qtbot, path)
    probe = (
        "(function(){var m=document.getElementById('kosei-content');"
        "return m.classList.contains('kosei-many')+' '+"
        "getComputedStyle(m.lastElementChild).contentVisibility+' '+"
        "m.children.length})()"
    )
    many, visibility, count = str(run_js(qtbot, window, probe)).split()
    assert (many, visibility) == ("true", "auto") and int(count) >= 2000
    # Cut the post to a few blocks: every block is laid out again, and the text is all there.
    _edit(qtbot, window, paragraphs, "Only one paragraph now.")
    many, visibility, count = str(run_js(qtbot, window, probe)).split()
    assert (many, visibility) == ("false", "visible") and int(count) == 2
    assert _dom(qtbot, window) == _built_whole(qtbot, window)


def test_blocks_after_an_element_left_open_stay_blocks_of_their_own(
    manager: WindowManager, qtbot: Any, tmp_path: Path
) -> None:
    path = tmp_path / "open.md"
    path.write_text(
        '# Open\n\n<div class="note">\n\nInside paragraph.\n\n</div>\n\nAfter it.\n',
        encoding="utf-8",
    )
    window = open_window(manager, qtbot, path)
    probe = (
        "(function(){var m=document.getElementById('kosei-content');"
        "return Array.prototype.map.call(m.children,function(e){return e.tagName}).join(' ')+"
        "'|'+m.querySelectorAll('div.note p').length+'|'+window.kosei.blockCount()})()"
    )
    # One parse of all blocks would put the paragraphs inside the open div: parsed one by one.
    assert run_js(qtbot, window, probe) == "H1 DIV P P|0|5"
    _edit(qtbot, window, "Inside paragraph.", "Inside, edited.\n\nAnd a new one.")
    assert run_js(qtbot, window, probe) == "H1 DIV P P P|0|6"
    assert "Inside, edited." in _dom(qtbot, window)
