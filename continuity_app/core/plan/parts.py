"""The plan's parts: the business, its functions, their fallbacks, scenarios and tolerance."""

from __future__ import annotations

import re
from enum import StrEnum
from typing import Annotated, ClassVar, Self

from pydantic import AfterValidator, Field, ValidationInfo, field_validator, model_validator

from continuity_app.core.i18n import number, translate
from continuity_app.core.plan.values import (
    _INTERVAL,
    _SLUG,
    MAX_DAILY_INTERACTIONS,
    MAX_MESSAGES_PER_INTERACTION,
    MAX_PATIENCE_HOURS,
    MAX_USD_RATE,
    Uncertain,
    Weekday,
    _amount,
    _at_most,
    _Model,
    _non_negative,
    _optional_share,
    _positive,
    _profile,
    _share,
    _staff_count,
    likely,
)

# Shares typed as rounded percentages (33 + 33 + 34.5) may pass 100% by this much.
MIX_SLACK = 0.005


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
    """One business function and how its interactions split across channels."""

    MAX_ITEMS: ClassVar[dict[str, int]] = {"channel_mix": 50}

    id: Annotated[str, Field(pattern=_SLUG, max_length=64)]
    kind: FunctionKind
    name: Annotated[str, Field(min_length=1, max_length=200)]
    daily_interactions: Uncertain
    channel_mix: dict[str, Annotated[Uncertain, AfterValidator(_share)]] = Field(
        description="Share of the interactions (0..1) on each channel, by channel id; the rest "
        "runs on channels that none of the plan's outages reaches."
    )
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
    _shares = field_validator("recapture_share", "churn_share")(_share)
    _perishable = field_validator("perishable_share")(_optional_share)

    @field_validator("channel_mix")
    @classmethod
    def _channels(cls, mix: dict[str, Uncertain]) -> dict[str, Uncertain]:
        for channel in mix:
            if not re.fullmatch(_SLUG, channel):
                problem = translate("PlanModel", "{name} is not a channel id")
                raise ValueError(problem.format(name=repr(channel)))
        total = sum(likely(share) for share in mix.values())
        if total > 1 + MIX_SLACK:
            problem = translate(
                "PlanModel",
                "the channels' shares add up to {total}%; together they can be at most 100%",
            )
            percent = round(total * 100, 1)
            shown = number(percent, 0 if percent.is_integer() else 1)
            raise ValueError(problem.format(total=shown))
        return mix

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


class Fallback(_Model):
    """How ready a channel is today to carry one function's traffic when its usual channels fail."""

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

    MAX_ITEMS: ClassVar[dict[str, int]] = {"failed_layers": 100}

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

    MAX_ITEMS: ClassVar[dict[str, int]] = {"functions": 1_000}

    max_loss_per_outage: Annotated[float, Field(gt=0)]
    functions: dict[str, FunctionTolerance] = Field(default_factory=dict)

    _loss = field_validator("max_loss_per_outage")(_amount)
