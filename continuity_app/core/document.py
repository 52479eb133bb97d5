"""The plan document: a tree of validated data classes, the single source of truth for a plan."""

from __future__ import annotations

import re
from enum import StrEnum
from typing import Annotated, Literal, Self, TypeVar

from pydantic import (
    BaseModel,
    ConfigDict,
    Field,
    field_validator,
    model_validator,
)

from continuity_app.core.i18n import number, translate

SCHEMA_VERSION = 2
# Between the problems of one whole-plan check (the reading side splits on it); a newline, so
# that translations are free to use any punctuation inside a problem.
PROBLEM_SEPARATOR = "\n"

WEEKDAYS: tuple[str, ...] = ("mon", "tue", "wed", "thu", "fri", "sat", "sun")
Weekday = Literal["mon", "tue", "wed", "thu", "fri", "sat", "sun"]

_SLUG = r"^[a-z0-9][a-z0-9_\-]*$"
_INTERVAL = re.compile(r"^([01]\d|2[0-3]):([0-5]\d)-([01]\d|2[0-4]):([0-5]\d)$")


class FunctionKind(StrEnum):
    """What a business function does; decides which channel capabilities it needs."""

    CUSTOMER_SERVICE = "customer_service"
    ORDERS_SALES = "orders_sales"
    PAYMENTS = "payments"
    INTERNAL_COORDINATION = "internal_coordination"
    SUPPLIER_COORDINATION = "supplier_coordination"
    MARKETING_BROADCAST = "marketing_broadcast"
    APPOINTMENTS = "appointments"
    DELIVERY = "delivery"

    @property
    def is_coordination(self) -> bool:
        return self in (FunctionKind.INTERNAL_COORDINATION, FunctionKind.SUPPLIER_COORDINATION)


class _Model(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True, validate_default=True)


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


def likely(value: Uncertain) -> float:
    """The value the deterministic model uses: the number itself or a range's likely value."""
    return value.likely if isinstance(value, Range) else float(value)


def _check_bounds(value: Uncertain, low: float | None, high: float | None, strict: bool = False):
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


def _share(value: Uncertain) -> Uncertain:
    return _check_bounds(value, 0.0, 1.0)


def _non_negative(value: Uncertain) -> Uncertain:
    return _check_bounds(value, 0.0, None)


def _positive(value: Uncertain) -> Uncertain:
    return _check_bounds(value, 0.0, None, strict=True)


class Business(_Model):
    """Who the plan is for and the money figures that turn lost messages into losses."""

    name: Annotated[str, Field(min_length=1, max_length=200)]
    sector: str = ""
    currency: Annotated[str, Field(pattern=r"^[A-Z]{3}$")]
    usd_rate: Annotated[float | None, Field(gt=0)] = Field(
        default=None,
        description="Units of the plan currency per US dollar, to price channels quoted in USD.",
    )
    country_mix: dict[str, float]
    opening_hours: dict[Weekday, list[str]] = Field(
        description="Per weekday a list of 'HH:MM-HH:MM' intervals; a missing day is closed."
    )
    staff: Annotated[int, Field(ge=0)] = 0
    staff_hourly_cost: Annotated[float, Field(ge=0)] = 0.0
    gross_margin: Uncertain = 1.0
    customer_lifetime_value: Uncertain = 0.0

    @field_validator("country_mix")
    @classmethod
    def _mix(cls, mix: dict[str, float]) -> dict[str, float]:
        if not mix:
            raise ValueError(translate("PlanModel", "needs at least one country"))
        for code, share in mix.items():
            if not re.fullmatch(r"[A-Z]{2}", code):
                problem = translate("PlanModel", "{code} is not an ISO 3166-1 alpha-2 country code")
                raise ValueError(problem.format(code=repr(code)))
            if not 0 < share <= 1:
                problem = translate(
                    "PlanModel", "share of {code} is {share}; it must be above 0 and at most 1"
                )
                raise ValueError(problem.format(code=code, share=share))
        total = sum(mix.values())
        if abs(total - 1) > 0.005:
            problem = translate("PlanModel", "shares add up to {total}; they must add up to 1")
            raise ValueError(problem.format(total=f"{total:g}"))
        return mix

    @field_validator("opening_hours")
    @classmethod
    def _hours(cls, hours: dict[str, list[str]]) -> dict[str, list[str]]:
        for day, intervals in hours.items():
            for interval in intervals:
                match = _INTERVAL.match(interval)
                if not match:
                    problem = translate(
                        "PlanModel", "{interval} is not an interval like '09:00-17:30'"
                    )
                    raise ValueError(f"{day}: " + problem.format(interval=repr(interval)))
                start = int(match[1]) * 60 + int(match[2])
                end = int(match[3]) * 60 + int(match[4])
                if end <= start or end > 24 * 60:
                    problem = translate(
                        "PlanModel", "{interval} must end after it starts, by 24:00"
                    )
                    raise ValueError(f"{day}: " + problem.format(interval=repr(interval)))
        return hours

    _margin = field_validator("gross_margin")(_share)
    _clv = field_validator("customer_lifetime_value")(_non_negative)


