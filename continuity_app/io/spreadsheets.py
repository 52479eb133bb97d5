"""Functions tables from CSV/XLSX into a plan, and results out to CSV/XLSX (pandas, no Qt)."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from pydantic import ValidationError

from continuity_app.core.document import Function, FunctionKind, Plan, Range, Uncertain, likely
from continuity_app.core.i18n import translate
from continuity_app.core.ids import unique_id
from continuity_app.io.atomic import replacing

if TYPE_CHECKING:  # pandas loads only when a spreadsheet is read or written
    import pandas as pd

    from continuity_app.core.evaluation import Evaluation
    from continuity_app.core.montecarlo import MonteCarloResult
    from continuity_app.core.recommend import Recommendations

TABLE_SUFFIXES = (".csv", ".xlsx", ".xlsm")

# Plan fields a functions table can fill, in the order the mapping shows them.
FIELDS: tuple[str, ...] = (
    "name",
    "kind",
    "daily_interactions",
    "whatsapp_share",
    "revenue_per_interaction",
    "patience_hours",
    "recapture_share",
    "churn_share",
    "backlog_cost",
    "messages_per_interaction",
    "staff_affected",
    "productivity_loss",
    "id",
)
REQUIRED: tuple[str, ...] = ("name", "daily_interactions", "whatsapp_share")
_SHARES = {"whatsapp_share", "recapture_share", "churn_share", "productivity_loss"}
_UNCERTAIN = {
    "daily_interactions",
    "whatsapp_share",
    "revenue_per_interaction",
    "patience_hours",
    "recapture_share",
    "churn_share",
    "backlog_cost",
    "productivity_loss",
}

# Header words that point to a field (compared without case, spaces or punctuation).
_SYNONYMS: dict[str, tuple[str, ...]] = {
    "name": ("name", "function", "functionname", "process", "activity", "description"),
    "kind": ("kind", "type", "category", "functionkind"),
    "daily_interactions": (
        "dailyinteractions",
        "interactionsperday",
        "interactionsday",
        "perday",
        "daily",
        "messagesperday",
        "volume",
        "interactions",
    ),
    "whatsapp_share": ("whatsappshare", "share", "whatsapp", "washare", "shareonwhatsapp"),
    "revenue_per_interaction": (
        "revenueperinteraction",
        "revenue",
        "value",
        "valueperinteraction",
        "ordervalue",
    ),
    "patience_hours": ("patiencehours", "patience", "patienceh", "waithours"),
    "recapture_share": ("recaptureshare", "recapture", "recaptured"),
    "churn_share": ("churnshare", "churn"),
    "backlog_cost": ("backlogcost", "backlog"),
    "messages_per_interaction": ("messagesperinteraction", "messages"),
    "staff_affected": ("staffaffected", "staff"),
    "productivity_loss": ("productivityloss", "productivity"),
    "id": ("id", "functionid", "key", "code"),
}

_KIND_WORDS: dict[str, FunctionKind] = {
    "customerservice": FunctionKind.CUSTOMER_SERVICE,
    "service": FunctionKind.CUSTOMER_SERVICE,
    "support": FunctionKind.CUSTOMER_SERVICE,
    "orders": FunctionKind.ORDERS_SALES,
    "sales": FunctionKind.ORDERS_SALES,
    "orderssales": FunctionKind.ORDERS_SALES,
    "payments": FunctionKind.PAYMENTS,
    "payment": FunctionKind.PAYMENTS,
    "internal": FunctionKind.INTERNAL_COORDINATION,
    "internalcoordination": FunctionKind.INTERNAL_COORDINATION,
    "team": FunctionKind.INTERNAL_COORDINATION,
    "supplier": FunctionKind.SUPPLIER_COORDINATION,
    "suppliers": FunctionKind.SUPPLIER_COORDINATION,
    "suppliercoordination": FunctionKind.SUPPLIER_COORDINATION,
    "marketing": FunctionKind.MARKETING_BROADCAST,
    "broadcast": FunctionKind.MARKETING_BROADCAST,
    "marketingbroadcast": FunctionKind.MARKETING_BROADCAST,
    "appointments": FunctionKind.APPOINTMENTS,
    "appointment": FunctionKind.APPOINTMENTS,
    "bookings": FunctionKind.APPOINTMENTS,
    "delivery": FunctionKind.DELIVERY,
    "deliveries": FunctionKind.DELIVERY,
}


class SpreadsheetError(ValueError):
    """A table that cannot be read or written; the message says why."""


@dataclass(frozen=True)
class RowProblem:
    """One bad cell: ``row`` is the spreadsheet's row number (the header is row 1)."""

    row: int
    column: str | None
    message: str

    def __str__(self) -> str:
        if self.column:
            return translate("Spreadsheets", "row {row}, column {column}: {message}").format(
                row=self.row, column=repr(self.column), message=self.message
            )
        return translate("Spreadsheets", "row {row}: {message}").format(
            row=self.row, message=self.message
        )


