"""`continuity-app tasks` as a consultant scripts it: plan a step by the id `recommend --json`
gives, and only marking it done changes today's figures; bad ids, dates and percentages are
one clear line; the exports are written after the changes of the same call."""

from __future__ import annotations

import csv
import datetime as dt
import json
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from continuity_app.cli import main
from continuity_app.core.plan import SCHEMA_VERSION, likely
from continuity_app.io.examples import example_path
from continuity_app.io.planfile import load_plan

from ..paths import PLANS

TODAY = dt.date.today()


def run(capsys, *args: str) -> tuple[int, str, str]:
    code = main(list(args))
    out, err = capsys.readouterr()
    return code, out, err


def refused(capsys, *args: str) -> str:
    """An option value argparse refuses: status 2, the message on stderr, no traceback."""
    with pytest.raises(SystemExit) as stopped:
        main(list(args))
    out, err = capsys.readouterr()
    assert stopped.value.code == 2 and out == "" and "Traceback" not in err
    return err


@pytest.fixture
def bakery(tmp_path) -> Path:
    return Path(shutil.copy(example_path("ramallah-bakery"), tmp_path / "bakery.cplan"))


@pytest.fixture
def lagos(tmp_path) -> Path:
    return Path(shutil.copy(PLANS / "lagos-pharmacy.cplan", tmp_path / "lagos.cplan"))


def step_ids(capsys, path: Path) -> list[str]:
    code, out, _ = run(capsys, "recommend", str(path), "--json")
    assert code == 0
    return [action["id"] for action in json.loads(out)["actions"]]


def evaluation(capsys, path: Path) -> dict:
    code, out, _ = run(capsys, "evaluate", str(path), "--json", "--trials", "500", "--seed", "1")
    assert code == 0
    return json.loads(out)


def readiness(path: Path, function: str, channel: str) -> float | None:
    plan = load_plan(path)
    found = [f for f in plan.fallbacks if f.function == function and f.channel == channel]
    return likely(found[0].readiness) if found else None


def test_a_step_from_recommend_json_becomes_a_planned_task_that_changes_only_the_outlook(
    capsys, bakery
):
    before = evaluation(capsys, bakery)
    step = step_ids(capsys, bakery)[0]
    code, out, _ = run(capsys, "tasks", str(bakery), "--add", step)
    assert code == 0
    assert "Planned task-1: " in out and f"Saved {bakery}" in out
    (task,) = load_plan(bakery).tasks
    assert task.step == step and task.status.value == "planned"
    after = evaluation(capsys, bakery)
    # today's figures: planning is not doing
    assert after["ale"] == pytest.approx(before["ale"])
    outlook = after["outlook"]
    assert outlook["open_tasks"] == 1
    assert outlook["today"]["ale"] == pytest.approx(before["ale"])
    assert outlook["when_open_tasks_done"]["ale"] < after["ale"]
    assert outlook["task_worth"]["task-1"] > 0
    # the readable report shows both states side by side
    code, out, _ = run(capsys, "evaluate", str(bakery), "--trials", "500")
    assert "Today" in out and "With 1 open task done" in out and "A bad year (P90)" in out


def test_marking_the_task_done_lowers_todays_loss(capsys, bakery):
    step = step_ids(capsys, bakery)[0]
    run(capsys, "tasks", str(bakery), "--add", step)
    task = load_plan(bakery).tasks[0]
    planned_ale = evaluation(capsys, bakery)["ale"]
    was = readiness(bakery, task.function, task.channel)
    code, out, _ = run(capsys, "tasks", str(bakery), "--update", "task-1", "--status", "done")
    assert code == 0
    assert "task-1: done on" in out and "Readiness today of" in out
    done = load_plan(bakery).tasks[0]
    assert done.status.value == "done" and done.done_on == TODAY
    assert readiness(bakery, task.function, task.channel) == pytest.approx(task.readiness_when_done)
    assert (was or 0.0) < task.readiness_when_done
    result = evaluation(capsys, bakery)
    assert result["ale"] < planned_ale
    assert result["outlook"]["open_tasks"] == 0  # nothing left to do: no outlook block
    code, out, _ = run(capsys, "evaluate", str(bakery), "--trials", "500")
    assert "With " not in out and "open task" not in out


