"""The plan's base model and value types: limits, mended text, Range and Uncertain, checks."""

from __future__ import annotations

import re
from typing import Any, ClassVar, Final, Literal, Self, TypeVar, get_args

from pydantic import BaseModel, ConfigDict, ValidationInfo, field_validator, model_validator

from continuity_app.core.i18n import number, translate

SCHEMA_VERSION: Final = 5  # Final: its type is Literal[5], as Plan.schema_version
# Between the problems of one whole-plan check (the reading side splits on it); a newline, so
# that translations are free to use any punctuation inside a problem.
PROBLEM_SEPARATOR = "\n"

Weekday = Literal["mon", "tue", "wed", "thu", "fri", "sat", "sun"]
WEEKDAYS: tuple[Weekday, ...] = ("mon", "tue", "wed", "thu", "fri", "sat", "sun")

# Bounds no real business reaches: a value beyond them is a typing slip or a damaged file, and
# refusing it keeps every sum the model makes finite.
MAX_DAILY_INTERACTIONS = 1e9  # per function and day; WhatsApp itself carries ~1e11 messages a day
# Money in the plan currency, per unit or per outage: 10^15 is more than any business turns
# over in a year, even in the currency with the least value per unit (~10^6 per US dollar).
MAX_AMOUNT = 1e15
MAX_USD_RATE = 1e9  # units of the plan currency per US dollar
MAX_STAFF = 10_000_000  # the largest employers have about 2-3 million staff
MAX_PATIENCE_HOURS = 8760.0  # a year: a counterpart who waits longer waits for good
MAX_MESSAGES_PER_INTERACTION = 1000.0
MAX_WEIGHT = 1e9  # hourly and weekday weights are relative; their sum must stay finite

_SLUG = r"^[a-z0-9][a-z0-9_\-]*$"
_INTERVAL = re.compile(r"^([01]\d|2[0-3]):([0-5]\d)-([01]\d|2[0-4]):([0-5]\d)$")


def mend_text(text: str) -> str:
    """`text` with every lone surrogate (from a \\ud800 escape) replaced by U+FFFD.

    Such a string cannot be written as UTF-8, so a plan holding one could never be saved again.
    """
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        # UTF-16 joins surrogates that form a pair and replaces only the lone ones
        return text.encode("utf-16-le", "surrogatepass").decode("utf-16-le", "replace")
    return text


def _mended(value: Any) -> Any:
    """A field's value with its text mended: the value itself, or the keys and items of a
    list or mapping of text (a nested model mends its own fields; deeper data is no plan's)."""
    if isinstance(value, str):
        return mend_text(value)
    if isinstance(value, list):
        return [mend_text(item) if isinstance(item, str) else item for item in value]
    if isinstance(value, dict):
        return {
            mend_text(key) if isinstance(key, str) else key: (
                mend_text(item) if isinstance(item, str) else item
            )
            for key, item in value.items()
        }
    return value


def _takes_numbers(annotation: Any) -> bool:
    """Whether a field's type accepts a number anywhere (a union member, a list item...)."""
    if annotation is int or annotation is float:
        return True
    return any(_takes_numbers(part) for part in get_args(annotation))


_NUMERIC_FIELDS: dict[tuple[type, str], bool] = {}


def _yes_no(value: Any) -> bool | None:
    """The first true/false in a field's value or its items, else None."""
    if isinstance(value, bool):
        return value
    items = value.values() if isinstance(value, dict) else value if isinstance(value, list) else ()
    return next((item for item in items if isinstance(item, bool)), None)


class _Model(BaseModel):
    # NaN and infinity (NaN and Infinity tokens, or 1e400 read as inf) are refused everywhere
    model_config = ConfigDict(
        extra="forbid", frozen=True, validate_default=True, allow_inf_nan=False
    )

    # The most items a list (or mapping) field may hold, far above any real plan (the largest
    # realistic one has 200 functions, 3,000 fallbacks and 100 scenarios): checked before the
    # items are, so a file of a million functions is refused at once, not modelled for hours.
    MAX_ITEMS: ClassVar[dict[str, int]] = {}

    @field_validator("*", mode="before")
    @classmethod
    def _plain_values(cls, value: Any, info: ValidationInfo) -> Any:
        limit = cls.MAX_ITEMS.get(info.field_name or "")
        if limit is not None and isinstance(value, list | dict) and len(value) > limit:
            problem = translate(
                "PlanModel", "has {count} entries, more than any plan needs; at most {limit}"
            )
            raise ValueError(problem.format(count=number(len(value)), limit=number(limit)))
        # Python reads true as 1: a yes/no where a number belongs is a mistake, not a number.
        key = (cls, info.field_name or "")
        if key not in _NUMERIC_FIELDS:
            field = cls.model_fields.get(key[1])
            _NUMERIC_FIELDS[key] = field is not None and _takes_numbers(field.annotation)
        if _NUMERIC_FIELDS[key]:
            flag = _yes_no(value)
            if flag is not None:
                problem = translate(
                    "PlanModel", "{value} is a yes/no value, not a number; write a number here"
                )
                raise ValueError(problem.format(value="true" if flag else "false"))
        return _mended(value)


