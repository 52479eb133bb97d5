"""Parses the business side: function needs and defaults, behaviour, sectors, steps, defaults."""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path

from continuity_app.core.plan import FunctionKind
from continuity_app.core.reference.columns import _BEHAVIOUR, _NEEDS
from continuity_app.core.reference.records import (
    ActionTemplate,
    BehaviourDefault,
    Default,
    FunctionDefault,
    FunctionNeed,
    ReferenceDataError,
    SectorGroup,
)
from continuity_app.core.reference.rows import _Row, _rows
from continuity_app.core.reference.vocabulary import (
    BEHAVIOUR_FIELDS,
    CAPABILITIES,
    CONFIDENCE_LEVELS,
    FUNCTION_KINDS,
)


def _default(row: _Row) -> Default:
    source, confidence = row.provenance()
    return Default(
        key=row.text("key", required=True),
        value=row.required_number("value"),
        unit=row.text("unit"),
        description=row.text("description", required=True),
        source=source,
        confidence=confidence,
    )


def _need(row: _Row) -> FunctionNeed:
    source, confidence = row.provenance()
    return FunctionNeed(
        kind=row.choice("kind", FUNCTION_KINDS) or "",
        capability=row.choice("capability", CAPABILITIES) or "",
        weight=row.share("weight") or 0.0,
        why=row.text("why", required=True),
        source=source,
        confidence=confidence,
    )


def _action(row: _Row, channel_ids: Iterable[str]) -> ActionTemplate:
    source, confidence = row.provenance()
    channel = row.text("channel", required=True)
    if channel not in set(channel_ids):
        raise row.error("channel", f"unknown channel {channel!r}")
    kinds = row.id_list("kinds", FUNCTION_KINDS, "function kind")
    if not kinds:
        raise row.error("kinds", f"needs function kinds from {', '.join(sorted(FUNCTION_KINDS))}")
    adoption = row.share("adoption")
    if adoption is None:
        raise row.error("adoption", "is required")
    return ActionTemplate(
        id=row.text("id", required=True),
        channel=channel,
        kinds=kinds,
        title=row.text("title", required=True),
        adoption=adoption,
        activation_delay_hours=row.required_number("activation_delay_hours"),
        one_off_hours=row.required_number("one_off_hours"),
        monthly_fee_usd=row.non_negative("monthly_fee_usd"),
        why=row.text("why", required=True),
        source=source,
        confidence=confidence,
        audience=row.choice("audience", frozenset({"customers", "staff"})) or "customers",
    )


def _function_default(row: _Row) -> FunctionDefault:
    source, confidence = row.provenance()
    kind = row.choice("kind", FUNCTION_KINDS) or ""
    staff_share = row.share("staff_share_affected")
    productivity = row.share("productivity_loss")
    coordination = FunctionKind(kind).is_coordination
    if coordination != (staff_share is not None and productivity is not None):
        raise row.error(
            "staff_share_affected", "needs a value with productivity_loss exactly for coordination"
        )

    def required(column: str, value: float | None) -> float:
        if value is None:
            raise row.error(column, "is empty")
        return value

    return FunctionDefault(
        kind=kind,
        name=row.text("name", required=True),
        daily_interactions=required("daily_interactions", row.non_negative("daily_interactions")),
        whatsapp_share=required("whatsapp_share", row.share("whatsapp_share")),
        revenue_per_interaction=required(
            "revenue_per_interaction", row.non_negative("revenue_per_interaction")
        ),
        backlog_cost=required("backlog_cost", row.non_negative("backlog_cost")),
        staff_share_affected=staff_share,
        productivity_loss=productivity,
        source=source,
        confidence=confidence,
    )


def _behaviour(row: _Row, sectors: Iterable[str]) -> BehaviourDefault:
    confidence = row.choice("confidence", CONFIDENCE_LEVELS) or ""
    source = row.text("source", required=confidence != "assumed")
    field = row.choice("field", BEHAVIOUR_FIELDS) or ""
    sector = row.text("sector")
    if sector and sector not in set(sectors):
        raise row.error("sector", f"{sector!r} is not a sector group of sectors.csv")
    value = row.required_number("value")
    low, high = row.number("low"), row.number("high")
    if field == "patience_hours":
        if value <= 0:
            raise row.error("value", f"{value:g} is not a positive number of hours")
    elif not 0 <= value <= 1:
        raise row.error("value", f"{value:g} is not a share between 0 and 1")
    if (low is not None and low > value) or (high is not None and high < value):
        raise row.error("low", "low <= value <= high must hold")
    return BehaviourDefault(
        kind=row.choice("kind", FUNCTION_KINDS) or "",
        sector=sector,
        field=field,
        value=value,
        low=low,
        high=high,
        source=source,
        year=row.text("year", required=confidence != "assumed"),
        confidence=confidence,
        note=row.text("note", required=confidence == "assumed"),
    )


def _behaviour_table(
    path: Path, sectors: Iterable[str]
) -> dict[tuple[str, str, str], BehaviourDefault]:
    table: dict[tuple[str, str, str], BehaviourDefault] = {}
    for row in _rows(path, _BEHAVIOUR):
        item = _behaviour(row, sectors)
        key = (item.kind, item.sector, item.field)
        if key in table:
            raise row.error("field", f"{item.field} of {item.kind} is given twice")
        table[key] = item
    missing = [
        f"{kind} {field}"
        for kind in sorted(FUNCTION_KINDS)
        for field in sorted(BEHAVIOUR_FIELDS)
        if (kind, "", field) not in table
    ]
    if missing:
        raise ReferenceDataError(f"{path.name}: no value for every sector: {', '.join(missing)}")
    return table


def _sector(row: _Row) -> SectorGroup:
    keywords = tuple(k.strip().casefold() for k in row.text("keywords", required=True).split(";"))
    return SectorGroup(
        id=row.text("id", required=True),
        name=row.text("name", required=True),
        keywords=tuple(k for k in keywords if k),
    )


def _needs(path: Path) -> tuple[FunctionNeed, ...]:
    needs = tuple(_need(row) for row in _rows(path, _NEEDS))
    for kind in FUNCTION_KINDS:
        total = sum(n.weight for n in needs if n.kind == kind)
        if abs(total - 1.0) > 1e-6:
            raise ReferenceDataError(f"{path.name}: weights for {kind} add up to {total:g}, not 1")
    return needs
