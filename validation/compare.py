"""The impact model against published losses of real businesses in real outages (cases.csv).

Each case becomes a plan holding only the business facts its source gives; every behaviour is
left to the application's defaults, and the outage is the recorded event, pinned to the local
time it struck. Run: `python validation/compare.py` (prints each case and the median ratio).
"""

from __future__ import annotations

import csv
import statistics
import sys
from dataclasses import dataclass
from datetime import datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from continuity_app.core.behaviour import behaviour_default, default_value  # noqa: E402
from continuity_app.core.evaluation import evaluate  # noqa: E402
from continuity_app.core.new_plan import OPENING_HOURS  # noqa: E402
from continuity_app.core.plan import (  # noqa: E402
    WEEKDAYS,
    Business,
    Function,
    FunctionKind,
    Plan,
    Scenario,
    StartTime,
    Tolerance,
)
from continuity_app.core.reference import Outage, ReferenceData, load_reference  # noqa: E402

CASES = Path(__file__).resolve().parent / "cases.csv"

# The local clock of each case's country on the outage day (the cases are in these cities).
ZONES = {
    "BR": "America/Sao_Paulo",
    "MX": "America/Mexico_City",
    "NG": "Africa/Lagos",
    "GH": "Africa/Accra",
    "ID": "Asia/Jakarta",
}
# A share metric does not depend on the volume; any will do.
SCALE_FREE_VOLUME = 100.0


@dataclass(frozen=True)
class Comparison:
    """One case: what the model says beside what was published."""

    case: dict[str, str]
    model: float | None
    skipped: str = ""

    @property
    def published(self) -> float:
        return float(self.case["published"])

    @property
    def ratio(self) -> float | None:
        if self.model is None or self.published == 0:
            return None
        return self.model / self.published


def read_cases(path: Path = CASES) -> list[dict[str, str]]:
    """The validation cases, one dict per row."""
    with path.open(encoding="utf-8", newline="") as handle:
        return list(csv.DictReader(handle))


def _number(case: dict[str, str], column: str) -> float | None:
    text = case[column].strip()
    return float(text) if text else None


def _local_outage(outage: Outage, case: dict[str, str]) -> tuple[StartTime, float]:
    """The outage's start on the local clock and its length, from the start of the case's own
    day when the outage began the day before (the owner speaks of that day)."""
    hours, minutes = (int(part) for part in (outage.start_utc or "").split(":"))
    utc = datetime(outage.date.year, outage.date.month, outage.date.day, tzinfo=ZoneInfo("UTC"))
    start = (utc + timedelta(hours=hours, minutes=minutes)).astimezone(
        ZoneInfo(ZONES[case["country"]])
    )
    end = start + timedelta(hours=outage.duration_hours or 0.0)
    day = datetime.fromisoformat(case["event_date"]).replace(tzinfo=start.tzinfo)
    start = max(start, day)
    quarter = round((start.hour + start.minute / 60) * 4) / 4
    length = (end - start).total_seconds() / 3600
    return StartTime(weekday=WEEKDAYS[start.weekday()], hour=quarter % 24), length


