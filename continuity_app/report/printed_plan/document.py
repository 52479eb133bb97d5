"""The whole printed plan as HTML: the sections in order, its header and title."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass

from continuity_app.core.i18n import translate
from continuity_app.core.plan import Plan
from continuity_app.core.plan_content import PlanResults
from continuity_app.core.reference import ReferenceData
from continuity_app.report.printed_plan import (
    action_plan,
    activation,
    appendices,
    card,
    communications,
    control,
    cover,
    dependencies,
    exercises,
    impact,
    procedures,
    purpose,
    resources,
    return_to_normal,
    roles,
    sources,
)
from continuity_app.report.printed_plan.html import Section
from continuity_app.report.printed_plan.page import DECISION_LOG_ROWS, Page

# The sections in the order of section_titles() (the contents are listed before they are built).
_WRITERS = (
    cover.write,
    control.write,
    purpose.write,
    impact.write,
    action_plan.write,
    dependencies.write,
    activation.write,
    roles.write,
    communications.write,
    procedures.write,
    resources.write,
    return_to_normal.write,
    exercises.write,
    sources.write,
    appendices.history,
    appendices.decision_log,
    card.write,
    appendices.terms,
)


@dataclass
class PlanHtml:
    """The HTML of the plan and its sections in order (charts are referred to by name)."""

    html: str
    sections: list[Section]
    rtl: bool
    header: str
    title: str


def build_plan_html(
    plan: Plan,
    reference: ReferenceData,
    results: PlanResults,
    *,
    language: str | None = None,
    issued: dt.date | None = None,
    toc_pages: dict[str, int] | None = None,
    chart_names: Sequence[str] = (),
    image_width: int = 600,
    break_before: frozenset[int] = frozenset(),
    log_rows: int = DECISION_LOG_ROWS,
    log_new_page: bool = True,
) -> PlanHtml:
    """The whole plan as HTML; `toc_pages` fills the contents' page numbers (second pass)."""
    page = Page(
        plan,
        reference,
        results,
        language=language,
        issued=issued or dt.date.today(),
        toc_pages=toc_pages,
        chart_names=chart_names,
        image_width=image_width,
        break_before=break_before,
        log_rows=log_rows,
        log_new_page=log_new_page,
    )
    for write in _WRITERS:
        write(page)
    header = translate("PrintedPlan", "{business} — continuity plan, version {version}").format(
        business=plan.business.name, version=plan.details.plan_version
    )
    return PlanHtml(
        html=page.document(),
        sections=page.sections,
        rtl=page.rtl,
        header=header,
        title=translate("PrintedPlan", "Business continuity plan: {business}").format(
            business=plan.business.name
        ),
    )