def test_a_step_already_planned_changes_nothing(capsys, bakery):
    step = step_ids(capsys, bakery)[0]
    run(capsys, "tasks", str(bakery), "--add", step)
    saved = bakery.read_bytes()
    code, out, _ = run(capsys, "tasks", str(bakery), "--add", step, "--owner", "Samir")
    assert code == 0
    assert f"{step} is already planned as task-1" in out and "--update task-1" in out
    assert "Saved" not in out and bakery.read_bytes() == saved


def test_an_unknown_step_id_lists_valid_ones_and_how_to_get_them(capsys, bakery):
    saved = bakery.read_bytes()
    code, out, err = run(capsys, "tasks", str(bakery), "--add", "sms-consent:bakery")
    assert code == 2 and out == "" and "Traceback" not in err
    assert "no recommended step 'sms-consent:bakery'" in err
    assert step_ids(capsys, bakery)[0] in err
    assert "recommend FILE --json" in err and "actions[].id" in err
    assert bakery.read_bytes() == saved


def test_fields_given_with_add_apply_to_the_new_task(capsys, bakery):
    step = step_ids(capsys, bakery)[0]
    code, out, _ = run(
        capsys,
        "tasks",
        str(bakery),
        "--add",
        step,
        "--owner",
        "سمير",
        "--due",
        "2027-01-31",
        "--one-off-cost",
        "120.5",
        "--monthly-cost",
        "30",
        "--notes",
        "Ask at the till",
        "--status",
        "in_progress",
    )
    assert code == 0
    said = out.splitlines()
    assert said[1:6] == [
        "task-1: owner سمير",
        "task-1: due 31 Jan 2027",
        "task-1: one-off cost ₪120",  # whole units from 100 on, as everywhere
        "task-1: monthly cost ₪30.00",
        "task-1: notes changed",
    ]
    assert said[6] == "task-1: status In progress"
    task = load_plan(bakery).tasks[0]
    assert (task.owner, task.due, task.one_off_cost, task.monthly_cost, task.notes) == (
        "سمير",
        dt.date(2027, 1, 31),
        120.5,
        30.0,
        "Ask at the till",
    )
    assert task.status.value == "in_progress"
    # cleared again
    run(capsys, "tasks", str(bakery), "--update", "task-1", "--due", "none", "--owner", "")
    task = load_plan(bakery).tasks[0]
    assert task.due is None and task.owner == ""


def test_a_hand_typed_task_in_percent(capsys, bakery):
    code, out, _ = run(
        capsys,
        "tasks",
        str(bakery),
        "--new",
        "Put the landline number on the shop door",
        "--function",
        "orders",
        "--channel",
        "voice",
        "--readiness",
        "35",
        "--delay",
        "0.5",
    )
    assert code == 0 and "Added task-1: Put the landline number" in out
    task = load_plan(bakery).tasks[0]
    assert (task.function, task.channel, task.step) == ("orders", "voice", None)
    assert task.readiness_when_done == pytest.approx(0.35)
    assert task.delay_when_done_hours == 0.5


@pytest.mark.parametrize(
    ("options", "expected"),
    [
        (["--readiness", "140"], ["--readiness", "'140' is not a percentage", "0 to 100"]),
        (["--readiness", "forty"], ["--readiness", "0 to 100"]),
        (["--delay", "200"], ["--delay", "0 to 168"]),
    ],
)
def test_bad_percentages_and_hours_are_refused(capsys, bakery, options, expected):
    new = ["--new", "X", "--function", "orders", "--channel", "sms", "--readiness", "40"]
    err = refused(capsys, "tasks", str(bakery), *new, *options)
    assert all(words in err for words in expected)
    assert load_plan(bakery).tasks == []