class TableProblems(SpreadsheetError):
    """The table was read but some rows are not valid functions."""

    def __init__(self, problems: list[RowProblem]) -> None:
        self.problems = problems
        shown = "; ".join(str(p) for p in problems[:5])
        more = ""
        if len(problems) > 5:
            more = " " + translate("Spreadsheets", "(and %n more)", None, len(problems) - 5)
        super().__init__(shown + more)


def _key(text: object) -> str:
    norm = unicodedata.normalize("NFKD", str(text)).casefold()
    return "".join(c for c in norm if c.isalnum())


# -- reading ----------------------------------------------------------------------------------


def read_functions_table(path: Path | str) -> tuple[pd.DataFrame, dict[str, str]]:
    """Read a CSV or XLSX functions table as text cells; also guess which column is which field.

    Returns the table (every cell a string, empty cells "") and {field: column} for the
    columns whose titles look like a plan field.
    """
    import pandas as pd

    path = Path(path)
    suffix = path.suffix.lower()
    if suffix not in TABLE_SUFFIXES:
        raise SpreadsheetError(
            translate("Spreadsheets", "{name}: choose a .csv or .xlsx file").format(name=path.name)
        )
    if path.is_file() and path.stat().st_size == 0:
        raise SpreadsheetError(_empty_file(path))
    try:
        if suffix == ".csv":
            frame = _read_csv(pd, path)
        else:
            frame = pd.read_excel(path, dtype=str, keep_default_na=False, engine="openpyxl")
    except FileNotFoundError:
        raise SpreadsheetError(
            translate("Spreadsheets", "{path}: no such file").format(path=path)
        ) from None
    except UnicodeDecodeError:
        raise SpreadsheetError(
            translate(
                "Spreadsheets", "{name}: not UTF-8 text; save the table as CSV UTF-8 or as .xlsx"
            ).format(name=path.name)
        ) from None
    except pd.errors.EmptyDataError:
        raise SpreadsheetError(_empty_file(path)) from None
    except (pd.errors.ParserError, ValueError, OSError, KeyError) as error:
        raise SpreadsheetError(
            translate("Spreadsheets", "{name}: cannot read the table: {error}").format(
                name=path.name, error=error
            )
        ) from None
    except Exception as error:  # openpyxl raises its own types (BadZipFile, InvalidFileException)
        raise SpreadsheetError(
            translate(
                "Spreadsheets", "{name}: not a readable spreadsheet ({error_type}: {error})"
            ).format(name=path.name, error_type=type(error).__name__, error=error)
        ) from None
    frame.columns = [str(c).strip() for c in frame.columns]
    frame = frame.fillna("").astype(str)
    frame = frame[[any(str(v).strip() for v in row) for row in frame.itertuples(index=False)]]
    frame = frame.reset_index(drop=True)
    if frame.columns.empty:
        raise SpreadsheetError(
            translate("Spreadsheets", "{name}: the table has no columns").format(name=path.name)
        )
    return frame, guess_mapping(list(frame.columns))


def _empty_file(path: Path) -> str:
    return translate("Spreadsheets", "{name}: the file is empty").format(name=path.name)


def _read_csv(pd: Any, path: Path) -> pd.DataFrame:
    """CSV with the separator sniffed (comma, semicolon, tab); a comma if it cannot be told."""
    import csv

    options = {"dtype": str, "keep_default_na": False, "encoding": "utf-8-sig"}
    try:
        return pd.read_csv(path, sep=None, engine="python", **options)
    except csv.Error:  # one column, or nothing to tell separators apart
        return pd.read_csv(path, sep=",", **options)


