"""An outage (or an exercise) as it happens: when it began, which outage, and the timestamped
log of what was confirmed, done, called, sent and decided; saved as it grows."""

from __future__ import annotations

import datetime as dt
from enum import StrEnum
from typing import Annotated, ClassVar, Literal

from pydantic import Field, field_validator

from continuity_app.core.i18n import translate
from continuity_app.core.plan.values import _SLUG, _Model

INCIDENT_VERSION: Literal[1] = 1
MAX_HOURS = 24 * 31  # a log past a month is no outage of this plan (its horizon is a week)


class EntryKind(StrEnum):
    """What one line of the log records."""

    DECLARED = "declared"  # the outage lead declares the outage: the plan is active
    CHECKED = "checked"  # a checklist item is done (an activation criterion, a step, a call)
    UNCHECKED = "unchecked"  # a checklist item ticked by mistake, taken back
    SENT = "sent"  # a ready-to-send message went out to its audience
    DECISION = "decision"  # what was decided, in the user's words
    INJECT = "inject"  # an exercise script's event, shown to the team
    STOOD_DOWN = "stood_down"  # the service is back: return to normal begins
    CLOSED = "closed"  # return to normal done: the incident is over


class Entry(_Model):
    """One line of the log, `at` hours after the incident began (on the exercise's clock in an
    exercise)."""

    at: Annotated[float, Field(ge=0, le=MAX_HOURS)]
    kind: EntryKind
    item: Annotated[str, Field(max_length=200)] = ""  # the checklist item or message, by id
    text: Annotated[str, Field(max_length=5_000)] = ""
    by: Annotated[str, Field(max_length=200)] = ""


class Incident(_Model):
    """One outage or tabletop exercise run from the plan."""

    MAX_ITEMS: ClassVar[dict[str, int]] = {"entries": 100_000}

    version: Literal[1] = INCIDENT_VERSION
    mode: Literal["outage", "exercise"]
    scenario: Annotated[str, Field(pattern=_SLUG, max_length=64)]
    script: Annotated[str, Field(pattern=_SLUG, max_length=64)] | None = None
    started: dt.datetime = Field(description="When it began (UTC); an exercise: when it was run.")
    entries: list[Entry] = Field(default_factory=list)

    @field_validator("started")
    @classmethod
    def _aware(cls, started: dt.datetime) -> dt.datetime:
        if started.tzinfo is None:
            problem = translate(
                "Incident", "{value} has no time zone; write it as UTC, such as 2021-10-04T15:39Z"
            )
            raise ValueError(problem.format(value=started.isoformat()))
        return started

    def logged(self, entry: Entry) -> Incident:
        """This incident with one more line in its log."""
        return self.model_copy(update={"entries": [*self.entries, entry]})

    def first(self, kind: EntryKind, item: str | None = None) -> Entry | None:
        """The earliest line of this kind (and item), or None."""
        found = [e for e in self.entries if e.kind == kind and (item is None or e.item == item)]
        return min(found, key=lambda e: e.at) if found else None

    def done(self) -> dict[str, float]:
        """The checklist items done, each with when it was (last) ticked; an item taken back
        is not done."""
        state: dict[str, float] = {}
        for entry in sorted(self.entries, key=lambda e: e.at):
            if entry.kind in (EntryKind.CHECKED, EntryKind.SENT):
                state[entry.item] = entry.at
            elif entry.kind == EntryKind.UNCHECKED:
                state.pop(entry.item, None)
        return state

    @property
    def stood_down(self) -> float | None:
        entry = self.first(EntryKind.STOOD_DOWN)
        return entry.at if entry else None

    @property
    def closed(self) -> bool:
        return self.first(EntryKind.CLOSED) is not None