@pytest.mark.parametrize(
    ("options", "expected"),
    [
        (["--due", "31/01/2027"], ["--due", "'31/01/2027' is not a date", "YYYY-MM-DD"]),
        (["--due", "2027-02-30"], ["--due", "YYYY-MM-DD"]),
        (["--one-off-cost", "₪120"], ["--one-off-cost", "not an amount of money"]),
        (["--monthly-cost", "-5"], ["--monthly-cost", "zero or more"]),
        (["--monthly-cost", "99,50"], ["--monthly-cost", "such as 250 or 99.50"]),
        (["--status", "finished"], ["--status", "in_progress"]),
    ],
)
def test_bad_dates_and_amounts_name_the_option_and_the_form(capsys, bakery, options, expected):
    err = refused(capsys, "tasks", str(bakery), "--update", "task-1", *options)
    assert all(words in err for words in expected)


@pytest.mark.parametrize(
    ("options", "expected"),
    [
        (["--update", "task-7", "--owner", "x"], "no task 'task-7'; the plan has no tasks yet"),
        (["--remove", "task-7"], "no task 'task-7'"),
        (
            ["--new", "X", "--function", "kitchen", "--channel", "sms", "--readiness", "4"],
            "--function: the plan has no function 'kitchen'; its functions are orders",
        ),
        (
            ["--new", "X", "--function", "orders", "--channel", "pigeon", "--readiness", "4"],
            "--channel: 'pigeon' is not a fallback channel; use one of telegram",
        ),
        (
            ["--new", "X", "--function", "orders", "--channel", "whatsapp", "--readiness", "4"],
            "'whatsapp' is not a fallback channel",
        ),
        (["--new", "X", "--function", "orders"], "--new also needs --channel, --readiness"),
        (["--channel", "sms"], "--channel: these describe a new task; give them with --new"),
        (["--owner", "Samir"], "--owner: these change a task; name it with --update TASK_ID"),
        (
            ["--new", " ", "--function", "orders", "--channel", "sms", "--readiness", "4"],
            "--new: give the task a title",
        ),
    ],
)
def test_unknown_ids_and_incomplete_options_are_one_line_and_status_2(
    capsys, bakery, options, expected
):
    saved = bakery.read_bytes()
    code, out, err = run(capsys, "tasks", str(bakery), *options)
    assert code == 2 and out == "" and "Traceback" not in err
    assert err.startswith("continuity-app tasks: ") and expected in err
    assert bakery.read_bytes() == saved


def test_a_plan_that_fails_to_load_takes_the_usual_path(capsys, tmp_path):
    code, _, err = run(capsys, "tasks", str(tmp_path / "missing.cplan"))
    assert code == 2 and "the file does not exist" in err and "Traceback" not in err


def test_no_traceback_from_a_real_process(bakery):
    result = subprocess.run(
        [
            sys.executable,
            "-m",
            "continuity_app",
            "tasks",
            str(bakery),
            "--update",
            "t",
            "--due",
            "x",
        ],
        capture_output=True,
        text=True,
    )
    assert result.returncode == 2 and "YYYY-MM-DD" in result.stderr
    assert "Traceback" not in result.stderr


def test_the_list_marks_overdue_tasks_and_a_plan_past_its_review(capsys, bakery):
    code, out, _ = run(capsys, "tasks", str(bakery))
    assert code == 0 and "No preparation tasks yet" in out and "--add STEP_ID" in out
    steps = step_ids(capsys, bakery)[:2]
    late = (TODAY - dt.timedelta(days=3)).isoformat()
    run(capsys, "tasks", str(bakery), "--add", steps[0], "--due", late)
    run(capsys, "tasks", str(bakery), "--add", steps[1])
    document = json.loads(bakery.read_text(encoding="utf-8"))
    document["details"]["reviewed"] = (TODAY - dt.timedelta(days=400)).isoformat()
    bakery.write_text(json.dumps(document, ensure_ascii=False), encoding="utf-8")
    code, out, _ = run(capsys, "tasks", str(bakery))
    assert code == 0
    lines = out.splitlines()
    assert lines[0].split()[:2] == ["Id", "Task"]
    overdue_row = next(line for line in lines if line.startswith("task-1"))
    assert "(overdue)" in overdue_row and "Planned" in overdue_row
    assert "(overdue)" not in next(line for line in lines if line.startswith("task-2"))
    assert any("The plan is past its review date" in line for line in lines)
    assert lines[-1] == "1 open task past their due date."


