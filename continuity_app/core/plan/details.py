"""The written plan beyond the numbers (roles, messages) and the model's settings."""

from __future__ import annotations

import datetime as dt
from typing import Annotated, ClassVar, Literal

from pydantic import Field

from continuity_app.core.plan.values import _SLUG, _Model


class Role(_Model):
    """A continuity role with the person who holds it and an alternate."""

    MAX_ITEMS: ClassVar[dict[str, int]] = {"calls": 1_000}

    id: Annotated[str, Field(pattern=_SLUG, max_length=64)]
    title: str
    holder: str = ""
    alternate: str = ""
    phone: str = ""
    alternate_phone: str = ""
    duties: str = ""
    calls: list[str] = Field(
        default_factory=list,
        description="Ids of the roles this role calls when an outage is declared (contact tree).",
    )


class MessageTemplate(_Model):
    """A ready-to-send message for one audience on one channel."""

    id: Annotated[str, Field(pattern=_SLUG, max_length=64)]
    audience: Literal["customers", "staff", "suppliers"]
    channel: str
    language: Annotated[str, Field(pattern=r"^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$")] = "en"
    text: str


class ExerciseRecord(_Model):
    """An exercise or a real outage the plan was run in, and what it showed."""

    day: dt.date
    kind: Literal["exercise", "outage"]
    script: Annotated[str, Field(max_length=64)] = ""  # the exercise script, by id
    hours: Annotated[float, Field(ge=0, le=24 * 31)] = 0.0  # how long it ran
    missing: Annotated[int, Field(ge=0)] = 0  # items of the checklist left undone


class PlanDetails(_Model):
    """The written plan beyond the numbers: who acts, when, and what they send."""

    MAX_ITEMS: ClassVar[dict[str, int]] = {
        "activation_criteria": 1_000,
        "roles": 1_000,
        "messages": 5_000,
        "exercises": 1_000,
    }

    summary: str = Field(default="", description="What this plan covers, in a sentence or two.")
    owner: str = ""
    approver: str = ""
    plan_version: str = "1.0"
    reviewed: dt.date | None = Field(
        default=None,
        description=(
            "When the plan was written or last reviewed; the next review follows the schedule."
        ),
    )
    activation_criteria: list[str] = Field(default_factory=list)
    roles: list[Role] = Field(default_factory=list)
    messages: list[MessageTemplate] = Field(default_factory=list)
    exercises: list[ExerciseRecord] = Field(
        default_factory=list,
        description="Exercises run and outages lived with this plan, oldest first.",
    )


class ModelSettings(_Model):
    """How the model turns lost interactions into money and how Monte Carlo runs."""

    loss_basis: Literal["revenue", "margin"] = "revenue"
    reference_scenario: str | None = Field(
        default=None, description="Scenario whose loss curve sets the MTPD; default the first."
    )
    monte_carlo_trials: Annotated[int, Field(ge=100, le=1_000_000)] = 10_000
    seed: Annotated[int, Field(ge=0)] = 20211004
