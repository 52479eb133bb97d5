"""Loads the interface translations (.qm) for the chosen language, and Qt's own."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from continuity_app.core.i18n import set_translator
from continuity_app.resources import resource_path

PREFIX = "continuity_app_"


def available_languages() -> list[str]:
    """Language codes with a compiled translation in resources/i18n, plus English."""
    folder = resource_path("i18n")
    codes = sorted(p.stem.removeprefix(PREFIX) for p in folder.glob(f"{PREFIX}*.qm"))
    return ["en", *[c for c in codes if c != "en"]]


def install_translators(app: QCoreApplication, language: str) -> QLocale:
    """Install the app's and Qt's translators for `language` ("" = the system's); the locale."""
    locale = QLocale(language) if language else QLocale.system()
    if locale.language() == QLocale.Language.C:
        # a bare "C" system locale would print 6000 for 6,000: read it as plain English
        locale = QLocale(QLocale.Language.English, QLocale.Country.UnitedStates)
    QLocale.setDefault(locale)
    translators = []
    app_translator = QTranslator(app)
    if app_translator.load(locale, PREFIX.rstrip("_"), "_", str(resource_path("i18n"))):
        translators.append(app_translator)
    qt_translator = QTranslator(app)
    qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    if qt_translator.load(locale, "qtbase", "_", qt_dir):
        translators.append(qt_translator)
    for translator in translators:
        app.installTranslator(translator)
    set_translator(QCoreApplication.translate)  # core's texts follow the interface language
    app.setProperty("continuity_translators", translators)  # keep them alive
    return locale
