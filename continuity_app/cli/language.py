"""The command line speaks the user's language (from LC_ALL, LC_MESSAGES or LANG) when shipped."""

from __future__ import annotations

import os


def environment_language() -> str | None:
    """The language the environment asks for, as a Qt code such as "ar" or "pt_BR"."""
    for variable in ("LC_ALL", "LC_MESSAGES", "LANG"):
        value = os.environ.get(variable, "")
        if value:
            code = value.split(".")[0].split("@")[0]
            return None if code in ("C", "POSIX") else code
    return None


def install_language() -> str | None:
    """Write the readable output as the environment asks: its language where a translation
    ships, and its numbers, dates and digits in any case (en_IN groups 1,50,000). The code of
    the translation used, if any.

    No Qt application is created here: `plan` needs a QGuiApplication, which must be the
    first one (a QCoreApplication made earlier would crash its font database).
    """
    wanted = environment_language()
    if not wanted:
        return None
    from PySide6.QtCore import QLocale

    from continuity_app.core.i18n import set_language
    from continuity_app.localization import QtLanguage, shipped_language

    code = shipped_language(wanted)
    # ar_MA keeps Morocco's digits with the Arabic texts; pt_PT has only the pt_BR texts
    locale = QLocale(wanted if code is None or "_" not in code or wanted == code else code)
    if locale.language() == QLocale.Language.C:
        return None
    QLocale.setDefault(locale)
    set_language(QtLanguage(locale))
    return None if code == "en" else code
