"""Every plan field the window edits, declared once: label, unit, scale, limits, default, synonyms.

The tables, the Business page, the spreadsheet import and export, the refusals and the printed
plan read a field's words and units from here, so a field is named one way everywhere. Labels
and tooltips are translated when the registry is read (as in core/terms.py), in the context the
window has always used for them, so it works in any language and keeps existing translations.

A new field of a function: add it to the plan's data class (core/plan), then declare it in
fields/function.py; the functions table shows it as a column, the spreadsheet import maps
and reads it, the export writes it and the refusals name it by its label and unit.
"""

from __future__ import annotations

import weakref

from continuity_app.core.fields.base import (
    CURRENCY,
    NOT_NEGATIVE,
    POSITIVE,
    SHARE,
    WEEK_HOURS,
    Field,
    Kind,
    Limits,
    Owner,
)
from continuity_app.core.fields.business import business_fields, settings_fields, tolerance_fields
from continuity_app.core.fields.function import function_fields
from continuity_app.core.fields.tables import fallback_fields, role_fields, scenario_fields
from continuity_app.core.fields.tasks import task_fields
from continuity_app.core.i18n import Language, current_language

__all__ = [
    "CURRENCY",
    "NOT_NEGATIVE",
    "POSITIVE",
    "SHARE",
    "WEEK_HOURS",
    "Field",
    "Kind",
    "Limits",
    "Owner",
    "all_fields",
    "field",
    "fields",
]

_BUILDERS = {
    "business": business_fields,
    "function": function_fields,
    "fallback": fallback_fields,
    "scenario": scenario_fields,
    "role": role_fields,
    "tolerance": tolerance_fields,
    "settings": settings_fields,
    "task": task_fields,
}


# The fields of each owner as worded in each language. A table asks for its headers each time
# it paints; a language is a new object when the reader changes it, so its words never go stale.
_WORDED: weakref.WeakKeyDictionary[Language, dict[str, tuple[Field, ...]]] = (
    weakref.WeakKeyDictionary()
)


def fields(owner: Owner) -> tuple[Field, ...]:
    """The fields of one owner in the current language, in the order the window shows them."""
    language = current_language()
    worded = _WORDED.get(language)
    if worded is None:
        worded = _WORDED[language] = {}
    if owner not in worded:
        worded[owner] = _BUILDERS[owner]()
    return worded[owner]


def field(owner: Owner, key: str) -> Field:
    """One field in the current language; KeyError for a field the registry does not know."""
    for found in fields(owner):
        if found.key == key:
            return found
    raise KeyError(f"{owner}.{key}")


def all_fields() -> tuple[Field, ...]:
    """Every field of every owner."""
    return tuple(found for owner in _BUILDERS for found in fields(owner))  # type: ignore[arg-type]
