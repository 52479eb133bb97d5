"""Reads, validates, migrates and atomically writes .cplan plan files."""

from __future__ import annotations

import json
import re
import stat
from collections.abc import Callable
from pathlib import Path
from typing import Any

from pydantic import ValidationError
from pydantic_core import ErrorDetails

from continuity_app.core.display import format_file_size
from continuity_app.core.i18n import number, translate
from continuity_app.core.inputs import reference_problems
from continuity_app.core.plan import PROBLEM_SEPARATOR, SCHEMA_VERSION, Plan, mend_text
from continuity_app.core.reference import ReferenceData, ReferenceDataError, load_reference
from continuity_app.io.atomic import replacing
from continuity_app.io.regular_files import FileTooLarge, NotARegularFile, read_regular

PLAN_SUFFIX = ".cplan"

# The largest realistic plan (200 functions with ranges and profiles, a fallback on every
# channel for each, 100 scenarios, 100 roles, 200 messages) is about 2 MB; a file much larger
# is not a plan, and reading it whole would only cost time and memory.
MAX_PLAN_BYTES = 16_000_000
# The most problems one message lists; the rest are counted.
MAX_LISTED_PROBLEMS = 20
# A JSON integer with more digits is read as a float (inf beyond 10^308), which validation
# refuses with the field's path; Python refuses to convert more than 4300 digits at all.
_MAX_INTEGER_DIGITS = 300

Migration = Callable[[dict[str, Any]], dict[str, Any]]


def _v1_to_v2(document: dict[str, Any]) -> dict[str, Any]:
    # Version 2 added roles' `calls` (the contact tree); version-1 roles call nobody.
    return document


def _v2_to_v3(document: dict[str, Any]) -> dict[str, Any]:
    # Version 3 added preparation tasks and the date of the last review. A version-2 plan may
    # hold readiness raised by "Add this step", which then changed readiness at once; nothing
    # tells it apart from readiness measured or typed in, so it stays as today's readiness and
    # no task is invented for it. Nothing is known of a review either.
    return document


def _v3_to_v4(document: dict[str, Any]) -> dict[str, Any]:
    # Version 4 replaced each function's WhatsApp share by its channel mix: the share becomes
    # the mix's WhatsApp part, and the rest runs on channels no outage of the plan reaches, as
    # version 3 assumed. Anything malformed is left for validation to name.
    functions = document.get("functions")
    if isinstance(functions, list):
        document["functions"] = [_mix_from_share(f) for f in functions]
    return document


def _mix_from_share(function: Any) -> Any:
    if not isinstance(function, dict) or "whatsapp_share" not in function:
        return function
    function = dict(function)
    function["channel_mix"] = {"whatsapp": function.pop("whatsapp_share")}
    return function


def _v4_to_v5(document: dict[str, Any]) -> dict[str, Any]:
    # Version 5 added the record of exercises run and outages lived; none is known before.
    return document


# MIGRATIONS[n] turns a version-n document into a version-(n + 1) document.
MIGRATIONS: dict[int, Migration] = {1: _v1_to_v2, 2: _v2_to_v3, 3: _v3_to_v4, 4: _v4_to_v5}


class PlanFileError(ValueError):
    """A plan file that cannot be used, with every problem found in it."""

    def __init__(self, path: Path | None, problems: list[str]) -> None:
        self.path = path
        self.problems = problems
        where = f"{path}: " if path else ""
        if len(problems) == 1:
            super().__init__(f"{where}{problems[0]}")
        else:
            listed = problems[:MAX_LISTED_PROBLEMS]
            listing = "\n".join(f"  - {p}" for p in listed)
            count = translate("PlanFile", "%n problem(s):", None, len(problems))
            if len(problems) > len(listed):
                more = translate("PlanFile", "... and %n more.", None, len(problems) - len(listed))
                listing += "\n  " + more
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
_MEMBER_MISMATCHES = _TYPE_MISMATCHES | {"float_type", "int_type"}


