"""The small question before an export: embed images (HTML), or page size and margins (PDF)."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QDoubleSpinBox,
    QFormLayout,
    QWidget,
)

from editor.core.markdown.export import (
    DEFAULT_MARGIN_MM,
    DEFAULT_PAGE_SIZE,
    MAX_MARGIN_MM,
    PAGE_SIZES,
)
from editor.ui.app.i18n import tr

_PAGE_SIZE_LABELS = {"JisB5": "B5 (JIS)"}


@dataclass(frozen=True)
class ExportChoice:
    fmt: str  # "html" or "pdf"
    embed_images: bool = False
    page_size: str = DEFAULT_PAGE_SIZE
    margin_mm: float = DEFAULT_MARGIN_MM


class ExportOptionsDialog(QDialog):
    def __init__(self, fmt: str, initial: ExportChoice, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.fmt = fmt
        self.setWindowTitle(tr("Export as HTML") if fmt == "html" else tr("Export as PDF"))
        layout = QFormLayout(self)
        self.embed = QCheckBox(tr("Put images inside the HTML file"))
        self.embed.setObjectName("export_embed_images")
        self.embed.setChecked(initial.embed_images)
        self.embed.setToolTip(
            tr("Otherwise the page links to the image files, relative to where it is saved.")
        )
        self.page_size = QComboBox()
        self.page_size.setObjectName("export_page_size")
        for name in PAGE_SIZES:
            self.page_size.addItem(_PAGE_SIZE_LABELS.get(name, name), name)
        self.page_size.setCurrentIndex(max(0, self.page_size.findData(initial.page_size)))
        self.margin = QDoubleSpinBox()
        self.margin.setObjectName("export_margin_mm")
        self.margin.setRange(0.0, MAX_MARGIN_MM)
        self.margin.setDecimals(1)
        self.margin.setSuffix(tr(" mm"))
        self.margin.setValue(initial.margin_mm)
        if fmt == "html":
            layout.addRow(self.embed)
        else:
            layout.addRow(tr("Page size:"), self.page_size)
            layout.addRow(tr("Margins:"), self.margin)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(tr("Export…"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addRow(buttons)

    def choice(self) -> ExportChoice:
        return ExportChoice(
            self.fmt,
            embed_images=self.embed.isChecked(),
            page_size=str(self.page_size.currentData()),
            margin_mm=self.margin.value(),
        )

    @classmethod
    def ask(
        cls, parent: QWidget | None, fmt: str, initial: ExportChoice | None = None
    ) -> ExportChoice | None:
        dialog = cls(fmt, initial or ExportChoice(fmt), parent)
        return dialog.choice() if dialog.exec() == QDialog.DialogCode.Accepted else None
