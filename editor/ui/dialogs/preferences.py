"""Preferences: editor font, theme, preview stylesheet, files, language and the checks."""

from __future__ import annotations

import copy
from pathlib import Path

from PySide6.QtCore import Qt, Slot
from PySide6.QtGui import QFont, QFontDatabase
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFontComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from editor.core.checks.settings import (
    REPEAT_CJK_RANGE,
    REPEAT_LATIN_RANGE,
    SIMILARITY_RANGE,
    rule_names,
)
from editor.core.errors import StyleSheetError
from editor.core.markdown.preview_style import read_custom_css
from editor.core.settings import Settings
from editor.ui.app.i18n import tr
from editor.ui.app.theme import palette_theme, style_error_labels
from editor.ui.dialogs import questions as dialogs
from editor.ui.dialogs.language_preferences import (
    LANGUAGE_FIELDS,
    LANGUAGE_RULES,
    LanguagePreferences,
)
from editor.ui.files.messages import style_sheet_error_text

# The Settings fields this dialog edits; applying copies only these.
PREFERENCE_FIELDS = (
    "editor_font_family",
    "editor_font_size",
    "theme",
    "preview_css_path",
    "autosave_to_file",
    "load_remote_images",
    "language",
    "disabled_rules",
    "check_min_repeat_latin",
    "check_min_repeat_cjk",
    "check_near_similarity",
    *LANGUAGE_FIELDS,
)
# The thresholds belong to the repeat finder: they are greyed out while it is off.
THRESHOLD_RULE = "duplicate"


def rule_label(name: str) -> str:
    labels = {
        "duplicate": tr("Repeated passages and near copies"),
        "truncated": tr("Cut-off, stitched or restarted text"),
        "generation-marker": tr("Leftover generation markers"),
        "front-matter": tr("Front matter (title, date, tags, reading time)"),
        "markup": tr("Emphasis, shortcodes and Liquid that will not render"),
    }
    return labels.get(name, name)


def _hint(text: str) -> QLabel:
    """An explanation under a field: smaller, but in the full text colour (disabled grey is
    too faint to read in both themes)."""
    label = QLabel(text)
    label.setWordWrap(True)
    font = label.font()
    font.setPointSizeF(font.pointSizeF() * 0.9)
    label.setFont(font)
    return label


def copy_preferences(source: Settings, target: Settings) -> None:
    for name in PREFERENCE_FIELDS:
        setattr(target, name, copy.deepcopy(getattr(source, name)))