def _shown(value: Any) -> str:
    """A value as the file spells it (true, null, NaN), shortened; containers by their kind."""
    if isinstance(value, dict):
        return translate("PlanFile", "an object {...}")
    if isinstance(value, list):
        return translate("PlanFile", "a list [...]")
    text = json.dumps(mend_text(value), ensure_ascii=False) if isinstance(value, str) else None
    if text is None:
        text = "null" if value is None else str(value).lower() if isinstance(value, bool) else None
    if text is None:
        text = {"nan": "NaN", "inf": "Infinity", "-inf": "-Infinity"}.get(str(value), str(value))
    return text if len(text) <= 40 else text[:37] + "..."


def _type_problems() -> dict[str, str]:
    """pydantic's type errors in the user's words, each with the input as {value}."""
    not_a_number = translate(
        "PlanFile", "{value} is not a number; write a number such as 12 or 0.5"
    )
    not_whole = translate("PlanFile", "{value} is not a whole number; write one such as 12")
    not_an_object = translate(
        "PlanFile", "{value} is not an object; write its fields in braces {{...}}"
    )
    return {
        "finite_number": translate(
            "PlanFile",
            "{value} is not a number a plan can hold (NaN, Infinity, or too large, such as "
            "1e400); write an ordinary number",
        ),
        "float_type": not_a_number,
        "float_parsing": not_a_number,
        "int_type": not_whole,
        "int_parsing": not_whole,
        "int_from_float": not_whole,
        "string_type": translate("PlanFile", "{value} is not text; write it in double quotes"),
        "list_type": translate(
            "PlanFile", "{value} is not a list; write its items in square brackets [...]"
        ),
        "dict_type": not_an_object,
        "model_type": not_an_object,
    }


def _bound_problem(kind: str, item: ErrorDetails) -> str:
    """A length or a number beyond its field's limit, in the user's words; "" otherwise."""
    ctx = item.get("ctx", {})
    if kind == "string_too_long":
        return translate("PlanFile", "is longer than {limit} characters; write it shorter").format(
            limit=number(ctx.get("max_length", 0))
        )
    if kind == "string_too_short":
        return translate("PlanFile", "cannot be empty; write a few words")
    problems = {
        "greater_than_equal": ("ge", translate("PlanFile", "{value} must be at least {limit}")),
        "less_than_equal": ("le", translate("PlanFile", "{value} must be at most {limit}")),
        "greater_than": ("gt", translate("PlanFile", "{value} must be more than {limit}")),
        "less_than": ("lt", translate("PlanFile", "{value} must be less than {limit}")),
    }
    if kind in problems:
        key, problem = problems[kind]
        limit = ctx.get(key)
        shown = f"{limit:g}" if isinstance(limit, int | float) else _shown(limit)
        return problem.format(value=_shown(item["input"]), limit=shown)
    return ""


def _message(item: ErrorDetails) -> str:
    kind = item["type"]
    if kind == "missing":
        return translate("PlanFile", "is missing")
    problems = _type_problems()
    if kind in problems:
        return problems[kind].format(value=_shown(item["input"]))
    if kind == "extra_forbidden":
        return translate("PlanFile", "is not a known field (check its spelling)")
    bound = _bound_problem(kind, item)
    if bound:
        return bound
    if kind == "string_pattern_mismatch":
        hint = _pattern_hint(item.get("ctx", {}).get("pattern", ""))
        return translate("PlanFile", "{value} is not valid; {hint}").format(
            value=repr(item["input"]), hint=hint
        )
    return item["msg"].removeprefix("Value error, ")


