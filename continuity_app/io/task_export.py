"""Preparation tasks out to a CSV table and to calendar entries (iCalendar, RFC 5545)."""

from __future__ import annotations

import csv
import datetime as dt
import hashlib
import io
import re
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from continuity_app import __version__
from continuity_app.core.display import channel_name, format_hours, format_money, format_percent
from continuity_app.core.fields import field
from continuity_app.core.i18n import translate
from continuity_app.core.labels import status_label
from continuity_app.core.plan import Plan, Task
from continuity_app.core.reference import ReferenceData
from continuity_app.core.tasks import by_due_date
from continuity_app.io.planfile import atomic_write_text
from continuity_app.io.sheet_writers import csv_cell

# A calendar host that can never resolve (RFC 2606): the UID must be unique, not reachable,
# and nothing about the machine or network may leave in it.
UID_DOMAIN = "continuity-plan.invalid"
# RFC 5545 3.1: content lines are folded at 75 octets, a continuation starts with one space.
LINE_OCTETS = 75
# Control characters iCalendar TEXT may not hold (tab is allowed; line breaks are escaped).
_CONTROL = re.compile("[\x00-\x08\x0b-\x1f\x7f]")


class TaskExportError(Exception):
    """A task export that could not be written; the message says why."""


@dataclass(frozen=True)
class CalendarCount:
    """What went into a calendar: one event per open task with a due date."""

    events: int
    undated: int  # open tasks left out because they have no due date


# -- CSV ----------------------------------------------------------------------------------------


def csv_header(plan: Plan) -> list[str]:
    """The column titles: the task fields as the window names them, plus id, worth, done on."""
    currency = plan.business.currency

    def title(key: str) -> str:
        return field("task", key).title(currency)

    return [
        translate("TaskExport", "Id"),
        title("title"),
        translate("TaskExport", "Function"),
        title("channel"),
        title("owner"),
        title("due"),
        title("status"),
        title("one_off_cost"),
        title("monthly_cost"),
        title("readiness_when_done"),
        title("delay_when_done_hours"),
        translate("TaskExport", "Worth a year ({currency})").format(currency=currency),
        translate("TaskExport", "Done on"),
    ]


def csv_rows(
    plan: Plan, reference: ReferenceData, worth: Mapping[str, float] | None = None
) -> list[list[Any]]:
    """One row per task, by due date (open tasks first): numbers as numbers, dates as ISO."""
    names = {f.id: f.name for f in plan.functions}
    worth = worth or {}
    return [
        [
            task.id,
            task.title,
            names.get(task.function, task.function),
            channel_name(reference, task.channel),
            task.owner,
            task.due.isoformat() if task.due else None,
            status_label(task.status),
            round(task.one_off_cost, 2),
            round(task.monthly_cost, 2),
            round(task.readiness_when_done * 100, 1),
            task.delay_when_done_hours,
            round(worth[task.id], 2) if task.id in worth else None,
            task.done_on.isoformat() if task.done_on else None,
        ]
        for task in by_due_date(plan.tasks)
    ]


def tasks_csv(
    plan: Plan, reference: ReferenceData, worth: Mapping[str, float] | None = None
) -> str:
    """The tasks as CSV text (UTF-8 without a byte-order mark, as the app's other CSV
    exports); text a spreadsheet would run as a formula gets an apostrophe in front."""
    out = io.StringIO()
    writer = csv.writer(out)
    writer.writerow([csv_cell(title) for title in csv_header(plan)])
    for row in csv_rows(plan, reference, worth):
        writer.writerow([csv_cell(value) for value in row])
    return out.getvalue()


def write_tasks_csv(
    plan: Plan, reference: ReferenceData, path: Path, worth: Mapping[str, float] | None = None
) -> int:
    """Write the tasks as CSV, atomically; the number of tasks written."""
    _write(path, tasks_csv(plan, reference, worth))
    return len(plan.tasks)


# -- iCalendar ----------------------------------------------------------------------------------


def escape_text(text: str) -> str:
    """`text` as an iCalendar TEXT value: backslash, semicolon, comma and line breaks escaped,
    control characters dropped."""
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    text = _CONTROL.sub("", text)
    text = text.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,")
    return text.replace("\n", "\\n")


def fold(line: str) -> str:
    """A content line folded into lines of at most 75 octets (CRLF and a space before each
    continuation), never inside a UTF-8 character."""
    parts: list[str] = []
    current = ""
    room = LINE_OCTETS
    used = 0
    for char in line:
        size = len(char.encode("utf-8"))
        if used + size > room:
            parts.append(current)
            current, used = "", 0
            room = LINE_OCTETS - 1  # the leading space of a continuation takes one octet
        current += char
        used += size
    parts.append(current)
    return "\r\n ".join(parts)


def plan_token(plan: Plan) -> str:
    """A short token that stays the same for a plan (its business name), for event UIDs."""
    return hashlib.sha1(plan.business.name.encode("utf-8")).hexdigest()[:12]


def event_uid(plan: Plan, task: Task) -> str:
    """The task's calendar UID: the same on every export, so a calendar updates the event."""
    return f"{task.id}-{plan_token(plan)}@{UID_DOMAIN}"