def guess_mapping(columns: Iterable[str]) -> dict[str, str]:
    """{field: column} for the columns whose titles name a field; each column used once."""
    columns = list(columns)
    keys = {c: _key(c) for c in columns}
    mapping: dict[str, str] = {}
    used: set[str] = set()
    for exact in (True, False):
        for field in FIELDS:
            if field in mapping:
                continue
            for word in (_key(field), *_SYNONYMS[field]):
                match = next(
                    (
                        c
                        for c in columns
                        if c not in used
                        and (keys[c] == word if exact else len(word) > 3 and word in keys[c])
                    ),
                    None,
                )
                if match is not None:
                    mapping[field] = match
                    used.add(match)
                    break
    return mapping


# -- turning rows into functions --------------------------------------------------------------

_SEPARATORS = re.compile(r"\s*[–—/;]\s*|\s+-\s+|\s*\.\.\s*")
_THOUSANDS = re.compile(r"^-?\d{1,3}(,\d{3})+(\.\d+)?$")


def _number(text: str) -> float:
    cleaned = text.strip().replace("\u00a0", "").replace("\u202f", "").replace(" ", "")
    thousands = _THOUSANDS.match(cleaned)
    return float(cleaned.replace(",", "") if thousands else cleaned.replace(",", "."))


def parse_cell(text: str, field: str) -> Uncertain | int | str | None:
    """One cell as the field's value; ValueError says what is wrong. Empty gives None."""
    text = str(text).strip()
    if not text or text.lower() in ("nan", "none"):
        return None
    if field in ("name", "id"):
        return text
    if field == "kind":
        return _kind(text)
    percent = field in _SHARES and "%" in text
    parts = [p for p in _SEPARATORS.split(text.replace("%", "")) if p]
    try:
        numbers = [_number(p) for p in parts]
    except ValueError:
        raise ValueError(
            translate("Spreadsheets", "{text} is not a number").format(text=repr(text))
        ) from None
    if percent:  # "80 %" in a share column
        numbers = [n / 100 for n in numbers]
    if field == "staff_affected":
        if len(numbers) != 1 or numbers[0] != int(numbers[0]):
            raise ValueError(
                translate("Spreadsheets", "{text} is not a whole number of people").format(
                    text=repr(text)
                )
            )
        return int(numbers[0])
    if field == "messages_per_interaction":
        if len(numbers) != 1:
            raise ValueError(
                translate("Spreadsheets", "{text}: give one number").format(text=repr(text))
            )
        return numbers[0]
    if len(numbers) == 1:
        return numbers[0]
    if len(numbers) == 3:
        low, mid, high = numbers
        if not low <= mid <= high:
            raise ValueError(
                translate(
                    "Spreadsheets", "{text}: low – likely – high must be in rising order"
                ).format(text=repr(text))
            )
        return Range(low=low, likely=mid, high=high)
    raise ValueError(
        translate("Spreadsheets", "{text}: give one number or low – likely – high").format(
            text=repr(text)
        )
    )


def _kind(text: str) -> FunctionKind:
    key = _key(text)
    for kind in FunctionKind:
        if key == _key(kind.value):
            return kind
    if key in _KIND_WORDS:
        return _KIND_WORDS[key]
    for word, kind in _KIND_WORDS.items():
        if len(word) > 4 and word in key:
            return kind
    names = ", ".join(k.value for k in FunctionKind)
    raise ValueError(
        translate("Spreadsheets", "{text} is not a kind of function; use one of {kinds}").format(
            text=repr(text), kinds=names
        )
    )


def _slug(name: str) -> str:
    ascii_name = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode()
    slug = re.sub(r"[^a-z0-9]+", "-", ascii_name.lower()).strip("-")[:40]
    return slug or "function"


