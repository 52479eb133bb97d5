"""Behaviour defaults (sourced or marked assumed), sector groups, perishable demand, open days,
and the recovery tail after restoration."""

from __future__ import annotations

import csv
import shutil
from pathlib import Path

import numpy as np
import pytest

from continuity_app.core.behaviour import (
    assumed_defaults,
    behaviour_default,
    perishable_share,
    sector_group,
)
from continuity_app.core.clock import open_mask, weekly_profile
from continuity_app.core.evaluation import evaluate
from continuity_app.core.inputs import inputs_for
from continuity_app.core.new_plan import Activity, Answers, new_plan
from continuity_app.core.plan import FunctionKind, likely, revise
from continuity_app.core.reference import (
    BEHAVIOUR_FIELDS,
    FUNCTION_KINDS,
    ReferenceDataError,
    load_reference,
)
from continuity_app.core.wording import evaluation_notes
from continuity_app.io.examples import load_example
from continuity_app.resources import resource_path

REFERENCE = load_reference()
DATA = resource_path("data")


@pytest.mark.parametrize(
    ("sector", "group"),
    [
        ("Padaria e lanchonete", "food"),
        ("Bakery and catering", "food"),
        ("مخبز الزيتونة", "food"),
        ("Farmácia de bairro", "retail"),
        ("Fashion boutique", "retail"),
        ("Clínica odontológica", "health"),
        ("Hair salon", "services"),
        ("Chair and table rental", ""),  # not "hair": words are matched from their start
        ("", ""),
    ],
)
def test_the_sector_words_name_a_group(sector, group):
    assert sector_group(REFERENCE, sector) == group


def test_every_kind_has_every_behaviour_and_each_says_where_it_comes_from():
    for kind in FUNCTION_KINDS:
        for field in BEHAVIOUR_FIELDS:
            item = behaviour_default(REFERENCE, kind, "", field)
            assert item.source or item.confidence == "assumed"
            if item.confidence != "assumed":
                assert item.year  # the study's year, or n.d. for an undated page
            if item.confidence == "assumed":
                assert item.note  # why the value is reasonable, since nothing measures it
    # where a source supports a sector, it wins: a lunch order cannot wait, a dress can
    food = behaviour_default(REFERENCE, "orders_sales", "Restaurante", "perishable_share")
    shop = behaviour_default(REFERENCE, "orders_sales", "Loja de roupas", "perishable_share")
    assert food.value > 0.5 > shop.value


def _data_copy(tmp_path: Path) -> Path:
    target = tmp_path / "data"
    shutil.copytree(DATA, target)
    return target


def _rewrite(path: Path, change) -> None:
    with path.open(encoding="utf-8", newline="") as handle:
        rows = list(csv.DictReader(handle))
    fields = list(rows[0])
    rows = change(rows)
    with path.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.DictWriter(handle, fieldnames=fields, lineterminator="\n")
        writer.writeheader()
        writer.writerows(rows)


def test_an_assumed_value_without_its_reason_is_refused(tmp_path):
    data = _data_copy(tmp_path)

    def drop_note(rows):
        assumed = next(r for r in rows if r["confidence"] == "assumed")
        assumed["note"] = ""
        return rows

    _rewrite(data / "behaviour_defaults.csv", drop_note)
    with pytest.raises(ReferenceDataError, match=r"behaviour_defaults\.csv line \d+, column note"):
        load_reference(data)


def test_a_kind_without_a_value_for_every_sector_is_refused(tmp_path):
    data = _data_copy(tmp_path)
    _rewrite(
        data / "behaviour_defaults.csv",
        lambda rows: [
            r for r in rows if not (r["kind"] == "delivery" and r["field"] == "churn_share")
        ],
    )
    with pytest.raises(ReferenceDataError, match="no value for every sector: delivery churn"):
        load_reference(data)


def test_perishable_demand_is_never_won_back():
    plan = load_example("ramallah-bakery")  # "Bakery and catering": food
    orders = next(f for f in plan.functions if f.kind == FunctionKind.ORDERS_SALES)
    assert likely(perishable_share(REFERENCE, orders, plan.business.sector)) == 0.9
    keeps = revise(orders, perishable_share=0.0)
    perishes = revise(orders, perishable_share=1.0)
    recapture = likely(orders.recapture_share)
    assert inputs_for(plan, REFERENCE, keeps).recapture_share == pytest.approx(recapture)
    assert inputs_for(plan, REFERENCE, perishes).recapture_share == 0
    # and so an outage costs more when the demand cannot wait
    cost = {}
    for share in (0.0, 1.0):
        functions = [
            revise(f, perishable_share=share) if f.id == orders.id else f for f in plan.functions
        ]
        cost[share] = evaluate(revise(plan, functions=functions), REFERENCE).ale_by_function[
            orders.id
        ]
    assert cost[1.0] > cost[0.0]


def test_volumes_are_per_open_day():
    """A business open five days gets its daily volume on each of them, not 7/5 of it."""
    plan = load_example("sao-paulo-fashion")
    weekdays = {day: ["09:00-18:00"] for day in ("mon", "tue", "wed", "thu", "fri")}
    business = revise(plan.business, opening_hours=weekdays)
    mask = open_mask(business)
    profile = weekly_profile(business, plan.functions[0], mask)
    assert profile.sum() == pytest.approx(5.0)
    # each open day carries one day's volume; the weekend none
    per_day = profile.reshape(7, -1).sum(axis=1)
    np.testing.assert_allclose(per_day, [1, 1, 1, 1, 1, 0, 0])


def test_notes_name_the_assumed_values_a_function_relies_on():
    plan = new_plan(
        REFERENCE,
        Answers(
            name="Mama Put",
            sector="Restaurant",
            country_mix={"NG": 1.0},
            currency="NGN",
            activities=[Activity(FunctionKind.ORDERS_SALES, per_day=40.0)],
            staff=3,
            staff_hourly_cost=1500.0,
        ),
    )
    (note,) = assumed_defaults(plan, REFERENCE)
    assert "the share that cannot wait (90%)" in note and "Functions page" in note
    # a value of the user's own is not called assumed
    (orders,) = plan.functions
    own = revise(plan, functions=[revise(orders, perishable_share=0.5)])
    assert assumed_defaults(own, REFERENCE) == []
    evaluation = evaluate(plan, REFERENCE)
    assert note in evaluation_notes(evaluation.plan, evaluation.reference_data)
