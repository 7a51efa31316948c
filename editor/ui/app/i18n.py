"""Translations: every visible string goes through :func:`tr`.

``tr`` calls ``QCoreApplication.translate`` with one context, "Kosei", so a
single ``.ts`` file per language covers the whole interface. The catalogue
sources are ``resources/i18n/kosei_<lang>.ts`` (kept up to date by
``packaging/i18n.py``); the build compiles them to ``.qm``. Qt's own catalogue
(``qtbase_<lang>.qm``: standard buttons, the file dialog, context menus) is
loaded beside ours.
"""

from __future__ import annotations

import logging

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from editor.core.resources import resource_path

CONTEXT = "Kosei"
LANGUAGES = ("en", "ja")
log = logging.getLogger(__name__)
_installed: list[QTranslator] = []
# The language the translators of this process speak: menus and finding messages agree on it
# until restart, whatever Preferences now says ("used from the next start").
_process_language = "en"


def tr(text: str, disambiguation: str | None = None, n: int = -1) -> str:
    return QCoreApplication.translate(CONTEXT, text, disambiguation, n)


def plural(singular: str, many: str, count: int) -> str:
    """Pick the English form by ``count``; both forms are translated (Japanese has one)."""
    return tr(singular if count == 1 else many).replace("%n", f"{count:,}")


def ui_language(preference: str, locale: QLocale | None = None) -> str:
    """'en' or 'ja' from the preference; "system" follows the locale's first UI language.

    ``locale`` defaults to ``QLocale()``: the system locale (LANGUAGE, LC_ALL,
    LC_MESSAGES, LANG on Linux) unless ``QLocale.setDefault`` changed it.
    """
    if preference in LANGUAGES:
        return preference
    languages = (locale if locale is not None else QLocale()).uiLanguages()
    return "ja" if languages and languages[0].lower().startswith("ja") else "en"


def install_translator(app: QCoreApplication, language: str) -> bool:
    """Load ``resources/i18n/kosei_<language>.qm`` and Qt's ``qtbase_<language>.qm``.

    English needs none; returns False when Kosei's own catalogue is missing
    (the interface then stays English; run ``make`` to build the .qm files).
    """
    global _process_language
    for old in _installed:
        app.removeTranslator(old)
    _installed.clear()
    _process_language = "en"
    if language == "en":
        return True
    ours = QTranslator(app)
    if not ours.load(str(resource_path("i18n", f"kosei_{language}.qm"))):
        log.warning("no compiled catalogue for %s (run `make` to build it)", language)
        return False
    qt = QTranslator(app)
    folder = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    for translator in (ours, qt) if qt.load(f"qtbase_{language}", folder) else (ours,):
        app.installTranslator(translator)
        _installed.append(translator)
    _process_language = language
    return True


def process_language() -> str:
    """The interface language installed at start-up (``en`` when no catalogue is loaded)."""
    return _process_language
