"""A loop finding names the start of its sentence, so two loops in a paragraph differ."""

from __future__ import annotations

from editor.core.checks import run_checks

ONE = "The ferry left the harbour at dawn, as it always does."
TWO = "Gulls circled the old pier while the engines warmed up."


def test_a_loop_names_its_sentence() -> None:
    text = "---\ntitle: T\n---\n\n" + " ".join([ONE] * 3) + "\n\n" + " ".join([TWO] * 2) + "\n"
    loops = [f for f in run_checks(text) if f.kind == "loop"]
    assert [f.span.line for f in loops] == [5, 7]
    first, second = (f.message_en for f in loops)
    assert "“The ferry left the harb…” is repeated 3 times" in first
    assert "“Gulls circled the old p…” is repeated 2 times" in second
    assert "「The ferry left the harb…」が3回" in loops[0].message_ja