class Function(_Model):
    """One business function and how much of it runs through WhatsApp."""

    id: Annotated[str, Field(pattern=_SLUG, max_length=64)]
    kind: FunctionKind
    name: Annotated[str, Field(min_length=1, max_length=200)]
    daily_interactions: Uncertain
    whatsapp_share: Uncertain
    revenue_per_interaction: Uncertain = 0.0
    patience_hours: Uncertain = 2.0
    recapture_share: Uncertain = 0.5
    churn_share: Uncertain = 0.0
    backlog_cost: Uncertain = 0.0
    messages_per_interaction: Annotated[float | None, Field(gt=0)] = None
    hourly_profile: list[float] | None = Field(
        default=None,
        description="24 relative weights by hour of day; empty means follow the opening hours.",
    )
    weekday_profile: list[float] | None = Field(
        default=None, description="7 relative weights Monday..Sunday; empty means equal days."
    )
    staff_affected: Annotated[int | None, Field(ge=0)] = None
    productivity_loss: Uncertain | None = None

    _volume = field_validator("daily_interactions", "revenue_per_interaction", "backlog_cost")(
        _non_negative
    )
    _shares = field_validator("whatsapp_share", "recapture_share", "churn_share")(_share)
    _patience = field_validator("patience_hours")(_positive)

    @field_validator("productivity_loss")
    @classmethod
    def _productivity(cls, value: Uncertain | None) -> Uncertain | None:
        return None if value is None else _share(value)

    @field_validator("hourly_profile")
    @classmethod
    def _hourly(cls, profile: list[float] | None) -> list[float] | None:
        return _profile(profile, 24)

    @field_validator("weekday_profile")
    @classmethod
    def _weekly(cls, profile: list[float] | None) -> list[float] | None:
        return _profile(profile, 7)

    @model_validator(mode="after")
    def _coordination(self) -> Self:
        if self.kind.is_coordination and (
            self.staff_affected is None or self.productivity_loss is None
        ):
            problem = translate(
                "PlanModel", "a {kind} function needs staff_affected and productivity_loss"
            )
            raise ValueError(problem.format(kind=self.kind.value))
        return self


def _profile(profile: list[float] | None, length: int) -> list[float] | None:
    if profile is None:
        return None
    if len(profile) != length:
        problem = translate("PlanModel", "needs %n value(s), got {count}", None, length)
        raise ValueError(problem.format(count=number(len(profile))))
    if any(weight < 0 for weight in profile):
        raise ValueError(translate("PlanModel", "weights must not be negative"))
    if sum(profile) <= 0:
        raise ValueError(translate("PlanModel", "at least one weight must be above 0"))
    return profile


class Fallback(_Model):
    """How ready a channel is today to carry one function's WhatsApp traffic."""

    function: str
    channel: Annotated[str, Field(pattern=_SLUG)]
    readiness: Uncertain
    activation_delay_hours: Annotated[float, Field(ge=0, le=168)] = 1.0
    cost_per_message: Annotated[float | None, Field(ge=0)] = Field(
        default=None,
        description="In the plan currency; empty means the channel's reference price.",
    )

    _readiness = field_validator("readiness")(_share)


class StartTime(_Model):
    """A pinned outage start on the local weekly clock."""

    weekday: Weekday
    hour: Annotated[float, Field(ge=0, lt=24)]


class Scenario(_Model):
    """A correlated failure: which infrastructure layers fail, for how long and how often."""

    id: Annotated[str, Field(pattern=_SLUG, max_length=64)]
    name: Annotated[str, Field(min_length=1, max_length=200)]
    failed_layers: Annotated[list[str], Field(min_length=1)]
    duration_hours: Annotated[float, Field(gt=0, le=168)]
    frequency_per_year: Annotated[float, Field(ge=0, le=365)]
    duration_log_sigma: Annotated[float, Field(ge=0, le=3)] = Field(
        default=0.5, description="Spread of the log-normal outage duration (Monte Carlo)."
    )
    start: StartTime | None = None
    preset: str | None = Field(default=None, description="The preset this scenario came from.")


class FunctionTolerance(_Model):
    """Minimum business continuity objective for one function."""

    mbco: Annotated[float, Field(ge=0, le=1)] = Field(
        description="Minimum share of this function's interactions that must still be served."
    )
    within_hours: Annotated[float, Field(ge=0, le=168)] = Field(
        default=4.0, description="How soon into an outage the MBCO must be reached."
    )


class Tolerance(_Model):
    """What the business can bear: the loss per outage that sets the MTPD, and MBCOs."""

    max_loss_per_outage: Annotated[float, Field(gt=0)]
    functions: dict[str, FunctionTolerance] = Field(default_factory=dict)


class Role(_Model):
    """A continuity role with the person who holds it and an alternate."""

    id: Annotated[str, Field(pattern=_SLUG, max_length=64)]
    title: str
    holder: str = ""
    alternate: str = ""
    phone: str = ""
    alternate_phone: str = ""
    duties: str = ""
    calls: list[str] = Field(
        default_factory=list,
        description="Ids of the roles this role calls when an outage is declared (contact tree).",
    )


