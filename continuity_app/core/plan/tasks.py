"""Preparation tasks: the steps a business has adopted, with who does them, by when, at what
cost, and the readiness each will give once it is done."""

from __future__ import annotations

import datetime as dt
from enum import StrEnum
from typing import Annotated

from pydantic import Field, field_validator

from continuity_app.core.plan.values import _SLUG, Uncertain, _amount, _Model, _share


class TaskStatus(StrEnum):
    """Where a task stands; only a done task changes how ready the business is today."""

    PLANNED = "planned"
    IN_PROGRESS = "in_progress"
    DONE = "done"
    DROPPED = "dropped"

    @property
    def is_open(self) -> bool:
        """Still to do: counted in the plan 'when every open task is done'."""
        return self in (TaskStatus.PLANNED, TaskStatus.IN_PROGRESS)


class ReadinessBefore(_Model):
    """A fallback as it was just before a task was marked done, so that undoing the task's
    status (later, after the undo history is gone) puts it back. `readiness` None: the
    channel was no fallback of the function before."""

    readiness: Uncertain | None = None
    activation_delay_hours: Annotated[float | None, Field(ge=0, le=168)] = None

    @field_validator("readiness")
    @classmethod
    def _readiness(cls, value: Uncertain | None) -> Uncertain | None:
        return None if value is None else _share(value)


class Task(_Model):
    """One preparation task: what, for which function and channel, who, by when, at what
    cost, and how ready the channel will be when it is done."""

    id: Annotated[str, Field(pattern=_SLUG, max_length=64)]
    title: Annotated[str, Field(min_length=1, max_length=500)]
    function: str
    channel: Annotated[str, Field(pattern=_SLUG)]
    step: str | None = Field(
        default=None,
        description="The recommended step it came from (template:function), None if typed in.",
    )
    owner: Annotated[str, Field(max_length=200)] = ""
    due: dt.date | None = None
    one_off_cost: float = Field(default=0.0, description="In the plan currency.")
    monthly_cost: float = Field(default=0.0, description="In the plan currency.")
    status: TaskStatus = TaskStatus.PLANNED
    readiness_when_done: float = Field(
        description="Share of the function's cut-off counterparts the channel reaches once done."
    )
    delay_when_done_hours: Annotated[float, Field(ge=0, le=168)] = 1.0
    done_on: dt.date | None = None
    before: ReadinessBefore | None = Field(
        default=None, description="The fallback as it was when the task was marked done."
    )
    notes: Annotated[str, Field(max_length=5_000)] = ""

    _readiness = field_validator("readiness_when_done")(_share)
    _costs = field_validator("one_off_cost", "monthly_cost")(_amount)

    def overdue(self, today: dt.date) -> bool:
        """Open and past its due date."""
        return self.status.is_open and self.due is not None and self.due < today
