"""How a function's counterparts behave in an outage (wait, come back, leave, or let the moment
pass): the sourced defaults of behaviour_defaults.csv, by kind of function and sector group."""

from __future__ import annotations

import re
from functools import cache, lru_cache

from continuity_app.core.display import format_hours, format_list, format_percent
from continuity_app.core.i18n import translate
from continuity_app.core.plan import Function, Plan, Range, Uncertain, likely
from continuity_app.core.reference import BehaviourDefault, ReferenceData


def sector_group(reference: ReferenceData, sector: str) -> str:
    """The sector group whose words the business's own description of its sector uses
    ("Padaria e lanchonete" is food); empty when none does."""
    groups = tuple((g.id, g.keywords) for g in reference.sectors.values())
    return _sector_group(groups, sector)


@lru_cache(maxsize=256)
def _sector_group(groups: tuple[tuple[str, tuple[str, ...]], ...], sector: str) -> str:
    # asked for every function at every evaluation, with the same few sectors
    text = sector.casefold()
    for group, words in groups:
        if any(_pattern(word).search(text) for word in words):
            return group
    return ""


@cache
def _pattern(word: str) -> re.Pattern[str]:
    # at the start of a word, so that "bakeries" is food and "chair" is not hair
    return re.compile(r"(?<!\w)" + re.escape(word))


def behaviour_default(
    reference: ReferenceData, kind: str, sector: str, field: str
) -> BehaviourDefault:
    """The default for one kind of function in the business's sector, or for every sector."""
    group = sector_group(reference, sector)
    return reference.behaviour.get((kind, group, field)) or reference.behaviour[(kind, "", field)]


def default_value(item: BehaviourDefault) -> Uncertain:
    """The default as a plan value: a range when its evidence gives one."""
    if item.low is not None and item.high is not None and item.low < item.high:
        return Range(low=item.low, likely=item.value, high=item.high)
    return item.value


def perishable_share(reference: ReferenceData, function: Function, sector: str) -> Uncertain:
    """The function's own perishable share, or the default of its kind and sector."""
    if function.perishable_share is not None:
        return function.perishable_share
    return default_value(
        behaviour_default(reference, function.kind.value, sector, "perishable_share")
    )


def assumed_defaults(plan: Plan, reference: ReferenceData) -> list[str]:
    """One sentence per function that relies on behaviour defaults no source measures."""
    words = {
        "patience_hours": translate("Behaviour", "how long its customers wait ({value})"),
        "recapture_share": translate("Behaviour", "the share who come back later ({value})"),
        "churn_share": translate("Behaviour", "the share lost for good ({value})"),
        "perishable_share": translate("Behaviour", "the share that cannot wait ({value})"),
    }
    notes = []
    for function in plan.functions:
        if function.kind.is_coordination:
            continue  # staff and suppliers: their loss is counted as productivity
        assumed = []
        for field, phrase in words.items():
            default = behaviour_default(reference, function.kind.value, plan.business.sector, field)
            value = getattr(function, field)
            if default.confidence != "assumed":
                continue
            if value is not None and likely(value) != default.value:
                continue  # the user's own value
            shown = (
                format_hours(default.value, "hours")
                if field == "patience_hours"
                else format_percent(default.value)
            )
            assumed.append(phrase.format(value=shown))
        if assumed:
            notes.append(
                translate(
                    "Behaviour",
                    "“{function}” uses assumed values that no study measures: {values}. Enter "
                    "what you know of your customers on the Functions page.",
                ).format(function=function.name, values=format_list(assumed))
            )
    return notes
