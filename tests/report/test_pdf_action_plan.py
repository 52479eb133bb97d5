"""The printed plan's action plan (issue 17): the tasks with figures that match the outlook,
one sentence when there are none, document control's review dates, an outage card that names
only what is ready today, and the section mirrored in Arabic."""

from __future__ import annotations

import datetime as dt
import re
import shutil
import subprocess
import unicodedata
from pathlib import Path

import pytest

from continuity_app.core.display import format_hours, format_money
from continuity_app.core.i18n import date, speaking, translate
from continuity_app.core.plan import Plan, TaskStatus
from continuity_app.core.plan_content import add_months, compute_results
from continuity_app.core.plan_edits import MarkReviewed, PlanSteps, SetTaskField, SetTaskStatus
from continuity_app.core.recommend import recommend
from continuity_app.core.reference import load_reference
from continuity_app.core.terms import term
from continuity_app.io.examples import load_example
from continuity_app.io.planfile import load_plan
from tests.paths import PLANS
from tests.report.pdf_layout import EDGE, Line, pdf_lines, running_header

pytestmark = pytest.mark.skipif(
    shutil.which("pdftotext") is None, reason="poppler-utils (pdftotext) is not installed"
)

REFERENCE = load_reference()
ISSUED = dt.date(2026, 12, 6)
# direction marks and isolates the text may carry
_INVISIBLE = dict.fromkeys(
    map(ord, "\u200b\u200e\u200f\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069")
)


def normal(text: str) -> str:
    """Comparable text: NFKC (Arabic presentation forms back to letters), no invisible
    controls, no whitespace (pdftotext breaks lines where the page does)."""
    text = unicodedata.normalize("NFKC", text).translate(_INVISIBLE)
    return re.sub(r"\s+", "", text)


def pages_text(path: Path, first: int, last: int) -> str:
    return subprocess.run(
        ["pdftotext", "-enc", "UTF-8", "-f", str(first), "-l", str(last), str(path), "-"],
        capture_output=True,
        text=True,
        check=True,
    ).stdout


def section_text(rendered: tuple[Path, object], key: str, following: str) -> str:
    """The comparable text of one section: from its heading to the next section's."""
    path, report = rendered
    pages = report.section_pages  # type: ignore[attr-defined]
    text = normal(pages_text(path, pages[key], pages[following]))
    titles = dict(_titles())
    start = text.index(normal(titles[key]))
    return text[start : text.index(normal(titles[following]), start)]


def _titles() -> list[tuple[str, str]]:
    from continuity_app.report.printed_plan import section_titles

    return section_titles()


def with_tasks(plan: Plan, count: int) -> Plan:
    advice = recommend(plan, REFERENCE)
    return PlanSteps([v.action for v in advice.actions if v.worth_doing][:count]).apply(plan)


@pytest.fixture(scope="module")
def bakery_tasks() -> Plan:
    """Five tasks of the bakery: overdue with an owner, in progress, done, dropped, planned
    without a date; reviewed nine months before the plan is issued."""
    plan = with_tasks(load_example("ramallah-bakery"), 5)
    ids = [t.id for t in plan.tasks]
    for edit in (
        SetTaskField(ids[0], "owner", "Samir Haddad"),
        SetTaskField(ids[0], "due", ISSUED - dt.timedelta(days=10)),
        SetTaskField(ids[0], "monthly_cost", 15.0),
        SetTaskField(ids[1], "due", ISSUED + dt.timedelta(days=20)),
        SetTaskStatus(ids[1], TaskStatus.IN_PROGRESS, ISSUED),
        SetTaskStatus(ids[2], TaskStatus.DONE, ISSUED),
        SetTaskStatus(ids[3], TaskStatus.DROPPED, ISSUED),
        MarkReviewed(dt.date(2026, 3, 1)),
    ):
        plan = edit.apply(plan)
    return plan


@pytest.fixture(scope="module")
def folder(tmp_path_factory) -> Path:
    return tmp_path_factory.mktemp("action-plan")