class MessageTemplate(_Model):
    """A ready-to-send message for one audience on one channel."""

    id: Annotated[str, Field(pattern=_SLUG, max_length=64)]
    audience: Literal["customers", "staff", "suppliers"]
    channel: str
    language: Annotated[str, Field(pattern=r"^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$")] = "en"
    text: str


class PlanDetails(_Model):
    """The written plan beyond the numbers: who acts, when, and what they send."""

    summary: str = Field(default="", description="What this plan covers, in a sentence or two.")
    owner: str = ""
    approver: str = ""
    plan_version: str = "1.0"
    activation_criteria: list[str] = Field(default_factory=list)
    roles: list[Role] = Field(default_factory=list)
    messages: list[MessageTemplate] = Field(default_factory=list)


class ModelSettings(_Model):
    """How the model turns lost interactions into money and how Monte Carlo runs."""

    loss_basis: Literal["revenue", "margin"] = "revenue"
    reference_scenario: str | None = Field(
        default=None, description="Scenario whose loss curve sets the MTPD; default the first."
    )
    monte_carlo_trials: Annotated[int, Field(ge=100, le=1_000_000)] = 10_000
    seed: Annotated[int, Field(ge=0)] = 20211004


class Plan(_Model):
    """A whole continuity plan, as saved in a .cplan file."""

    schema_version: Literal[2] = SCHEMA_VERSION
    business: Business
    functions: list[Function] = Field(default_factory=list)
    fallbacks: list[Fallback] = Field(default_factory=list)
    scenarios: Annotated[list[Scenario], Field(min_length=1)]
    tolerance: Tolerance
    settings: ModelSettings = Field(default_factory=ModelSettings)
    details: PlanDetails = Field(default_factory=PlanDetails)

    @model_validator(mode="after")
    def _references(self) -> Self:
        problems = []
        ids = [f.id for f in self.functions]
        problems += _duplicates(
            ids, "functions", translate("PlanModel", "function id {id} is used twice")
        )
        problems += _duplicates(
            [s.id for s in self.scenarios],
            "scenarios",
            translate("PlanModel", "scenario id {id} is used twice"),
        )
        known = set(ids)
        no_function = translate("PlanModel", "no function has id {id}")
        pairs: set[tuple[str, str]] = set()
        for i, fallback in enumerate(self.fallbacks):
            if fallback.function not in known:
                problems.append(
                    f"fallbacks[{i}].function: " + no_function.format(id=repr(fallback.function))
                )
            if (fallback.function, fallback.channel) in pairs:
                twice = translate("PlanModel", "{channel} is listed twice for {function}")
                problems.append(
                    f"fallbacks[{i}]: "
                    + twice.format(channel=fallback.channel, function=fallback.function)
                )
            pairs.add((fallback.function, fallback.channel))
        for function_id in self.tolerance.functions:
            if function_id not in known:
                problems.append(
                    f"tolerance.functions.{function_id}: "
                    + no_function.format(id=repr(function_id))
                )
        role_ids = [r.id for r in self.details.roles]
        problems += _duplicates(
            role_ids, "details.roles", translate("PlanModel", "role id {id} is used twice")
        )
        for i, role in enumerate(self.details.roles):
            for callee in role.calls:
                if callee not in role_ids:
                    no_role = translate("PlanModel", "no role has id {id}")
                    problems.append(f"details.roles[{i}].calls: " + no_role.format(id=repr(callee)))
                elif callee == role.id:
                    problems.append(
                        f"details.roles[{i}].calls: "
                        + translate("PlanModel", "a role cannot call itself")
                    )
        reference = self.settings.reference_scenario
        if reference is not None and reference not in {s.id for s in self.scenarios}:
            no_scenario = translate("PlanModel", "no scenario has id {id}")
            problems.append(
                "settings.reference_scenario: " + no_scenario.format(id=repr(reference))
            )
        if problems:
            raise ValueError(PROBLEM_SEPARATOR.join(problems))
        return self

    def function(self, function_id: str) -> Function:
        return next(f for f in self.functions if f.id == function_id)

    def fallbacks_for(self, function_id: str) -> list[Fallback]:
        return [f for f in self.fallbacks if f.function == function_id]

    def reference_scenario(self) -> Scenario:
        wanted = self.settings.reference_scenario
        return next((s for s in self.scenarios if s.id == wanted), self.scenarios[0])


def revise(model: _M, **changes: object) -> _M:
    """A validated copy of a model with some fields changed (model_copy does not validate)."""
    return type(model).model_validate({**dict(model), **changes})


def _duplicates(values: list[str], where: str, problem: str) -> list[str]:
    """`problem` (with an {id} field) for each id used a second time, after its field path."""
    seen: set[str] = set()
    problems = []
    for i, value in enumerate(values):
        if value in seen:
            problems.append(f"{where}[{i}].id: " + problem.format(id=repr(value)))
        seen.add(value)
    return problems
