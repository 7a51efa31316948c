"""A yes/no key whose absence means something (Jekyll's ``published``, Hugo's ``draft``).

A check box has two states, the file has three: ``true``, ``false`` and no
line at all, which Jekyll reads as published. The switch shows all three, says
what the generator does with each, and "not set" removes the line again.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Slot
from PySide6.QtWidgets import QComboBox, QLabel, QVBoxLayout, QWidget

from editor.ui.app.i18n import tr
from editor.ui.form.fields import ABSENT, Field

_CHOICES = (ABSENT, True, False)


class SwitchField(Field):
    """Not set / Yes / No; choosing commits at once (Not set commits :data:`ABSENT`)."""

    def __init__(
        self, key: str, absent_text: str, rule: str, parent: QWidget | None = None
    ) -> None:
        super().__init__(key, parent)
        self.combo = QComboBox()
        self.combo.addItem(absent_text)
        self.combo.addItem(tr("Yes (true)"))
        self.combo.addItem(tr("No (false)"))
        self.rule = QLabel(rule)
        self.rule.setObjectName("switchRule")
        self.rule.setWordWrap(True)
        self.rule.setEnabled(False)  # drawn dimmed: a hint, not a control
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addWidget(self.combo)
        layout.addWidget(self.rule)
        self.combo.setToolTip(rule)
        self.combo.activated.connect(self._on_combo_activated)

    def value(self) -> Any:
        return _CHOICES[max(0, self.combo.currentIndex())]

    def accepts(self, value: Any) -> bool:
        return value is None or isinstance(value, bool)

    def _normal(self, value: Any) -> Any:
        return value if isinstance(value, bool) else ABSENT

    def set_value(self, value: Any) -> None:
        self._shown = self._normal(value)
        self.combo.setCurrentIndex(_CHOICES.index(self._shown))

    def set_read_only(self, read_only: bool) -> None:
        self.combo.setEnabled(not read_only)

    @Slot(int)
    def _on_combo_activated(self, _index: int) -> None:
        self.commit()
