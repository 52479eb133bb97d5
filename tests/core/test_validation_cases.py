"""The impact model against the published losses of real businesses (validation/cases.csv)."""

from __future__ import annotations

import importlib.util
import math
import sys

import pytest

from continuity_app.core.reference import load_reference
from tests.paths import REPO_ROOT

_SPEC = importlib.util.spec_from_file_location(
    "validation_compare", REPO_ROOT / "validation" / "compare.py"
)
compare = importlib.util.module_from_spec(_SPEC)
sys.modules[_SPEC.name] = compare  # its dataclasses look their module up there
_SPEC.loader.exec_module(compare)

REFERENCE = load_reference()
COMPARISONS = compare.compare_all(REFERENCE)
RAN = [c for c in COMPARISONS if c.ratio is not None]


def test_every_case_with_a_recorded_outage_runs():
    skipped = {c.case["id"]: c.skipped for c in COMPARISONS if c.model is None}
    # the Indonesian restriction of 22-25 May 2019 has no row in outages.csv (no start found)
    assert set(skipped) == {"B11", "C11"}
    assert len(RAN) == 18
    assert all(math.isfinite(c.model) and c.model > 0 for c in RAN)


def test_a_case_is_built_from_its_own_facts_only():
    case = next(c for c in compare.read_cases() if c["id"] == "C09")
    outage = next(o for o in REFERENCE.outages if o.id == case["outage_id"])
    plan = compare.case_plan(case, outage, REFERENCE)
    (function,) = plan.functions
    assert function.daily_interactions == 20 and function.revenue_per_interaction == 250
    default = REFERENCE.function_defaults["orders_sales"]
    assert function.channel_mix == {"whatsapp": default.whatsapp_share}
    (scenario,) = plan.scenarios
    # 4 Oct 2021, 15:39 UTC is Monday 12:39 in São Paulo (to the quarter hour)
    assert (scenario.start.weekday, scenario.start.hour) == ("mon", 12.75)
    assert scenario.duration_hours == 6.5
    # a block that began the day before is counted from the start of the owner's day
    c03 = next(c for c in compare.read_cases() if c["id"] == "C03")
    block = next(o for o in REFERENCE.outages if o.id == "o03")
    (day,) = compare.case_plan(c03, block, REFERENCE).scenarios
    assert (day.start.weekday, day.start.hour) == ("tue", 0.0) and day.duration_hours == 14


def test_the_model_stays_where_the_evidence_put_it():
    """A guard, not the goal: the median was 0.59 of the published figures and 15 of 18 cases
    were within a factor of two when the set was built (issue 13); a change that moves the model
    away from what businesses reported fails here."""
    assert 0.5 <= compare.median_ratio(COMPARISONS) <= 1.5
    assert sum(0.5 <= c.ratio <= 2 for c in RAN) >= 15


@pytest.mark.xfail(
    strict=True,
    reason="issue 13's target is not met: the owners reported the whole day's orders lost, the "
    "model loses what arrives from the outage's start (12:39 in Brazil) on (median 0.59); "
    "C01 and C02 (outage from 16:39 in Lagos, 15:39 in Accra) fall outside the default hours, "
    "C04 sells mostly in person but gets the default WhatsApp share. See validation/README.md.",
)
def test_every_case_within_a_factor_of_two_and_the_median_near_one():
    assert all(0.5 <= c.ratio <= 2 for c in RAN)
    assert 0.67 <= compare.median_ratio(COMPARISONS) <= 1.5
