"""Plans for businesses the examples do not cover (issue 14): a Lagos pharmacy, an Accra
restaurant, a Jakarta online seller, a Cairo clinic and a Mexico City gas delivery. Their
recommendations must read as a local consultant would expect."""

from __future__ import annotations

import pytest

from continuity_app.core.channel_fit import shares_provider_with_whatsapp
from continuity_app.core.plan import FunctionKind
from continuity_app.core.recommend import recommend
from continuity_app.core.reference import load_reference
from continuity_app.io.planfile import load_plan
from tests.paths import PLANS as TEST_PLANS

PLANS = sorted(TEST_PLANS.glob("*.cplan"))
REFERENCE = load_reference()
# counterparts a business asks to join a channel, wherever they are
ASKED = {FunctionKind.INTERNAL_COORDINATION, FunctionKind.SUPPLIER_COORDINATION}


@pytest.fixture(scope="module", params=PLANS, ids=[p.stem for p in PLANS])
def advice(request):
    plan = load_plan(request.param)
    return plan, recommend(plan, REFERENCE)


def test_the_five_local_plans_are_there():
    assert {p.stem for p in PLANS} == {
        "lagos-pharmacy",
        "accra-restaurant",
        "jakarta-online-seller",
        "cairo-clinic",
        "mexico-city-delivery",
    }


def test_customers_are_first_offered_sms_or_voice(advice):
    """Everyone there has a phone; the local apps are offered only where figures exist."""
    plan, result = advice
    for function in plan.functions:
        if function.kind in ASKED:
            continue
        top = [f.channel for f in result.channels[function.id][:2]]
        assert set(top) & {"sms", "voice"}, (function.id, top)


def test_no_step_for_an_app_without_a_figure_or_blocked_there(advice):
    plan, result = advice
    country = next(iter(plan.business.country_mix))
    for valued in result.actions:
        function = plan.function(valued.action.function_id)
        if valued.action.template.audience == "staff" or function.kind in ASKED:
            continue
        channel = valued.action.channel
        assert REFERENCE.block(country, channel) is None
        assert valued.action.reach > 0, (valued.action.id, channel)


def test_the_portfolio_holds_only_steps_worth_doing_and_none_on_meta(advice):
    _plan, result = advice
    assert result.portfolio, "a business that lives on WhatsApp has something worth doing"
    for item in result.portfolio:
        assert not shares_provider_with_whatsapp(REFERENCE, item.action.channel)
    worth = {v.action.id for v in result.actions if v.worth_doing}
    assert {item.action.id for item in result.portfolio} <= worth
