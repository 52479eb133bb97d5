"""Section 5: which layers each channel depends on, and the single points of failure."""

from __future__ import annotations

from continuity_app.core.channel_mix import WHATSAPP
from continuity_app.core.display import format_list, scenario_name
from continuity_app.core.i18n import translate
from continuity_app.core.plan_content import (
    channel_dependencies,
    dependency_warnings,
    meta_channels,
    single_points,
)
from continuity_app.report.printed_plan.html import escape
from continuity_app.report.printed_plan.page import Page


def write(page: Page) -> None:
    page.heading(
        "dependencies", translate("PrintedPlan", "Dependencies and single points of failure")
    )
    reference = page.reference
    meta = [page.channel(c) for c in meta_channels(page.plan, reference)]
    page.add(
        '<table class="keys" width="100%" cellspacing="0" cellpadding="6"><tr><td '
        'style="background-color: #fff4e5;">'
        + "<b>"
        + escape(translate("PrintedPlan", "The Meta group fails together."))
        + "</b> "
        + escape(
            translate(
                "PrintedPlan",
                "{channels} run on the same Meta infrastructure. When it fails, as on "
                "4 October 2021 for about six hours, all of them stop at once: none of "
                "them is a fallback for WhatsApp.",
            ).format(channels=format_list(meta))
        )
        + "</td></tr></table>"
    )
    _layers(page)
    _single_points(page)


def _layers(page: Page) -> None:
    page.sub(translate("PrintedPlan", "Which functions rely on which layers"))
    scenarios = page.plan.scenarios
    headers = [
        escape(translate("PrintedPlan", "Function")),
        escape(translate("PrintedPlan", "Channel")),
        escape(translate("PrintedPlan", "Depends on")),
    ]
    headers += [escape(scenario_name(s.name)) for s in scenarios]
    ok = escape(translate("PrintedPlan", "works"))
    down = "<b>" + escape(translate("PrintedPlan", "fails")) + "</b>"
    rows = []
    for row in channel_dependencies(page.plan, page.reference):
        channel = page.channel(row.channel)
        rows.append(
            [
                page.function_name(row.function_id) if row.first else "",
                escape(
                    translate("PrintedPlan", "{channel} (today)").format(channel=channel)
                    if row.today
                    else channel
                ),
                escape(format_list(page.layer(x) for x in row.layers)),
            ]
            + [ok if works else down for works in row.works]
        )
    # the columns add up to the page's width (seven scenarios overflowed it)
    share = 58 // max(len(scenarios), 1)
    page.table(headers, rows, widths=[15, 11, 16] + [share] * len(scenarios))


def _single_points(page: Page) -> None:
    page.sub(translate("PrintedPlan", "Single points of failure"))
    scenarios = {s.id: s for s in page.plan.scenarios}
    items = []
    for point in single_points(page.plan, page.reference):
        function = page.function_name(point.function_id)
        if point.scenario_id is None:
            alone = set(page.plan.function(point.function_id).channel_mix) <= {WHATSAPP}
            items.append(
                page.t(
                    translate(
                        "PrintedPlan",
                        "{function}: no fallback channel at all; WhatsApp is a single point "
                        "of failure.",
                    )
                    if alone
                    else translate(
                        "PrintedPlan",
                        "{function}: no fallback channel at all, and every outage of the plan "
                        "stops the channels it runs on.",
                    ),
                    function=function,
                )
            )
        else:
            items.append(
                page.t(
                    translate(
                        "PrintedPlan", "{function}: no fallback keeps working in: {scenario}."
                    ),
                    function=function,
                    scenario=page.user(scenario_name(scenarios[point.scenario_id].name)),
                )
            )
    items += [
        '<span class="warn">' + page.user(message) + "</span>"
        for message in dependency_warnings(page.advice)
    ]
    if items:
        page.bullets(items)
    else:
        page.para(
            escape(
                translate(
                    "PrintedPlan", "Every function has a fallback that survives every scenario."
                )
            )
        )
