"""The About box: version, licences, and where the reference data comes from."""

from __future__ import annotations

import html
import platform

from PySide6 import __version__ as pyside_version
from PySide6.QtCore import QCoreApplication

from continuity_app import __version__
from continuity_app.core.i18n import number
from continuity_app.core.reference import ReferenceData


def about_text(reference: ReferenceData) -> str:
    """Rich text for QMessageBox.about."""
    translate = QCoreApplication.translate
    parts = [
        f"<h3>{html.escape(translate('About', 'Continuity Planner'))} {__version__}</h3>",
        "<p>"
        + html.escape(
            translate(
                "About",
                "Plans for WhatsApp and Meta outages: what they cost, which channels keep you "
                "working, and a printable continuity plan. Works offline: nothing you enter "
                "leaves this computer.",
            )
        )
        + "</p>",
        "<p>"
        + html.escape(
            translate(
                "About",
                "Reference data: %1 outages, %2 channels and %3 countries, each figure with its "
                "source and confidence (see the Sources page).",
            )
            .replace("%1", number(len(reference.outages)))
            .replace("%2", number(len(reference.channels)))
            .replace("%3", number(len(reference.countries)))
        )
        + "</p>",
        "<p>"
        + html.escape(
            translate(
                "About",
                "Licences: this application, MIT. Qt for Python (PySide6 %1), LGPLv3. "
                "matplotlib, numpy and pandas, BSD-style. pydantic, MIT. Bundled fonts, "
                "SIL Open Font License.",
            ).replace("%1", pyside_version)
        )
        + "</p>",
        f"<p><small>Python {platform.python_version()}</small></p>",
    ]
    return "".join(parts)
