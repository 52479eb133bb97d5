"""The shape of a named edit: it applies itself to a plan, names itself for Undo, merges."""

from __future__ import annotations

from abc import ABC, abstractmethod
from dataclasses import dataclass

from continuity_app.core.plan import Plan


@dataclass(frozen=True)
class PlanEdit(ABC):
    """One named change to a plan, the only way the window changes it.

    `apply` returns the changed plan (plans are immutable values) and raises
    pydantic.ValidationError when the change would make the plan invalid: the caller shows
    the problem and the plan stays as it was. `text` is the Undo menu's name for the step, a
    whole translated sentence, given the plan before the change. Consecutive edits with the
    same non-empty `merge_key` (typing in one field) make one undo step.
    """

    @abstractmethod
    def apply(self, plan: Plan) -> Plan:
        """`plan` with this change made."""

    @abstractmethod
    def text(self, plan: Plan) -> str:
        """The undo step's name, e.g. "Remove Orders" (`plan` is the plan before)."""

    @property
    def merge_key(self) -> str:
        """Edits with the same non-empty key merge into one undo step."""
        return ""


def replaced(items: list, key, new, attribute: str = "id") -> list:
    """`items` with the one whose `attribute` is `key` replaced by `new` (in its place)."""
    return [new if getattr(item, attribute) == key else item for item in items]
