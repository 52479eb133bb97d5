"""The channel mix: what each outage cuts off, and the properties the model keeps with it."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from hypothesis import assume, given, settings
from hypothesis import strategies as st

from continuity_app.core.channel_fit import fallback_channels
from continuity_app.core.channel_mix import (
    MIX_CHANNELS,
    at_stake_share,
    cut_off_share,
    field_value,
    other_share,
    whatsapp_only,
    with_field_value,
)
from continuity_app.core.evaluation import evaluate, evaluate_scenario
from continuity_app.core.inputs import function_inputs, model_constants
from continuity_app.core.montecarlo import simulate
from continuity_app.core.outlook import outlook
from continuity_app.core.plan import (
    Function,
    FunctionTolerance,
    Plan,
    Scenario,
    StartTime,
    revise,
)
from continuity_app.core.reference import load_reference
from continuity_app.core.results import evaluation_json
from continuity_app.io.examples import example_names, load_example
from continuity_app.io.planfile import load_plan

REFERENCE = load_reference()
CONSTANTS = model_constants(REFERENCE)
BAKERY = load_example("ramallah-bakery")
# Figures the examples and the country plans gave before the mix (commit 71b8512), when a
# function had only a share on WhatsApp: a plan all on WhatsApp must give them still.
BEFORE = json.loads((Path(__file__).parent / "data" / "before_channel_mix.json").read_text())
PLANS = Path(__file__).parents[1] / "plans"


def with_mixes(plan: Plan, *mixes: dict) -> Plan:
    """The plan with its functions' mixes replaced, in order (the rest keep theirs)."""
    functions = [
        revise(f, channel_mix=mixes[i]) if i < len(mixes) else f
        for i, f in enumerate(plan.functions)
    ]
    return revise(plan, functions=functions)


def outage(layers: tuple[str, ...], hours: float, start: StartTime | None = None) -> Scenario:
    return Scenario(
        id="-".join(layers),
        name="An outage",
        failed_layers=list(layers),
        duration_hours=hours,
        frequency_per_year=1.0,
        start=start,
    )


def loss(plan: Plan, scenario: Scenario) -> float:
    inputs = function_inputs(plan, REFERENCE)
    return evaluate_scenario(plan, scenario, inputs, CONSTANTS).total


_FUNCTION_KEYS = (
    "id",
    "loss",
    "by_category",
    "mbco_reached_after_hours",
    "mbco_breach_hours",
    "mbco_breached",
)


def _figures(document: dict) -> dict:
    """What a plan's evaluation says that the mix could change: every loss, bearable outage,
    minimum service and simulated percentile (the same selection as BEFORE)."""
    return {
        "ale": document["ale"],
        "mtpd_hours": document["mtpd_hours"],
        "ale_by_function": document["ale_by_function"],
        "scenarios": [
            {
                key: s[key]
                for key in ("id", "loss", "loss_while_open", "expected_yearly_loss", "mtpd_hours")
            }
            | {"functions": [{key: f[key] for key in _FUNCTION_KEYS} for f in s["functions"]]}
            for s in document["scenarios"]
        ],
        "monte_carlo": {
            key: document["monte_carlo"][key] for key in ("per_year", "per_outage", "mean_per_year")
        },
    }


def _leaves(value: object, path: str = "") -> dict[str, object]:
    """A JSON document as {path: value}, for comparing its numbers with a tolerance."""
    if isinstance(value, dict):
        return {k: v for key in value for k, v in _leaves(value[key], f"{path}.{key}").items()}
    if isinstance(value, list):
        return {
            k: v for i, item in enumerate(value) for k, v in _leaves(item, f"{path}[{i}]").items()
        }
    return {path: value}


def _plan(name: str) -> Plan:
    return load_example(name) if name in example_names() else load_plan(PLANS / f"{name}.cplan")