def describe_validation_error(error: ValidationError) -> list[str]:
    """One readable line per problem, each starting with the field's path in the document."""
    problems: list[str] = []
    by_path: dict[str, list[ErrorDetails]] = {}
    for item in error.errors(include_url=False):
        path = _location(tuple(item["loc"]))
        if not path:
            problems.extend(_message(item).split(PROBLEM_SEPARATOR))
        else:
            by_path.setdefault(path, []).append(item)
    for path, items in by_path.items():
        if all(i["type"] in _MEMBER_MISMATCHES for i in items) and any(
            other.startswith((f"{path}.", f"{path}[")) for other in by_path
        ):
            # a number-or-range given a range: what is wrong inside the range says it all
            continue
        # a union reports one failure per member: keep the one that says most
        specific = [i for i in items if i["type"] not in _TYPE_MISMATCHES]
        chosen = next((i for i in specific if i["type"] == "value_error"), None)
        chosen = chosen or (specific or items)[0]
        problems.append(f"{path}: {_message(chosen)}")
    return problems


def migrate(document: dict[str, Any], path: Path | None = None) -> dict[str, Any]:
    """Bring an older document up to the current schema version; refuse newer ones."""
    if "schema_version" not in document:
        problem = translate(
            "PlanFile",
            "the file has no schema version; is it a plan file made by this application? "
            'Plan files made by this application begin with "schema_version": {version}.',
        )
        raise PlanFileError(path, ["schema_version: " + problem.format(version=SCHEMA_VERSION)])
    version = document["schema_version"]
    if not isinstance(version, int) or isinstance(version, bool):
        problem = translate(
            "PlanFile",
            "{version} is not a schema version; plan files made by this application have a "
            "whole number here, such as {current}",
        )
        shown = repr(version) if isinstance(version, str) else _shown(version)
        raise PlanFileError(
            path, ["schema_version: " + problem.format(version=shown, current=SCHEMA_VERSION)]
        )
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
    reference = _reference()
    # what only the reference data knows: the countries the model has figures for
    context = {"countries": frozenset(reference.countries)} if reference else {}
    try:
        plan = Plan.model_validate(migrate(document, path), context=context)
    except ValidationError as error:
        raise PlanFileError(path, describe_validation_error(error)) from None
    problems = reference_problems(plan, reference) if reference else []
    if problems:  # a channel, layer or currency the model has no figures for
        raise PlanFileError(path, problems)
    return plan


def _reference() -> ReferenceData | None:
    try:
        return load_reference()
    except ReferenceDataError:
        return None  # the application reports damaged reference data itself, on start


def _too_large(path: Path, size: int | None) -> PlanFileError:
    if size is None:  # a file that grew while it was read
        problem = translate(
            "PlanFile",
            "the file is larger than any plan (a plan file is at most {limit}); "
            "is it really a plan made by this application?",
        )
        return PlanFileError(path, [problem.format(limit=format_file_size(MAX_PLAN_BYTES))])
    problem = translate(
        "PlanFile",
        "the file is {size}, larger than any plan (a plan file is at most {limit}); "
        "is it really a plan made by this application?",
    )
    return PlanFileError(
        path, [problem.format(size=format_file_size(size), limit=format_file_size(MAX_PLAN_BYTES))]
    )


def _not_a_file(path: Path, mode: int) -> PlanFileError:
    if stat.S_ISDIR(mode):
        return PlanFileError(path, [translate("PlanFile", "this is a folder, not a plan file")])
    if stat.S_ISFIFO(mode):
        kind = translate("PlanFile", "a named pipe")
    elif stat.S_ISCHR(mode) or stat.S_ISBLK(mode):
        kind = translate("PlanFile", "a device")
    elif stat.S_ISSOCK(mode):
        kind = translate("PlanFile", "a socket")
    else:
        kind = translate("PlanFile", "something other than a file")
    problem = translate(
        "PlanFile", "this is {kind}, not a plan file; choose a .cplan file saved by the application"
    )
    return PlanFileError(path, [problem.format(kind=kind)])


def _read_bounded(path: Path) -> bytes:
    """The file's bytes, after checking it is an ordinary file of a size a plan can have."""
    try:
        return read_regular(path, MAX_PLAN_BYTES)
    except FileNotFoundError:
        raise PlanFileError(path, [translate("PlanFile", "the file does not exist")]) from None
    except IsADirectoryError:
        raise _not_a_file(path, stat.S_IFDIR) from None
    except NotARegularFile as error:
        raise _not_a_file(path, error.mode) from None
    except FileTooLarge as error:
        raise _too_large(path, error.size) from None
    except OSError as error:
        problem = translate("PlanFile", "the file cannot be read ({reason})")
        raise PlanFileError(path, [problem.format(reason=error.strerror or error)]) from None