def render(plan: Plan, path: Path, language: str | None = None):
    from continuity_app.report.pdf_plan import render_plan_pdf

    return path, render_plan_pdf(plan, REFERENCE, path, language=language, issued=ISSUED)


@pytest.fixture(scope="module")
def english(qapp, bakery_tasks, folder):
    return render(bakery_tasks, folder / "bakery-tasks.pdf")


def test_the_action_plan_lists_the_tasks_with_the_outlooks_figures(english, bakery_tasks):
    results = compute_results(bakery_tasks, REFERENCE)
    seen = results.outlook
    assert seen.open_tasks == 3

    def money(amount: float) -> str:
        return normal(format_money(amount, "ILS", REFERENCE, whole=True))

    text = section_text(english, "actions", "dependencies")
    for figure in (
        money(seen.today.ale),
        money(seen.when_done.ale),
        money(seen.today.p90_year),
        money(seen.when_done.p90_year),
        normal(format_hours(seen.today.mtpd_hours)),
        normal(format_hours(seen.when_done.mtpd_hours)),
        *(money(worth) for worth in seen.worth.values()),
    ):
        assert figure in text, figure
    pending = [t for t in bakery_tasks.tasks if t.status.is_open]
    one_off, monthly, saving = (
        format_money(amount, "ILS", REFERENCE, whole=True)
        for amount in (
            sum(t.one_off_cost for t in pending),
            15.0,
            seen.today.ale - seen.when_done.ale,  # not the single worths added up
        )
    )
    assert (
        normal(
            f"The open tasks cost {one_off} once and {monthly} a month. Once all are done "
            f"they save {saving} a year in expected losses: less than their savings one by "
            "one added up"
        )
        in text
    )
    # today's delivery misses its minimum service, the open Telegram task puts it right
    assert normal("1 of 2 activities keep it; not kept: Delivery drivers") in text
    assert normal("2 of 2 activities keep it") in text
    for words in ("Planned", "In progress", "Done", "Dropped", "not assigned", "Samir Haddad"):
        assert normal(words) in text, words
    assert normal(f"{date(ISSUED - dt.timedelta(days=10))} overdue") in text
    assert normal("Overdue on the day this plan was issued: 1 task.") in text
    # by due date: the overdue one, the one in progress, the one without a date; then done,
    # then dropped (a title's start: a row may be cut by a page break)
    ids = [t.id for t in bakery_tasks.tasks]
    order = [ids[0], ids[1], ids[4], ids[2], ids[3]]
    starts = [text.index(normal(bakery_tasks.task(i).title)[:25]) for i in order]
    assert starts == sorted(starts)
    # a recommended step already on the action plan is pointed there, not recommended again
    procedures = section_text(english, "procedures", "resources")
    step = normal(bakery_tasks.task(ids[1]).title)
    assert step + normal("— on the action plan (section 4), status: In progress.") in procedures
    assert step + normal("— recommended") not in procedures
    resources = section_text(english, "resources", "return")
    assert normal("On the action plan (section 4).") in resources
    # the impact summary quotes today's expected loss, never the one with the tasks done
    impact = section_text(english, "impact", "actions")
    assert money(seen.today.ale) in impact and money(seen.when_done.ale) not in impact


def test_document_control_and_the_schedule_give_the_review_dates(english):
    control = section_text(english, "control", "purpose")
    overdue = normal(f"{date(dt.date(2026, 9, 1))} (overdue)")
    assert normal(f"Last reviewed {date(dt.date(2026, 3, 1))}") in control
    assert normal("Next review date") + overdue in control
    schedule = section_text(english, "exercises", "appendix-a")
    assert normal("Review the plan: figures, contacts, messages and fallbacks") in schedule
    assert overdue in schedule


