"""The `tasks` sub-command: list, add, change, remove and export a plan's preparation tasks."""

from __future__ import annotations

import argparse
import datetime as dt
import math
import sys
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any, TextIO

from pydantic import ValidationError

from continuity_app.cli.common import CommandError, read_plan, write_json
from continuity_app.cli.progress import TerminalProgress
from continuity_app.core.channel_fit import fallback_channels
from continuity_app.core.display import channel_name, format_list, format_money, format_percent
from continuity_app.core.i18n import date, translate
from continuity_app.core.labels import status_label
from continuity_app.core.plan import MAX_AMOUNT, Plan, Task, TaskStatus, likely
from continuity_app.core.plan_content import next_review, review_overdue
from continuity_app.core.plan_edits import (
    AddTask,
    PlanEdit,
    PlanSteps,
    RemoveTask,
    SetTaskField,
    SetTaskStatus,
)
from continuity_app.core.tasks import by_due_date, open_tasks, overdue, planned_steps

if TYPE_CHECKING:
    from continuity_app.core.reference import ReferenceData

# The options that change fields of a task, by attribute of the parsed arguments and the
# task field they set (the status has its own edit: done raises readiness today).
_FIELD_OPTIONS = {
    "owner": "--owner",
    "due": "--due",
    "one_off_cost": "--one-off-cost",
    "monthly_cost": "--monthly-cost",
    "notes": "--notes",
}
_NEW_OPTIONS = {"function": "--function", "channel": "--channel", "readiness": "--readiness"}
# how many step ids an unknown --add lists before pointing at `recommend --json`
_SHOWN_STEPS = 6


@dataclass(frozen=True)
class _Due:
    """A parsed --due: a date, or None to clear it."""

    day: dt.date | None


# -- option values ------------------------------------------------------------------------------


def _number(text: str, high: float, problem: str) -> float:
    """`text` as a number from 0 to `high`; `problem` (with {text}) when it is none."""
    try:
        value = float(text.strip().rstrip("%"))  # no thousands commas: 99,50 is not 9950
    except ValueError:
        value = math.nan
    if not 0 <= value <= high:  # NaN too
        raise argparse.ArgumentTypeError(problem.format(text=repr(text)))
    return value


def _percent(text: str) -> float:
    problem = translate(
        "CliErrors", "{text} is not a percentage; give a number from 0 to 100, such as 40"
    )
    return _number(text, 100, problem)


def _hours(text: str) -> float:
    problem = translate(
        "CliErrors",
        "{text} is not a number of hours; give one from 0 to 168 (a week), such as 0.5",
    )
    return _number(text, 168, problem)


def _money(text: str) -> float:
    problem = translate(
        "CliErrors",
        "{text} is not an amount of money; give a number of zero or more in the plan "
        "currency, without its symbol, such as 250 or 99.50",
    )
    return _number(text, MAX_AMOUNT, problem)


def _due(text: str) -> _Due:
    if text.strip().lower() == "none":
        return _Due(None)
    try:
        return _Due(dt.date.fromisoformat(text.strip()))
    except ValueError:
        problem = translate(
            "CliErrors",
            "{text} is not a date; write it as YYYY-MM-DD, such as 2027-03-31, or none to "
            "clear the due date",
        )
        raise argparse.ArgumentTypeError(problem.format(text=repr(text))) from None


# -- the command line ---------------------------------------------------------------------------


