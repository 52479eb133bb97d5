"""Text a spreadsheet program would run as a formula: made inert on export, restored on import."""

from __future__ import annotations

# What Excel, LibreOffice and Google Sheets take as the start of a formula (OWASP's CSV
# injection list), plus the apostrophe itself so that escaping can always be undone.
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")
_ESCAPED_STARTS = (*FORMULA_STARTS, "'")


def looks_like_formula(text: str) -> bool:
    """True when a spreadsheet program would read ``text`` typed into a cell as a formula."""
    return text.startswith(FORMULA_STARTS)


def escape_formula(text: str) -> str:
    """``text`` with an apostrophe in front when it would start a formula (or starts with one).

    Spreadsheet programs show "'=1+2" as the text =1+2. Escaping a leading apostrophe too
    makes ``unescape_formula(escape_formula(t)) == t`` for every ``t``.
    """
    return "'" + text if text.startswith(_ESCAPED_STARTS) else text


def unescape_formula(text: str) -> str:
    """Undo ``escape_formula``: drop one apostrophe put in front of a formula-like text.

    A lone apostrophe in front of ordinary text ("'Orders") is the user's and stays.
    """
    if text.startswith("'") and text[1:2] and text[1:].startswith(_ESCAPED_STARTS):
        return text[1:]
    return text
