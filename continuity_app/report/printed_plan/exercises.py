"""Section 11: when the plan is exercised and reviewed, and a form for the findings."""

from __future__ import annotations

from continuity_app.core.i18n import date, translate
from continuity_app.core.plan_content import Activity, Exercise, schedule
from continuity_app.report.printed_plan.html import escape
from continuity_app.report.printed_plan.page import Page


def _activity(activity: Activity) -> str:
    return {
        Activity.CONTACT_TREE: translate(
            "OpenPlan", "Call the contact tree: everyone answers or calls back"
        ),
        Activity.TEST_MESSAGES: translate(
            "OpenPlan", "Send a test message on every fallback channel"
        ),
        Activity.TABLE_TOP: translate(
            "OpenPlan", "Table-top exercise: walk through a Meta-wide outage with this plan"
        ),
        Activity.REVIEW: translate(
            "OpenPlan", "Review the plan: figures, contacts, messages and fallbacks"
        ),
        Activity.AFTER_OUTAGE: translate("OpenPlan", "Review after every real outage"),
    }[activity]


def _row(page: Page, exercise: Exercise) -> list[str]:
    if exercise.months is None:
        often = translate("OpenPlan", "within a week")
    else:
        often = translate("OpenPlan", "every %n month(s)", None, exercise.months)
    return [
        escape(_activity(exercise.activity)),
        escape(often),
        page.num(date(exercise.next)) if exercise.next else "—",
        page.user(exercise.who or "—"),
    ]


def write(page: Page) -> None:
    page.heading("exercises", translate("OpenPlan", "Exercise and review schedule"))
    page.headed_table(
        [
            translate("OpenPlan", "Activity"),
            translate("OpenPlan", "How often"),
            translate("OpenPlan", "Next"),
            translate("OpenPlan", "Who"),
        ],
        [_row(page, e) for e in schedule(page.plan, page.issued)],
        widths=[50, 16, 14, 20],
    )
    page.headed_table(
        [
            translate("OpenPlan", "Date"),
            translate("OpenPlan", "Exercise"),
            translate("OpenPlan", "Findings"),
            translate("OpenPlan", "Actions"),
        ],
        [["", "", "", ""] for _ in range(4)],
        widths=[14, 26, 30, 30],
        css="form",
    )