def test_a_plan_without_tasks_says_so_in_one_sentence(qapp, folder):
    rendered = render(load_example("ramallah-bakery"), folder / "bakery.pdf")
    text = section_text(rendered, "actions", "dependencies")
    assert text.startswith(normal("Action plan No preparation task is in this plan yet."))
    assert normal("“Add this step to the action plan”") in text
    assert normal("the steps worth taking are listed in section 10.") in text
    assert normal("Tasks by due date") not in text and normal("Today") not in text
    control = section_text(rendered, "control", "purpose")
    assert normal("Last reviewed not recorded") in control
    assert normal(f"Next review date {date(add_months(ISSUED, 6))}") in control
    # the section references follow the new numbering (communications is section 8 now)
    procedures = section_text(rendered, "procedures", "resources")
    assert normal("(section 8) up to date") in procedures
    assert normal("activation criteria (section 6)") in procedures


def test_the_card_leaves_out_a_channel_only_a_planned_task_would_ready(qapp, folder):
    lagos = with_tasks(load_plan(PLANS / "lagos-pharmacy.cplan"), 1)
    (task,) = lagos.tasks
    assert (task.channel, task.status) == ("sms", TaskStatus.PLANNED) and not lagos.fallbacks
    planned = render(lagos, folder / "lagos-planned.pdf")
    card = section_text(planned, "appendix-d", "appendix-e")
    assert "SMS" not in card
    assert normal("Switch to the channels prepared before the outage (section 9).") in card
    procedures = section_text(planned, "procedures", "resources")
    assert normal("Keep SMS / MMS ready") not in procedures
    assert normal("When the open tasks are done (section 4): SMS / MMS will reach") in procedures
    # marked done, SMS is ready today: the card sends orders there
    done = render(
        SetTaskStatus(task.id, TaskStatus.DONE, ISSUED).apply(lagos), folder / "lagos-done.pdf"
    )
    card = section_text(done, "appendix-d", "appendix-e")
    assert normal("Switch to the fallbacks: Prescription refills and orders: SMS / MMS.") in card
    assert normal("Keep SMS / MMS ready") in section_text(done, "procedures", "resources")


def _says(line: Line, text: str) -> bool:
    """The line holds the text, read left to right or (a right-to-left run) right to left."""
    found = normal(line.text)
    return normal(text) in found or normal(text) in found[::-1]


def test_the_arabic_action_plan_is_mirrored(qapp, bakery_tasks, folder):
    from continuity_app.localization import QtLanguage

    path, report = render(bakery_tasks, folder / "bakery-ar.pdf", language="ar")
    assert report.rtl
    seen = compute_results(bakery_tasks, REFERENCE).outlook
    with speaking(QtLanguage.for_code("ar", "locale")):
        title = translate("PrintedPlan", "Action plan")
        label = term("ale").plain
        today, when_done = (
            format_money(amount, "ILS", REFERENCE, whole=True)
            for amount in (seen.today.ale, seen.when_done.ale)
        )
    first = report.section_pages["actions"]
    lines = [line for line in pdf_lines(path) if first <= line.page <= first + 1]
    right_edge = max(line.right for line in running_header(lines, first))
    heading = next(line for line in lines if _says(line, title))
    assert abs(heading.right - right_edge) < EDGE, "the section's heading is not flush right"
    # the comparison: labels in the right column, today beside them, the plan done leftmost
    row = next(line for line in lines if _says(line, label))
    assert row.arabic and row.left > row.page_width / 2
    same_row = [line for line in lines if line.page == row.page and abs(line.top - row.top) < 4]
    now = next(line for line in same_row if normal(today) in normal(line.text))
    then = next(line for line in same_row if normal(when_done) in normal(line.text))
    assert row.right > now.right > then.right
    # the tasks: each title in the rightmost column, what it saves in the leftmost
    task = bakery_tasks.tasks[0]
    start = normal(task.title)[:12]
    title_line = next(line for line in lines if normal(line.text).startswith(start))
    assert abs(title_line.right - row.right) < EDGE
    with speaking(QtLanguage.for_code("ar", "locale")):
        worth = normal(format_money(seen.worth[task.id], "ILS", REFERENCE, whole=True))
    saves = [
        line
        for line in lines
        if line.page == title_line.page
        and abs(line.top - title_line.top) < 6
        and worth in normal(line.text)
    ]
    assert saves and saves[0].right < title_line.left