@pytest.mark.parametrize("name", sorted(BEFORE))
def test_a_plan_all_on_whatsapp_gives_the_figures_it_gave_before_the_mix(name):
    plan = _plan(name)
    assert whatsapp_only(plan.functions)
    evaluation = evaluate(plan, REFERENCE)
    monte_carlo = simulate(plan, REFERENCE)
    both = outlook(plan, REFERENCE, evaluation, None, monte_carlo)
    now = json.loads(json.dumps(_figures(evaluation_json(evaluation, monte_carlo, both))))
    # the same to the last digits a float keeps: only the order of two multiplications moved
    now_leaves, before_leaves = _leaves(now), _leaves(BEFORE[name])
    assert now_leaves.keys() == before_leaves.keys()
    for path, value in before_leaves.items():
        if isinstance(value, float):
            assert now_leaves[path] == pytest.approx(value, rel=1e-9, abs=1e-9), path
        else:
            assert now_leaves[path] == value, path


def test_an_outage_cuts_off_only_the_channels_on_its_failed_layers():
    orders = BAKERY.functions[0]
    mixed = revise(orders, channel_mix={"whatsapp": 0.5, "instagram": 0.3, "sms": 0.1})
    assert cut_off_share(REFERENCE, mixed, ["whatsapp"]) == pytest.approx(0.5)
    assert cut_off_share(REFERENCE, mixed, ["whatsapp", "meta"]) == pytest.approx(0.8)
    assert cut_off_share(REFERENCE, mixed, ["cellular", "mobile_data"]) == pytest.approx(0.9)
    assert cut_off_share(REFERENCE, mixed, ["telegram"]) == 0.0
    assert other_share(mixed) == pytest.approx(0.1)
    assert at_stake_share(REFERENCE, mixed, BAKERY.scenarios) == pytest.approx(0.9)


def test_instagram_fails_with_whatsapp_only_when_meta_fails():
    """WhatsApp 50% and Instagram 30% lose, in a WhatsApp-only outage, what WhatsApp 50% alone
    loses, and in a Meta-wide one what 80% on WhatsApp loses."""
    mixed = with_mixes(BAKERY, {"whatsapp": 0.5, "instagram": 0.3})
    half = with_mixes(BAKERY, {"whatsapp": 0.5})
    most = with_mixes(BAKERY, {"whatsapp": 0.8})
    whatsapp = outage(("whatsapp",), 6.0)
    meta = outage(("whatsapp", "meta"), 6.0)
    assert loss(mixed, whatsapp) == pytest.approx(loss(half, whatsapp), rel=1e-9)
    assert loss(mixed, meta) == pytest.approx(loss(most, meta), rel=1e-9)
    assert loss(mixed, meta) > loss(mixed, whatsapp)


def test_a_surviving_channel_of_the_mix_counts_towards_minimum_service():
    """Orders half on WhatsApp, half on Telegram, no fallback: a Meta outage still serves the
    half on Telegram, which meets a minimum service of 40% from the start; all on WhatsApp it
    is breached."""
    plan = revise(BAKERY, fallbacks=[])
    minimum = {plan.functions[0].id: FunctionTolerance(mbco=0.4, within_hours=2.0)}
    plan = revise(plan, tolerance=revise(plan.tolerance, functions=minimum))
    meta = outage(("whatsapp", "meta"), 6.0)
    split = with_mixes(plan, {"whatsapp": 0.5, "telegram": 0.5})
    inputs = function_inputs(split, REFERENCE)
    served = evaluate_scenario(split, meta, inputs, CONSTANTS).functions[0]
    assert (served.mbco_breached, served.mbco_reached_after_hours) == (False, 0.0)
    alone = with_mixes(plan, {"whatsapp": 1.0})
    inputs = function_inputs(alone, REFERENCE)
    assert evaluate_scenario(alone, meta, inputs, CONSTANTS).functions[0].mbco_breached


_LAYER_SETS = (
    ("whatsapp",),
    ("whatsapp", "meta"),
    ("cellular", "mobile_data"),
    ("mobile_data",),
    ("mobile_data", "internet"),
)
_shares = st.floats(0.0, 0.5, allow_nan=False).map(lambda x: round(x, 3))


