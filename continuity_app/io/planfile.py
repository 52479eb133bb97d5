"""Reads, validates, migrates and atomically writes .cplan plan files."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path
from typing import Any

from pydantic import ValidationError

from continuity_app.core.document import PROBLEM_SEPARATOR, SCHEMA_VERSION, Plan
from continuity_app.core.i18n import translate
from continuity_app.io.atomic import replacing

PLAN_SUFFIX = ".cplan"

Migration = Callable[[dict[str, Any]], dict[str, Any]]


def _v1_to_v2(document: dict[str, Any]) -> dict[str, Any]:
    # Version 2 added roles' `calls` (the contact tree); version-1 roles call nobody.
    return document


# MIGRATIONS[n] turns a version-n document into a version-(n + 1) document.
MIGRATIONS: dict[int, Migration] = {1: _v1_to_v2}


class PlanFileError(ValueError):
    """A plan file that cannot be used, with every problem found in it."""

    def __init__(self, path: Path | None, problems: list[str]) -> None:
        self.path = path
        self.problems = problems
        where = f"{path}: " if path else ""
        if len(problems) == 1:
            super().__init__(f"{where}{problems[0]}")
        else:
            listing = "\n".join(f"  - {p}" for p in problems)
            count = translate("PlanFile", "%n problem(s):", None, len(problems))
            super().__init__(f"{where}{count}\n{listing}")


def _location(loc: tuple[Any, ...]) -> str:
    text = ""
    for part in loc:
        if isinstance(part, int):
            text += f"[{part}]"
        elif isinstance(part, str) and (part in {"float", "int"} or "[" in part):
            # pydantic names the union member it tried; the user only needs the field
            continue
        elif part == "Range":
            continue
        else:
            text += f".{part}" if text else str(part)
    return text


def _pattern_hint(pattern: str) -> str:
    """A pattern failure told in words rather than a regular expression."""
    if pattern == "^[a-z0-9][a-z0-9_\\-]*$":
        return translate("PlanFile", "use lowercase letters, digits, '-' and '_' only")
    if pattern == "^[A-Z]{3}$":
        return translate(
            "PlanFile", "use a three-letter ISO 4217 currency code such as USD, BRL or INR"
        )
    if pattern == "^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$":
        return translate("PlanFile", "use a language code such as ar, en or pt-BR")
    return translate("PlanFile", "must match {pattern}").format(pattern=pattern)


# When a value fails every member of a union, these say least about what is wrong.
_TYPE_MISMATCHES = {"model_type", "dict_type", "model_attributes_type"}


def _message(item: dict[str, Any]) -> str:
    kind = item["type"]
    if kind == "missing":
        return translate("PlanFile", "is missing")
    if kind == "extra_forbidden":
        return translate("PlanFile", "is not a known field (check its spelling)")
    if kind == "string_pattern_mismatch":
        hint = _pattern_hint(item.get("ctx", {}).get("pattern", ""))
        return translate("PlanFile", "{value} is not valid; {hint}").format(
            value=repr(item["input"]), hint=hint
        )
    return item["msg"].removeprefix("Value error, ")


def describe_validation_error(error: ValidationError) -> list[str]:
    """One readable line per problem, each starting with the field's path in the document."""
    problems: list[str] = []
    by_path: dict[str, list[dict[str, Any]]] = {}
    for item in error.errors(include_url=False):
        path = _location(tuple(item["loc"]))
        if not path:
            problems.extend(_message(item).split(PROBLEM_SEPARATOR))
        else:
            by_path.setdefault(path, []).append(item)
    for path, items in by_path.items():
        # a union reports one failure per member: keep the one that says most
        specific = [i for i in items if i["type"] not in _TYPE_MISMATCHES]
        chosen = next((i for i in specific if i["type"] == "value_error"), None)
        chosen = chosen or (specific or items)[0]
        problems.append(f"{path}: {_message(chosen)}")
    return problems


