"""Translatable text in Qt-free code: strings are marked for Qt Linguist and translated at run time.

`translate("Context", "text")` is the call pyside6-lupdate extracts; the GUI, the CLI and the PDF
renderer install Qt's translator as the backend. Without one (tests, pure-Python use) the
English source text is returned.
"""

from __future__ import annotations

from collections.abc import Callable

_backend: Callable[[str, str], str] | None = None


def set_translator(backend: Callable[[str, str], str] | None) -> None:
    """Route translate() through `backend` (e.g. QCoreApplication.translate); None for English."""
    global _backend
    _backend = backend


def translate(context: str, text: str) -> str:
    """The text in the current language (the source text when no translator is installed)."""
    return _backend(context, text) if _backend is not None else text