@settings(max_examples=25, deadline=None)
@given(
    whatsapp=_shares,
    others=st.dictionaries(st.sampled_from(MIX_CHANNELS[1:]), _shares, max_size=3),
    layers=st.sampled_from(_LAYER_SETS),
    moved=st.floats(0.0, 1.0),
    hours=st.sampled_from((0.5, 2.0, 6.0, 14.0, 48.0)),
)
def test_moving_share_to_a_channel_that_survives_never_raises_the_loss(
    whatsapp, others, layers, moved, hours
):
    scenario = outage(layers, hours)
    survivors = [c for c in MIX_CHANNELS if REFERENCE.channels[c].survives(layers)]
    assert survivors  # in person survives every outage
    assume(sum(others.values()) + whatsapp <= 1)
    target = survivors[int(moved * 10) % len(survivors)]
    before = {"whatsapp": whatsapp, **others}
    shift = whatsapp * moved
    after = {**before, "whatsapp": whatsapp - shift}
    after[target] = after.get(target, 0.0) + shift
    worse = loss(with_mixes(BAKERY, before), scenario)
    better = loss(with_mixes(BAKERY, after), scenario)
    assert better <= worse * (1 + 1e-9) + 1e-9


@settings(max_examples=25, deadline=None)
@given(
    mix=st.dictionaries(st.sampled_from(MIX_CHANNELS), _shares, max_size=4),
    hours=st.sampled_from((0.25, 1.0, 6.0, 14.0, 72.0)),
    start=st.sampled_from((None, StartTime(weekday="mon", hour=18.65))),
)
def test_a_meta_outage_costs_at_least_a_whatsapp_only_one_as_long(mix, hours, start):
    assume(sum(mix.values()) <= 1)
    plan = with_mixes(BAKERY, mix, mix)
    whatsapp = loss(plan, outage(("whatsapp",), hours, start))
    meta = loss(plan, outage(("whatsapp", "meta"), hours, start))
    assert meta >= whatsapp * (1 - 1e-9) - 1e-9


def test_the_parts_of_a_mix_are_never_offered_as_fallbacks():
    offered = fallback_channels(REFERENCE)
    for channel in ("whatsapp", "whatsapp_api", "facebook", "webshop", "walk_in"):
        assert channel not in offered
    assert {"sms", "voice", "telegram", "signal", "email"} <= set(offered)


def test_a_channel_share_is_a_field_of_its_own():
    orders: Function = BAKERY.functions[0]
    with_instagram = with_field_value(orders, "mix.instagram", 0.1)
    assert field_value(with_instagram, "mix.instagram") == 0.1
    assert field_value(with_instagram, "mix.telegram") is None
    without = with_field_value(with_instagram, "mix.instagram", None)
    assert without.channel_mix == orders.channel_mix
    with pytest.raises(ValueError, match="add up to 105%"):
        with_field_value(orders, "mix.instagram", 1.05 - orders.channel_mix["whatsapp"].likely)


def test_apps_of_the_mix_on_meta_are_said_to_fail_with_whatsapp():
    from continuity_app.core.recommend import FailsTogether, recommend
    from continuity_app.core.wording import warning_message

    plan = with_mixes(BAKERY, {"whatsapp": 0.5, "instagram": 0.3, "telegram": 0.1})
    advice = recommend(plan, REFERENCE)
    (warning,) = [w for w in advice.warnings if w.kind == "fails_together"]
    assert warning.function == plan.functions[0].id
    assert isinstance(warning.reason, FailsTogether)
    assert warning.reason.channels == ("instagram",)
    assert warning.reason.share == pytest.approx(0.3)
    assert warning.reason.cut_off == pytest.approx(0.8)  # WhatsApp and Instagram, not Telegram
    meta = {s.id for s in plan.scenarios if "meta" in s.failed_layers}
    assert set(warning.reason.scenarios) == meta
    assert "30% of" in warning_message(warning) and "80% of" in warning_message(warning)
    alone = recommend(BAKERY, REFERENCE)
    assert not [w for w in alone.warnings if w.kind == "fails_together"]
