"""The country mix as typed: why it cannot be the plan's yet, and the edit that sets it."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field

from continuity_app.core.i18n import number, translate
from continuity_app.core.plan import Plan
from continuity_app.core.plan_edits import PlanEdit
from continuity_app.core.reference import ReferenceData
from continuity_app.core.scenarios import with_countries

# How far from 100% the typed shares may add up: the shares are typed with one decimal, so
# three countries at 33.3% are right.
TOTAL_SLACK = 0.5

TypedShares = Sequence[tuple[str, float]]  # (country code, share in percent) as typed


def total_percent(rows: TypedShares) -> float:
    """The typed shares added up, in percent."""
    return sum(share for _code, share in rows)


def mix_problem(rows: TypedShares) -> str | None:
    """Why shares typed in percent cannot be the plan's country mix, in the owner's words,
    with the way out; None when they can."""
    codes = [code for code, _share in rows]
    duplicate = next((code for code in codes if codes.count(code) > 1), None)
    if duplicate is not None:
        return translate("BusinessPage", "%1 is listed twice.").replace("%1", duplicate)
    if any(share <= 0 for _code, share in rows):
        return translate("BusinessPage", "Give every country a share above 0%, or remove it.")
    total = total_percent(rows)
    if abs(total - 100.0) > TOTAL_SLACK:
        return translate(
            "BusinessPage", "The shares add up to %1%; they must add up to 100%."
        ).replace("%1", number(total, 1))
    return None


def typed_mix(rows: TypedShares) -> dict[str, float]:
    """The plan's mix (shares from 0 to 1) from typed shares `mix_problem` accepts: the
    rounding of the typed shares spread so that the mix adds up to exactly 1."""
    total = total_percent(rows)
    return {code: share / total for code, share in rows}


@dataclass(frozen=True)
class SetCountryMix(PlanEdit):
    """Where the business's counterparts are: each preset scenario still as derived for the
    old countries follows the new ones (core.scenarios.with_countries)."""

    mix: Mapping[str, float]
    reference: ReferenceData = field(repr=False, compare=False)

    def apply(self, plan: Plan) -> Plan:
        return with_countries(plan, self.reference, self.mix)

    def text(self, plan: Plan) -> str:
        return translate("PlanEdits", "Change country mix")

    @property
    def merge_key(self) -> str:
        return "business.country_mix"
