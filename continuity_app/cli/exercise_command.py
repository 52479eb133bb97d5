"""The `exercise` sub-command: a tabletop exercise's run sheet, or the after-action report of a
recorded outage or exercise log, as text, JSON or PDF; optionally recorded in the plan."""

from __future__ import annotations

import argparse
from pathlib import Path

from continuity_app.cli import common
from continuity_app.core.display import format_hours, scenario_name
from continuity_app.core.i18n import translate
from continuity_app.core.incident import (
    AfterAction,
    ExerciseScript,
    Section,
    after_action,
    exercise_scenario,
    incident_scenario,
    outage_checklist,
)
from continuity_app.core.incident.wording import (
    actual_words,
    elapsed,
    planned_words,
    timing_subject,
)
from continuity_app.core.plan import Plan
from continuity_app.core.reference import ReferenceData


def register_exercise(sub: argparse._SubParsersAction) -> None:
    parser = sub.add_parser(
        "exercise",
        help=translate(
            "CliHelp", "a tabletop exercise's run sheet, or the after-action report of a log"
        ),
        description=translate(
            "CliHelp",
            "Without --log: the exercise hour by hour, with the checklist the plan gives for "
            "its outage. With --log: the after-action report of that outage or exercise log "
            "(timings against the plan, what was missing, follow-up tasks); -o writes it as "
            "PDF and --record adds the follow-up tasks and the exercise to FILE.",
        ),
    )
    parser.add_argument("file", help=translate("CliHelp", "a .cplan plan file"))
    parser.add_argument(
        "--script",
        metavar="NAME",
        help=translate(
            "CliHelp", "a shipped exercise script (e.g. meta-wide-2021) or a script file"
        ),
    )
    parser.add_argument(
        "--log",
        metavar="LOG.json",
        help=translate("CliHelp", "a log saved by outage mode or an exercise"),
    )
    parser.add_argument(
        "-o", "--output", help=translate("CliHelp", "write the after-action report as PDF")
    )
    parser.add_argument(
        "--lang", help=translate("CliHelp", "language of the PDF, e.g. ar or pt_BR")
    )
    parser.add_argument(
        "--record",
        action="store_true",
        help=translate(
            "CliHelp",
            "add the follow-up tasks and the exercise record to FILE (written once, at the end)",
        ),
    )
    parser.add_argument(
        "--json", action="store_true", help=translate("CliHelp", "print one JSON object")
    )
    parser.set_defaults(handler=run_exercise)


def run_exercise(args: argparse.Namespace) -> int:
    from continuity_app.io.incident_files import find_script, read_incident
    from continuity_app.io.planfile import PlanFileError

    plan, reference = common.read_plan(args.file)
    if args.script is None and args.log is None:
        raise common.CommandError(
            translate("CliErrors", "give --script NAME for a run sheet, --log LOG.json or both")
        )
    try:
        script = find_script(args.script) if args.script else None
        incident = read_incident(Path(args.log)) if args.log else None
    except PlanFileError as error:
        raise common.CommandError(str(error)) from None
    if incident is None:
        if args.output or args.record:
            problem = translate("CliErrors", "-o and --record need the log of a run: --log")
            raise common.CommandError(problem)
        assert script is not None  # one of the two was given
        print(_run_sheet(plan, reference, script))
        return 0
    if script is None and incident.script:
        try:
            script = find_script(incident.script)
        except PlanFileError as error:
            raise common.CommandError(str(error)) from None
    if script is not None and incident.script and incident.script != script.id:
        problem = translate("CliErrors", "the log is of the exercise {logged}, not {given}")
        raise common.CommandError(problem.format(logged=incident.script, given=script.id))
    try:
        scenario = incident_scenario(plan, reference, incident.scenario, script)
    except ValueError as error:
        raise common.CommandError(f"{args.log}: {error}") from None
    review = after_action(plan, reference, incident, scenario)
    if args.json:
        common.write_json(_review_json(review))
    else:
        print(_review_text(plan, review))
    if args.output:
        _write_pdf(plan, reference, review, args.output, args.lang)
    if args.record:
        from continuity_app.core.plan_edits import RecordIncident
        from continuity_app.io.planfile import save_plan

        save_plan(RecordIncident(review).apply(plan), Path(args.file))
        said = translate(
            "CliReport",
            "Recorded in {file}: the exercise, the review date and %n task(s).",
            None,
            len(review.follow_ups),
        )
        if review.incident.mode == "outage":
            said = translate(
                "CliReport",
                "Recorded in {file}: the outage, the review date and %n task(s).",
                None,
                len(review.follow_ups),
            )
        print(said.format(file=args.file))
    return 0