def register_tasks(sub: argparse._SubParsersAction) -> None:
    parser = sub.add_parser(
        "tasks",
        help=translate("CliHelp", "list, add, change and export the plan's preparation tasks"),
        description=translate(
            "CliHelp",
            "Without options: the plan's preparation tasks by due date. A task is a "
            "preparation step the business has taken on: it raises readiness today only once "
            "it is marked done. Changes are saved back to FILE.",
        ),
    )
    parser.add_argument("file", help=translate("CliHelp", "a .cplan plan file"))
    parser.add_argument(
        "--json", action="store_true", help=translate("CliHelp", "print one JSON object")
    )
    parser.add_argument(
        "--add",
        action="append",
        default=[],
        metavar="STEP_ID",
        help=translate(
            "CliHelp",
            "plan a recommended step, by the id `recommend FILE --json` gives it in "
            "actions[].id (repeat for several)",
        ),
    )
    parser.add_argument(
        "--new", metavar="TITLE", help=translate("CliHelp", "add a task of your own")
    )
    parser.add_argument(
        "--function",
        metavar="FUNCTION_ID",
        help=translate("CliHelp", "with --new: the function it prepares a fallback for"),
    )
    parser.add_argument(
        "--channel",
        metavar="CHANNEL",
        help=translate("CliHelp", "with --new: the fallback channel it makes ready, e.g. sms"),
    )
    parser.add_argument(
        "--readiness",
        type=_percent,
        metavar="PERCENT",
        help=translate(
            "CliHelp",
            "with --new: the share of the function's contacts cut off by an outage that the "
            "channel reaches once done, in percent",
        ),
    )
    parser.add_argument(
        "--delay",
        type=_hours,
        metavar="HOURS",
        help=translate("CliHelp", "with --new: hours until they switch, once done"),
    )
    parser.add_argument(
        "--update",
        action="append",
        default=[],
        metavar="TASK_ID",
        help=translate("CliHelp", "change this task with the options below (repeat for several)"),
    )
    parser.add_argument(
        "--status",
        choices=[s.value for s in TaskStatus],
        help=translate("CliHelp", "the task's status; done raises the channel's readiness today"),
    )
    parser.add_argument("--owner", metavar="NAME", help=translate("CliHelp", "who does it"))
    parser.add_argument(
        "--due",
        type=_due,
        metavar="YYYY-MM-DD",
        help=translate("CliHelp", "the date it should be done by, or none"),
    )
    parser.add_argument(
        "--one-off-cost",
        type=_money,
        metavar="AMOUNT",
        help=translate("CliHelp", "what setting it up costs once, in the plan currency"),
    )
    parser.add_argument(
        "--monthly-cost",
        type=_money,
        metavar="AMOUNT",
        help=translate("CliHelp", "what it costs each month, in the plan currency"),
    )
    parser.add_argument("--notes", metavar="TEXT", help=translate("CliHelp", "notes for the owner"))
    parser.add_argument(
        "--remove",
        action="append",
        default=[],
        metavar="TASK_ID",
        help=translate("CliHelp", "remove this task (repeat for several)"),
    )
    parser.add_argument(
        "--csv", metavar="PATH", help=translate("CliHelp", "write the tasks as a CSV table")
    )
    parser.add_argument(
        "--ics",
        metavar="PATH",
        help=translate(
            "CliHelp", "write the open tasks as calendar entries (.ics), one on each due date"
        ),
    )
    parser.set_defaults(handler=run_tasks)


def _check_options(args: argparse.Namespace) -> None:
    """Options that make no sense together, refused before the plan is read."""
    new_only = [
        o for a, o in (*_NEW_OPTIONS.items(), ("delay", "--delay")) if getattr(args, a) is not None
    ]
    if new_only and args.new is None:
        problem = translate(
            "CliErrors", "{options}: these describe a new task; give them with --new TITLE"
        )
        raise CommandError(problem.format(options=format_list(new_only)))
    if args.new is not None:
        missing = [o for a, o in _NEW_OPTIONS.items() if getattr(args, a) is None]
        if missing:
            problem = translate("CliErrors", "--new also needs {missing}")
            raise CommandError(problem.format(missing=format_list(missing)))
    changes = [o for a, o in _FIELD_OPTIONS.items() if getattr(args, a) is not None]
    if args.status is not None:
        changes.append("--status")
    if changes and not (args.add or args.new is not None or args.update):
        problem = translate(
            "CliErrors",
            "{options}: these change a task; name it with --update TASK_ID (the ids are in the "
            "first column of `continuity-app tasks FILE`), or give them with --add or --new",
        )
        raise CommandError(problem.format(options=format_list(changes)))


