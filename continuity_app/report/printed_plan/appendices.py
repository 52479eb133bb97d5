"""Appendices B, C and E: the outage history, the decision log form and the glossary."""

from __future__ import annotations

from continuity_app.core.display import confidence_words, format_hours
from continuity_app.core.i18n import date, translate
from continuity_app.core.plan_content import outage_history
from continuity_app.core.terms import glossary
from continuity_app.report.printed_plan.html import escape
from continuity_app.report.printed_plan.page import Page


def _scope(scope: str) -> str:
    """An outage's scope in the words the Sources page uses (its translations)."""
    return {
        "global": translate("SourcesPage", "worldwide"),
        "national": translate("SourcesPage", "one country"),
        "regional": translate("SourcesPage", "regional"),
        "partial": translate("SourcesPage", "partial"),
    }.get(scope, scope)


def history(page: Page) -> None:
    """Appendix B: the outages the scenarios are derived from, oldest first."""
    page.heading("appendix-b", translate("PrintedPlan", "Appendix B. Outage history"))
    page.para(
        escape(
            translate(
                "PrintedPlan",
                "The outages the scenarios' frequencies and lengths are derived from, as "
                "news reports and the providers' status pages describe them.",
            )
        ),
        "note",
    )
    rows = [
        [
            page.num(date(o.date)),
            escape(o.services),
            page.num(format_hours(o.duration_hours, "hours"))
            if o.duration_hours is not None
            else "—",
            escape(_scope(o.scope))
            + (" " + page.num(escape(f"({o.country})")) if o.country else ""),
            f'<span class="small">{escape(o.cause)}</span>',
            f'<span class="small">{escape(confidence_words(o.confidence))}</span>',
        ]
        for o in outage_history(page.reference)
    ]
    page.headed_table(
        [
            translate("PrintedPlan", "Date"),
            translate("PrintedPlan", "Services"),
            translate("PrintedPlan", "Length"),
            translate("PrintedPlan", "Scope"),
            translate("PrintedPlan", "Cause"),
            translate("PrintedPlan", "Conf."),
        ],
        rows,
        numeric={2},
        widths=[12, 22, 9, 13, 38, 6],
    )


def decision_log(page: Page) -> None:
    """Appendix C: a form to note each decision during an outage."""
    page.heading(
        "appendix-c",
        translate("PrintedPlan", "Appendix C. Decision log"),
        new_page=page.log_new_page,
    )
    page.para(
        escape(
            translate(
                "PrintedPlan",
                "Outage started (date, time): ______________   Declared by: ______________",
            )
        )
    )
    page.headed_table(
        [
            translate("PrintedPlan", "Time"),
            translate("PrintedPlan", "Decision or action"),
            translate("PrintedPlan", "By"),
            translate("PrintedPlan", "Why"),
            translate("PrintedPlan", "Follow-up"),
        ],
        [["", "", "", "", ""] for _ in range(page.log_rows)],
        widths=[10, 35, 13, 24, 18],
        css="form",
    )


def terms(page: Page) -> None:
    """Appendix E: the plan's plain words with the technical terms a consultant or insurer
    uses."""
    page.heading("appendix-e", translate("PrintedPlan", "Appendix E. Glossary"), new_page=True)
    page.para(
        escape(
            translate(
                "PrintedPlan",
                "This plan uses everyday words; the technical term beside each is the one "
                "continuity standards and risk analysts use.",
            )
        ),
        "note",
    )
    page.headed_table(
        [
            translate("PrintedPlan", "In this plan"),
            translate("PrintedPlan", "Technical term"),
            translate("PrintedPlan", "Meaning"),
        ],
        [[f"<b>{escape(t.plain)}</b>", escape(t.technical), escape(t.meaning)] for t in glossary()],
        widths=[26, 26, 48],
    )
