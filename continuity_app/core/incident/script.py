"""A tabletop exercise script: the outage it plays, how long, and the events (injects) the
facilitator reads out at their hour."""

from __future__ import annotations

from dataclasses import dataclass

from continuity_app.core.i18n import translate


@dataclass(frozen=True)
class Inject:
    """Something that happens during the exercise, `at` hours after its start."""

    at: float
    title: str
    text: str

    def worded(self) -> tuple[str, str]:
        """Title and text in the reader's language (shipped scripts are translated)."""
        return translate("Reference", self.title), translate("Reference", self.text)


@dataclass(frozen=True)
class ExerciseScript:
    """One exercise: a preset outage of the plan played for `hours`, hour by hour."""

    id: str
    name: str
    description: str
    scenario: str  # the preset scenario it plays (scenario_presets.csv)
    hours: float
    injects: tuple[Inject, ...]
    source: str  # where its events come from

    def due(self, start: float, end: float) -> list[Inject]:
        """The injects from `start` (included) to `end` (excluded) hours in."""
        return [i for i in self.injects if start <= i.at < end]

    @property
    def about(self) -> str:
        return translate("Reference", self.description)

    @property
    def title(self) -> str:
        return translate("Reference", self.name)