def run_tasks(args: argparse.Namespace) -> int:
    _check_options(args)
    plan, reference = read_plan(args.file)
    today = dt.date.today()
    # with --json stdout holds the JSON alone; what changed is said on stderr
    notices = sys.stderr if args.json else sys.stdout
    editor = _Editor(plan, reference, today, notices)
    editor.check_ids(args)
    editor.add_steps(args.add)
    if args.new is not None:
        editor.add_new(args)
    for task_id in dict.fromkeys([*editor.made, *args.update]):
        editor.update(task_id, args)
    for task_id in dict.fromkeys(args.remove):
        editor.remove(task_id)
    plan = editor.plan
    if editor.changed:
        from continuity_app.io.planfile import save_plan

        try:
            save_plan(plan, Path(args.file))
        except OSError as error:
            problem = translate("CliErrors", "cannot write {path}: {reason}")
            raise CommandError(
                problem.format(path=args.file, reason=error.strerror or error)
            ) from None
        print(translate("CliErrors", "Saved {path}").format(path=args.file), file=notices)
    worth: dict[str, float] = {}
    both = None
    if (args.json or args.csv or args.ics) and open_tasks(plan):
        from continuity_app.core.outlook import outlook
        from continuity_app.core.progress import OUTLOOK

        with TerminalProgress() as shown:
            both = outlook(plan, reference, progress=shown.stage(OUTLOOK))
        worth = both.worth
    _export(plan, reference, args, worth, notices)
    if args.json:
        write_json(_tasks_json(plan, reference, today, worth, both))
    elif not (editor.asked or args.csv or args.ics):
        from continuity_app.cli.report_text import tasks_text

        print("\n".join(tasks_text(plan, reference, today)))
    return 0


def _export(
    plan: Plan,
    reference: ReferenceData,
    args: argparse.Namespace,
    worth: dict[str, float],
    notices: TextIO,
) -> None:
    """--csv and --ics, after every change of the same call."""
    from continuity_app.io.task_export import TaskExportError, write_tasks_csv, write_tasks_ics

    try:
        if args.csv:
            count = write_tasks_csv(plan, reference, Path(args.csv), worth)
            wrote = translate("CliErrors", "Wrote %n task(s) to {path}", None, count)
            print(wrote.format(path=args.csv), file=notices)
        if args.ics:
            calendar = write_tasks_ics(plan, reference, Path(args.ics), worth=worth)
            wrote = translate(
                "CliErrors", "Wrote %n open task(s) to the calendar {path}", None, calendar.events
            )
            print(wrote.format(path=args.ics), file=notices)
            if calendar.undated:
                left_out = translate(
                    "CliErrors",
                    "%n open task(s) left out of the calendar: no due date (give one with "
                    "--update TASK_ID --due YYYY-MM-DD)",
                    None,
                    calendar.undated,
                )
                print(left_out, file=notices)
    except TaskExportError as error:
        raise CommandError(str(error)) from None


# -- changes ------------------------------------------------------------------------------------


