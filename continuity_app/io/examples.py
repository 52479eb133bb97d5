"""The built-in example plans shipped in resources/examples."""

from __future__ import annotations

from pathlib import Path

from continuity_app.core.plan import Plan
from continuity_app.io.planfile import PLAN_SUFFIX, load_plan
from continuity_app.resources import resource_path

DEFAULT_EXAMPLE = "ramallah-bakery"


def example_names() -> list[str]:
    """Names of the shipped examples, the default first."""
    names = sorted(p.stem for p in resource_path("examples").glob(f"*{PLAN_SUFFIX}"))
    if DEFAULT_EXAMPLE in names:
        names.remove(DEFAULT_EXAMPLE)
        names.insert(0, DEFAULT_EXAMPLE)
    return names


def example_path(name: str) -> Path:
    """The file of one example; KeyError names the examples that exist."""
    path = resource_path("examples", f"{name}{PLAN_SUFFIX}")
    if not path.is_file():
        raise KeyError(f"no example called {name!r}; choose one of: {', '.join(example_names())}")
    return path


def load_example(name: str = DEFAULT_EXAMPLE) -> Plan:
    """Load a shipped example plan."""
    return load_plan(example_path(name))
