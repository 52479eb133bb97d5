"""The country-mix rule in core: typed shares checked in the owner's words, and the edit."""

from __future__ import annotations

import pytest

from continuity_app.core.country_mix import SetCountryMix, mix_problem, typed_mix
from continuity_app.core.reference import load_reference
from continuity_app.io.examples import load_example


@pytest.mark.parametrize(
    ("rows", "problem"),
    [
        ([("PS", 90.0)], "The shares add up to 90.0%; they must add up to 100%."),
        ([("PS", 60.0), ("PS", 40.0)], "PS is listed twice."),
        ([("PS", 100.0), ("IL", 0.0)], "Give every country a share above 0%, or remove it."),
        ([("PS", 60.0), ("IL", 41.0)], "The shares add up to 101.0%; they must add up to 100%."),
    ],
)
def test_a_mix_that_cannot_be_the_plans_says_why(rows, problem):
    assert mix_problem(rows) == problem


def test_shares_typed_with_one_decimal_make_a_mix_of_exactly_one():
    rows = [("PS", 33.3), ("IL", 33.3), ("JO", 33.3)]  # 99.9%: the rounding of thirds
    assert mix_problem(rows) is None
    mix = typed_mix(rows)
    assert sum(mix.values()) == pytest.approx(1.0, abs=1e-12)
    assert mix["PS"] == pytest.approx(1 / 3)


def test_setting_the_mix_moves_the_derived_scenarios_with_it():
    reference = load_reference()
    plan = load_example("ramallah-bakery")
    edit = SetCountryMix({"BR": 1.0}, reference)
    moved = edit.apply(plan)
    assert moved.business.country_mix == {"BR": 1.0}
    block = next(s for s in moved.scenarios if s.preset == "whatsapp_block")
    assert block.frequency_per_year > 0  # Brazil's court blocks count now
    assert edit.merge_key == "business.country_mix" and edit.text(plan)
