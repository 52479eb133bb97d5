"""The printed plan's layout: HTML for a QTextDocument, one module per section, and its charts.

What the plan says (steps, audiences, schedules, sources) comes from core/plan_content; the
modules here word it and lay it out. A new section: a module with `write(page)` that reads its
content from core/plan_content, added to `document._WRITERS` and to `cover.section_titles` in
the same place (the contents are listed before the sections are built).
"""

from continuity_app.core.plan_content import PlanResults, compute_results, plan_audiences
from continuity_app.report.printed_plan.bidi import is_rtl_language, plan_is_rtl
from continuity_app.report.printed_plan.cover import section_titles
from continuity_app.report.printed_plan.document import PlanHtml, build_plan_html
from continuity_app.report.printed_plan.figures import render_charts
from continuity_app.report.printed_plan.html import MESSAGE_BOX_COLOR, STYLE, Section
from continuity_app.report.printed_plan.page import DECISION_LOG_ROWS, Page

__all__ = [
    "DECISION_LOG_ROWS",
    "MESSAGE_BOX_COLOR",
    "STYLE",
    "Page",
    "PlanHtml",
    "PlanResults",
    "Section",
    "build_plan_html",
    "compute_results",
    "is_rtl_language",
    "plan_audiences",
    "plan_is_rtl",
    "render_charts",
    "section_titles",
]
