"""Tasks out to CSV and iCalendar: a spreadsheet reads the table back with no live formula, and
a calendar reads one all-day event per dated open task, folded and escaped as RFC 5545 says
(Arabic text folded between characters, never inside one)."""

from __future__ import annotations

import csv
import datetime as dt
import io

import pytest

from continuity_app.core.plan import Plan, Task, TaskStatus
from continuity_app.core.plan_edits import AddTask, PlanSteps, SetTaskField, SetTaskStatus
from continuity_app.core.recommend import recommend
from continuity_app.core.reference import load_reference
from continuity_app.core.tasks import by_due_date
from continuity_app.io.examples import load_example
from continuity_app.io.formula_guard import unescape_formula
from continuity_app.io.task_export import (
    TaskExportError,
    escape_text,
    fold,
    tasks_csv,
    tasks_ics,
    write_tasks_csv,
    write_tasks_ics,
)

REFERENCE = load_reference()
TODAY = dt.date(2026, 12, 6)
NOW = dt.datetime(2026, 12, 6, 9, 30, tzinfo=dt.UTC)
ARABIC_NOTES = "اتصل بالعملاء الذين طلبوا كعك العيد، وأرسل لهم رقم الهاتف الجديد قبل الموعد. " * 4
TRICKY_TITLE = '=HYPERLINK("http://x","click"); a\\b, then\nnext line'


@pytest.fixture(scope="module")
def plan() -> Plan:
    """The bakery with four recommended steps and one typed task: one overdue with an Arabic
    owner and notes, one due later, one without a due date, one done, one dropped."""
    bakery = load_example("ramallah-bakery")
    steps = [v.action for v in recommend(bakery, REFERENCE).actions[:4]]
    plan = PlanSteps(steps).apply(bakery)
    typed = Task(
        id="new",
        title=TRICKY_TITLE,
        function="delivery",
        channel="telegram",
        readiness_when_done=0.5,
    )
    plan = AddTask(typed).apply(plan)
    ids = [t.id for t in plan.tasks]
    edits = [
        SetTaskField(ids[0], "due", dt.date(2026, 11, 30)),  # overdue, still exported
        SetTaskField(ids[0], "owner", "سمير عبد الله"),
        SetTaskField(ids[0], "notes", ARABIC_NOTES),
        SetTaskField(ids[1], "due", dt.date(2027, 1, 15)),
        SetTaskStatus(ids[1], TaskStatus.IN_PROGRESS, TODAY),
        SetTaskField(ids[2], "due", dt.date(2027, 2, 1)),
        SetTaskStatus(ids[2], TaskStatus.DONE, TODAY),
        SetTaskField(ids[3], "due", dt.date(2027, 3, 1)),
        SetTaskStatus(ids[3], TaskStatus.DROPPED, TODAY),
        SetTaskField(ids[4], "due", dt.date(2027, 1, 1)),
        SetTaskField(ids[4], "monthly_cost", 25.0),
    ]
    for edit in edits:
        plan = edit.apply(plan)
    # one more open task, without a due date: left out of the calendar, counted
    undated = Task(
        id="new",
        title="Print the outage card",
        function="orders",
        channel="sms",
        readiness_when_done=0.3,
    )
    return AddTask(undated).apply(plan)


# -- CSV ----------------------------------------------------------------------------------------


def read_csv(text: str) -> list[list[str]]:
    return list(csv.reader(io.StringIO(text, newline="")))


def test_csv_has_one_row_per_task_by_due_date_with_names_and_worded_status(plan):
    worth = {plan.tasks[0].id: 646.28}
    rows = read_csv(tasks_csv(plan, REFERENCE, worth))
    header, body = rows[0], rows[1:]
    assert header[:3] == ["Id", "Task", "Function"]
    assert "One-off cost (ILS)" in header and "Worth a year (ILS)" in header
    assert [r[0] for r in body] == [t.id for t in by_due_date(plan.tasks)]
    column = {name: i for i, name in enumerate(header)}
    by_id = {r[0]: r for r in body}
    first = by_id[plan.tasks[0].id]
    assert first[column["Function"]] == plan.function(plan.tasks[0].function).name
    assert first[column["Channel"]] == REFERENCE.channels[plan.tasks[0].channel].name
    assert first[column["Owner"]] == "سمير عبد الله"
    assert first[column["Due"]] == "2026-11-30"
    assert first[column["Status"]] == "Planned"
    assert float(first[column["Worth a year (ILS)"]]) == 646.28
    readiness = float(first[column["Ready when done (%)"]])
    assert readiness == pytest.approx(plan.tasks[0].readiness_when_done * 100, abs=0.05)
    done = by_id[plan.tasks[2].id]
    assert done[column["Status"]] == "Done" and done[column["Done on"]] == TODAY.isoformat()
    assert done[column["Worth a year (ILS)"]] == ""  # unknown: empty, not zero
    assert by_id[plan.tasks[3].id][column["Status"]] == "Dropped"
    assert by_id[plan.tasks[1].id][column["Status"]] == "In progress"
    assert float(by_id[plan.tasks[4].id][column["Monthly cost (ILS)"]]) == 25.0


