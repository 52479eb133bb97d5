"""What every page needs: the open document, its results, the reference data and settings."""

from __future__ import annotations

from dataclasses import dataclass

from continuity_app.core.reference import ReferenceData
from continuity_app.gui.document import PlanDocument
from continuity_app.gui.results_engine import ResultsEngine
from continuity_app.gui.settings import Settings


@dataclass(frozen=True)
class AppContext:
    document: PlanDocument
    engine: ResultsEngine
    reference: ReferenceData
    settings: Settings
