"""Fallback recommendations: channel fit by country, valued actions, portfolio, warnings."""

from __future__ import annotations

import json
import re

import pytest

from continuity_app.cli import main
from continuity_app.core.actions import Valuer, candidate_actions
from continuity_app.core.display import format_money
from continuity_app.core.evaluation import evaluate
from continuity_app.core.plan import Plan
from continuity_app.core.recommend import recommend
from continuity_app.core.reference import load_reference
from continuity_app.core.results import recommendations_json
from continuity_app.core.scenarios import preset_scenarios
from continuity_app.core.tasks import with_step_done
from continuity_app.core.wording import and_list, set_aside_reason, warning_message
from continuity_app.io.examples import example_names, example_path, load_example

REFERENCE = load_reference()


def shop(country: str, scenarios=None, kind: str = "customer_service") -> Plan:
    """A small shop whose customers are all in one country."""
    return Plan.model_validate(
        {
            "business": {
                "name": f"Shop in {country}",
                "currency": "USD",
                "country_mix": {country: 1.0},
                "opening_hours": {d: ["09:00-18:00"] for d in ("mon", "tue", "wed", "thu", "fri")},
                "staff": 5,
                "staff_hourly_cost": 10.0,
                "customer_lifetime_value": 200.0,
            },
            "functions": [
                {
                    "id": "service",
                    "kind": kind,
                    "name": "Customer questions",
                    "daily_interactions": 100,
                    "channel_mix": {"whatsapp": 0.9},
                    "revenue_per_interaction": 20.0,
                }
            ],
            "scenarios": scenarios
            or [s.model_dump() for s in preset_scenarios(REFERENCE) if s.frequency_per_year > 0],
            "tolerance": {"max_loss_per_outage": 1000.0},
        }
    )


def top_app(plan: Plan) -> str:
    """The best-ranked messaging app (SMS and voice aside) for the shop's customers."""
    result = recommend(plan, REFERENCE)
    ranked = [f.channel for f in result.channels["service"]]
    return next(c for c in ranked if c not in {"sms", "voice", "email", "webchat", "rcs"})


@pytest.mark.parametrize(
    ("country", "expected"),
    [
        ("JP", "line"),
        ("KR", "kakaotalk"),
        ("UA", "viber"),
        ("RU", "telegram"),  # slowed down since Feb 2026, not blocked: still the most used
        ("CN", "wechat"),
        ("VN", "zalo"),
    ],
)
def test_the_local_messenger_comes_first(country, expected):
    assert top_app(shop(country)) == expected


def test_in_iran_no_blocked_app_is_offered():
    """Telegram (since 2018), Instagram and WhatsApp are blocked in Iran: however many people
    reach them through VPNs, the plan offers none of them."""
    plan = shop("IR")
    blocked = {b.channel for b in REFERENCE.blocks if b.country == "IR" and b.until is None}
    assert {"telegram", "instagram"} <= blocked
    result = recommend(plan, REFERENCE)
    assert not any(v.action.channel in blocked for v in result.actions)
    assert top_app(plan) not in blocked


def test_sms_and_voice_lead_when_mobile_data_itself_is_shut_down():
    shutdown = {
        "id": "shutdown",
        "name": "Mobile-data shutdown",
        "failed_layers": ["mobile_data", "whatsapp"],
        "duration_hours": 72,
        "frequency_per_year": 1,
    }
    result = recommend(shop("IN", scenarios=[shutdown]), REFERENCE)
    assert {f.channel for f in result.channels["service"][:2]} == {"sms", "voice"}
    telegram = next(f for f in result.channels["service"] if f.channel == "telegram")
    assert telegram.independence == 0.0


@pytest.mark.parametrize("name", example_names())
def test_no_action_ever_increases_the_ale(name):
    plan = load_example(name)
    before = evaluate(plan, REFERENCE).ale
    valuer = Valuer(plan, REFERENCE)
    worth_listing = set()
    for action in candidate_actions(REFERENCE, plan):
        variant = evaluate(with_step_done(plan, action), REFERENCE)
        fallback_cost = sum(
            outcome.by_category["fallback_messaging"] * outcome.scenario.frequency_per_year
            for outcome in variant.scenarios
        )
        # more readiness may only add what the extra fallback messages cost
        assert variant.ale <= before + fallback_cost + 1e-6, action.id
        # the recommender's quick re-valuation of one function agrees with a full evaluation
        quick = valuer.function_ale(with_step_done(plan, action), action.function_id)
        assert quick == pytest.approx(variant.ale_by_function[action.function_id], rel=1e-9)
        if round(valuer.ale[action.function_id] - quick) >= 0:
            worth_listing.add(action.id)
    # exactly the actions whose own valuation does not raise the ALE are listed
    assert {v.action.id for v in recommend(plan, REFERENCE).actions} == worth_listing


