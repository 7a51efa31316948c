"""The front-matter form: typed fields for the preset's keys, a table for the rest.

The form never changes the editor itself. It parses the editor text through
the core, and when the writer changes a field it computes the whole new text
with the lossless editor (:mod:`editor.core.frontmatter.edit`) and emits
``text_edit_requested(new_text)``; the window applies that as one undo step.
Invalid front matter makes every field read-only and shows the parser's
message: the raw text in the editor stays the truth.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import Any

from PySide6.QtCore import Signal, Slot
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from editor.core.errors import KoseiError
from editor.core.frontmatter import edit as fm_edit
from editor.core.frontmatter import presets
from editor.core.frontmatter import split as frontmatter
from editor.core.frontmatter.presets import Preset
from editor.core.frontmatter.split import FrontMatter
from editor.ui.app.i18n import tr
from editor.ui.form.chips import ChipsField
from editor.ui.form.date_field import DateField
from editor.ui.form.fields import (
    ABSENT,
    BoolField,
    Field,
    MultiLineField,
    NumberField,
    TextField,
)
from editor.ui.form.switch_field import SwitchField
from editor.ui.form.table import OtherKeysTable

_LABELS = {
    "layout": "Layout",
    "title": "Title",
    "date": "Date",
    "lastmod": "Last modified",
    "categories": "Categories",
    "tags": "Tags",
    "author": "Author",
    "excerpt": "Excerpt",
    "description": "Description",
    "permalink": "Permalink",
    "published": "Published",
    "draft": "Draft",
    "slug": "Slug",
    "aliases": "Aliases",
}


# Switches whose absence means something: what "not set" does, and the generator's rule.
_ABSENT_TEXT = {
    "jekyll.published": "Not set: Jekyll publishes the post",
    "hugo.draft": "Not set: Hugo publishes the post",
    "generic.draft": "Not set: not a draft",
}
_SWITCH_RULE = {
    "jekyll.published": "Jekyll publishes every post unless it says published: false "
    "(jekyll build --unpublished builds those too). Jekyll ignores a draft: key.",
    "hugo.draft": "Hugo leaves out posts with draft: true unless it builds with "
    "--buildDrafts (-D).",
    "generic.draft": "draft: true is read by Hugo, Eleventy, Astro and most generators, "
    "but Jekyll ignores it: for a Jekyll site choose Jekyll above and use Published.",
}


def _label(key: str) -> str:
    return tr(_LABELS[key]) if key in _LABELS else key


class FrontMatterForm(QWidget):
    text_edit_requested = Signal(str)  # the whole new file text
    preset_changed = Signal(str)

    preset_chosen = Signal(str)  # the writer picked the site by hand (to be remembered)

    def __init__(
        self,
        parent: QWidget | None = None,
        remembered_site: Callable[[Path | None], str | None] | None = None,
    ) -> None:
        super().__init__(parent)
        self._remembered_site = remembered_site or (lambda _path: None)
        self._text = ""
        self._path: Path | None = None
        self._fm: FrontMatter | None = None
        self._head = ""  # the front matter block and its newline, as last parsed
        self._preset = "generic"
        self._preset_by_hand = False
        self._sibling_cache: dict[str, list[str]] = {}
        self._session: tuple[str, str, str] | None = None  # key, text before, text after
        self._detected_for: tuple[Path | None, str | None] | None = None
        self.fields: dict[str, Field] = {}
        self._build()

    # -- construction -----------------------------------------------------------------------------
    def _build(self) -> None:
        self.preset_combo = QComboBox()
        for name, preset in presets.PRESETS.items():
            self.preset_combo.addItem(tr(preset.label), name)
        self.format_label = QLabel()
        top = QHBoxLayout()
        top.addWidget(QLabel(tr("Site")))
        top.addWidget(self.preset_combo, 1)
        top.addWidget(self.format_label)
        self.message = QLabel()
        self.message.setObjectName("frontMatterError")
        self.message.setWordWrap(True)
        self.message.setStyleSheet("color: #b3261e;")
        self.message.hide()
        self.add_button = QPushButton(tr("Add front matter"))
        self.add_button.hide()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(top)
        layout.addWidget(self.message)
        layout.addWidget(self.add_button)
        layout.addWidget(self._build_scroll_area(), 1)
        self.preset_combo.activated.connect(self._on_preset_combo_activated)
        self.add_button.clicked.connect(self._on_add_button_clicked)
        self.other.value_edited.connect(self._on_other_value_edited)
        self.other.key_renamed.connect(self._on_other_key_renamed)
        self.other.key_added.connect(self._on_other_key_added)
        self.other.key_removed.connect(self._on_other_key_removed)
        self._build_fields()

    def _build_scroll_area(self) -> QScrollArea:
        self.field_box = QWidget()
        self.field_layout = QFormLayout(self.field_box)
        self.field_layout.setContentsMargins(0, 0, 0, 0)
        # Labels go above wide fields when the pane is narrow.
        self.field_layout.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        self.other = OtherKeysTable()
        self.other_group = QGroupBox(tr("Other keys"))
        QVBoxLayout(self.other_group).addWidget(self.other)
        inner = QWidget()
        column = QVBoxLayout(inner)
        column.setContentsMargins(4, 4, 4, 4)
        column.addWidget(self.field_box)
        column.addWidget(self.other_group)
        column.addStretch(1)
        self.scroll_area = QScrollArea()
        self.scroll_area.setWidgetResizable(True)
        self.scroll_area.setWidget(inner)
        return self.scroll_area

    def _build_fields(self) -> None:
        while self.field_layout.rowCount():
            self.field_layout.removeRow(0)
        self.fields = {}
        for spec in self.preset.fields:
            field = self._make_field(spec)
            field.value_committed.connect(self._on_field_value_committed)
            self.fields[spec.key] = field
            self.field_layout.addRow(_label(spec.key), field)

    def _make_field(self, spec: presets.Field) -> Field:
        key, kind, count = spec.key, spec.kind, spec.count
        name = f"{self._preset}.{key}"
        if kind == "bool" and spec.absent is not None and name in _ABSENT_TEXT:
            return SwitchField(key, tr(_ABSENT_TEXT[name]), tr(_SWITCH_RULE[name]))
        if kind == "multiline":
            return MultiLineField(key, count)
        if kind == "date":
            return DateField(key)
        if kind == "bool":
            return BoolField(key)
        if kind == "number":
            return NumberField(key)
        if kind == "tags":
            return ChipsField(key, lambda: self._siblings(key))
        return TextField(key, count)

    # -- state ------------------------------------------------------------------------------------
    @property
    def preset(self) -> Preset:
        return presets.PRESETS[self._preset]

    @property
    def preset_name(self) -> str:
        return self._preset

    @property
    def read_only(self) -> bool:
        return self._fm is not None and self._fm.error is not None

    def text(self) -> str:
        return self._text

    def set_source(self, text: str, path: Path | None) -> None:
        """Show ``text`` (the editor's whole text); never emits an edit."""
        if path != self._path:
            self._path = path
            self._preset_by_hand = False
            self._sibling_cache.clear()
        elif self._head and text.startswith(self._head):
            self._text = text  # an edit below the front matter: nothing to parse or show again
            return
        self._text = text
        parts = frontmatter.split(text)
        self._fm = parts.front_matter
        head = text[: len(text) - len(parts.body)] if self._fm is not None else ""
        self._head = head if head.endswith("\n") else ""  # a block closed by its own line
        if not self._preset_by_hand:
            # Detection looks at folders: once per file and front-matter format, not per keystroke.
            probe = (path, self._fm.format if self._fm is not None else None)
            if probe != self._detected_for:
                self._detected_for = probe
                chosen = self._remembered_site(path) or presets.detect_preset(path, self._fm)
                self._switch_preset(chosen, by_hand=False)
        self._refresh()

    def set_preset(self, name: str) -> None:
        """Choose the preset by hand (kept for this file; the window remembers it per folder)."""
        self._switch_preset(name, by_hand=True)
        self._refresh()
        self.preset_chosen.emit(name)

    def _switch_preset(self, name: str, by_hand: bool) -> None:
        if name not in presets.PRESETS:
            return
        self._preset_by_hand = self._preset_by_hand or by_hand
        changed = name != self._preset
        self._preset = name
        self.preset_combo.setCurrentIndex(self.preset_combo.findData(name))
        if changed:
            self._build_fields()
            self.preset_changed.emit(name)

    def _refresh(self) -> None:
        fm = self._fm
        data = dict(fm.data or {}) if fm is not None and fm.data is not None else {}
        self.add_button.setVisible(fm is None)
        self.format_label.setText(fm.format.upper() if fm is not None else "")
        if fm is not None and fm.error is not None:
            error = fm.error
            self.message.setText(
                tr("Front matter is invalid (line {line}, column {column}): {message}").format(
                    line=error.line, column=error.column, message=error.message
                )
            )
            self.message.show()
        else:
            self.message.hide()
        for key, field in self.fields.items():
            value = data.get(key)
            fits = field.accepts(value)
            if not (field.is_editing() and field.shows(value)):
                field.set_value(value if fits else str(value))
            # A value of another shape (a map under "title") is shown, not overwritten.
            field.set_read_only(self.read_only or not fits)
            field.setToolTip(
                "" if fits else tr("Edit this value in the text: it is not a simple value")
            )
        self.other.set_read_only(self.read_only)
        if not self.other.is_editing():
            self.other.set_items(
                [(str(k), v) for k, v in data.items() if str(k) not in self.fields]
            )

    def _siblings(self, key: str) -> list[str]:
        if self._path is None:
            return []
        if key not in self._sibling_cache:
            self._sibling_cache[key] = presets.sibling_values(self._path, key)
        return self._sibling_cache[key]

    # -- edits ------------------------------------------------------------------------------------
    def _apply(self, change: Callable[[str], str]) -> None:
        if self.read_only:
            return
        try:
            new_text = change(self._text)
        except (KoseiError, ValueError) as error:
            self.message.setText(
                tr("The front matter was not changed: {reason}").format(reason=error)
            )
            self.message.show()
            return
        if new_text != self._text:
            self._text = new_text
            self._fm = frontmatter.split(new_text).front_matter
            self._head = ""
            self.text_edit_requested.emit(new_text)

    def _set(self, key: str, value: Any) -> None:
        # Typing commits after each pause. Each commit is computed from the text
        # as it was before this run of edits to the same key, so a transient
        # value ("Note:" mid-word needs quotes) cannot change the key's style.
        base = self._text
        session = self._session
        if session is not None and session[0] == key and session[2] == self._text:
            base = session[1]
        if self._fm is None and value is ABSENT:
            return  # nothing to remove
        if self._fm is None:
            # The first field filled in a post without front matter makes the block,
            # in the format the site uses (TOML for Hugo sites written in TOML).
            fmt = presets.preferred_format(self._path, self._preset)
            values = {key: value}
            self._apply(lambda text: fm_edit.add_front_matter(text, fmt, values, self._preset))
            return
        if value is ABSENT:
            self._apply(lambda _text: fm_edit.delete_key(base, key))
        else:
            self._apply(lambda _text: fm_edit.set_key(base, key, value, self._preset))
        if self._text != base:
            self._session = (key, base, self._text)

    @Slot(object)
    def _on_field_value_committed(self, value: object) -> None:
        field = self.sender()
        if isinstance(field, Field):
            self._set(field.key, value)

    @Slot(str, str)
    def _on_other_value_edited(self, key: str, text: str) -> None:
        data = self._fm.data if self._fm is not None and self._fm.data else {}
        current = data.get(key)
        self._apply(
            lambda old: fm_edit.set_key(
                old, key, fm_edit.convert(text, None, current), self._preset
            )
        )

    @Slot(str, str)
    def _on_other_key_renamed(self, old: str, new: str) -> None:
        self._apply(lambda text: fm_edit.rename_key(text, old, new))

    @Slot(str)
    def _on_other_key_added(self, key: str) -> None:
        self._set(key, "")

    @Slot(str)
    def _on_other_key_removed(self, key: str) -> None:
        self._apply(lambda text: fm_edit.delete_key(text, key))

    @Slot(int)
    def _on_preset_combo_activated(self, index: int) -> None:
        self.set_preset(str(self.preset_combo.itemData(index)))

    @Slot()
    def _on_add_button_clicked(self) -> None:
        fmt = presets.preferred_format(self._path, self._preset)
        values: dict[str, Any] = {"title": self._first_heading() or "", "date": date.today()}
        if "draft" in self.preset.keys:
            values["draft"] = True
        self._apply(lambda text: fm_edit.add_front_matter(text, fmt, values, self._preset))
        self._refresh()

    def _first_heading(self) -> str | None:
        for line in self._text.split("\n")[:100]:
            if line.startswith("# "):
                return line[2:].strip()
        return None
