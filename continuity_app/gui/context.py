"""What every page needs: the open plan, its results, the reference data and settings."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QLocale

from continuity_app.core.reference import ReferenceData
from continuity_app.gui.formatting import Formatter
from continuity_app.gui.open_plan import OpenPlan
from continuity_app.gui.results_engine import ResultsEngine
from continuity_app.gui.settings import DIGITS, DURATION_UNIT, Settings


@dataclass(frozen=True)
class AppContext:
    open_plan: OpenPlan
    engine: ResultsEngine
    reference: ReferenceData
    settings: Settings

    def formatter(self) -> Formatter:
        """Formats for the plan's currency with the user's locale, digits and duration unit."""
        return Formatter(
            self.reference,
            self.open_plan.plan.business.currency,
            QLocale(),
            digits=self.settings.get(DIGITS),
            duration_unit=self.settings.get(DURATION_UNIT),
        )
