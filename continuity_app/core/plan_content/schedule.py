"""When the plan is exercised and reviewed, and by whom."""

from __future__ import annotations

import calendar
import datetime as dt
from dataclasses import dataclass
from enum import Enum

from continuity_app.core.plan import Plan
from continuity_app.core.plan_content.roles import outage_lead

# How often the plan is reviewed and exercised; the schedule and the next review date in
# document control both follow from these.
REVIEW_MONTHS = 6
CONTACT_TEST_MONTHS = 3


class Activity(Enum):
    """An exercise or review of the plan."""

    CONTACT_TREE = "contact_tree"
    TEST_MESSAGES = "test_messages"
    TABLE_TOP = "table_top"
    REVIEW = "review"
    AFTER_OUTAGE = "after_outage"


@dataclass(frozen=True)
class Exercise:
    """One line of the schedule; `months` None means within a week of every real outage."""

    activity: Activity
    months: int | None
    next: dt.date | None
    who: str  # empty when nobody is named


def add_months(day: dt.date, months: int) -> dt.date:
    """The same day `months` later, or the month's last day when it is shorter."""
    month = day.month - 1 + months
    year, month = day.year + month // 12, month % 12 + 1
    return dt.date(year, month, min(day.day, calendar.monthrange(year, month)[1]))


def review_date(issued: dt.date) -> dt.date:
    """The next review, REVIEW_MONTHS after the plan is issued."""
    return add_months(issued, REVIEW_MONTHS)


def next_review(plan: Plan) -> dt.date | None:
    """When the plan is next due for review: REVIEW_MONTHS after its last review; None when
    no review is recorded (plans made before reviews were)."""
    reviewed = plan.details.reviewed
    return None if reviewed is None else review_date(reviewed)


def review_overdue(plan: Plan, today: dt.date) -> bool:
    """Whether the plan is past its review date."""
    due = next_review(plan)
    return due is not None and due < today


def schedule(plan: Plan, issued: dt.date) -> list[Exercise]:
    """The exercises and reviews in order: the outage lead tests contacts and channels, the
    owner runs the table-top exercise, the approver reviews."""
    details = plan.details
    lead = outage_lead(plan)
    lead_name = lead.holder if lead and lead.holder else details.owner
    tests = add_months(issued, CONTACT_TEST_MONTHS)
    return [
        Exercise(Activity.CONTACT_TREE, CONTACT_TEST_MONTHS, tests, lead_name),
        Exercise(Activity.TEST_MESSAGES, CONTACT_TEST_MONTHS, tests, lead_name),
        Exercise(Activity.TABLE_TOP, REVIEW_MONTHS, review_date(issued), details.owner),
        Exercise(
            Activity.REVIEW, REVIEW_MONTHS, review_date(issued), details.approver or details.owner
        ),
        Exercise(Activity.AFTER_OUTAGE, None, None, details.owner),
    ]
