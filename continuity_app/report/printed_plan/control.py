"""Section 1, document control: the plan's facts, its approval and change history."""

from __future__ import annotations

from continuity_app.core.display import format_list
from continuity_app.core.i18n import date, digits, number, translate
from continuity_app.core.plan_content import ReviewDue, distribution, review_due
from continuity_app.report.printed_plan.html import escape
from continuity_app.report.printed_plan.page import Page


def next_review_text(page: Page, review: ReviewDue) -> str:
    """The next review; said overdue when it was due before the plan was issued."""
    if not review.overdue:
        return page.num(date(review.next))
    return (
        '<span class="warn">'
        + page.t(translate("PrintedPlan", "{date} (overdue)"), date=page.num(date(review.next)))
        + "</span>"
    )


def write(page: Page) -> None:
    """Who owns, approves and holds the plan, when it is reviewed, and its sign-off forms."""
    details = page.plan.details
    page.heading("control", translate("PrintedPlan", "Document control"), new_page=True)
    holders = distribution(page.plan)
    review = review_due(page.plan, page.issued)
    not_named = translate("PrintedPlan", "not named yet")
    rows = [
        (translate("PrintedPlan", "Business"), page.user(page.plan.business.name)),
        (translate("PrintedPlan", "Sector"), page.user(page.plan.business.sector or "—")),
        (translate("PrintedPlan", "Plan version"), page.num(escape(details.plan_version))),
        (translate("PrintedPlan", "Date of issue"), page.num(date(page.issued))),
        (translate("PrintedPlan", "Owner"), page.user(details.owner or not_named)),
        (translate("PrintedPlan", "Approver"), page.user(details.approver or not_named)),
        (
            translate("PrintedPlan", "Distribution"),
            page.user(format_list(holders)) if holders else escape(not_named),
        ),
        (
            translate("PrintedPlan", "Last reviewed"),
            page.num(date(review.last))
            if review.last
            else escape(translate("PrintedPlan", "not recorded")),
        ),
        (translate("PrintedPlan", "Next review date"), next_review_text(page, review)),
        (
            translate("PrintedPlan", "Results"),
            page.t(
                translate(
                    "PrintedPlan",
                    "Computed by Continuity Planner from this plan file: the same figures "
                    "as the Results page. {trials} simulated years (simulation number "
                    "{seed}).",
                ),
                trials=page.num(number(page.mc.trials)),
                seed=page.num(digits(page.mc.seed)),
            ),
        ),
    ]
    page.headed_table(
        [translate("PrintedPlan", "Item"), translate("PrintedPlan", "Value")],
        [[escape(k), v] for k, v in rows],
        widths=[28, 72],
    )
    page.sub(translate("PrintedPlan", "Approval"))
    page.headed_table(
        [
            translate("PrintedPlan", "Role"),
            translate("PrintedPlan", "Name"),
            translate("PrintedPlan", "Signature"),
            translate("PrintedPlan", "Date"),
        ],
        [
            [escape(translate("PrintedPlan", "Owner")), page.user(details.owner), "", ""],
            [escape(translate("PrintedPlan", "Approver")), page.user(details.approver), "", ""],
        ],
        widths=[20, 30, 30, 20],
        css="form",
    )
    page.sub(translate("PrintedPlan", "Change history"))
    page.headed_table(
        [
            translate("PrintedPlan", "Version"),
            translate("PrintedPlan", "Date"),
            translate("PrintedPlan", "Change"),
            translate("PrintedPlan", "By"),
        ],
        [
            [
                page.num(escape(details.plan_version)),
                page.num(date(page.issued)),
                escape(translate("PrintedPlan", "Issued")),
                page.user(details.owner),
            ],
            ["", "", "", ""],
            ["", "", "", ""],
        ],
        widths=[12, 18, 50, 20],
        css="form",
    )
