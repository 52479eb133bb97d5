"""argparse's own words ("usage:", "error:", ...) in the reader's language.

argparse looks its texts up through gettext's `_`, looked up in its module at call time; the
app has Qt Linguist translations rather than gettext catalogues, so `_` is pointed at them.
The texts are listed here for pyside6-lupdate as argparse writes them, without the space or
line break argparse puts around some ("usage: "): that stays as argparse has it, so every
source text is a whole phrase.
"""

from __future__ import annotations

import argparse

from continuity_app.core.i18n import translate


def argparse_texts() -> list[str]:
    """The argparse texts a user can meet, in the current language."""
    return [
        translate("argparse", "usage:"),
        translate("argparse", "positional arguments"),
        translate("argparse", "options"),
        translate("argparse", "show this help message and exit"),
        translate("argparse", "show program's version number and exit"),
        translate("argparse", "%(prog)s: error: %(message)s"),
        translate("argparse", "argument %(argument_name)s: %(message)s"),
        translate("argparse", "unrecognized arguments: %s"),
        translate("argparse", "the following arguments are required: %s"),
        translate("argparse", "one of the arguments %s is required"),
        translate("argparse", "not allowed with argument %s"),
        translate("argparse", "expected one argument"),
        translate("argparse", "expected at most one argument"),
        translate("argparse", "expected at least one argument"),
        translate("argparse", "invalid %(type)s value: %(value)r"),
        translate("argparse", "invalid choice: %(value)r (choose from %(choices)s)"),
        translate("argparse", "ambiguous option: %(option)s could match %(matches)s"),
        translate("argparse", "can't open '%(filename)s': %(error)s"),
    ]


def speak_in_argparse() -> None:
    """Make argparse's messages follow the current language (call before parsing)."""
    argparse._ = _argparse_text  # type: ignore[attr-defined]


def _argparse_text(text: str) -> str:
    """argparse's text in the current language, with the whitespace around it kept."""
    phrase = text.strip()
    if not phrase:
        return text
    start = text.index(phrase)
    return text[:start] + translate("argparse", phrase) + text[start + len(phrase) :]