def functions_from_table(
    df: pd.DataFrame,
    mapping: Mapping[str, str | None],
    *,
    existing_ids: Iterable[str] = (),
) -> list[Function]:
    """Validated functions, one per row; TableProblems lists every bad cell by row and column.

    ``mapping`` is {field: column}; unmapped fields keep the plan's defaults (kind: customer
    service). Ids come from an "id" column or from the names, unique among themselves and
    ``existing_ids``.
    """
    mapping = {f: c for f, c in mapping.items() if c}
    problems: list[RowProblem] = []
    missing = [f for f in REQUIRED if f not in mapping]
    if missing:
        message = translate("Spreadsheets", "choose a column for {fields}").format(
            fields=", ".join(missing)
        )
        raise TableProblems([RowProblem(1, None, message)])
    for field, column in mapping.items():
        if field not in FIELDS:
            raise TableProblems([RowProblem(1, column, f"{field!r} is not a function field")])
        if column not in df.columns:
            message = translate("Spreadsheets", "no such column in the table")
            raise TableProblems([RowProblem(1, column, message)])
    taken = set(existing_ids)
    functions: list[Function] = []
    for index, row in enumerate(df.itertuples(index=False)):
        cells = dict(zip(df.columns, row, strict=True))
        number = index + 2  # the header is row 1
        values: dict[str, Any] = {}
        bad = False
        for field, column in mapping.items():
            try:
                value = parse_cell(cells[column], field)
            except ValueError as error:
                problems.append(RowProblem(number, column, str(error)))
                bad = True
                continue
            if value is not None:
                values[field] = value
        if bad:
            continue
        for field in REQUIRED:
            if field not in values:
                empty = translate("Spreadsheets", "empty", "a required cell with nothing in it")
                problems.append(RowProblem(number, mapping[field], empty))
                bad = True
        if bad:
            continue
        values.setdefault("kind", FunctionKind.CUSTOMER_SERVICE)
        values["id"] = unique_id(_slug(str(values.get("id") or values["name"])), taken)
        try:
            function = Function.model_validate(values)
        except ValidationError as error:
            for item in error.errors():
                field = str(item["loc"][0]) if item["loc"] else "kind"
                message = str(item["msg"]).removeprefix("Value error, ")
                problems.append(RowProblem(number, mapping.get(field, field), message))
            continue
        taken.add(function.id)
        functions.append(function)
    if problems:
        raise TableProblems(problems)
    return functions


# -- exporting results ------------------------------------------------------------------------


def results_tables(
    evaluation: Evaluation,
    monte_carlo: MonteCarloResult | None,
    recommendations: Recommendations | None,
    plan: Plan,
) -> dict[str, pd.DataFrame]:
    """The results as tables: Summary, Scenarios, Functions, Actions, Portfolio, Warnings."""
    import pandas as pd

    names = {f.id: f.name for f in plan.functions}
    summary: list[dict[str, Any]] = [
        {"item": "currency", "value": evaluation.currency},
        {"item": "expected loss per year (ALE)", "value": round(evaluation.ale, 2)},
        {"item": "tolerance per outage", "value": evaluation.tolerance},
        {"item": "reference scenario", "value": evaluation.reference_scenario_id},
        {"item": "MTPD hours", "value": evaluation.mtpd_hours},
    ]
    if monte_carlo is not None:
        summary.append({"item": "Monte Carlo years", "value": monte_carlo.trials})
        summary.append({"item": "Monte Carlo seed", "value": monte_carlo.seed})
        summary.append(
            {"item": "mean loss per year (simulated)", "value": monte_carlo.mean_per_year}
        )
        for key, value in monte_carlo.per_year.items():
            summary.append({"item": f"loss per year {key}", "value": value})
        for key, value in monte_carlo.per_outage.items():
            summary.append({"item": f"loss per outage {key}", "value": value})
    scenarios = [
        {
            "scenario": s.scenario.id,
            "name": s.scenario.name,
            "failed layers": ", ".join(s.scenario.failed_layers),
            "duration hours": s.scenario.duration_hours,
            "per year": s.scenario.frequency_per_year,
            "loss per outage": round(s.total, 2),
            **{f"loss: {c}": round(v, 2) for c, v in s.by_category.items()},
            "expected loss per year": round(s.expected_yearly_loss, 2),
            "MTPD hours": s.mtpd_hours,
            "worst start": f"{s.worst_start[0]} {s.worst_start[1]:02d}:00",
            "worst start loss": round(s.worst_start_loss, 2),
        }
        for s in evaluation.scenarios
    ]
    ale_by_function = evaluation.ale_by_function
    reference = evaluation.reference
    functions = []
    for f in plan.functions:
        outcome = next((o for o in reference.functions if o.function_id == f.id), None)
        functions.append(
            {
                "function": f.id,
                "name": f.name,
                "kind": f.kind.value,
                "daily interactions": likely(f.daily_interactions),
                "WhatsApp share": likely(f.whatsapp_share),
                "expected loss per year": round(ale_by_function.get(f.id, 0.0), 2),
                f"loss in {reference.scenario.id}": round(outcome.total, 2) if outcome else None,
                "MBCO breached": outcome.mbco_breached if outcome else None,
                "hourly profile from chat": f.hourly_profile is not None,
            }
        )
    actions: list[dict[str, Any]] = []
    portfolio: list[dict[str, Any]] = []
    warnings: list[dict[str, Any]] = []
    if recommendations is not None:
        actions = [
            {
                "action": v.action.id,
                "function": v.action.function_id,
                "function name": names.get(v.action.function_id, v.action.function_id),
                "channel": v.action.channel,
                "title": v.action.title,
                "reach": round(v.action.reach, 3),
                "readiness before": round(v.action.readiness_before, 3),
                "readiness after": round(v.action.readiness_after, 3),
                "loss per year avoided": v.ale_reduction,
                "P90 year loss avoided": v.p90_reduction,
                "one-off cost": round(v.action.one_off_cost, 2),
                "monthly cost": round(v.action.monthly_cost, 2),
                "cost per year": v.cost_per_year,
                "payback months": v.payback_months,
                "why": v.explanation,
            }
            for v in recommendations.actions
        ]
        portfolio = [
            {
                "action": item.action.id,
                "function": item.action.function_id,
                "channel": item.action.channel,
                "title": item.action.title,
                "loss per year avoided (on top)": item.marginal_ale_reduction,
                "cost per year": round(item.cost_per_year, 2),
            }
            for item in recommendations.portfolio
        ]
        warnings = [
            {"kind": w.kind, "function": w.function, "channel": w.channel, "message": w.message}
            for w in recommendations.warnings
        ]
    columns = {
        "Actions": ["action", "function", "channel", "title", "loss per year avoided"],
        "Portfolio": ["action", "function", "channel", "title", "cost per year"],
        "Warnings": ["kind", "function", "channel", "message"],
    }
    return {
        "Summary": pd.DataFrame(summary),
        "Scenarios": pd.DataFrame(scenarios),
        "Functions": pd.DataFrame(functions),
        "Actions": pd.DataFrame(actions) if actions else pd.DataFrame(columns=columns["Actions"]),
        "Portfolio": (
            pd.DataFrame(portfolio) if portfolio else pd.DataFrame(columns=columns["Portfolio"])
        ),
        "Warnings": (
            pd.DataFrame(warnings) if warnings else pd.DataFrame(columns=columns["Warnings"])
        ),
    }


