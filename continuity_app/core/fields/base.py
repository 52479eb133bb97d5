"""A plan field as the registry declares it: its words, unit, scale, limits and default."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

from pydantic import BaseModel

from continuity_app.core.plan import (
    Business,
    Fallback,
    Function,
    FunctionTolerance,
    ModelSettings,
    Role,
    Scenario,
    Task,
    Tolerance,
)

Owner = Literal[
    "business", "function", "fallback", "scenario", "role", "tolerance", "settings", "task"
]
# text and choice are words; count is a whole number; share is stored 0..1 and shown in percent
Kind = Literal["text", "choice", "count", "number", "share", "money", "date"]
CURRENCY = "%1"  # stands for the plan's currency in a money field's label and tooltip

# the data classes holding each owner's fields (the tolerance: the business's and a function's)
_MODELS: dict[str, tuple[type[BaseModel], ...]] = {
    "business": (Business,),
    "function": (Function,),
    "fallback": (Fallback,),
    "scenario": (Scenario,),
    "role": (Role,),
    "tolerance": (Tolerance, FunctionTolerance),
    "settings": (ModelSettings,),
    "task": (Task,),
}


@dataclass(frozen=True)
class Limits:
    """The values a field accepts, in stored units (shares from 0 to 1)."""

    low: float | None = None
    high: float | None = None
    low_excluded: bool = False  # "more than 0" rather than "0 or more"


SHARE = Limits(0.0, 1.0)
NOT_NEGATIVE = Limits(0.0)
POSITIVE = Limits(0.0, low_excluded=True)
WEEK_HOURS = Limits(0.0, 168.0)  # up to the one-week horizon of the simulation


@dataclass(frozen=True)
class Field:
    """One user-editable plan field, as every screen, file and message names it."""

    key: str  # the attribute of the owner's data class
    owner: Owner
    label: str  # translated; "&" marks a form's shortcut letter, %1 the plan currency
    tooltip: str = ""
    kind: Kind = "text"
    unit: str = ""  # percent, hours, money, people, interactions, messages, per year...
    scale: float = 1.0  # shown = stored * scale (100 for a share shown in percent)
    uncertain: bool = False  # accepts low – likely – high
    optional: bool = False  # empty is allowed and means "the default"
    limits: Limits | None = None  # what the window enforces, in stored units
    default_source: str = ""  # where a new value comes from when none is typed
    synonyms: tuple[str, ...] = ()  # spreadsheet header words, without case or punctuation
    sheet_hint: str = ""  # what a spreadsheet cell holds, with an example
    pdf_header: str = ""  # a short column header for the printed plan

    @property
    def default(self) -> object:
        """The plan's own default for the field (None where a value is required)."""
        info = next(
            (m.model_fields[self.key] for m in _MODELS[self.owner] if self.key in m.model_fields),
            None,
        )
        if info is None or info.is_required():
            return None
        return info.get_default(call_default_factory=True)

    def title(self, currency: str = "", mnemonic: bool = False) -> str:
        """The label as shown: the plan's currency filled in, the shortcut mark kept only
        for a form's label (`mnemonic`)."""
        text = self.label.replace(CURRENCY, currency) if currency else self.label
        return text if mnemonic else _without_mnemonic(text)

    def tip(self, currency: str = "") -> str:
        """The tooltip with the plan's currency filled in."""
        return self.tooltip.replace(CURRENCY, currency) if currency else self.tooltip

    @property
    def header(self) -> str:
        """The printed plan's column header: the short one, or the label."""
        return self.pdf_header or self.title()


def _without_mnemonic(text: str) -> str:
    return text.replace("&&", "\0").replace("&", "").replace("\0", "&")
