"""Qt's own texts (dialog buttons, text-field menus) for translators: Qt ships no Hindi or
Indonesian translation, so the app's .qm files carry them; Qt looks them up itself."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

translate = QCoreApplication.translate


def qt_texts() -> list[str]:
    """Qt's texts that the window shows, in the interface language."""
    return [
        translate("QPlatformTheme", "OK"),
        translate("QPlatformTheme", "Cancel"),
        translate("QPlatformTheme", "Save"),
        translate("QPlatformTheme", "Discard"),
        translate("QPlatformTheme", "Open"),
        translate("QPlatformTheme", "Close"),
        translate("QPlatformTheme", "Apply"),
        translate("QPlatformTheme", "Reset"),
        translate("QPlatformTheme", "Help"),
        translate("QPlatformTheme", "&Yes"),
        translate("QPlatformTheme", "&No"),
        translate("QPlatformTheme", "Restore Defaults"),
        translate("QLineEdit", "&Undo"),
        translate("QLineEdit", "&Redo"),
        translate("QLineEdit", "Cu&t"),
        translate("QLineEdit", "&Copy"),
        translate("QLineEdit", "&Paste"),
        translate("QLineEdit", "Delete"),
        translate("QLineEdit", "Select All"),
        translate("QWidgetTextControl", "&Undo"),
        translate("QWidgetTextControl", "&Redo"),
        translate("QWidgetTextControl", "Cu&t"),
        translate("QWidgetTextControl", "&Copy"),
        translate("QWidgetTextControl", "Copy &Link Location"),
        translate("QWidgetTextControl", "&Paste"),
        translate("QWidgetTextControl", "Delete"),
        translate("QWidgetTextControl", "Select All"),
    ]