class _Editor:
    """The plan as the options change it, one named edit at a time, each said in a line."""

    def __init__(
        self, plan: Plan, reference: ReferenceData, today: dt.date, notices: TextIO
    ) -> None:
        self.plan = plan
        self.reference = reference
        self.today = today
        self.notices = notices
        self.changed = False
        self.asked = False  # some change was asked for (even one that changed nothing)
        self.made: list[str] = []  # tasks made in this call, which the field options also set

    def say(self, line: str) -> None:
        print(line, file=self.notices)

    def apply(self, edit: PlanEdit, task_id: str | None = None) -> None:
        self.asked = True
        try:
            self.plan = edit.apply(self.plan)
        except ValidationError as error:
            from continuity_app.io.planfile import describe_validation_error

            problems = "; ".join(describe_validation_error(error))
            raise CommandError(f"{task_id}: {problems}" if task_id else problems) from None
        self.changed = True

    def names(self, task: Task) -> tuple[str, str]:
        return self.plan.function(task.function).name, channel_name(self.reference, task.channel)

    def check_ids(self, args: argparse.Namespace) -> None:
        """Every id and name the options give exists, before anything changes."""
        known = [t.id for t in self.plan.tasks]
        for task_id in [*args.update, *args.remove]:
            if task_id not in known:
                if known:
                    problem = translate("CliErrors", "no task {id}; the plan has {known}")
                else:
                    problem = translate(
                        "CliErrors",
                        "no task {id}; the plan has no tasks yet (add one with --add or --new)",
                    )
                raise CommandError(problem.format(id=repr(task_id), known=format_list(known)))
        if args.new is None:
            return
        functions = [f.id for f in self.plan.functions]
        if args.function not in functions:
            problem = translate(
                "CliErrors", "--function: the plan has no function {id}; its functions are {known}"
            )
            raise CommandError(problem.format(id=repr(args.function), known=format_list(functions)))
        # WhatsApp is what fails; a task readies a fallback for it (as the window offers)
        channels = fallback_channels(self.reference)
        if args.channel not in channels:
            problem = translate(
                "CliErrors",
                "--channel: {id} is not a fallback channel; use one of {known}",
            )
            raise CommandError(problem.format(id=repr(args.channel), known=format_list(channels)))

    def add_steps(self, step_ids: list[str]) -> None:
        """--add: recommended steps become planned tasks (readiness today unchanged)."""
        if not step_ids:
            return
        from continuity_app.core.progress import RECOMMEND
        from continuity_app.core.recommend import recommend

        with TerminalProgress() as shown:
            steps = recommend(self.plan, self.reference, progress=shown.stage(RECOMMEND))
        by_id = {v.action.id: v.action for v in steps.actions}
        for step_id in step_ids:
            self.asked = True
            planned = planned_steps(self.plan).get(step_id)
            if planned is not None:
                line = translate(
                    "CliReport",
                    "{step} is already planned as {task} ({status}); nothing changed. To change "
                    "it: --update {task}",
                )
                self.say(
                    line.format(step=step_id, task=planned.id, status=status_label(planned.status))
                )
                continue
            action = by_id.get(step_id)
            if action is None:
                shown_ids = format_list(list(by_id)[:_SHOWN_STEPS])
                problem = translate(
                    "CliErrors",
                    "no recommended step {id} for this plan. Steps it has include {some}; "
                    "`continuity-app recommend FILE --json` lists them all under actions[].id",
                )
                if not by_id:
                    problem = translate(
                        "CliErrors",
                        "no recommended step {id}: the recommender has no step for this plan "
                        "now; add your own with --new",
                    )
                raise CommandError(problem.format(id=repr(step_id), some=shown_ids))
            self.apply(PlanSteps([action]))
            task = self.plan.tasks[-1]
            self.made.append(task.id)
            function, channel = self.names(task)
            line = translate("CliReport", "Planned {task}: {title} ({function}, {channel})")
            self.say(
                line.format(task=task.id, title=task.title, function=function, channel=channel)
            )

    def add_new(self, args: argparse.Namespace) -> None:
        """--new: a task typed by hand."""
        if not args.new.strip():
            raise CommandError(translate("CliErrors", "--new: give the task a title"))
        values: dict[str, Any] = {
            "id": "new",  # AddTask gives the real id
            "title": args.new.strip(),
            "function": args.function,
            "channel": args.channel,
            "readiness_when_done": round(args.readiness / 100, 4),
        }
        if args.delay is not None:
            values["delay_when_done_hours"] = args.delay
        try:
            task = Task.model_validate(values)
        except ValidationError as error:
            from continuity_app.io.planfile import describe_validation_error

            raise CommandError("--new: " + "; ".join(describe_validation_error(error))) from None
        self.apply(AddTask(task))
        task = self.plan.tasks[-1]
        self.made.append(task.id)
        function, channel = self.names(task)
        line = translate("CliReport", "Added {task}: {title} ({function}, {channel})")
        self.say(line.format(task=task.id, title=task.title, function=function, channel=channel))

    def update(self, task_id: str, args: argparse.Namespace) -> None:
        """The field options, then --status, on one task."""
        for key in _FIELD_OPTIONS:
            value = getattr(args, key)
            if value is None:
                continue
            if isinstance(value, _Due):
                value = value.day
            self.apply(SetTaskField(task_id, key, value), task_id)
            self.say(self._field_line(self.plan.task(task_id), key))
        if args.status is not None:
            self._set_status(task_id, TaskStatus(args.status))

    def _field_line(self, task: Task, key: str) -> str:
        currency = self.plan.business.currency
        if key == "owner" and task.owner:
            line = translate("CliReport", "{task}: owner {owner}")
        elif key == "owner":
            line = translate("CliReport", "{task}: owner cleared")
        elif key == "due" and task.due is not None:
            line = translate("CliReport", "{task}: due {date}")
        elif key == "due":
            line = translate("CliReport", "{task}: due date cleared")
        elif key == "one_off_cost":
            line = translate("CliReport", "{task}: one-off cost {amount}")
        elif key == "monthly_cost":
            line = translate("CliReport", "{task}: monthly cost {amount}")
        else:
            line = translate("CliReport", "{task}: notes changed")
        amount = task.one_off_cost if key == "one_off_cost" else task.monthly_cost
        return line.format(
            task=task.id,
            owner=task.owner,
            date=date(task.due) if task.due else "",
            amount=format_money(amount, currency, self.reference),
        )

    def _readiness_today(self, task: Task) -> float | None:
        found = [
            f
            for f in self.plan.fallbacks
            if f.function == task.function and f.channel == task.channel
        ]
        return likely(found[0].readiness) if found else None

    def _set_status(self, task_id: str, status: TaskStatus) -> None:
        task = self.plan.task(task_id)
        if status is task.status:
            line = translate("CliReport", "{task} is already {status}; nothing changed")
            self.say(line.format(task=task_id, status=status_label(status)))
            self.asked = True
            return
        before = self._readiness_today(task)
        self.apply(SetTaskStatus(task_id, status, self.today), task_id)
        task = self.plan.task(task_id)
        after = self._readiness_today(task)
        if status is TaskStatus.DONE:
            line = translate("CliReport", "{task}: done on {date}")
        else:
            line = translate("CliReport", "{task}: status {status}")
        self.say(line.format(task=task_id, date=date(self.today), status=status_label(status)))
        if before != after:
            function, channel = self.names(task)
            line = translate(
                "CliReport", "Readiness today of {channel} for {function}: {before} → {after}"
            )
            self.say(
                line.format(
                    channel=channel,
                    function=function,
                    before=format_percent(before or 0.0),
                    after=format_percent(after or 0.0),
                )
            )

    def remove(self, task_id: str) -> None:
        task = self.plan.task(task_id)
        self.apply(RemoveTask(task_id), task_id)
        line = translate("CliReport", "Removed {task}: {title}")
        self.say(line.format(task=task_id, title=task.title))
        if task.status is TaskStatus.DONE:
            self.say(
                translate(
                    "CliReport",
                    "The readiness it gave when it was done stays: the work was done.",
                )
            )


