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
    """Translate the readable output into the environment's language; the code used, if any."""
    from continuity_app.localization import available_languages

    wanted = environment_language()
    if not wanted:
        return None
    shipped = [c for c in available_languages() if c != "en"]
    code = wanted if wanted in shipped else wanted.split("_")[0]
    if code not in shipped:
        return None
    from PySide6.QtCore import QCoreApplication

    from continuity_app.localization import install_translators

    app = QCoreApplication.instance() or QCoreApplication([])
    install_translators(app, code)
    return code