class _Refused(Exception):
    """Raised while parsing, for a problem JSON itself allows (a key written twice)."""

    def __init__(self, problem: str) -> None:
        super().__init__(problem)
        self.problem = problem


def _written_twice(key: str) -> _Refused:
    problem = translate(
        "PlanFile",
        "the field {key} is written twice in one object, so which value is meant "
        "cannot be told; keep only one of them",
    )
    return _Refused(problem.format(key=json.dumps(key, ensure_ascii=False)))


def _object(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    """A JSON object, refusing keys written twice (json keeps the last one silently)."""
    document = dict(pairs)
    if len(document) != len(pairs):
        seen: set[str] = set()
        for key, _ in pairs:
            if key in seen:
                raise _written_twice(mend_text(key))
            seen.add(key)
    return document


def _mended_object(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    """_object for text with \\ud800-like escapes: lone surrogates cannot be written back as
    UTF-8, so keys and text values get U+FFFD in their place."""
    mended = []
    for key, value in pairs:
        if isinstance(value, str):
            value = mend_text(value)
        elif isinstance(value, list):
            value = [mend_text(item) if isinstance(item, str) else item for item in value]
        mended.append((mend_text(key), value))
    return _object(mended)


# Only an escape can put a surrogate into decoded text (UTF-8 itself cannot hold one).
_SURROGATE_ESCAPE = re.compile(r"\\u[dD][89a-fA-F]")


def _integer(text: str) -> int | float:
    return float(text) if len(text) > _MAX_INTEGER_DIGITS else int(text)


def parse_plan_text(text: str, path: Path | None = None) -> Any:
    """JSON text to a document, every way it can fail told as a PlanFileError."""
    try:
        hook = _mended_object if _SURROGATE_ESCAPE.search(text) else _object
        return json.loads(text, object_pairs_hook=hook, parse_int=_integer)
    except _Refused as refused:
        raise PlanFileError(path, [refused.problem]) from None
    except json.JSONDecodeError as error:
        problem = translate("PlanFile", "the file is not valid JSON (line {line}, column {column})")
        raise PlanFileError(path, [problem.format(line=error.lineno, column=error.colno)]) from None
    except RecursionError:
        problem = translate(
            "PlanFile",
            "the file nests brackets hundreds of levels deep, which no plan does; "
            "is it really a plan made by this application?",
        )
        raise PlanFileError(path, [problem]) from None


def load_plan(path: Path) -> Plan:
    """Read a .cplan file; every problem is reported with its path in the document."""
    path = Path(path)
    raw = _read_bounded(path)
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError:
        problem = translate("PlanFile", "the file is not UTF-8 text; is it really a plan?")
        raise PlanFileError(path, [problem]) from None
    return plan_from_dict(parse_plan_text(text, path), path)


def plan_to_json(plan: Plan) -> str:
    """The canonical text of a plan: the same plan always gives the same bytes."""
    document = plan.model_dump(mode="json", exclude_none=True)
    # allow_nan=False: a bare NaN token is not JSON, and no plan may hold one
    return json.dumps(document, ensure_ascii=False, indent=2, allow_nan=False) + "\n"


def plan_from_json(text: str) -> Plan:
    """Parse plan text (as written by plan_to_json)."""
    return plan_from_dict(parse_plan_text(text))


def atomic_write_text(path: Path, text: str) -> None:
    """Write text so that the file is either the old or the new content, never a mix.

    A lone surrogate (which UTF-8 cannot encode) becomes U+FFFD rather than failing the save.
    """
    data = mend_text(text).encode("utf-8")
    with replacing(path) as temporary:
        temporary.write_bytes(data)


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
