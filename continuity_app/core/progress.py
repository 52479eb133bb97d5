"""Progress reports and cancellation for long computations, without any GUI dependency."""

from __future__ import annotations

from collections.abc import Callable

from continuity_app.core.i18n import translate

# Called with the share done (0..1); returning False asks the computation to stop.
Progress = Callable[[float], bool]

# The stages of computing a plan's results, in the order the window and the plan need them.
EVALUATE = "evaluate"
SIMULATE = "simulate"
OUTLOOK = "outlook"  # today and when every open preparation task is done
RECOMMEND = "recommend"


class Cancelled(Exception):
    """The caller asked a long computation to stop."""


def report(progress: Progress | None, done: float) -> None:
    """Tell the caller how far we are; raise Cancelled if it wants us to stop."""
    if progress is not None and progress(min(max(done, 0.0), 1.0)) is False:
        raise Cancelled


def within(progress: Progress | None, start: float, end: float) -> Progress | None:
    """Progress of one part of a computation reported as the whole's: 0..1 becomes start..end."""
    if progress is None:
        return None
    return lambda done: progress(start + (end - start) * done)


def stage_text(stage: str) -> str:
    """What the user reads while a stage runs (status bar, terminal)."""
    if stage == EVALUATE:
        return translate("Progress", "Evaluating the outage scenarios…")
    if stage == SIMULATE:
        return translate("Progress", "Simulating years of outages…")
    if stage == OUTLOOK:
        return translate("Progress", "Comparing today with the plan once its tasks are done…")
    if stage == RECOMMEND:
        return translate("Progress", "Valuing preparation steps…")
    raise ValueError(f"unknown stage {stage!r}")