def test_a_meta_channel_never_helps_in_a_meta_outage():
    plan = load_example("sao-paulo-fashion")
    meta_ids = {"meta_wide", "meta_long"}
    for action in candidate_actions(REFERENCE, plan):
        if action.channel not in {"messenger", "instagram"}:
            continue
        before = evaluate(plan, REFERENCE)
        after = evaluate(with_step_done(plan, action), REFERENCE)
        for scenario_id in meta_ids:
            assert after.scenario(scenario_id).total == pytest.approx(
                before.scenario(scenario_id).total
            )


def test_meta_fallbacks_are_flagged_and_never_independent():
    plan = load_example("sao-paulo-fashion")  # Instagram is a fallback for sales
    result = recommend(plan, REFERENCE)
    shared = [w for w in result.warnings if w.kind == "shared_infrastructure"]
    assert [(w.function, w.channel) for w in shared] == [("sales", "instagram")]
    assert "Meta-wide outage" in warning_message(shared[0])
    for fits in result.channels.values():
        for fit in fits:
            if fit.channel in {"messenger", "instagram"}:
                assert fit.shares_provider_with_whatsapp
                assert {"meta_wide", "meta_long"} <= set(fit.fails)


def test_a_function_over_the_tolerance_needs_two_independent_fallbacks():
    plan = load_example("mumbai-clinic")
    strict = plan.model_copy(
        update={"tolerance": plan.tolerance.model_copy(update={"max_loss_per_outage": 2000.0})}
    )
    warnings = [
        w for w in recommend(strict, REFERENCE).warnings if w.kind == "needs_two_independent"
    ]
    assert "appointments" in {w.function for w in warnings}
    message = next(warning_message(w) for w in warnings if w.function == "appointments")
    assert "at least two independent fallbacks and has 1 (Phone call" in message
    assert "more than the ₹2,000 you can bear" in message


def test_surge_risk_is_warned_about_when_telegram_or_signal_is_relied_on():
    result = recommend(load_example("mumbai-clinic"), REFERENCE)
    surge = [w for w in result.warnings if w.kind == "surge_risk"]
    chosen = {i.action.channel for i in result.portfolio}
    assert bool(surge) == bool(chosen & {"telegram", "signal"})
    if surge:
        assert "2015, 2019 and 2021" in warning_message(surge[0])


def test_budget_limits_the_portfolio():
    plan = load_example("mumbai-clinic")
    free = recommend(plan, REFERENCE)
    tight = recommend(plan, REFERENCE, budget=400)
    assert free.portfolio and sum(i.cost_per_year for i in tight.portfolio) <= 400
    assert len(tight.portfolio) < len(free.portfolio)
    assert tight.portfolio_ale >= free.portfolio_ale
    for item in free.portfolio:  # every step chosen saves more than it costs
        assert item.marginal_ale_reduction > item.cost_per_year


@pytest.mark.parametrize("name", example_names())
def test_numbers_quoted_in_explanations_equal_the_json(name, capsys):
    assert main(["recommend", str(example_path(name)), "--json"]) == 0
    result = json.loads(capsys.readouterr().out)
    currency = result["currency"]
    assert set(result) >= {"channels", "actions", "portfolio", "warnings"}
    for function_id, ranked in result["channels"].items():
        assert ranked and ranked == sorted(ranked, key=lambda c: -c["score"]), function_id
        assert set(ranked[0]) >= {"channel", "score", "reach", "independence", "reasons"}
    plan = load_example(name)
    for action in result["actions"]:
        text = action["explanation"]
        fit = next(
            c for c in result["channels"][action["function"]] if c["channel"] == action["channel"]
        )
        money = format_money(action["ale_reduction"], currency, REFERENCE, whole=True)
        cost = format_money(action["cost_per_year"], currency, REFERENCE, whole=True)
        assert f"cuts your expected yearly loss by {money} for {cost} a year" in text
        assert f"reaches about {action['reach']:.0%}" in text
        assert f"readiness {action['readiness_before']:.0%} → {action['readiness_after']:.0%}" in (
            text
        )
        if action["payback_months"] is not None:
            assert f"paying back in {action['payback_months']:,.1f} months" in text
        # every other number in the text is one of these (names and titles may hold dates)
        for words in [action["title"], *(f.name for f in plan.functions)]:
            text = text.replace(words, "")
        for scenario in plan.scenarios:
            text = text.replace(scenario.name, "")
        shown = [money, cost, f"{action['reach']:.0%}", f"{fit['independence']:.0%}"]
        shown += [f"{action['readiness_before']:.0%}", f"{action['readiness_after']:.0%}"]
        if action["payback_months"] is not None:
            shown.append(f"{action['payback_months']:,.1f}")
        number = r"\d[\d,]*(?:\.\d+)?"
        assert set(re.findall(number, text)) <= set(re.findall(number, " ".join(shown))), text
    for item in result["portfolio"]["actions"]:
        assert {"id", "channel"} <= set(item)


