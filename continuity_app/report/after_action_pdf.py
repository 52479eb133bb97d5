"""The after-action report of an outage or exercise as PDF: what happened, the timings against
the plan, what was missing, the follow-up tasks and the whole log."""

from __future__ import annotations

import os
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont, QGuiApplication, QPdfWriter, QTextDocument, QTextOption

from continuity_app.core.display import channel_name, scenario_name
from continuity_app.core.i18n import current_language, date, speaking, time_of_day, translate
from continuity_app.core.incident import (
    AfterAction,
    after_action,
    outage_checklist,
    return_checklist,
)
from continuity_app.core.incident.wording import (
    actual_words,
    elapsed,
    entry_words,
    planned_words,
    timing_subject,
)
from continuity_app.core.plan import Plan
from continuity_app.core.reference import ReferenceData
from continuity_app.io.atomic import replacing
from continuity_app.localization import QtLanguage
from continuity_app.report.fonts import document_families, register_fonts
from continuity_app.report.pdf_plan import (
    DPI,
    TEXT_PT,
    PlanRenderError,
    page_layout,
    plan_paper,
)
from continuity_app.report.printed_plan.bidi import is_rtl_language
from continuity_app.report.printed_plan.html import HtmlWriter, escape


def render_after_action_pdf(
    plan: Plan,
    reference: ReferenceData,
    review: AfterAction,
    path: str | os.PathLike[str],
    language: str | None = None,
) -> None:
    """Write the report at `path` atomically, in `language` (the window's when None), on the
    plan's paper. Needs a QGuiApplication; PlanRenderError says why a file cannot be written."""
    target = Path(path)
    if target.is_dir():
        problem = translate("CliErrors", "{path} is a folder; give a file name such as {example}")
        raise PlanRenderError(problem.format(path=target, example=target / "review.pdf"))
    folder = target.parent if str(target.parent) else Path(".")
    if not folder.is_dir():
        problem = translate("PlanRender", "the folder {folder} does not exist")
        raise PlanRenderError(problem.format(folder=folder))
    speech = QtLanguage.for_code(language) if language else current_language()
    if language:
        rtl = is_rtl_language(language)
    else:  # the window's language: its direction is the application's
        rtl = QGuiApplication.layoutDirection() == Qt.LayoutDirection.RightToLeft
    with speaking(speech):
        # worded again in the report's language: the checklist and the tasks say their steps
        review = after_action(plan, reference, review.incident, review.scenario)
        html = _html(plan, reference, review, rtl)
        title = _title(review)
    register_fonts()
    try:
        with replacing(target) as temporary:
            writer = QPdfWriter(str(temporary))
            writer.setResolution(DPI)
            writer.setPageLayout(page_layout(plan_paper(plan, reference)))
            writer.setTitle(title)
            writer.setCreator("Continuity Planner")
            document = QTextDocument()
            font = QFont()
            families = document_families()
            if families:
                font.setFamilies(families)
            font.setPointSizeF(TEXT_PT)
            document.setDefaultFont(font)
            option = QTextOption()
            option.setTextDirection(
                Qt.LayoutDirection.RightToLeft if rtl else Qt.LayoutDirection.LeftToRight
            )
            document.setDefaultTextOption(option)
            document.setHtml(html)
            document.print_(writer)
            del writer  # flushes and closes the file
    except OSError as error:
        problem = translate("CliErrors", "cannot write {path}: {reason}")
        raise PlanRenderError(problem.format(path=target, reason=error.strerror or error)) from None


def _title(review: AfterAction) -> str:
    if review.incident.mode == "exercise":
        return translate("AfterAction", "After-action report of the exercise")
    return translate("AfterAction", "After-action report of the outage")


def _html(plan: Plan, reference: ReferenceData, review: AfterAction, rtl: bool) -> str:
    page = HtmlWriter(rtl=rtl, break_before=frozenset(), chart_names=(), image_width=0)
    incident = review.incident
    page.h(1, _title(review))
    started = incident.started
    facts = [
        (translate("AfterAction", "Business"), plan.business.name),
        (translate("AfterAction", "Outage"), scenario_name(review.scenario.name)),
        (
            translate("AfterAction", "Began"),
            translate("AfterAction", "{day} at {time} UTC").format(
                day=date(started.date()), time=time_of_day(started.hour, started.minute)
            ),
        ),
        (translate("AfterAction", "Length"), elapsed(review.length_hours)),
    ]
    if incident.script:
        facts.insert(2, (translate("AfterAction", "Exercise script"), incident.script))
    page.table(
        [escape(translate("AfterAction", "Item")), escape(translate("AfterAction", "Value"))],
        [[escape(k), escape(v)] for k, v in facts],
        widths=[30, 70],
    )
    page.h(2, translate("AfterAction", "Timings against the plan"))
    page.table(
        [
            escape(translate("AfterAction", "What")),
            escape(translate("AfterAction", "The plan")),
            escape(translate("AfterAction", "What happened")),
        ],
        [
            [
                escape(timing_subject(t, plan)),
                escape(planned_words(t)),
                ('<b class="warn">' if t.late else "")
                + escape(actual_words(t))
                + ("</b>" if t.late else ""),
            ]
            for t in review.timings
        ],
        widths=[44, 28, 28],
    )
    page.h(2, translate("AfterAction", "What was missing"))
    if review.missing:
        page.bullets([escape(item.text) for item in review.missing])
    else:
        page.para(escape(translate("AfterAction", "Every step of the plan was done.")))
    page.h(2, translate("AfterAction", "Follow-up tasks"))
    if review.follow_ups:
        page.table(
            [
                escape(translate("AfterAction", "Task")),
                escape(translate("AfterAction", "Channel")),
            ],
            [
                [escape(t.title), escape(channel_name(reference, t.channel))]
                for t in review.follow_ups
            ],
            widths=[75, 25],
        )
        page.para(
            escape(
                translate(
                    "AfterAction",
                    "Added to the action plan when the review is recorded; readiness stays as "
                    "the plan holds it until a task is marked done.",
                )
            )
        )
    else:
        page.para(escape(translate("AfterAction", "No follow-up task: no switch was missed.")))
    page.h(2, translate("AfterAction", "The log"))
    items = {
        i.id: i
        for i in outage_checklist(plan, reference, review.scenario)
        + return_checklist(plan, reference)
    }
    entries = sorted(incident.entries, key=lambda e: e.at)
    if entries:
        page.table(
            [escape(translate("AfterAction", "Time")), escape(translate("AfterAction", "What"))],
            [[escape(elapsed(e.at)), escape(entry_words(e, items))] for e in entries],
            widths=[12, 88],
        )
    else:
        page.para(escape(translate("AfterAction", "Nothing was logged.")))
    return page.document()