_M = TypeVar("_M", bound=_Model)


class Range(_Model):
    """An uncertain input: the most likely value with a plausible low and high."""

    low: float
    likely: float
    high: float

    @model_validator(mode="after")
    def _ordered(self) -> Self:
        if not self.low <= self.likely <= self.high:
            problem = translate(
                "PlanModel", "low <= likely <= high must hold, got {low}, {likely}, {high}"
            )
            raise ValueError(problem.format(low=self.low, likely=self.likely, high=self.high))
        return self


Uncertain = float | Range
# A checked value comes back as it went in: a number stays a number, a range a range.
_Bounded = TypeVar("_Bounded", bound=float | Range)


def likely(value: Uncertain) -> float:
    """The value the deterministic model uses: the number itself or a range's likely value."""
    return value.likely if isinstance(value, Range) else float(value)


def _check_bounds(
    value: _Bounded, low: float | None, high: float | None, strict: bool = False
) -> _Bounded:
    for each in (value.low, value.likely, value.high) if isinstance(value, Range) else (value,):
        if low is not None and (each <= low if strict else each < low):
            if strict:
                problem = translate("PlanModel", "{value} must be greater than {low}")
            else:
                problem = translate("PlanModel", "{value} must be at least {low}")
            raise ValueError(problem.format(value=f"{each:g}", low=f"{low:g}"))
        if high is not None and each > high:
            if low is not None:
                problem = translate("PlanModel", "{value} is not between {low} and {high}")
                raise ValueError(
                    problem.format(value=f"{each:g}", low=f"{low:g}", high=f"{high:g}")
                )
            problem = translate("PlanModel", "{value} must be at most {high}")
            raise ValueError(problem.format(value=f"{each:g}", high=f"{high:g}"))
    return value


def _at_most(value: _Bounded, high: float, problem: str) -> _Bounded:
    """Refuse a value above `high`; `problem` names the bound ({value}, {limit}) and why."""
    for each in (value.low, value.likely, value.high) if isinstance(value, Range) else (value,):
        if each > high:
            raise ValueError(problem.format(value=_shown(each), limit=number(high)))
    return value


def _shown(value: float) -> str:
    """A value as a problem quotes it: whole counts grouped, the rest as 1e+30."""
    if not isinstance(value, int):
        return f"{float(value):g}"
    if abs(value) < 10**15:
        return number(value)
    try:
        return f"{float(value):g}"
    except OverflowError:  # an integer beyond any float (only code can make one)
        return f"10^{int(value.bit_length() * 0.30103)}"


def _amount(value: _Bounded) -> _Bounded:
    problem = translate(
        "PlanModel",
        "{value} is more money than any business deals in; amounts in a plan are at most "
        "{limit} in the plan currency",
    )
    return _at_most(_non_negative(value), MAX_AMOUNT, problem)


def _share(value: _Bounded) -> _Bounded:
    return _check_bounds(value, 0.0, 1.0)


def _optional_share(value: Uncertain | None) -> Uncertain | None:
    return None if value is None else _share(value)


def _non_negative(value: _Bounded) -> _Bounded:
    return _check_bounds(value, 0.0, None)


def _positive(value: _Bounded) -> _Bounded:
    return _check_bounds(value, 0.0, None, strict=True)


def _staff_count(staff: int) -> int:
    if staff < 0:
        problem = translate("PlanModel", "{value} must be at least {low}")
        raise ValueError(problem.format(value=staff, low=0))
    problem = translate(
        "PlanModel", "{value} people is more than any employer has; write at most {limit}"
    )
    return int(_at_most(staff, MAX_STAFF, problem))


def _profile(profile: list[float] | None, length: int) -> list[float] | None:
    if profile is None:
        return None
    if len(profile) != length:
        problem = translate("PlanModel", "needs %n value(s), got {count}", None, length)
        raise ValueError(problem.format(count=number(len(profile))))
    if any(weight < 0 for weight in profile):
        raise ValueError(translate("PlanModel", "weights must not be negative"))
    if any(weight > MAX_WEIGHT for weight in profile):
        problem = translate(
            "PlanModel", "weights are relative; write them smaller, each at most {limit}"
        )
        raise ValueError(problem.format(limit=number(MAX_WEIGHT)))
    if sum(profile) <= 0:
        raise ValueError(translate("PlanModel", "at least one weight must be above 0"))
    return profile


def revise(model: _M, **changes: object) -> _M:
    """A validated copy of a model with some fields changed (model_copy does not validate)."""
    return type(model).model_validate({**dict(model), **changes})
