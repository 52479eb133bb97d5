"""Progress reports and cancellation for long computations, without any GUI dependency."""

from __future__ import annotations

from collections.abc import Callable

# Called with the share done (0..1); returning False asks the computation to stop.
Progress = Callable[[float], bool]


class Cancelled(Exception):
    """The caller asked a long computation to stop."""


def report(progress: Progress | None, done: float) -> None:
    """Tell the caller how far we are; raise Cancelled if it wants us to stop."""
    if progress is not None and progress(min(max(done, 0.0), 1.0)) is False:
        raise Cancelled