class PreferencesDialog(QDialog):
    def __init__(
        self, parent: QWidget | None, settings: Settings, data_folder: Path | None = None
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(tr("Preferences"))
        self.setObjectName("preferences_dialog")
        self._settings = settings
        self._data_folder = data_folder
        self._build()
        self._load(settings)

    @classmethod
    def ask(
        cls, parent: QWidget | None, settings: Settings, data_folder: Path | None = None
    ) -> Settings | None:
        """A new Settings with the writer's choices, or None when they cancel."""
        dialog = cls(parent, settings, data_folder)
        try:
            if dialog.exec() != QDialog.DialogCode.Accepted:
                return None
            return dialog.chosen_settings()
        finally:
            dialog.deleteLater()

    # -- building ----------------------------------------------------------------------------
    def _build(self) -> None:
        columns = QHBoxLayout()
        left = QVBoxLayout()
        left.addWidget(self._build_writing())
        left.addWidget(self._build_preview())
        left.addStretch(1)
        columns.addLayout(left, 1)
        columns.addWidget(self._build_checks(), 1)
        self.language_box = LanguagePreferences(self._data_folder)
        columns.addWidget(self.language_box, 1)
        self.error_label = QLabel()
        self.error_label.setObjectName("preferences_error")
        self.error_label.setWordWrap(True)
        self.error_label.hide()
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok
            | QDialogButtonBox.StandardButton.Cancel
            | QDialogButtonBox.StandardButton.RestoreDefaults
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        defaults = self.buttons.button(QDialogButtonBox.StandardButton.RestoreDefaults)
        defaults.clicked.connect(self._on_defaults_clicked)
        layout = QVBoxLayout(self)
        layout.addLayout(columns)
        layout.addWidget(self.error_label)
        layout.addWidget(self.buttons)
        style_error_labels(self, palette_theme())

    def _build_writing(self) -> QGroupBox:
        box = QGroupBox(tr("Writing"))
        form = QFormLayout(box)
        self.font_family = QFontComboBox()
        self.font_size = QSpinBox()
        self.font_size.setRange(6, 48)
        self.font_size.setSuffix(" pt")
        font_row = QHBoxLayout()
        font_row.addWidget(self.font_family, 1)
        font_row.addWidget(self.font_size)
        form.addRow(tr("Editor font:"), font_row)
        self.theme = QComboBox()
        for value, label in (
            ("system", tr("System")),
            ("light", tr("Light")),
            ("dark", tr("Dark")),
        ):
            self.theme.addItem(label, value)
        form.addRow(tr("Theme:"), self.theme)
        self.language = QComboBox()
        self.language.addItem(tr("System"), "system")
        # Each language is named in its own script: that is the name its readers look for.
        self.language.addItem("English", "en")
        self.language.addItem("日本語", "ja")
        form.addRow(tr("Interface language:"), self.language)
        form.addRow("", _hint(tr("A new interface language is used the next time Kosei starts.")))
        self.autosave = QCheckBox(tr("Save changes to the file automatically"))
        form.addRow("", self.autosave)
        return box

    def _build_preview(self) -> QGroupBox:
        box = QGroupBox(tr("Preview"))
        form = QFormLayout(box)
        self.css_path = QLineEdit()
        self.css_path.setPlaceholderText(tr("None: Kosei's own style"))
        self.css_path.setClearButtonEnabled(True)
        browse = QPushButton(tr("Browse…"))
        browse.setObjectName("browse_css")
        browse.clicked.connect(self._on_browse_clicked)
        row = QHBoxLayout()
        row.addWidget(self.css_path, 1)
        row.addWidget(browse)
        form.addRow(tr("Your site's CSS:"), row)
        hint = tr(
            "Added after Kosei's style, so its rules win. Local file only; it cannot load anything from the web."
        )
        form.addRow("", _hint(hint))
        self.remote_images = QCheckBox(tr("Load images from the web in the preview"))
        form.addRow("", self.remote_images)
        return box

    def _build_checks(self) -> QGroupBox:
        box = QGroupBox(tr("Checks"))
        layout = QVBoxLayout(box)
        layout.addWidget(QLabel(tr("Run these checks:")))
        self.rule_boxes: dict[str, QCheckBox] = {}
        for name in [n for n in rule_names() if n not in LANGUAGE_RULES]:
            check = QCheckBox(rule_label(name))
            check.setObjectName(f"rule_{name}")
            self.rule_boxes[name] = check
            layout.addWidget(check)
        self.thresholds = QGroupBox(tr("Repeated passages"))
        form = QFormLayout(self.thresholds)
        self.min_repeat_latin = self._spin(REPEAT_LATIN_RANGE, 5)
        form.addRow(
            tr("Shortest repeat in English and other Latin text (characters):"),
            self.min_repeat_latin,
        )
        self.min_repeat_cjk = self._spin(REPEAT_CJK_RANGE, 5)
        form.addRow(tr("Shortest repeat in Japanese text (characters):"), self.min_repeat_cjk)
        self.similarity = self._spin(SIMILARITY_RANGE, 1)
        self.similarity.setSuffix(" %")
        form.addRow(tr("Near copies: how similar (higher finds fewer):"), self.similarity)
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapAllRows)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.FieldsStayAtSizeHint)
        layout.addWidget(self.thresholds)
        layout.addStretch(1)
        if THRESHOLD_RULE in self.rule_boxes:
            self.rule_boxes[THRESHOLD_RULE].toggled.connect(self.thresholds.setEnabled)
        return box

    @staticmethod
    def _spin(bounds: tuple[int, int], step: int) -> QSpinBox:
        spin = QSpinBox()
        spin.setRange(*bounds)
        spin.setSingleStep(step)
        spin.setAlignment(Qt.AlignmentFlag.AlignRight)
        spin.setMinimumWidth(90)
        return spin

    # -- values ------------------------------------------------------------------------------
    def _load(self, settings: Settings) -> None:
        family = settings.editor_font_family or self._default_family()
        self.font_family.setCurrentFont(QFont(family))
        self._shown_family = self.font_family.currentFont().family()
        self.font_size.setValue(settings.editor_font_size)
        self._select(self.theme, settings.theme)
        self._select(self.language, settings.language)
        self.autosave.setChecked(settings.autosave_to_file)
        self.css_path.setText(settings.preview_css_path)
        self.remote_images.setChecked(settings.load_remote_images)
        for name, check in self.rule_boxes.items():
            check.setChecked(name not in settings.disabled_rules)
        self.thresholds.setEnabled(
            THRESHOLD_RULE not in self.rule_boxes or self.rule_boxes[THRESHOLD_RULE].isChecked()
        )
        self.min_repeat_latin.setValue(settings.check_min_repeat_latin)
        self.min_repeat_cjk.setValue(settings.check_min_repeat_cjk)
        self.similarity.setValue(settings.check_near_similarity)
        self.language_box.load(settings)

    @staticmethod
    def _default_family() -> str:
        return QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont).family()

    @staticmethod
    def _select(combo: QComboBox, value: str) -> None:
        index = combo.findData(value)
        combo.setCurrentIndex(index if index >= 0 else 0)

    def chosen_settings(self) -> Settings:
        """A copy of the settings given, with this dialog's fields as the widgets show them."""
        result = copy.deepcopy(self._settings)
        family = self.font_family.currentFont().family()
        keep_default = not self._settings.editor_font_family and family == self._shown_family
        result.editor_font_family = "" if keep_default else family
        result.editor_font_size = self.font_size.value()
        result.theme = str(self.theme.currentData())
        result.language = str(self.language.currentData())
        result.autosave_to_file = self.autosave.isChecked()
        result.preview_css_path = self.css_path.text().strip()
        result.load_remote_images = self.remote_images.isChecked()
        known = set(self.rule_boxes)
        kept = [n for n in self._settings.disabled_rules if n not in known]  # rules not loaded now
        result.disabled_rules = kept + [n for n, c in self.rule_boxes.items() if not c.isChecked()]
        result.check_min_repeat_latin = self.min_repeat_latin.value()
        result.check_min_repeat_cjk = self.min_repeat_cjk.value()
        result.check_near_similarity = self.similarity.value()
        self.language_box.store(result)
        return result

    # -- slots -------------------------------------------------------------------------------
    def accept(self) -> None:
        """Refuse a stylesheet that cannot be read: say why and keep the dialog open."""
        try:
            read_custom_css(self.css_path.text())
        except StyleSheetError as error:
            self.error_label.setText(style_sheet_error_text(error))
            self.error_label.show()
            self.css_path.setFocus()
            return
        super().accept()

    @Slot()
    def _on_browse_clicked(self) -> None:
        path = dialogs.ask_css_path(self, self.css_path.text())
        if path is not None:
            self.css_path.setText(str(path))
            self.error_label.hide()

    @Slot()
    def _on_defaults_clicked(self) -> None:
        defaults = Settings()
        copy_preferences(defaults, fresh := copy.deepcopy(self._settings))
        self._load(fresh)
