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
    the translation used, if any."""
    wanted = environment_language()
    if not wanted:
        return None
    from PySide6.QtCore import QCoreApplication, QLocale

    from continuity_app.core.i18n import set_language
    from continuity_app.localization import QtLanguage, install_translators, shipped_language

    code = shipped_language(wanted)
    if code is None or code == "en":
        if QLocale(wanted).language() != QLocale.Language.C:
            set_language(QtLanguage(QLocale(wanted)))
        return None
    app = QCoreApplication.instance() or QCoreApplication([])
    # ar_MA keeps Morocco's digits with the Arabic texts; pt_PT has only the pt_BR texts
    install_translators(app, wanted if "_" not in code or wanted == code else code)
    return code
