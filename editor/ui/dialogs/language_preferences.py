"""Preferences > Spelling and proofreading: dictionaries found, the kinds and their thresholds."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QFormLayout,
    QGroupBox,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from editor.core.language.dictionaries import Dictionary
from editor.core.language.preferences import (
    MAX_KANJI_RANGE,
    MAX_TEN_RANGE,
    SENTENCE_LENGTH_RANGE,
    user_dictionary_folder,
)
from editor.core.language.proofreading.model import KINDS
from editor.core.language.setup import available_dictionaries
from editor.core.settings import Settings
from editor.ui.app.i18n import tr

# The Settings fields this group edits (PreferencesDialog copies them on OK).
LANGUAGE_FIELDS = (
    "spelling_enabled",
    "spelling_dictionaries",
    "spelling_in_panel",
    "proofreading_enabled",
    "proofreading_disabled_kinds",
    "proofreading_sentence_length",
    "proofreading_max_ten",
    "proofreading_max_kanji",
)
# Rules shown here rather than in the generic rule list.
LANGUAGE_RULES = ("spelling", "proofreading")


def kind_label(kind: str) -> str:
    labels = {
        "mixed-style": tr("Mixed です/ます and だ/である endings"),
        "sentence-length": tr("Long sentences"),
        "max-ten": tr("Too many 、 in a sentence"),
        "kanji-run": tr("Long runs of kanji"),
        "doubled-joshi": tr("The same particle twice in a sentence"),
        "ra-nuki": tr("ら抜き言葉"),
        "double-negative": tr("Double negatives"),
        "doubled-conjunction": tr("The same conjunction twice in a row"),
        "successive-word": tr("A word repeated by mistake"),
        "redundant": tr("Wordy expressions (することができる)"),
        "weak-phrase": tr("Weak phrases (かもしれない, と思う)"),
        "punctuation": tr("Full-width 。、 and one choice of 。、 or ．，"),
        "full-width-alnum": tr("Half-width letters and digits"),
        "half-width-kana": tr("No half-width katakana"),
        "mixed-exclamation": tr("One choice of ！ or !"),
        "spacing": tr("Spacing between Japanese and Latin text"),
        "prh": tr("The site's prh dictionary (prh.yml)"),
    }
    return f"{labels.get(kind, kind)} — {KINDS[kind]}"


def dictionary_label(dictionary: Dictionary) -> str:
    source = {"user": tr("your folder"), "system": tr("system"), "bundled": tr("bundled")}
    return f"{dictionary.name} ({source.get(dictionary.source, dictionary.source)})"


class LanguagePreferences(QGroupBox):
    def __init__(self, data_folder: Path | None, parent: QWidget | None = None) -> None:
        super().__init__(tr("Spelling and proofreading"), parent)
        self.setObjectName("language_preferences")
        folder = user_dictionary_folder(data_folder) if data_folder is not None else None
        self.found = available_dictionaries(folder)
        layout = QVBoxLayout(self)
        self.spelling = QCheckBox(tr("Underline unknown words as you type"))
        self.spelling.setObjectName("spelling_enabled")
        layout.addWidget(self.spelling)
        layout.addWidget(QLabel(tr("Dictionaries for posts that name no language:")))
        self.dictionaries = QListWidget()
        self.dictionaries.setObjectName("spelling_dictionaries")
        for dictionary in self.found:
            item = QListWidgetItem(dictionary_label(dictionary))
            item.setData(Qt.ItemDataRole.UserRole, dictionary.name)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            self.dictionaries.addItem(item)
        self.dictionaries.setMaximumHeight(110)
        layout.addWidget(self.dictionaries)
        if folder is not None:
            hint = QLabel(tr("Add more: put .aff and .dic files in %s") % folder)
            hint.setWordWrap(True)
            hint.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            layout.addWidget(hint)
        self.in_panel = QCheckBox(tr("Also list unknown words in the Checks panel"))
        self.in_panel.setObjectName("spelling_in_panel")
        layout.addWidget(self.in_panel)
        self.proofreading = QCheckBox(tr("Proofread Japanese posts"))
        self.proofreading.setObjectName("proofreading_enabled")
        layout.addWidget(self.proofreading)
        self.kinds = QListWidget()
        self.kinds.setObjectName("proofreading_kinds")
        for kind in KINDS:
            item = QListWidgetItem(kind_label(kind))
            item.setData(Qt.ItemDataRole.UserRole, kind)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            self.kinds.addItem(item)
        layout.addWidget(self.kinds)
        form = QFormLayout()
        self.sentence_length = self._spin(SENTENCE_LENGTH_RANGE, "sentence_length")
        form.addRow(tr("Longest sentence (characters):"), self.sentence_length)
        self.max_ten = self._spin(MAX_TEN_RANGE, "max_ten")
        form.addRow(tr("Most 、 in one sentence:"), self.max_ten)
        self.max_kanji = self._spin(MAX_KANJI_RANGE, "max_kanji")
        form.addRow(tr("Most kanji in a row:"), self.max_kanji)
        layout.addLayout(form)
        self.proofreading.toggled.connect(self.kinds.setEnabled)

    @staticmethod
    def _spin(bounds: tuple[int, int], name: str) -> QSpinBox:
        spin = QSpinBox()
        spin.setRange(*bounds)
        spin.setObjectName(name)
        spin.setAlignment(Qt.AlignmentFlag.AlignRight)
        return spin

    def load(self, settings: Settings) -> None:
        self.spelling.setChecked(settings.spelling_enabled)
        chosen = set(settings.spelling_dictionaries)
        for i in range(self.dictionaries.count()):
            item = self.dictionaries.item(i)
            name = item.data(Qt.ItemDataRole.UserRole)
            item.setCheckState(Qt.CheckState.Checked if name in chosen else Qt.CheckState.Unchecked)
        self.in_panel.setChecked(settings.spelling_in_panel)
        self.proofreading.setChecked(settings.proofreading_enabled)
        self.kinds.setEnabled(settings.proofreading_enabled)
        disabled = set(settings.proofreading_disabled_kinds)
        for i in range(self.kinds.count()):
            item = self.kinds.item(i)
            kind = item.data(Qt.ItemDataRole.UserRole)
            item.setCheckState(
                Qt.CheckState.Unchecked if kind in disabled else Qt.CheckState.Checked
            )
        self.sentence_length.setValue(settings.proofreading_sentence_length)
        self.max_ten.setValue(settings.proofreading_max_ten)
        self.max_kanji.setValue(settings.proofreading_max_kanji)

    def store(self, settings: Settings) -> None:
        settings.spelling_enabled = self.spelling.isChecked()
        shown = {
            self.dictionaries.item(i).data(Qt.ItemDataRole.UserRole)
            for i in range(self.dictionaries.count())
        }
        kept = [n for n in settings.spelling_dictionaries if n not in shown]  # not found now
        checked = [
            str(self.dictionaries.item(i).data(Qt.ItemDataRole.UserRole))
            for i in range(self.dictionaries.count())
            if self.dictionaries.item(i).checkState() == Qt.CheckState.Checked
        ]
        settings.spelling_dictionaries = kept + checked
        settings.spelling_in_panel = self.in_panel.isChecked()
        settings.proofreading_enabled = self.proofreading.isChecked()
        settings.proofreading_disabled_kinds = [
            str(self.kinds.item(i).data(Qt.ItemDataRole.UserRole))
            for i in range(self.kinds.count())
            if self.kinds.item(i).checkState() != Qt.CheckState.Checked
        ]
        settings.proofreading_sentence_length = self.sentence_length.value()
        settings.proofreading_max_ten = self.max_ten.value()
        settings.proofreading_max_kanji = self.max_kanji.value()