def _description(
    plan: Plan, reference: ReferenceData, task: Task, worth: Mapping[str, float]
) -> str:
    """What the owner needs in the calendar entry, one statement a line."""
    currency = plan.business.currency

    def money(amount: float) -> str:
        return format_money(amount, currency, reference)

    names = {f.id: f.name for f in plan.functions}
    channel = channel_name(reference, task.channel)
    lines = [
        translate("TaskExport", "Continuity plan: {business}").format(business=plan.business.name),
        translate("TaskExport", "Function: {function}").format(
            function=names.get(task.function, task.function)
        ),
        translate("TaskExport", "Channel: {channel}").format(channel=channel),
    ]
    if task.owner:
        lines.append(translate("TaskExport", "Owner: {owner}").format(owner=task.owner))
    lines.append(
        translate("TaskExport", "Status: {status}").format(status=status_label(task.status))
    )
    if task.one_off_cost and task.monthly_cost:
        cost = translate("TaskExport", "Cost: {once} once, then {monthly} a month").format(
            once=money(task.one_off_cost), monthly=money(task.monthly_cost)
        )
    elif task.monthly_cost:
        cost = translate("TaskExport", "Cost: {monthly} a month").format(
            monthly=money(task.monthly_cost)
        )
    elif task.one_off_cost:
        cost = translate("TaskExport", "Cost: {once} once").format(once=money(task.one_off_cost))
    else:
        cost = translate("TaskExport", "Cost: none recorded")
    lines.append(cost)
    lines.append(
        translate(
            "TaskExport",
            "When done: {channel} reaches {readiness} of this function's WhatsApp contacts, "
            "who switch to it within {delay}.",
        ).format(
            channel=channel,
            readiness=format_percent(task.readiness_when_done),
            delay=format_hours(task.delay_when_done_hours),
        )
    )
    if task.id in worth:
        lines.append(
            translate(
                "TaskExport", "Worth: about {amount} a year of expected outage losses avoided."
            ).format(amount=format_money(worth[task.id], currency, reference, whole=True))
        )
    if task.notes:
        lines.append(translate("TaskExport", "Notes: {notes}").format(notes=task.notes))
    return "\n".join(lines)


def _event(
    plan: Plan,
    reference: ReferenceData,
    task: Task,
    due: dt.date,
    stamp: str,
    worth: Mapping[str, float],
) -> list[str]:
    title = escape_text(task.title)
    return [
        "BEGIN:VEVENT",
        f"UID:{event_uid(plan, task)}",
        f"DTSTAMP:{stamp}",
        f"DTSTART;VALUE=DATE:{due:%Y%m%d}",
        f"DTEND;VALUE=DATE:{due + dt.timedelta(days=1):%Y%m%d}",
        f"SUMMARY:{title}",
        f"DESCRIPTION:{escape_text(_description(plan, reference, task, worth))}",
        "TRANSP:TRANSPARENT",  # a task does not make its owner busy all day
        "BEGIN:VALARM",
        "ACTION:DISPLAY",
        f"DESCRIPTION:{title}",
        "TRIGGER:-P1D",
        "END:VALARM",
        "END:VEVENT",
    ]


def tasks_ics(
    plan: Plan,
    reference: ReferenceData,
    now: dt.datetime | None = None,
    worth: Mapping[str, float] | None = None,
) -> tuple[str, CalendarCount]:
    """The open tasks as an iCalendar file: an all-day event on each due date (overdue ones
    too) with a reminder the day before. Tasks without a due date are left out and counted."""
    now = now or dt.datetime.now(dt.UTC)
    stamp = now.astimezone(dt.UTC).strftime("%Y%m%dT%H%M%SZ")
    calendar_name = translate("TaskExport", "Preparation tasks: {business}").format(
        business=plan.business.name
    )
    lines = [
        "BEGIN:VCALENDAR",
        "VERSION:2.0",
        f"PRODID:-//continuity-app//Preparation tasks {__version__}//EN",
        "CALSCALE:GREGORIAN",
        "METHOD:PUBLISH",
        f"X-WR-CALNAME:{escape_text(calendar_name)}",
    ]
    events = undated = 0
    for task in by_due_date(plan.tasks):
        if not task.status.is_open:
            continue
        if task.due is None:
            undated += 1
            continue
        lines += _event(plan, reference, task, task.due, stamp, worth or {})
        events += 1
    lines.append("END:VCALENDAR")
    text = "".join(fold(line) + "\r\n" for line in lines)
    return text, CalendarCount(events=events, undated=undated)


def write_tasks_ics(
    plan: Plan,
    reference: ReferenceData,
    path: Path,
    now: dt.datetime | None = None,
    worth: Mapping[str, float] | None = None,
) -> CalendarCount:
    """Write the open tasks as an .ics calendar, atomically; what went in and what did not."""
    text, count = tasks_ics(plan, reference, now, worth)
    _write(path, text)
    return count


def _write(path: Path, text: str) -> None:
    """Replace `path` with `text` in one step; TaskExportError says why it cannot be."""
    path = Path(path)
    if path.is_dir():
        problem = translate("TaskExport", "{path} is a folder; give a file name")
        raise TaskExportError(problem.format(path=path))
    try:
        atomic_write_text(path, text)
    except OSError as error:
        problem = translate("TaskExport", "cannot write {path}: {reason}")
        raise TaskExportError(problem.format(path=path, reason=error.strerror or error)) from None
