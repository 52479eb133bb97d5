"""The registry's entries for preparation tasks: what the action plan table, the command line
and the exports call each field."""

from __future__ import annotations

from continuity_app.core.fields.base import NOT_NEGATIVE, SHARE, WEEK_HOURS, Field
from continuity_app.core.i18n import translate


def task_fields() -> tuple[Field, ...]:
    return (
        Field(
            "title",
            "task",
            translate("TasksModel", "Task"),
            translate("TasksModel", "What has to be done to make the channel ready."),
        ),
        Field(
            "function",
            "task",
            translate("TasksModel", "For"),
            translate("TasksModel", "The activity the task prepares a fallback for."),
            kind="choice",
        ),
        Field(
            "channel",
            "task",
            translate("TasksModel", "Channel"),
            translate("TasksModel", "The fallback channel the task makes ready."),
            kind="choice",
        ),
        Field(
            "owner",
            "task",
            translate("TasksModel", "Owner"),
            translate("TasksModel", "Who does it (a name, or a role of the plan)."),
        ),
        Field(
            "due",
            "task",
            translate("TasksModel", "Due"),
            translate("TasksModel", "The date it should be done by."),
            kind="date",
            optional=True,
        ),
        Field(
            "status",
            "task",
            translate("TasksModel", "Status"),
            translate(
                "TasksModel",
                "Planned, in progress, done or dropped. Only a done task counts in how ready "
                "the business is today.",
            ),
            kind="choice",
        ),
        Field(
            "one_off_cost",
            "task",
            translate("TasksModel", "One-off cost (%1)"),
            translate("TasksModel", "What setting it up costs once, staff time included."),
            kind="money",
            unit="money",
            limits=NOT_NEGATIVE,
            pdf_header=translate("TasksModel", "One-off"),
        ),
        Field(
            "monthly_cost",
            "task",
            translate("TasksModel", "Monthly cost (%1)"),
            translate("TasksModel", "What it costs each month once it runs (fees, numbers)."),
            kind="money",
            unit="money",
            limits=NOT_NEGATIVE,
            pdf_header=translate("TasksModel", "Monthly"),
        ),
        Field(
            "readiness_when_done",
            "task",
            translate("TasksModel", "Ready when done (%)"),
            translate(
                "TasksModel",
                "The share of the activity's WhatsApp customers the channel will reach once the "
                "task is done.",
            ),
            kind="share",
            unit="percent",
            scale=100.0,
            limits=SHARE,
        ),
        Field(
            "delay_when_done_hours",
            "task",
            translate("TasksModel", "Switch within (hours)"),
            translate(
                "TasksModel",
                "Hours until those customers actually switch, once the task is done.",
            ),
            kind="number",
            unit="hours",
            limits=WEEK_HOURS,
        ),
        Field(
            "notes",
            "task",
            translate("TasksModel", "Notes"),
            translate("TasksModel", "Anything the owner of the task should know."),
        ),
    )
