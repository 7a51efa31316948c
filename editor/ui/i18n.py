"""Translations: every visible string goes through :func:`tr`.

``tr`` calls ``QCoreApplication.translate`` with one context, "Kosei", so a
single ``.ts`` file per language covers the whole interface.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLocale, QTranslator

from editor.core.resources import resource_path

CONTEXT = "Kosei"
_installed: list[QTranslator] = []


def tr(text: str, disambiguation: str | None = None, n: int = -1) -> str:
    return QCoreApplication.translate(CONTEXT, text, disambiguation, n)


def plural(singular: str, many: str, count: int) -> str:
    """Pick the English form by ``count``; both forms are translated (Japanese has one)."""
    return tr(singular if count == 1 else many).replace("%n", f"{count:,}")


def ui_language(preference: str) -> str:
    """'en' or 'ja' from the preference ("system" follows the system locale)."""
    if preference in ("en", "ja"):
        return preference
    return "ja" if QLocale.system().name().startswith("ja") else "en"


def install_translator(app: QCoreApplication, language: str) -> bool:
    """Load ``resources/i18n/kosei_<language>.qm`` if present; English needs none."""
    for old in _installed:
        app.removeTranslator(old)
    _installed.clear()
    if language == "en":
        return True
    translator = QTranslator(app)
    if translator.load(str(resource_path("i18n", f"kosei_{language}.qm"))):
        app.installTranslator(translator)
        _installed.append(translator)
        return True
    return False
