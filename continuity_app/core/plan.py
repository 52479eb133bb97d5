"""The plan document: a tree of validated data classes, the single source of truth for a plan."""

from __future__ import annotations

import re
from enum import StrEnum
from typing import Annotated, Any, ClassVar, Literal, Self, TypeVar, get_args

from pydantic import (
    BaseModel,
    ConfigDict,
    Field,
    ValidationInfo,
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


def _at_most(value: Uncertain, high: float, problem: str) -> Uncertain:
    """Refuse a value above `high`; `problem` names the bound ({value}, {limit}) and why."""
    for each in (value.low, value.likely, value.high) if isinstance(value, Range) else (value,):
        if each > high:
            raise ValueError(problem.format(value=_shown(each), limit=number(high)))
    return value


def _shown(value: float) -> str:
    """A value as a problem quotes it: whole counts grouped, the rest as 1e+30."""
    if isinstance(value, int) and abs(value) < 10**15:
        return number(value)
    try:
        return f"{float(value):g}"
    except OverflowError:  # an integer beyond any float (only code can make one)
        return f"10^{int(value.bit_length() * 0.30103)}"


def _amount(value: Uncertain) -> Uncertain:
    problem = translate(
        "PlanModel",
        "{value} is more money than any business deals in; amounts in a plan are at most "
        "{limit} in the plan currency",
    )
    return _at_most(_non_negative(value), MAX_AMOUNT, problem)


def _share(value: Uncertain) -> Uncertain:
    return _check_bounds(value, 0.0, 1.0)


def _optional_share(value: Uncertain | None) -> Uncertain | None:
    return None if value is None else _share(value)


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
    known_reach: dict[str, Annotated[float, Field(ge=0, le=1)]] = Field(
        default_factory=dict,
        exclude_if=lambda known: not known,  # plans without it keep their bytes
        description="What the owner knows: the share of the business's customers who use each "
        "channel (0..1), used instead of the country figures.",
    )

    @field_validator("country_mix")
    @classmethod
    def _mix(cls, mix: dict[str, float], info: ValidationInfo) -> dict[str, float]:
        if not mix:
            raise ValueError(translate("PlanModel", "needs at least one country"))
        # The countries the reference data has figures for; the reading side passes them
        # (this module knows no reference data).
        known = (info.context or {}).get("countries")
        for code, share in mix.items():
            if not re.fullmatch(r"[A-Z]{2}", code):
                problem = translate("PlanModel", "{code} is not an ISO 3166-1 alpha-2 country code")
                raise ValueError(problem.format(code=repr(code)))
            if known is not None and code not in known:
                problem = translate(
                    "PlanModel",
                    "{code} is not one of the {count} countries this application has figures "
                    "for; use the country's ISO 3166-1 code (BR for Brazil, NG for Nigeria: "
                    "the Sources page lists them all under Countries)",
                )
                raise ValueError(problem.format(code=repr(code), count=len(known)))
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
    _clv = field_validator("customer_lifetime_value", "staff_hourly_cost")(_amount)

    @field_validator("usd_rate")
    @classmethod
    def _rate(cls, rate: float | None) -> float | None:
        problem = translate(
            "PlanModel",
            "{value} units per US dollar is more than any currency needs; the rate is at most "
            "{limit}",
        )
        return None if rate is None else _at_most(rate, MAX_USD_RATE, problem)

    @field_validator("staff")
    @classmethod
    def _staff(cls, staff: int) -> int:
        return _staff_count(staff)


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
    perishable_share: Uncertain | None = Field(
        default=None,
        description="Share of interactions whose moment passes (a lunch order): they are never "
        "won back later. Empty: the default of the function's kind.",
    )
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

    _amounts = field_validator("revenue_per_interaction", "backlog_cost")(_amount)
    _shares = field_validator("whatsapp_share", "recapture_share", "churn_share")(_share)
    _perishable = field_validator("perishable_share")(_optional_share)

    @field_validator("daily_interactions")
    @classmethod
    def _volume(cls, value: Uncertain) -> Uncertain:
        problem = translate(
            "PlanModel",
            "{value} interactions a day is more than any business handles; "
            "the most a plan accepts is {limit}",
        )
        return _at_most(_non_negative(value), MAX_DAILY_INTERACTIONS, problem)

    @field_validator("patience_hours")
    @classmethod
    def _patience(cls, value: Uncertain) -> Uncertain:
        problem = translate(
            "PlanModel",
            "{value} hours is more than a year; a counterpart who waits that long waits for "
            "good, so write at most {limit}",
        )
        return _at_most(_positive(value), MAX_PATIENCE_HOURS, problem)

    @field_validator("messages_per_interaction")
    @classmethod
    def _messages(cls, value: float | None) -> float | None:
        problem = translate(
            "PlanModel", "{value} messages for one interaction is too many; at most {limit}"
        )
        return None if value is None else _at_most(value, MAX_MESSAGES_PER_INTERACTION, problem)

    @field_validator("staff_affected")
    @classmethod
    def _affected(cls, staff: int | None) -> int | None:
        return None if staff is None else _staff_count(staff)

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

    @field_validator("cost_per_message")
    @classmethod
    def _cost(cls, cost: float | None) -> float | None:
        return None if cost is None else _amount(cost)


class StartTime(_Model):
    """A pinned outage start on the local weekly clock."""

    weekday: Weekday
    hour: Annotated[float, Field(ge=0, lt=24)]


class Scenario(_Model):
    """A correlated failure: which infrastructure layers fail, for how long and how often."""

    MAX_ITEMS = {"failed_layers": 100}

    id: Annotated[str, Field(pattern=_SLUG, max_length=64)]
    name: Annotated[str, Field(min_length=1, max_length=200)]
    failed_layers: Annotated[list[str], Field(min_length=1)]
    duration_hours: Annotated[float, Field(gt=0, le=168)]
    frequency_per_year: Annotated[float, Field(ge=0, le=365)]
    duration_log_sigma: Annotated[float, Field(ge=0, le=3)] = Field(
        default=0.5, description="Spread of the log-normal outage duration."
    )
    duration_min_hours: Annotated[float | None, Field(gt=0, le=168)] = Field(
        default=None, description="Shortest outage of this scenario's class (its spread stops)."
    )
    duration_max_hours: Annotated[float | None, Field(gt=0, le=168)] = Field(
        default=None, description="Longest outage of this scenario's class (its spread stops)."
    )
    start: StartTime | None = None
    preset: str | None = Field(default=None, description="The preset this scenario came from.")

    @model_validator(mode="after")
    def _bounds(self) -> Self:
        low, high = self.duration_min_hours, self.duration_max_hours
        if low is not None and high is not None and low >= high:
            problem = translate(
                "PlanModel",
                "this scenario's shortest length ({low} h) must be below its longest ({high} h)",
            )
            raise ValueError(problem.format(low=number(low), high=number(high)))
        return self


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

    MAX_ITEMS = {"functions": 1_000}

    max_loss_per_outage: Annotated[float, Field(gt=0)]
    functions: dict[str, FunctionTolerance] = Field(default_factory=dict)

    _loss = field_validator("max_loss_per_outage")(_amount)


class Role(_Model):
    """A continuity role with the person who holds it and an alternate."""

    MAX_ITEMS = {"calls": 1_000}

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

    MAX_ITEMS = {"activation_criteria": 1_000, "roles": 1_000, "messages": 5_000}

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

    MAX_ITEMS = {"functions": 1_000, "fallbacks": 20_000, "scenarios": 1_000}

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