def test_recommend_cli_text_and_bad_budget(capsys):
    path = str(example_path("ramallah-bakery"))
    assert main(["recommend", path, "--budget", "100"]) == 0
    out = capsys.readouterr().out
    assert "Best fallback channels per function" in out and "budget ₪100 a year" in out


@pytest.mark.parametrize(("budget", "message"), [("lots", "not an amount"), ("-5", "zero or more")])
def test_recommend_bad_budget_exits_2(budget, message, capsys):
    with pytest.raises(SystemExit) as stopped:
        main(["recommend", str(example_path("ramallah-bakery")), "--budget", budget])
    assert stopped.value.code == 2
    assert message in capsys.readouterr().err


def test_recommendations_json_is_plain_json():
    plan = load_example("ramallah-bakery")
    data = recommendations_json(recommend(plan, REFERENCE), REFERENCE, plan)
    assert json.loads(json.dumps(data)) == data


def test_lists_in_explanations_join_the_last_two_with_and():
    assert and_list(["Telegram"]) == "Telegram"
    assert and_list(["Telegram", "Signal"]) == "Telegram and Signal"
    assert and_list(["Telegram", "Signal", "Viber"]) == "Telegram, Signal and Viber"


def test_a_channel_without_a_figure_for_the_country_is_never_assumed():
    """Unknown stays unknown: no usage figure for KakaoTalk in Brazil means no reach there and
    no step to open a Kakao channel; the channel list says there is no data."""
    from continuity_app.core.channel_fit import reach
    from continuity_app.core.wording import fit_reasons

    plan = shop("BR")
    function = plan.functions[0]
    kakao = reach(REFERENCE, plan, function, "kakaotalk")
    assert kakao.share == 0 and kakao.no_data == ("BR",)
    result = recommend(plan, REFERENCE)
    assert not any(v.action.channel == "kakaotalk" for v in result.actions)
    fit = next(f for f in result.channels["service"] if f.channel == "kakaotalk")
    assert any("no data for Brazil" in r for r in fit_reasons(REFERENCE, plan, fit))


def test_what_the_owner_knows_replaces_the_missing_figure():
    from continuity_app.core.channel_fit import reach
    from continuity_app.core.plan_edits import with_known_reach

    plan = with_known_reach(shop("BR"), "email", 0.4)
    told = reach(REFERENCE, plan, plan.functions[0], "email")
    assert (told.share, told.basis) == (0.4, "owner")
    assert any(v.action.channel == "email" for v in recommend(plan, REFERENCE).actions)
    back = with_known_reach(plan, "email", None)
    assert reach(REFERENCE, back, back.functions[0], "email").share == 0


def test_an_app_blocked_in_the_country_is_never_recommended_and_is_flagged():
    """WeChat has been blocked in India since 29 Jun 2020."""
    from continuity_app.core.plan import Fallback

    plan = shop("IN")
    result = recommend(plan, REFERENCE)
    assert not any(v.action.channel == "wechat" for v in result.actions)
    fit = next(f for f in result.channels["service"] if f.channel == "wechat")
    assert fit.reach.blocked == ("IN",) and fit.score == 0
    relying = plan.model_copy(
        update={"fallbacks": [Fallback(function="service", channel="wechat", readiness=0.5)]}
    )
    warnings = recommend(relying, REFERENCE).warnings
    assert [w.kind for w in warnings if w.channel == "wechat"] == ["blocked_channel"]


def test_a_staff_group_reaches_the_people_asked_to_join():
    """Three riders asked to join a Telegram group: close to all of them, not Telegram's share
    among the country's people."""
    plan = shop("NG", kind="delivery")
    steps = {a.template.id: a for a in candidate_actions(REFERENCE, plan)}
    assert steps["telegram-staff-group"].reach == pytest.approx(REFERENCE.default("staff_reach"))


def test_steps_not_worth_doing_now_come_last_each_with_its_reason():
    result = recommend(shop("BR"), REFERENCE)
    chosen = {item.action.id for item in result.portfolio}
    assert not chosen & {v.action.id for v in result.actions if not v.worth_doing}
    flags = [v.worth_doing for v in result.actions]
    assert flags == sorted(flags, reverse=True)  # every worth-doing step before the others
    for v in result.actions:
        if v.action.channel in {"messenger", "instagram"}:
            assert "fails together with WhatsApp" in set_aside_reason(v)
        elif v.ale_reduction <= v.cost_per_year:
            assert "less than it costs" in set_aside_reason(v)
        else:
            assert v.worth_doing