def test_csv_makes_a_formula_inert_and_keeps_the_text(plan):
    rows = read_csv(tasks_csv(plan, REFERENCE))
    titles = [r[1] for r in rows[1:]]
    guarded = next(t for t in titles if "HYPERLINK" in t)
    assert guarded.startswith("'=")  # a spreadsheet shows it as text, runs nothing
    assert unescape_formula(guarded) == TRICKY_TITLE
    assert not any(cell.startswith(("=", "+", "-", "@")) for row in rows for cell in row)


def test_csv_is_written_atomically_and_refuses_a_folder(plan, tmp_path):
    target = tmp_path / "tasks.csv"
    target.write_text("old", encoding="utf-8")
    assert write_tasks_csv(plan, REFERENCE, target) == len(plan.tasks)
    data = target.read_bytes()
    assert not data.startswith(b"\xef\xbb\xbf")  # UTF-8 without a BOM, as the other exports
    assert read_csv(data.decode("utf-8"))[1][0] == by_due_date(plan.tasks)[0].id
    assert [p.name for p in tmp_path.iterdir()] == ["tasks.csv"]  # no temporary left
    with pytest.raises(TaskExportError, match="is a folder"):
        write_tasks_csv(plan, REFERENCE, tmp_path)
    with pytest.raises(TaskExportError, match="cannot write"):
        write_tasks_csv(plan, REFERENCE, tmp_path / "missing" / "tasks.csv")


# -- iCalendar ----------------------------------------------------------------------------------


def physical_lines(data: bytes) -> list[bytes]:
    """The file's lines, checking that each one ends with CRLF and nothing else breaks one."""
    assert data.endswith(b"\r\n")
    lines = data.split(b"\r\n")[:-1]
    for line in lines:
        assert b"\n" not in line and b"\r" not in line
    return lines


def unfold(lines: list[bytes]) -> list[str]:
    """Content lines: a line starting with a space continues the one before (RFC 5545 3.1)."""
    logical: list[bytes] = []
    for line in lines:
        if line.startswith(b" "):
            logical[-1] += line[1:]
        else:
            logical.append(line)
    return [line.decode("utf-8") for line in logical]


def unescape(value: str) -> str:
    out, chars = [], iter(value)
    for char in chars:
        if char == "\\":
            following = next(chars)
            out.append("\n" if following in "nN" else following)
        else:
            out.append(char)
    return "".join(out)


def components(lines: list[str]) -> list[dict[str, str]]:
    """Each VEVENT's properties (its VALARM's kept apart with an ALARM- prefix), checking that
    every BEGIN has its END in order."""
    stack: list[str] = []
    events: list[dict[str, str]] = []
    for line in lines:
        name, _, value = line.partition(":")
        if name == "BEGIN":
            stack.append(value)
            if value == "VEVENT":
                events.append({})
        elif name == "END":
            assert stack.pop() == value
        elif stack and stack[-1] == "VEVENT":
            events[-1][name] = value
        elif stack and stack[-1] == "VALARM":
            events[-1]["ALARM-" + name] = value
    assert stack == []
    return events


