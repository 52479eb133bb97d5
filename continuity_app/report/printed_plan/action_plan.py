"""Section 4, the action plan: where the business stands today and when the open preparation
tasks are done, then every task by due date with its owner, cost and worth."""

from __future__ import annotations

from continuity_app.core.display import format_list
from continuity_app.core.fields import field
from continuity_app.core.i18n import date, number, translate
from continuity_app.core.labels import status_label
from continuity_app.core.outlook import Standing
from continuity_app.core.plan import TaskStatus
from continuity_app.core.plan_content import ActionPlan, ActionRow, action_plan
from continuity_app.core.terms import term
from continuity_app.report.printed_plan.cover import section_number
from continuity_app.report.printed_plan.html import escape
from continuity_app.report.printed_plan.page import Page


def write(page: Page) -> None:
    page.heading("actions", translate("PrintedPlan", "Action plan"))
    actions = action_plan(page.plan, page.results.outlook, page.issued)
    if not actions.rows:
        # never an empty table: say where tasks come from
        page.para(
            page.t(
                translate(
                    "PrintedPlan",
                    "No preparation task is in this plan yet. On the Recommendations page, "
                    "“Add this step to the action plan” makes a recommended step a task with an "
                    "owner, a due date and its cost; the steps worth taking are listed in section "
                    "{section}.",
                ),
                section=page.num(section_number("resources")),
            )
        )
        return
    if actions.open_tasks:
        page.para(
            escape(
                translate(
                    "PrintedPlan",
                    "The figures of this plan count only the tasks already done. The second "
                    "column shows where the business will stand once every open task is done.",
                )
            )
        )
        _standings(page, actions)
    else:
        page.para(
            escape(
                translate(
                    "PrintedPlan",
                    "Every task is done or dropped: the figures of this plan include what the "
                    "done tasks made ready.",
                )
            )
        )
    _tasks(page, actions)


def _minimum_service(page: Page, standing: Standing) -> str:
    """How many activities with a minimum service keep it, and which do not."""
    count = len(standing.minimum_service_set)
    if not count:
        return escape(translate("PrintedPlan", "none set"))
    breached = [f for f in standing.minimum_service_set if f in standing.minimum_service_breached]
    values = {"kept": page.num(number(count - len(breached))), "count": page.num(number(count))}
    if not breached:
        return page.t(translate("PrintedPlan", "{kept} of {count} activities keep it"), **values)
    return page.t(
        translate("PrintedPlan", "{kept} of {count} activities keep it; not kept: {names}"),
        names=page.user(format_list(page.names.get(f, f) for f in breached)),
        **values,
    )


def _standings(page: Page, actions: ActionPlan) -> None:
    today, done = actions.today, actions.when_done
    rows = [
        (term("ale").plain, page.money(today.ale), page.money(done.ale)),
        (term("p90").plain, page.money(today.p90_year), page.money(done.p90_year)),
        (term("mtpd").plain, page.hours(today.mtpd_hours), page.hours(done.mtpd_hours)),
        (
            term("mbco").plain,
            _minimum_service(page, today),
            _minimum_service(page, done),
        ),
    ]
    page.headed_table(
        [
            "",
            translate("PrintedPlan", "Today"),
            translate("PrintedPlan", "When the open tasks are done"),
        ],
        [[escape(label), f"<b>{now}</b>", f"<b>{then}</b>"] for label, now, then in rows],
        widths=[34, 33, 33],
    )


def _due(page: Page, row: ActionRow) -> str:
    if row.due is None:
        return "—"
    due = page.num(date(row.due))
    if row.overdue:
        return '<span class="warn"><b>' + due + "</b><br>" + _overdue() + "</span>"
    return due


def _overdue() -> str:
    return escape(translate("PrintedPlan", "overdue"))


def _task(page: Page, row: ActionRow) -> str:
    """The task's title, and under it the function, the channel and what the task gives."""
    if row.status.is_open:
        template = translate(
            "PrintedPlan", "{function}, {channel}: reaches {share} within {duration} once done."
        )
    elif row.status is TaskStatus.DONE:
        template = translate("PrintedPlan", "{function}, {channel}: in today's readiness.")
    else:
        template = translate("PrintedPlan", "{function}, {channel}")
    detail = page.t(
        template,
        function=page.user(row.function),
        channel=escape(page.channel(row.channel)),
        share=page.pct(row.readiness_when_done),
        duration=page.hours(row.delay_when_done_hours),
    )
    return page.user(row.title) + f'<br><span class="small">{detail}</span>'


_COLUMNS = ("title", "owner", "due", "status", "one_off_cost", "monthly_cost")


def _tasks(page: Page, actions: ActionPlan) -> None:
    page.sub(translate("PrintedPlan", "Tasks by due date"))
    not_assigned = escape(translate("PrintedPlan", "not assigned"))
    rows = [
        [
            _task(page, row),
            page.user(row.owner) if row.owner else f'<span class="muted">{not_assigned}</span>',
            _due(page, row),
            escape(status_label(row.status)),
            page.money(row.one_off_cost),
            page.money(row.monthly_cost),
            page.money(row.worth) if row.worth is not None else "—",
        ]
        for row in actions.rows
    ]
    page.headed_table(
        [
            # the task's owner is not the plan's: the registry's words, as the window's
            *(field("task", key).header for key in _COLUMNS),
            translate("PrintedPlan", "Saves/year"),
        ],
        rows,
        numeric={4, 5, 6},
        widths=[33, 12, 11, 11, 10, 10, 13],
    )
    if actions.open_tasks:
        single = sum(row.worth or 0.0 for row in actions.rows)
        if actions.saving < 0.99 * single:
            template = translate(
                "PrintedPlan",
                "The open tasks cost {one_off} once and {monthly} a month. Once all are done "
                "they save {saving} a year in expected losses: less than their savings one by "
                "one added up, because tasks for the same activity overlap.",
            )
        else:
            template = translate(
                "PrintedPlan",
                "The open tasks cost {one_off} once and {monthly} a month. Once all are done "
                "they save {saving} a year in expected losses.",
            )
        page.para(
            page.t(
                template,
                one_off=page.money(actions.one_off_cost),
                monthly=page.money(actions.monthly_cost),
                saving=page.money(actions.saving),
            )
        )
    if actions.overdue:
        page.para(
            escape(
                translate(
                    "PrintedPlan",
                    "Overdue on the day this plan was issued: %n task(s).",
                    None,
                    actions.overdue,
                )
            ),
            "warn",
        )
    page.para(
        escape(
            translate(
                "PrintedPlan",
                "Saves/year: the expected yearly loss a task saves on its own, with the other "
                "tasks as they are today. A done task is counted in this plan's figures "
                "already; a dropped one counts nowhere.",
            )
        ),
        "note",
    )
