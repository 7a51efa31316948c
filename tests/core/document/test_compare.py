from __future__ import annotations

import pytest

from editor.core.document.compare import Row, RowKind, count_differences, map_line, side_by_side


def test_identical_texts_are_all_same_rows() -> None:
    rows = side_by_side("a\nb", "a\nb")
    assert [row.kind for row in rows] == [RowKind.SAME, RowKind.SAME]
    assert count_differences(rows) == 0


def test_a_changed_line_faces_its_replacement() -> None:
    rows = side_by_side("a\nold\nc", "a\nnew\nc")
    assert rows[1] == Row(RowKind.CHANGED, "old", "new", 2, 2)
    assert count_differences(rows) == 1


def test_an_added_line_faces_a_gap() -> None:
    rows = side_by_side("a\nc", "a\nb\nc")
    assert rows[1] == Row(RowKind.ONLY_RIGHT, None, "b", None, 2)
    assert [row.right for row in rows] == ["a", "b", "c"]


def test_a_removed_line_faces_a_gap() -> None:
    rows = side_by_side("a\nb\nc", "a\nc")
    assert rows[1] == Row(RowKind.ONLY_LEFT, "b", None, 2, None)


def test_uneven_replacement_pairs_then_leaves_gaps() -> None:
    rows = side_by_side("x\n1\n2\n3\ny", "x\none\ny")
    kinds = [row.kind for row in rows]
    assert kinds == [
        RowKind.SAME,
        RowKind.CHANGED,
        RowKind.ONLY_LEFT,
        RowKind.ONLY_LEFT,
        RowKind.SAME,
    ]


def test_rows_keep_every_line_of_both_sides_in_order() -> None:
    left, right = "t\na\nb\nc\nd\ne", "t\nb\nX\nd\ne\nf"
    rows = side_by_side(left, right)
    assert "\n".join(r.left for r in rows if r.left is not None) == left
    assert "\n".join(r.right for r in rows if r.right is not None) == right


@pytest.mark.parametrize(
    ("line", "expected"),
    [(1, 1), (3, 5), (4, 6)],  # two lines were inserted after line 2
)
def test_unchanged_lines_map_to_their_new_place(line: int, expected: int) -> None:
    old = "a\nb\nc\nd"
    new = "a\nb\nnew 1\nnew 2\nc\nd"
    assert map_line(old, new, line) == expected


def test_a_line_in_a_changed_block_stays_in_its_replacement() -> None:
    old = "a\nb\nc\nd\ne"
    new = "a\nB\ne"
    assert map_line(old, new, 3) == 2  # b..d became B: line 3 maps into it


def test_a_deleted_line_maps_to_what_follows() -> None:
    assert map_line("a\nb\nc", "a\nc", 2) == 2


def test_lines_past_the_end_are_clamped() -> None:
    assert map_line("a\nb\nc", "a", 99) == 1


def test_long_identical_head_and_tail_map_straight_through() -> None:
    body = "\n".join(f"line {n}\n" for n in range(2000))
    old = body + "\nold middle\n" + body
    new = body + "\nnew middle\nand one more\n" + body
    last = old.count("\n") + 1
    assert map_line(old, new, last) == new.count("\n") + 1
    assert map_line(old, new, 5) == 5


def test_huge_rewrites_become_one_changed_block() -> None:
    old = "\n".join(f"a{n}" for n in range(4000))
    new = "\n".join(f"b{n}" for n in range(4000))
    rows = side_by_side("same\n" + old, "same\n" + new)
    assert rows[0].kind is RowKind.SAME
    assert {row.kind for row in rows[1:]} == {RowKind.CHANGED}
    assert map_line(old, new, 1234) == 1234


@pytest.mark.parametrize(
    ("old", "new"),
    [("", "a"), ("a", ""), ("a\nb", "a\nb"), ("x\na\nb", "a\nb"), ("a\nb", "a\nb\nc")],
)
def test_rows_cover_both_texts_at_the_edges(old: str, new: str) -> None:
    rows = side_by_side(old, new)
    assert "\n".join(r.left for r in rows if r.left is not None) == old
    assert "\n".join(r.right for r in rows if r.right is not None) == new
