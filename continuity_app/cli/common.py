"""What the sub-commands share: the plan and reference data loaded with readable errors, JSON
output and checked numbers on the command line."""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import Any

from continuity_app.core.i18n import number, translate
from continuity_app.core.plan import Plan
from continuity_app.core.reference import ReferenceData, ReferenceDataError, load_reference
from continuity_app.io.planfile import PlanFileError, load_plan


class CommandError(Exception):
    """A problem the user can fix; printed as one line with exit status 2."""


def reference_data() -> ReferenceData:
    try:
        return load_reference()
    except ReferenceDataError as error:
        problem = translate("CliErrors", "the built-in reference data is damaged: {error}")
        raise CommandError(problem.format(error=error)) from None


def read_plan(path: str) -> tuple[Plan, ReferenceData]:
    """Load and check a plan, turning every problem into one readable message."""
    reference = reference_data()
    try:
        plan = load_plan(Path(path))
    except PlanFileError as error:
        raise CommandError(str(error)) from None
    return plan, reference


def write_json(data: Any) -> None:
    json.dump(data, sys.stdout, ensure_ascii=False, indent=2)
    sys.stdout.write("\n")


def positive_int(text: str) -> int:
    value = non_negative_int(text)
    if value < 100:
        raise argparse.ArgumentTypeError(
            translate("CliErrors", "{text} is too few trials; use at least {least}").format(
                text=text, least=number(100)
            )
        )
    return value


def non_negative_int(text: str) -> int:
    try:
        value = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(
            translate("CliErrors", "{text} is not a whole number").format(text=repr(text))
        ) from None
    if value < 0:
        raise argparse.ArgumentTypeError(
            translate("CliErrors", "{text} must not be negative").format(text=text)
        )
    return value