# -- JSON ---------------------------------------------------------------------------------------


def _tasks_json(
    plan: Plan,
    reference: ReferenceData,
    today: dt.date,
    worth: dict[str, float],
    both: Any,
) -> dict[str, Any]:
    from continuity_app.core.results import outlook_json

    names = {f.id: f.name for f in plan.functions}
    review = next_review(plan)
    result: dict[str, Any] = {
        "currency": plan.business.currency,
        "today": today.isoformat(),
        "next_review": review.isoformat() if review else None,
        "review_overdue": review_overdue(plan, today),
        "overdue": [t.id for t in overdue(plan, today)],
        "tasks": [
            {
                "id": t.id,
                "title": t.title,
                "function": t.function,
                "function_name": names.get(t.function, t.function),
                "channel": t.channel,
                "channel_name": channel_name(reference, t.channel),
                "step": t.step,
                "owner": t.owner,
                "due": t.due.isoformat() if t.due else None,
                "overdue": t.overdue(today),
                "status": t.status.value,
                "one_off_cost": t.one_off_cost,
                "monthly_cost": t.monthly_cost,
                "readiness_when_done": t.readiness_when_done,
                "delay_when_done_hours": t.delay_when_done_hours,
                "done_on": t.done_on.isoformat() if t.done_on else None,
                "notes": t.notes,
                "worth": worth.get(t.id) if t.status.is_open else None,
            }
            for t in by_due_date(plan.tasks)
        ],
    }
    if both is not None:
        result["outlook"] = outlook_json(both)
    return result