def case_plan(case: dict[str, str], outage: Outage, reference: ReferenceData) -> Plan:
    """A plan with the case's business facts only; everything else is the default."""
    kind = FunctionKind(case["function_kind"])
    defaults = reference.function_defaults[kind.value]
    volume = _number(case, "daily_interactions")
    if volume is None:
        volume = SCALE_FREE_VOLUME if "share" in case["metric"] else defaults.daily_interactions
    share = _number(case, "whatsapp_share")
    revenue = _number(case, "revenue_per_interaction")
    sector = case["sector"]
    function = Function(
        id="case",
        kind=kind,
        name=case["business"][:200],
        daily_interactions=volume,
        # the case's share on WhatsApp (or on WhatsApp and Instagram, said in `measures`)
        channel_mix={"whatsapp": defaults.whatsapp_share if share is None else share},
        revenue_per_interaction=revenue or 0.0,
        backlog_cost=0.0,
        **{
            field: default_value(behaviour_default(reference, kind.value, sector, field))
            for field in ("patience_hours", "recapture_share", "churn_share")
        },
    )
    start, length = _local_outage(outage, case)
    scenario = Scenario(
        id=outage.id,
        name=outage.services[:200],
        failed_layers=sorted(outage.failed_layers),
        duration_hours=length,
        frequency_per_year=0.0,
        duration_log_sigma=0.0,
        start=start,
    )
    business = Business(
        name=case["business"][:200],
        sector=sector,
        currency=case["currency"],
        country_mix={case["country"]: 1.0},
        opening_hours=OPENING_HOURS,
        staff=1,
        staff_hourly_cost=0.0,
    )
    return Plan(
        business=business,
        functions=[function],
        scenarios=[scenario],
        tolerance=Tolerance(max_loss_per_outage=1.0),
    )


def model_figure(case: dict[str, str], plan: Plan, reference: ReferenceData) -> float:
    """The model's figure in the units of the case's metric.

    The owners counted the orders that did not come in on the outage day: the interactions
    that gave up waiting during the outage and its recovery tail, whether lost for good or won
    back on a later day.
    """
    (outcome,) = evaluate(plan, reference).scenarios
    volumes = outcome.functions[0].volumes
    gave_up = volumes["lost"] + volumes["recaptured"]
    function = plan.functions[0]
    day = float(function.daily_interactions)  # type: ignore[arg-type]
    metric = case["metric"]
    if metric == "lost_interactions":
        return gave_up
    if metric == "lost_share_of_day":
        return gave_up / (day * float(function.channel_mix["whatsapp"]))  # type: ignore[arg-type]
    if metric == "sales_drop_share":
        return gave_up / day
    if metric == "lost_money":
        return gave_up * float(function.revenue_per_interaction)  # type: ignore[arg-type]
    raise ValueError(f"unknown metric {metric!r}")


def compare(case: dict[str, str], reference: ReferenceData) -> Comparison:
    """Run one case, or say why it cannot be run."""
    outages = {o.id: o for o in reference.outages}
    outage = outages.get(case["outage_id"].strip())
    if outage is None:
        return Comparison(case, None, "its outage has no row in outages.csv")
    if outage.start_utc is None or outage.duration_hours is None:
        return Comparison(case, None, f"{outage.id} has no start time or length")
    if case["country"] not in ZONES:
        return Comparison(case, None, f"no local clock for {case['country']}")
    if case["metric"] == "lost_money" and not case["revenue_per_interaction"].strip():
        return Comparison(case, None, "a money figure without the value of an order")
    plan = case_plan(case, outage, reference)
    return Comparison(case, model_figure(case, plan, reference))


def compare_all(reference: ReferenceData | None = None) -> list[Comparison]:
    """Every case of cases.csv compared."""
    reference = reference or load_reference()
    return [compare(case, reference) for case in read_cases()]


def median_ratio(comparisons: list[Comparison]) -> float:
    """The median of model / published over the cases that ran."""
    return statistics.median(c.ratio for c in comparisons if c.ratio is not None)


def main() -> int:
    comparisons = compare_all()
    print(f"{'case':5} {'metric':18} {'published':>10} {'model':>10} {'ratio':>6}  business")
    for c in comparisons:
        if c.model is None:
            print(f"{c.case['id']:5} not run: {c.skipped}")
            continue
        print(
            f"{c.case['id']:5} {c.case['metric']:18} {c.published:10.2f} {c.model:10.2f} "
            f"{c.ratio:6.2f}  {c.case['business'][:50]}"
        )
    ratios = [c.ratio for c in comparisons if c.ratio is not None]
    print(
        f"\n{len(ratios)} cases run; median ratio {median_ratio(comparisons):.2f}; "
        f"within a factor of 2: {sum(0.5 <= r <= 2 for r in ratios)} of {len(ratios)}"
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
