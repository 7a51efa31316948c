"""Jekyll's Published switch for a post without the key shows what Jekyll does (#16 item 5).

Written only against the form's long-standing surface (``set_source``, ``fields``,
``changed``), so it also ran on the code before the fix, where it failed: an
unchecked box said "not published" for a post Jekyll publishes.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from PySide6.QtWidgets import QCheckBox, QComboBox, QLabel

from editor.ui.form.form import FrontMatterForm

POST = "---\ntitle: Harbour\ndate: 2026-11-30 08:00:00 +0900\n---\n\nBody.\n"


@pytest.fixture
def form(qtbot: Any) -> FrontMatterForm:
    widget = FrontMatterForm()
    qtbot.addWidget(widget)
    widget.resize(360, 600)
    widget.show()
    return widget


def _jekyll_post(tmp_path: Path) -> Path:
    (tmp_path / "_config.yml").write_text("title: Site\n", encoding="utf-8")
    (tmp_path / "_posts").mkdir()
    path = tmp_path / "_posts" / "2026-11-30-harbour.md"
    path.write_text(POST, encoding="utf-8")
    return path


def _shown_text(field: Any) -> str:
    parts = [combo.currentText() for combo in field.findChildren(QComboBox)]
    parts += [label.text() for label in field.findChildren(QLabel)]
    parts += [box.text() for box in field.findChildren(QCheckBox) if box.isChecked()]
    return " ".join(parts)


def test_a_jekyll_post_without_published_is_not_shown_as_unpublished(
    form: FrontMatterForm, tmp_path: Path
) -> None:
    form.set_source(POST, _jekyll_post(tmp_path))
    field = form.fields["published"]
    unchecked = [box for box in field.findChildren(QCheckBox) if not box.isChecked()]
    assert unchecked == []  # an empty box reads "not published"
    assert "publishes" in _shown_text(field)  # it says what Jekyll does with the post