def _write_pdf(
    plan: Plan, reference: ReferenceData, review: AfterAction, path: str, language: str | None
) -> None:
    from continuity_app.cli.plan_command import _gui_application

    _gui_application()
    from continuity_app.report.after_action_pdf import render_after_action_pdf
    from continuity_app.report.pdf_plan import PlanRenderError

    try:
        render_after_action_pdf(plan, reference, review, path, language)
    except PlanRenderError as error:
        raise common.CommandError(str(error)) from None
    print(translate("CliReport", "Wrote {path}").format(path=path))


def _run_sheet(plan: Plan, reference: ReferenceData, script: ExerciseScript) -> str:
    """The facilitator's sheet: the outage, the events hour by hour, and the checklist."""
    scenario = exercise_scenario(plan, reference, script)
    lines = [
        script.title,
        script.about,
        translate("CliReport", "Outage: {scenario}, {hours}.").format(
            scenario=scenario_name(scenario.name), hours=format_hours(script.hours)
        ),
        translate("CliReport", "Source: {source}").format(source=script.source),
        "",
        translate("CliReport", "Events:"),
    ]
    for inject in script.injects:
        title, text = inject.worded()
        lines.append(f"  {elapsed(inject.at):>6}  {title}")
        lines.append(f"          {text}")
    titles = {
        Section.CRITERIA: translate("CliReport", "Confirm the outage:"),
        Section.CALLS: translate("CliReport", "Call, in this order:"),
        Section.SWITCHES: translate("CliReport", "Switch:"),
        Section.MESSAGES: translate("CliReport", "Send:"),
    }
    items = outage_checklist(plan, reference, scenario)
    for section, title in titles.items():
        mine = [i for i in items if i.section == section]
        if mine:
            lines += ["", title] + [f"  [ ] {i.text}" for i in mine]
    return "\n".join(lines)


def _review_text(plan: Plan, review: AfterAction) -> str:
    lines = [
        translate("CliReport", "After-action review: {scenario}, {length} logged.").format(
            scenario=scenario_name(review.scenario.name), length=elapsed(review.length_hours)
        ),
        "",
        translate("CliReport", "Timings against the plan:"),
    ]
    for timing in review.timings:
        mark = "!" if timing.late else " "
        lines.append(
            f" {mark} {timing_subject(timing, plan)}: {planned_words(timing)}; "
            f"{actual_words(timing)}"
        )
    lines += ["", translate("CliReport", "Missing (%n):", None, len(review.missing))]
    lines += [f"  - {item.text}" for item in review.missing]
    lines += ["", translate("CliReport", "Follow-up tasks (%n):", None, len(review.follow_ups))]
    lines += [f"  - {task.title}" for task in review.follow_ups]
    return "\n".join(lines)


def _review_json(review: AfterAction) -> dict:
    return {
        "mode": review.incident.mode,
        "scenario": review.scenario.id,
        "script": review.incident.script,
        "length_hours": review.length_hours,
        "timings": [
            {
                "measure": t.measure.value,
                "subject": t.subject,
                "planned_hours": t.planned,
                "actual_hours": t.actual,
                "late": t.late,
            }
            for t in review.timings
        ],
        "missing": [
            {"id": i.id, "section": i.section.value, "text": i.text} for i in review.missing
        ],
        "follow_ups": [t.model_dump(mode="json") for t in review.follow_ups],
    }
