"""Bidirectional text in the printed plan: which way it reads, and numbers kept in order."""

from __future__ import annotations

import re
import unicodedata

from continuity_app.core.plan import Plan

RTL_LANGUAGES = frozenset({"ar", "fa", "he", "ur", "ps", "sd", "yi", "ug", "ckb", "dv"})

# Isolates: a number or amount inside right-to-left text keeps its digit order. Qt's rich text
# ignores dir="ltr" spans, but honours these Unicode controls.
LRI, FSI, PDI = "\u2066", "\u2068", "\u2069"
# Runs that read as one number: phone numbers, amounts with separators, times.
_NUMBER_RUN = re.compile(r"[+(]?\d[\d\s\-().,/:]*\d|\d")


def is_rtl_language(language: str | None) -> bool:
    """True for a language written right to left (Arabic, Persian, Hebrew, Urdu...)."""
    if not language:
        return False
    return language.replace("_", "-").split("-")[0].lower() in RTL_LANGUAGES


def first_strong_rtl(text: str) -> bool:
    """True when the first letter with a direction is right-to-left (Unicode rule P2)."""
    for char in text:
        kind = unicodedata.bidirectional(char)
        if kind in ("R", "AL"):
            return True
        if kind == "L":
            return False
    return False


def has_rtl(text: str) -> bool:
    """True when any letter of the text is right-to-left."""
    return any(unicodedata.bidirectional(c) in ("R", "AL") for c in text)


def plan_is_rtl(plan: Plan, language: str | None) -> bool:
    """Lay the whole plan out right-to-left: the PDF language is right-to-left, or, with no
    language given, the business name and every customer message are in a right-to-left
    script."""
    if language:
        return is_rtl_language(language)
    customer = [m for m in plan.details.messages if m.audience == "customers"]
    return (
        first_strong_rtl(plan.business.name)
        and bool(customer)
        and all(is_rtl_language(m.language) for m in customer)
    )


def isolate_numbers(text: str) -> str:
    """Wrap every number run in LRI…PDI, so '02 295 1234' keeps its order in Arabic text."""
    return _NUMBER_RUN.sub(lambda m: f"{LRI}{m.group(0)}{PDI}", text)


def isolate(text: str, rtl: bool) -> str:
    """A number, amount or phone number, isolated when the document is right-to-left.

    First-strong isolate: a bare number or a phone number reads left to right, while a
    number with an Arabic unit or month ("30 د", "25 نوفمبر 2026") keeps the unit after
    the number also in Latin digits (--digits western)."""
    return f"{FSI}{text}{PDI}" if rtl and text else text


def dir_attr(text: str) -> str:
    """The dir attribute for a paragraph of the user's text, from its first strong letter."""
    return ' dir="rtl"' if first_strong_rtl(text) else ' dir="ltr"'


def message_dir(text: str, language: str | None) -> str:
    """A message reads in its own language's direction, even when it opens with a name
    in another script (an English message starting with an Arabic business name)."""
    if language:
        return ' dir="rtl"' if is_rtl_language(language) else ' dir="ltr"'
    return dir_attr(text)