def migrate(document: dict[str, Any], path: Path | None = None) -> dict[str, Any]:
    """Bring an older document up to the current schema version; refuse newer ones."""
    version = document.get("schema_version")
    if not isinstance(version, int) or isinstance(version, bool):
        problem = translate("PlanFile", "{version} is not a schema version")
        raise PlanFileError(path, ["schema_version: " + problem.format(version=repr(version))])
    if version < SCHEMA_VERSION and version not in MIGRATIONS:
        problem = translate("PlanFile", "{version} is not a plan format this application knows")
        raise PlanFileError(path, ["schema_version: " + problem.format(version=version)])
    if version > SCHEMA_VERSION:
        problem = translate(
            "PlanFile",
            "this plan was written by a newer version of the application "
            "(schema {version}; this one reads up to {supported}). "
            "Update the application to open it.",
        )
        raise PlanFileError(
            path,
            ["schema_version: " + problem.format(version=version, supported=SCHEMA_VERSION)],
        )
    while version < SCHEMA_VERSION:
        document = MIGRATIONS[version](dict(document))
        version += 1
        document["schema_version"] = version
    return document


def plan_from_dict(document: Any, path: Path | None = None) -> Plan:
    """Validate a parsed JSON document (of any supported schema version) into a Plan."""
    if not isinstance(document, dict):
        raise PlanFileError(
            path, [translate("PlanFile", "the file does not hold a plan (expected a JSON object)")]
        )
    try:
        return Plan.model_validate(migrate(document, path))
    except ValidationError as error:
        raise PlanFileError(path, describe_validation_error(error)) from None


def load_plan(path: Path) -> Plan:
    """Read a .cplan file; every problem is reported with its path in the document."""
    path = Path(path)
    try:
        raw = path.read_bytes()
    except FileNotFoundError:
        raise PlanFileError(path, [translate("PlanFile", "the file does not exist")]) from None
    except IsADirectoryError:
        raise PlanFileError(
            path, [translate("PlanFile", "this is a folder, not a plan file")]
        ) from None
    except OSError as error:
        problem = translate("PlanFile", "the file cannot be read ({reason})")
        raise PlanFileError(path, [problem.format(reason=error.strerror)]) from None
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError:
        problem = translate("PlanFile", "the file is not UTF-8 text; is it really a plan?")
        raise PlanFileError(path, [problem]) from None
    try:
        document = json.loads(text)
    except json.JSONDecodeError as error:
        problem = translate("PlanFile", "the file is not valid JSON (line {line}, column {column})")
        raise PlanFileError(path, [problem.format(line=error.lineno, column=error.colno)]) from None
    return plan_from_dict(document, path)


def plan_to_json(plan: Plan) -> str:
    """The canonical text of a plan: the same plan always gives the same bytes."""
    document = plan.model_dump(mode="json", exclude_none=True)
    return json.dumps(document, ensure_ascii=False, indent=2) + "\n"


def plan_from_json(text: str) -> Plan:
    """Parse plan text (as written by plan_to_json)."""
    try:
        document = json.loads(text)
    except json.JSONDecodeError as error:
        problem = translate("PlanFile", "not valid JSON ({reason})")
        raise PlanFileError(None, [problem.format(reason=error.msg)]) from None
    return plan_from_dict(document)


def atomic_write_text(path: Path, text: str) -> None:
    """Write text so that the file is either the old or the new content, never a mix."""
    with replacing(path) as temporary:
        temporary.write_text(text, encoding="utf-8", newline="\n")


def save_plan(plan: Plan, path: Path) -> None:
    """Save atomically (temporary file, fsync, rename)."""
    atomic_write_text(Path(path), plan_to_json(plan))


def plan_json_schema() -> dict[str, Any]:
    """The JSON Schema of the current plan format, for other tools that write plans."""
    schema = Plan.model_json_schema(mode="validation")
    schema["$schema"] = "https://json-schema.org/draft/2020-12/schema"
    schema["$id"] = f"https://continuity-app.invalid/schema/cplan-{SCHEMA_VERSION}.json"
    schema["title"] = "Continuity plan (.cplan)"
    return schema
