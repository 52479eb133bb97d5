"""What a drill did and what it cost: its report, its errors and the memory it reads."""

from __future__ import annotations

import os
from dataclasses import dataclass, field


class DrillError(AssertionError):
    """What went wrong, at which step of which seed, so that the run can be repeated."""


@dataclass
class DrillReport:
    """What a drill did and what it cost."""

    steps: int
    seed: int
    counts: dict[str, int]
    seconds: float
    rss_start_mb: float | None  # resident memory before the first step
    rss_warm_mb: float | None  # ... after the warm-up steps
    rss_end_mb: float | None  # ... after the last step
    none_refs_warm: int  # sys.getrefcount(None) after the warm-up
    none_refs_end: int
    refused: int  # invalid inputs that were refused with a message
    seconds_by_kind: dict[str, float] = field(default_factory=dict)
    rss_trace_mb: list[tuple[int, float]] = field(default_factory=list)  # (step, MB) by 250
    qt_warnings: list[str] = field(default_factory=list)

    @property
    def binding_loses_none(self) -> bool:
        """True when references to None went missing as a leaking binding loses them.

        Such a binding (PySide6 6.12.0 on Python 3.11) loses one on every void Qt call, tens of
        thousands over a session, until the interpreter aborts. Objects freed during a session
        that held None lower the count too, by a few hundred (measured: -649 over 3,000 steps
        in the full test run), so only a fall beyond that noise counts.
        """
        return self.none_refs_warm - self.none_refs_end > max(5_000, self.none_refs_warm // 50)

    @property
    def growth_mb(self) -> float | None:
        """Resident memory gained from the end of the warm-up to the end."""
        if self.rss_warm_mb is None or self.rss_end_mb is None:
            return None
        return self.rss_end_mb - self.rss_warm_mb

    def summary(self) -> str:
        kinds = ", ".join(f"{kind} {count}" for kind, count in sorted(self.counts.items()))
        memory = (
            f"RSS {self.rss_warm_mb:.0f} -> {self.rss_end_mb:.0f} MB"
            if self.rss_warm_mb is not None and self.rss_end_mb is not None
            else "RSS not measurable here"
        )
        return (
            f"{self.steps} steps (seed {self.seed}) in {self.seconds:.1f} s; {memory}; "
            f"None refs {self.none_refs_warm} -> {self.none_refs_end}; "
            f"{self.refused} invalid inputs refused; {kinds}"
        )


def rss_mb() -> float | None:
    """The process's resident memory in MB (Linux /proc), or None where it cannot be read."""
    try:
        with open("/proc/self/statm", encoding="ascii") as statm:
            pages = int(statm.read().split()[1])
    except (OSError, ValueError, IndexError):
        return None
    return pages * os.sysconf("SC_PAGE_SIZE") / 2**20