def export_results(
    path: Path | str,
    evaluation: Evaluation,
    monte_carlo: MonteCarloResult | None,
    recommendations: Recommendations | None,
    plan: Plan,
) -> None:
    """Write the results atomically: .xlsx with one sheet per table, .csv as one long table.

    The CSV stacks every table under a first column "table" naming the sheet it belongs to.
    """
    import pandas as pd

    path = Path(path)
    suffix = path.suffix.lower()
    if suffix not in (".csv", ".xlsx"):
        raise SpreadsheetError(
            translate("Spreadsheets", "{name}: give a file name ending in .csv or .xlsx").format(
                name=path.name
            )
        )
    tables = results_tables(evaluation, monte_carlo, recommendations, plan)
    try:
        with replacing(path, suffix=suffix) as temporary:
            if suffix == ".xlsx":
                with pd.ExcelWriter(temporary, engine="openpyxl") as writer:
                    for sheet, frame in tables.items():
                        frame.to_excel(writer, sheet_name=sheet, index=False)
                        _fit_columns(writer.sheets[sheet], frame)
            else:
                stacked = pd.concat(
                    [frame.assign(table=name) for name, frame in tables.items() if not frame.empty],
                    ignore_index=True,
                )
                stacked = stacked[["table", *[c for c in stacked.columns if c != "table"]]]
                stacked.to_csv(temporary, index=False, encoding="utf-8")
    except OSError as error:
        raise SpreadsheetError(
            translate("Spreadsheets", "cannot write {path}: {error}").format(
                path=path, error=error.strerror or error
            )
        ) from None


def _fit_columns(sheet: Any, frame: pd.DataFrame) -> None:
    """Widen the columns to their content (up to 60 characters) and freeze the header row."""
    from openpyxl.utils import get_column_letter

    for number, column in enumerate(frame.columns, start=1):
        longest = max([len(str(column)), *(len(str(v)) for v in frame[column].head(200))])
        sheet.column_dimensions[get_column_letter(number)].width = min(longest + 2, 60)
    sheet.freeze_panes = "A2"
