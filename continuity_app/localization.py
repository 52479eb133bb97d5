"""The reader's language from Qt: .qm translations, QLocale numbers and the digits preference.

Qt Core only (no widgets), so the window, the command line and the PDF renderer share it.
"""

from __future__ import annotations

import datetime as dt
from functools import lru_cache

from PySide6.QtCore import QCoreApplication, QDate, QLibraryInfo, QLocale, QTime, QTranslator

from continuity_app.core.i18n import English, set_language
from continuity_app.resources import resource_path

PREFIX = "continuity_app_"
_TO_WESTERN = str.maketrans("٠١٢٣٤٥٦٧٨٩۰۱۲۳۴۵۶۷۸۹٫٬", "01234567890123456789.,")
_TO_ARABIC_INDIC = str.maketrans("0123456789.,", "٠١٢٣٤٥٦٧٨٩٫٬")


@lru_cache(maxsize=1)
def available_languages() -> tuple[str, ...]:
    """Language codes with a compiled translation in resources/i18n, plus English (the folder
    is read once: the shipped translations do not change while the app runs)."""
    folder = resource_path("i18n")
    codes = sorted(p.stem.removeprefix(PREFIX) for p in folder.glob(f"{PREFIX}*.qm"))
    return ("en", *[c for c in codes if c != "en"])


def shipped_language(code: str | None) -> str | None:
    """The shipped translation for a language code ("pt-BR", "pt", "ar_EG"), or None."""
    if not code:
        return None
    code = code.replace("-", "_")
    shipped = available_languages()
    if code in shipped:
        return code
    base = code.split("_")[0]
    return next((c for c in shipped if c.split("_")[0] == base), None)


def reader_locale(language: str | None) -> QLocale:
    """The QLocale for a language code ("" or None: the system's); C reads as US English."""
    locale = QLocale(language.replace("-", "_")) if language else QLocale.system()
    if locale.language() == QLocale.Language.C:
        # a bare "C" system locale would print 6000 for 6,000: read it as plain English
        locale = QLocale(QLocale.Language.English, QLocale.Country.UnitedStates)
    return locale


def with_digits(text: str, digits: str) -> str:
    """`text` with its digits (and separators) as the digits preference asks."""
    if digits == "western":
        return text.translate(_TO_WESTERN)
    if digits == "arabic_indic":
        return text.translate(_TO_ARABIC_INDIC)
    return text


class _WesternDigits(QTranslator):
    """The app's translation with Western digits in it, for readers who chose them: numbers
    translators wrote into texts (dates in preset names, examples) follow the choice."""

    def __init__(self, inner: QTranslator, parent=None) -> None:
        super().__init__(parent)
        self.inner = inner

    def translate(self, context, source, disambiguation=None, n=-1):
        found = self.inner.translate(context, source, disambiguation, n)
        # None when there is no translation: Qt then asks the next translator or keeps the
        # source text; "" would be taken as the translation and blank the text out
        return with_digits(found, "western") if found else None

    def isEmpty(self) -> bool:
        return self.inner.isEmpty()


def _load_translator(locale: QLocale, digits: str = "locale", parent=None) -> QTranslator | None:
    """The app's translation for `locale`, with Western digits in it when they are chosen."""
    translator = QTranslator(parent)
    if not translator.load(locale, PREFIX.rstrip("_"), "_", str(resource_path("i18n"))):
        return None
    return _WesternDigits(translator, parent) if digits == "western" else translator


@lru_cache(maxsize=8)
def _shared_translator(locale_name: str, digits: str) -> QTranslator | None:
    """One translator per locale and digits for the core's texts, kept for the session."""
    return _load_translator(QLocale(locale_name), digits)


class QtLanguage:
    """A core Language backed by the app's .qm translation and a QLocale."""

    def __init__(
        self, locale: QLocale, digits: str = "locale", translator: QTranslator | None = None
    ) -> None:
        self.locale = locale
        self.digits = digits
        self.translator = translator or _shared_translator(locale.name(), digits)
        self._english = English()

    @classmethod
    def for_code(cls, language: str | None, digits: str = "locale") -> QtLanguage:
        return cls(reader_locale(language), digits)

    def lookup(self, context: str, text: str, disambiguation: str | None, n: int) -> str:
        translator = self.translator
        found = translator.translate(context, text, disambiguation, n) if translator else ""
        return found or self._english.lookup(context, text, disambiguation, n)

    def number(self, value: float, decimals: int) -> str:
        return with_digits(self.locale.toString(float(value), "f", decimals), self.digits)

    def date(self, day: dt.date) -> str:
        text = self.locale.toString(QDate(day.year, day.month, day.day), "d MMM yyyy")
        return with_digits(text, self.digits)

    def weekday(self, weekday: int) -> str:
        return self.locale.dayName(weekday + 1, QLocale.FormatType.ShortFormat)

    def time(self, hour: int, minute: int = 0) -> str:
        clock = self.locale.toString(QTime(hour, minute), QLocale.FormatType.ShortFormat)
        return with_digits(clock, self.digits)


def install_translators(app: QCoreApplication, language: str, digits: str = "locale") -> QLocale:
    """Install the app's and Qt's translators for `language` ("" = the system's); the locale.

    The core's texts and numbers follow the same language (with the digits preference).
    """
    locale = reader_locale(language)
    QLocale.setDefault(locale)
    app_translator = _load_translator(locale, digits, app)
    translators = [app_translator] if app_translator is not None else []
    qt_translator = QTranslator(app)
    qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    if qt_translator.load(locale, "qtbase", "_", qt_dir):
        translators.append(qt_translator)
    for translator in translators:
        app.installTranslator(translator)
    set_language(QtLanguage(locale, digits, app_translator))  # the same .qm, loaded once
    app.setProperty("continuity_translators", translators)  # keep them alive
    return locale


def language_name(code: str) -> str:
    """A language code with its own name for the language, e.g. 'العربية (ar)'."""
    names = [QLocale(code.replace("-", "_")).nativeLanguageName()]
    if "-" not in code and "_" not in code:
        # A bare code names the language, not a country's variant: Qt calls "en"
        # "American English" but its world locale "en_001" plain "English".
        world = QLocale(f"{code}_001")
        if world.name() == f"{code}_001":
            names.append(world.nativeLanguageName())
    native = min((name for name in names if name), key=len, default="")
    return f"{native} ({code})" if native else code


def written_in(code: str) -> bool:
    """Whether the app's texts (message templates included) exist in language `code`."""
    return code.split("-")[0].split("_")[0] == "en" or shipped_language(code) is not None


def language_for(code: str, digits: str = "locale") -> QtLanguage | English:
    """The Language that writes texts in `code`: its translation, or English if none ships."""
    shipped = shipped_language(code)
    if shipped is None:
        return English()
    return QtLanguage(reader_locale(code), digits)
