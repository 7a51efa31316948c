"""The site folder through the real window: posts dock, open, cross-post findings, updates."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog

from editor.core.site import crosspost
from editor.ui.app.windows import WindowManager
from editor.ui.site.controller import WindowSite
from editor.ui.site.model import COLUMNS
from editor.ui.site.new_post_dialog import NewPostDialog
from editor.ui.site.quick_open import QuickOpenDialog
from editor.ui.site.rename_dialog import RenameDialog
from editor.ui.window.main_window import MainWindow
from tests.core.site.helpers import jekyll_site, write
from tests.ui.conftest import wait_for_checks


@pytest.fixture(autouse=True)
def _no_leftover_indexes():
    yield
    crosspost._ATTACHED.clear()


def open_site(manager: WindowManager, qtbot: Any, root: Path) -> tuple[MainWindow, WindowSite]:
    manager.open_paths([root])
    window = manager.windows[0]
    site = manager.site.windows[window]
    assert site.session is not None
    qtbot.waitUntil(lambda: site.session.ready, timeout=10000)
    return window, site


def test_posts_dock_lists_sorts_and_filters(
    manager: WindowManager, qtbot: Any, tmp_path: Path
) -> None:
    root = jekyll_site(tmp_path / "blog")
    window, site = open_site(manager, qtbot, root)
    assert site.posts_dock.isVisibleTo(window)
    panel = site.posts
    assert sorted(panel.rows()) == [
        "_drafts/idea.md",
        "_posts/2026-01-01-one.md",
        "_posts/2026-01-02-two.md",
        "_posts/2026-01-03-three.md",
    ]
    panel.table.sortByColumn(COLUMNS.index("title"), Qt.SortOrder.AscendingOrder)
    assert panel.rows()[0] == "_drafts/idea.md"  # Idea, One, Two, 三つ目の記事
    panel.table.sortByColumn(COLUMNS.index("findings"), Qt.SortOrder.DescendingOrder)
    assert set(panel.rows()[:2]) == {"_posts/2026-01-01-one.md", "_posts/2026-01-02-two.md"}
    panel.filter_edit.setText("三つ")  # QTest cannot type non-ASCII keys
    assert panel.rows() == ["_posts/2026-01-03-three.md"]
    panel.filter_edit.clear()
    qtbot.keyClicks(panel.filter_edit, "01-02")  # the file name counts too
    assert panel.rows() == ["_posts/2026-01-02-two.md"]
    panel.filter_edit.clear()
    panel.state_box.setCurrentIndex(panel.state_box.findData("draft"))
    assert sorted(panel.rows()) == ["_drafts/idea.md", "_posts/2026-01-03-three.md"]
    panel.state_box.setCurrentIndex(0)
    panel.tag_box.setCurrentIndex(panel.tag_box.findData("python"))
    assert panel.rows() == ["_posts/2026-01-01-one.md"]


def test_enter_opens_the_post_and_an_open_post_is_focused(
    manager: WindowManager, qtbot: Any, tmp_path: Path
) -> None:
    root = jekyll_site(tmp_path / "blog")
    window, site = open_site(manager, qtbot, root)
    panel = site.posts
    qtbot.keyClicks(panel.filter_edit, "Two")
    panel.table.setFocus()
    panel.table.setCurrentIndex(panel.proxy.index(0, 0))
    qtbot.keyClick(panel.table, Qt.Key.Key_Return)
    two = (root / "_posts" / "2026-01-02-two.md").resolve()
    opened = manager.window_for(two)
    assert opened is not None and opened.editor.text().startswith("---\ntitle: Two")
    count = len(manager.windows)
    qtbot.keyClick(panel.table, Qt.Key.Key_Return)
    assert len(manager.windows) == count
    assert manager.window_for(two) is opened


def test_opening_a_post_opens_its_site_and_the_cross_post_finding_opens_the_other_post(
    manager: WindowManager, qtbot: Any, tmp_path: Path
) -> None:
    root = jekyll_site(tmp_path / "blog")
    two = root / "_posts" / "2026-01-02-two.md"
    [window] = manager.open_paths([two])
    site = manager.site.windows[window]
    assert site.session is not None
    qtbot.waitUntil(lambda: site.session.ready, timeout=10000)
    wait_for_checks(qtbot, window)
    found = [f for f in window.checks._panel.findings if f.kind == "cross-post"]
    assert len(found) == 1
    window.checks._panel.finding_activated.emit(found[0])
    other = manager.window_for(root / "_posts" / "2026-01-01-one.md")
    assert other is not None and other is not window
    assert other.editor.line_column()[0] == 8


def test_external_change_reaches_the_posts_dock(
    manager: WindowManager, qtbot: Any, tmp_path: Path
) -> None:
    root = jekyll_site(tmp_path / "blog")
    _, site = open_site(manager, qtbot, root)
    write(
        root / "_posts" / "2026-05-01-new.md", "---\ntitle: Brand new\ntags: [fresh]\n---\n\nHi.\n"
    )
    qtbot.waitUntil(lambda: "_posts/2026-05-01-new.md" in site.posts.rows(), timeout=8000)
    assert site.posts.tag_box.findData("fresh") >= 0


def test_saving_a_post_updates_its_row(manager: WindowManager, qtbot: Any, tmp_path: Path) -> None:
    root = jekyll_site(tmp_path / "blog")
    one = root / "_posts" / "2026-01-01-one.md"
    [window] = manager.open_paths([one])
    site = manager.site.windows[window]
    qtbot.waitUntil(lambda: site.session is not None and site.session.ready, timeout=10000)
    window.editor.replace_text_minimal(window.editor.text().replace("title: One", "title: Renamed"))
    assert window.files.write(one)
    entry = site.session.model.entries[site.session.model.row_of("_posts/2026-01-01-one.md")]
    assert entry.title == "Renamed"


def test_new_post_is_created_where_jekyll_wants_it_and_opened(
    manager: WindowManager, qtbot: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    root = jekyll_site(tmp_path / "blog")
    window, site = open_site(manager, qtbot, root)

    def fake_exec(dialog: NewPostDialog) -> int:
        dialog.title_edit.setText("Fresh Post")
        assert dialog.path_label.text().endswith("-fresh-post.md")
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(NewPostDialog, "exec", fake_exec)
    site.actions["new_post"].trigger()
    created = [p for p in (root / "_posts").iterdir() if p.name.endswith("-fresh-post.md")]
    assert len(created) == 1
    assert created[0].read_text(encoding="utf-8").startswith("---\ntitle: Fresh Post\n")
    assert manager.window_for(created[0]) is not None
    rel = created[0].relative_to(root.resolve()).as_posix()
    assert rel in site.posts.rows()


def test_rename_from_the_taxonomy_view(
    manager: WindowManager, qtbot: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    root = jekyll_site(tmp_path / "blog")
    _, site = open_site(manager, qtbot, root)
    tree = site.taxonomy.tree
    tags = tree.topLevelItem(0)
    items = [tags.child(i) for i in range(tags.childCount())]
    for item in items:
        item.setSelected(item.text(0).startswith(("js ", "JavaScript ")))
    assert "≈" in next(i.text(0) for i in items if i.text(0).startswith("js "))
    previews: list[str] = []

    def fake_exec(dialog: RenameDialog) -> int:
        dialog.name_edit.setText("javascript")
        previews.append(dialog.preview.toPlainText())
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(RenameDialog, "exec", fake_exec)
    site.taxonomy.rename_button.click()
    assert previews[0].splitlines() == [
        "_posts/2026-01-01-one.md",
        "  3: - tags: [js, python]",
        "  3: + tags: [javascript, python]",
        "_posts/2026-01-02-two.md",
        "  4: -   - JavaScript",
        "  4: +   - javascript",
    ]
    assert "tags: [javascript, python]" in (root / "_posts" / "2026-01-01-one.md").read_text(
        encoding="utf-8"
    )
    assert site.session.index.term_counts("tags")["javascript"] == 2


def test_quick_open_and_site_search_open_posts(
    manager: WindowManager, qtbot: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    root = jekyll_site(tmp_path / "blog")
    window, site = open_site(manager, qtbot, root)

    def fake_exec(dialog: QuickOpenDialog) -> int:
        dialog.query_edit.setText("三つ目")
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(QuickOpenDialog, "exec", fake_exec)
    site.actions["quick_open"].trigger()
    assert manager.window_for(root / "_posts" / "2026-01-03-three.md") is not None

    site.actions["search_site"].trigger()
    dialog = site.search
    assert dialog is not None
    dialog.query_edit.setText("careful drafts")
    dialog.run()
    qtbot.waitUntil(lambda: dialog.results.topLevelItemCount() == 2, timeout=5000)
    hit = dialog.results.topLevelItem(1).child(0)
    assert hit.text(0).startswith("11: ")
    dialog.results.itemActivated.emit(hit, 0)
    two = manager.window_for(root / "_posts" / "2026-01-02-two.md")
    assert two is not None and two.editor.line_column()[0] == 11
    dialog.close()


def test_save_as_of_an_untitled_post_proposes_the_sites_path(
    manager: WindowManager, qtbot: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    root = jekyll_site(tmp_path / "blog")
    window, _ = open_site(manager, qtbot, root)
    window.editor.replace_text_minimal("---\ntitle: Hello There\n---\n\nBody.\n")
    asked: list[str] = []
    monkeypatch.setattr(
        "editor.ui.files.controller.dialogs.ask_save_path",
        lambda _parent, suggested: asked.append(suggested),
    )
    window.files.save_as()
    assert Path(asked[0]).parent == root.resolve() / "_posts"
    assert asked[0].endswith("-hello-there.md")
