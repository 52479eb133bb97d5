"""Section 12: when the plan is exercised and reviewed, and a form for the findings."""

from __future__ import annotations

from continuity_app.core.display import format_hours
from continuity_app.core.i18n import date, translate
from continuity_app.core.plan import ExerciseRecord
from continuity_app.core.plan_content import Activity, Exercise, review_due, schedule
from continuity_app.io.incident_files import shipped_scripts
from continuity_app.report.printed_plan.control import next_review_text
from continuity_app.report.printed_plan.html import escape
from continuity_app.report.printed_plan.page import Page


def _activity(activity: Activity) -> str:
    return {
        Activity.CONTACT_TREE: translate(
            "PrintedPlan", "Call the contact tree: everyone answers or calls back"
        ),
        Activity.TEST_MESSAGES: translate(
            "PrintedPlan", "Send a test message on every fallback channel"
        ),
        Activity.TABLE_TOP: translate(
            "PrintedPlan", "Table-top exercise: walk through a Meta-wide outage with this plan"
        ),
        Activity.REVIEW: translate(
            "PrintedPlan", "Review the plan: figures, contacts, messages and fallbacks"
        ),
        Activity.AFTER_OUTAGE: translate("PrintedPlan", "Review after every real outage"),
    }[activity]


def _row(page: Page, exercise: Exercise) -> list[str]:
    if exercise.months is None:
        often = translate("PrintedPlan", "within a week")
    else:
        often = translate("PrintedPlan", "every %n month(s)", None, exercise.months)
    due = page.num(date(exercise.next)) if exercise.next else "—"
    if exercise.activity is Activity.REVIEW:
        # the review follows the last one recorded, as document control says
        due = next_review_text(page, review_due(page.plan, page.issued))
    return [
        escape(_activity(exercise.activity)),
        escape(often),
        due,
        page.user(exercise.who or "—"),
    ]


def write(page: Page) -> None:
    page.heading("exercises", translate("PrintedPlan", "Exercise and review schedule"))
    page.headed_table(
        [
            translate("PrintedPlan", "Activity"),
            translate("PrintedPlan", "How often"),
            translate("PrintedPlan", "Next"),
            translate("PrintedPlan", "Who"),
        ],
        [_row(page, e) for e in schedule(page.plan, page.issued)],
        widths=[50, 16, 14, 20],
    )
    page.headed_table(
        [
            translate("PrintedPlan", "Date"),
            translate("PrintedPlan", "Exercise"),
            translate("PrintedPlan", "Findings"),
            translate("PrintedPlan", "Actions"),
        ],
        [*(_recorded(page, r) for r in page.plan.details.exercises), *[["", "", "", ""]] * 4],
        widths=[14, 26, 30, 30],
        css="form",
    )


def _recorded(page: Page, record: ExerciseRecord) -> list[str]:
    """An exercise run or an outage lived, as the app recorded it; the team adds the rest."""
    if record.kind == "outage":
        what = translate("PrintedPlan", "Real outage, run in outage mode")
    else:
        names = {s.id: s.title for s in shipped_scripts()}
        what = names.get(record.script, record.script)
    findings = translate(
        "PrintedPlan", "%n step(s) of the plan not done; length {length}", None, record.missing
    ).format(length=format_hours(record.hours))
    return [page.num(date(record.day)), escape(what), escape(findings), ""]
