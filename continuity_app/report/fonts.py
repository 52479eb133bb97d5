"""The fonts shipped in resources/fonts, registered once with Qt and with matplotlib."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from continuity_app.core.i18n import translate
from continuity_app.resources import resource_path

# Regular and bold of each script the plan may contain. Noto Sans covers Latin, Greek and
# Cyrillic; Arabic and Devanagari have their own files (Noto splits scripts per family).
FONT_FILES: tuple[str, ...] = (
    "NotoSans-Regular.ttf",
    "NotoSans-Bold.ttf",
    "NotoSansArabic-Regular.ttf",
    "NotoSansArabic-Bold.ttf",
    "NotoSansDevanagari-Regular.ttf",
    "NotoSansDevanagari-Bold.ttf",
)
# The order in which text looks for a glyph: Latin first, then the other scripts.
FAMILIES: tuple[str, ...] = ("Noto Sans", "Noto Sans Arabic", "Noto Sans Devanagari")


@dataclass
class FontState:
    """What registering the shipped fonts gave: the families and any problems, in words."""

    families: list[str]
    problems: list[str]
    matplotlib_done: bool = False


_state: FontState | None = None


def fonts_dir() -> Path:
    return resource_path("fonts")


def _check(path: Path) -> str | None:
    """Why a font file cannot be used, or None."""
    if not path.is_file():
        return translate("PlanRender", "font file {name} is missing from {folder}").format(
            name=path.name, folder=path.parent
        )
    try:
        with path.open("rb") as stream:
            magic = stream.read(4)
    except OSError as error:
        return translate("PlanRender", "font file {path} cannot be read: {reason}").format(
            path=path, reason=error.strerror or error
        )
    if magic not in (b"\x00\x01\x00\x00", b"OTTO", b"true"):
        return translate(
            "PlanRender", "font file {path} is not a TrueType or OpenType font"
        ).format(path=path)
    return None


def register_fonts() -> list[str]:
    """Load the shipped fonts into Qt (once per process) and return their family names.

    Needs a QGuiApplication. A missing or unreadable file does not raise: the text then
    falls back to the system's fonts and `font_problems()` says which file was the cause.
    """
    global _state
    if _state is not None:
        return list(_state.families)
    from PySide6.QtCore import QLoggingCategory
    from PySide6.QtGui import QFontDatabase

    # Text in Devanagari (or another script needing OpenType shaping) is matched against
    # FAMILIES in order: Qt tries Noto Sans and Noto Sans Arabic first, skips them for lack of
    # Devanagari tables and notes each skip on stderr at info level ("OpenType support missing
    # for "Noto Sans", script 11"), then uses Noto Sans Devanagari. The skip is the intended
    # fallback; putting Noto Sans Devanagari first would set Latin text in its partial Latin
    # set and line heights. Only these info notes are silenced: font warnings still show.
    QLoggingCategory.setFilterRules("qt.text.font.db.info=false")
    families: list[str] = []
    problems: list[str] = []
    for name in FONT_FILES:
        path = fonts_dir() / name
        problem = _check(path)
        if problem is None:
            font_id = QFontDatabase.addApplicationFont(str(path))
            if font_id < 0:
                problem = translate("PlanRender", "Qt could not load the font file {path}").format(
                    path=path
                )
            else:
                families += [
                    f for f in QFontDatabase.applicationFontFamilies(font_id) if f not in families
                ]
        if problem:
            problems.append(problem)
    _state = FontState(families, problems)
    return list(families)


def font_problems() -> list[str]:
    """Problems met by `register_fonts`, one sentence each (empty when all fonts loaded)."""
    return list(_state.problems) if _state else []


def document_families() -> list[str]:
    """Families for text, in fallback order: the shipped ones that loaded, Latin first."""
    loaded = register_fonts()
    return [f for f in FAMILIES if f in loaded] or loaded


def register_matplotlib_fonts() -> list[str]:
    """Add the same files to matplotlib so charts and text use one typeface; the families."""
    register_fonts()
    assert _state is not None
    if not _state.matplotlib_done:
        from matplotlib import font_manager

        for name in FONT_FILES:
            path = fonts_dir() / name
            if _check(path) is None:
                try:
                    font_manager.fontManager.addfont(str(path))
                except (OSError, RuntimeError, ValueError) as error:
                    problem = translate("PlanRender", "matplotlib could not load {path}: {error}")
                    _state.problems.append(problem.format(path=path, error=error))
        _state.matplotlib_done = True
    return document_families()