def test_json_has_the_tasks_overdue_flags_and_worth(capsys, bakery):
    step = step_ids(capsys, bakery)[0]
    late = (TODAY - dt.timedelta(days=1)).isoformat()
    code, out, err = run(capsys, "tasks", str(bakery), "--add", step, "--due", late, "--json")
    assert code == 0 and "Planned task-1" in err  # stdout holds the JSON alone
    result = json.loads(out)
    assert result["overdue"] == ["task-1"] and result["today"] == TODAY.isoformat()
    (task,) = result["tasks"]
    assert task["id"] == "task-1" and task["step"] == step and task["overdue"] is True
    assert task["due"] == late and task["status"] == "planned"
    assert task["worth"] > 0
    assert task["worth"] == pytest.approx(result["outlook"]["task_worth"]["task-1"])
    assert result["outlook"]["when_open_tasks_done"]["ale"] < result["outlook"]["today"]["ale"]


def test_exports_follow_the_changes_of_the_same_call(capsys, bakery, tmp_path):
    steps = step_ids(capsys, bakery)[:2]
    table, calendar = tmp_path / "tasks.csv", tmp_path / "tasks.ics"
    run(capsys, "tasks", str(bakery), "--add", steps[0], "--due", "2027-01-15")
    code, out, _ = run(
        capsys,
        "tasks",
        str(bakery),
        "--add",
        steps[1],
        "--owner",
        "=cmd|' /C calc'!A0",
        "--csv",
        str(table),
        "--ics",
        str(calendar),
    )
    assert code == 0
    assert f"Wrote 2 tasks to {table}" in out
    assert f"Wrote 1 open task to the calendar {calendar}" in out
    assert "1 open task left out of the calendar: no due date" in out
    rows = list(csv.reader(table.open(encoding="utf-8", newline="")))
    assert [r[0] for r in rows[1:]] == ["task-1", "task-2"]
    assert rows[2][4] == "'=cmd|' /C calc'!A0"
    assert all(r[11] for r in rows[1:])  # worth a year of each open task
    data = calendar.read_bytes()
    assert data.count(b"BEGIN:VEVENT") == 1 and b"DTSTART;VALUE=DATE:20270115" in data


def test_remove(capsys, bakery):
    step = step_ids(capsys, bakery)[0]
    run(capsys, "tasks", str(bakery), "--add", step)
    code, out, _ = run(capsys, "tasks", str(bakery), "--remove", "task-1")
    assert code == 0 and "Removed task-1: " in out
    assert load_plan(bakery).tasks == []


def test_an_older_plan_gets_its_tasks_and_loads_again(capsys, lagos):
    assert json.loads(lagos.read_text(encoding="utf-8"))["schema_version"] == 2
    step = step_ids(capsys, lagos)[0]
    code, out, _ = run(
        capsys, "tasks", str(lagos), "--add", step, "--due", "2027-03-31", "--owner", "Ngozi"
    )
    assert code == 0 and "Planned task-1" in out
    assert json.loads(lagos.read_text(encoding="utf-8"))["schema_version"] == SCHEMA_VERSION
    (task,) = load_plan(lagos).tasks
    assert (task.step, task.owner, task.due) == (step, "Ngozi", dt.date(2027, 3, 31))
    code, out, _ = run(capsys, "tasks", str(lagos))
    assert code == 0 and "Ngozi" in out and "31 Mar 2027" in out and "₦" in out
