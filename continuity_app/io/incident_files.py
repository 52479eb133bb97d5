"""Reads and atomically writes outage logs (.incident.json), and reads exercise scripts: the
shipped ones in resources/exercises and any the user writes in the same form."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Annotated, Any

from pydantic import Field, ValidationError

from continuity_app.core.i18n import translate
from continuity_app.core.incident import ExerciseScript, Incident, Inject
from continuity_app.core.plan.values import _SLUG, _Model
from continuity_app.io.planfile import PlanFileError, atomic_write_text, describe_validation_error
from continuity_app.io.regular_files import FileTooLarge, NotARegularFile, read_regular
from continuity_app.resources import resource_path

INCIDENT_SUFFIX = ".incident.json"
# A month of a busy outage logged every minute is about 10 MB; a file far larger is no log.
MAX_FILE_BYTES = 32_000_000


class _InjectFile(_Model):
    at: Annotated[float, Field(ge=0, le=24 * 31)]
    title: Annotated[str, Field(min_length=1, max_length=200)]
    text: Annotated[str, Field(max_length=5_000)] = ""


class _ScriptFile(_Model):
    id: Annotated[str, Field(pattern=_SLUG, max_length=64)]
    name: Annotated[str, Field(min_length=1, max_length=200)]
    description: Annotated[str, Field(max_length=5_000)] = ""
    scenario: Annotated[str, Field(pattern=_SLUG, max_length=64)]
    hours: Annotated[float, Field(gt=0, le=24 * 31)]
    source: Annotated[str, Field(max_length=5_000)] = ""
    injects: Annotated[list[_InjectFile], Field(max_length=1_000)]


def scripts_folder() -> Path:
    return resource_path("exercises")


def shipped_scripts() -> list[ExerciseScript]:
    """The exercise scripts the application ships, by name."""
    scripts = [read_script(path) for path in sorted(scripts_folder().glob("*.json"))]
    return sorted(scripts, key=lambda s: s.hours)


def find_script(name: str) -> ExerciseScript:
    """A shipped script by its id, or a script file by its path; PlanFileError says which
    scripts there are when neither is found."""
    for script in shipped_scripts():
        if script.id == name:
            return script
    path = Path(name)
    if path.suffix == ".json" and path.exists():
        return read_script(path)
    known = ", ".join(s.id for s in shipped_scripts())
    problem = translate(
        "IncidentFile",
        "{name} is not an exercise script; use one of {known}, or the path of a script file",
    )
    raise PlanFileError(None, [problem.format(name=repr(name), known=known)])


def read_script(path: Path) -> ExerciseScript:
    """An exercise script file; PlanFileError names every problem with its place."""
    document = _read_json(path)
    try:
        script = _ScriptFile.model_validate(document)
    except ValidationError as error:
        raise PlanFileError(path, describe_validation_error(error)) from None
    return ExerciseScript(
        id=script.id,
        name=script.name,
        description=script.description,
        scenario=script.scenario,
        hours=script.hours,
        injects=tuple(
            Inject(i.at, i.title, i.text) for i in sorted(script.injects, key=lambda i: i.at)
        ),
        source=script.source,
    )


def read_incident(path: Path) -> Incident:
    """An outage or exercise log; PlanFileError names every problem with its place."""
    document = _read_json(path)
    try:
        return Incident.model_validate(document)
    except ValidationError as error:
        raise PlanFileError(path, describe_validation_error(error)) from None


def save_incident(incident: Incident, path: Path) -> None:
    """Write the log atomically: after a crash the file holds the last whole save."""
    text = json.dumps(incident.model_dump(mode="json"), ensure_ascii=False, indent=1)
    atomic_write_text(Path(path), text + "\n")


def incident_path(plan_path: Path, started: str) -> Path:
    """Where a plan's outage log is kept: beside the plan, named after it and its start."""
    stem = plan_path.name.removesuffix(plan_path.suffix)
    return plan_path.with_name(f"{stem}.{started}{INCIDENT_SUFFIX}")


def _read_json(path: Path) -> Any:
    path = Path(path)
    try:
        raw = read_regular(path, MAX_FILE_BYTES)
    except FileNotFoundError:
        raise PlanFileError(path, [translate("IncidentFile", "the file does not exist")]) from None
    except (IsADirectoryError, NotARegularFile):
        problem = translate("IncidentFile", "this is not a file; choose a .json file")
        raise PlanFileError(path, [problem]) from None
    except FileTooLarge as error:
        problem = translate(
            "IncidentFile", "the file is {size} bytes, more than any log or script; is it one?"
        )
        raise PlanFileError(path, [problem.format(size=error.size)]) from None
    except OSError as error:
        problem = translate("IncidentFile", "the file cannot be read ({reason})")
        raise PlanFileError(path, [problem.format(reason=error.strerror or error)]) from None
    try:
        return json.loads(raw.decode("utf-8-sig"))
    except UnicodeDecodeError:
        problem = translate("IncidentFile", "the file is not UTF-8 text")
        raise PlanFileError(path, [problem]) from None
    except (json.JSONDecodeError, RecursionError) as error:
        where = (
            translate("IncidentFile", "line {line}, column {column}").format(
                line=error.lineno, column=error.colno
            )
            if isinstance(error, json.JSONDecodeError)
            else "?"
        )
        problem = translate("IncidentFile", "the file is not valid JSON ({where})")
        raise PlanFileError(path, [problem.format(where=where)]) from None