def test_calendar_has_one_all_day_event_per_dated_open_task(plan):
    text, count = tasks_ics(plan, REFERENCE, NOW)
    lines = unfold(physical_lines(text.encode("utf-8")))
    assert lines[0] == "BEGIN:VCALENDAR" and lines[-1] == "END:VCALENDAR"
    assert "VERSION:2.0" in lines and any(line.startswith("PRODID:") for line in lines)
    events = components(lines)
    dated_open = [t for t in plan.tasks if t.status.is_open and t.due is not None]
    assert len(events) == count.events == len(dated_open) == 3  # overdue one included
    assert count.undated == 1
    by_summary = {unescape(e["SUMMARY"]): e for e in events}
    assert set(by_summary) == {t.title for t in dated_open}
    for task in dated_open:
        event = by_summary[task.title]
        assert event["DTSTART;VALUE=DATE"] == f"{task.due:%Y%m%d}"
        assert event["DTEND;VALUE=DATE"] == f"{task.due + dt.timedelta(days=1):%Y%m%d}"
        assert event["DTSTAMP"] == "20261206T093000Z"
        assert event["UID"].startswith(f"{task.id}-")
        assert event["UID"].endswith("@continuity-plan.invalid")
        assert event["ALARM-TRIGGER"] == "-P1D" and event["ALARM-ACTION"] == "DISPLAY"
        assert "ORGANIZER" not in event
        description = unescape(event["DESCRIPTION"])
        assert plan.function(task.function).name in description
        assert REFERENCE.channels[task.channel].name in description
    overdue = by_summary[plan.tasks[0].title]
    description = unescape(overdue["DESCRIPTION"])
    assert "Owner: سمير عبد الله" in description and ARABIC_NOTES.strip() in description
    assert "Cost:" in description and "When done:" in description


def test_calendar_escapes_text_and_keeps_uids_stable(plan):
    first, _ = tasks_ics(plan, REFERENCE, NOW)
    later, _ = tasks_ics(plan, REFERENCE, NOW + dt.timedelta(days=3))
    raw = [line for line in unfold(physical_lines(first.encode("utf-8")))]
    summary = next(line for line in raw if line.startswith("SUMMARY:=HYPERLINK"))
    assert summary == ('SUMMARY:=HYPERLINK("http://x"\\,"click")\\; a\\\\b\\, then\\nnext line')
    assert unescape(summary.removeprefix("SUMMARY:")) == TRICKY_TITLE

    def uids(text: str) -> list[str]:
        return [line for line in text.split("\r\n") if line.startswith("UID:")]

    assert uids(first) == uids(later)  # a calendar updates the events instead of doubling them
    assert len(set(uids(first))) == len(uids(first))


def test_calendar_lines_fold_at_75_octets_between_utf8_characters(plan):
    text, _ = tasks_ics(plan, REFERENCE, NOW)
    lines = physical_lines(text.encode("utf-8"))
    assert max(len(line) for line in lines) <= 75
    for line in lines:
        line.decode("utf-8")  # each piece is whole characters: no fold inside one
    # the Arabic notes and name are long enough to be folded inside Arabic text
    continuations = [line.decode("utf-8") for line in lines if line.startswith(b" ")]
    assert any("\u0600" <= piece[1] <= "\u06ff" for piece in continuations if len(piece) > 1)


@pytest.mark.parametrize("char", ["a", "é", "ع", "€", "🙂"])
def test_fold_never_exceeds_75_octets_nor_splits_a_character(char):
    for length in range(60, 200):
        line = "DESCRIPTION:" + char * length
        folded = fold(line)
        pieces = folded.split("\r\n")
        assert all(len(p.encode("utf-8")) <= 75 for p in pieces)
        assert all(p.startswith(" ") for p in pieces[1:])
        assert "".join([pieces[0], *(p[1:] for p in pieces[1:])]) == line


def test_text_escaping_and_control_characters():
    assert escape_text("a,b;c\\d\r\ne\rf\ng") == "a\\,b\\;c\\\\d\\ne\\nf\\ng"
    assert escape_text("bell\x07 and\ttab") == "bell and\ttab"


def test_calendar_is_written_atomically(plan, tmp_path):
    target = tmp_path / "tasks.ics"
    count = write_tasks_ics(plan, REFERENCE, target, NOW)
    assert count.events == 3 and count.undated == 1
    assert target.read_bytes() == tasks_ics(plan, REFERENCE, NOW)[0].encode("utf-8")
    with pytest.raises(TaskExportError, match="cannot write"):
        write_tasks_ics(plan, REFERENCE, tmp_path / "missing" / "tasks.ics", NOW)


def test_a_plan_without_tasks_gives_an_empty_calendar():
    text, count = tasks_ics(load_example("ramallah-bakery"), REFERENCE, NOW)
    assert (count.events, count.undated) == (0, 0)
    assert components(unfold(physical_lines(text.encode("utf-8")))) == []
