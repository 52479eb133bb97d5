"""What one edit changed in a plan, so that each view refreshes only the parts it shows."""

from __future__ import annotations

from dataclasses import dataclass

from continuity_app.core.plan import Plan

# The plan's parts, as its top-level fields are named.
PARTS: frozenset[str] = frozenset(
    ("business", "functions", "fallbacks", "scenarios", "tolerance", "settings", "details", "tasks")
)


@dataclass(frozen=True)
class PlanChange:
    """Which parts of a plan one step changed.

    `parts` are top-level fields of Plan ("business", "functions", ...); `business_fields`
    the Business fields that changed and `function_ids` the functions added, removed or edited
    (both empty when their part did not change, or when everything did).
    """

    parts: frozenset[str] = frozenset()
    business_fields: frozenset[str] = frozenset()
    function_ids: frozenset[str] = frozenset()

    @classmethod
    def everything(cls) -> PlanChange:
        """A change of every part: another plan was opened, restored or reverted."""
        return cls(parts=PARTS)

    @classmethod
    def between(cls, before: Plan, after: Plan) -> PlanChange:
        """What differs from `before` to `after` (compares parts, not a whole plan's JSON)."""
        parts = frozenset(p for p in PARTS if getattr(before, p) != getattr(after, p))
        fields: frozenset[str] = frozenset()
        if "business" in parts:
            fields = frozenset(
                name
                for name in type(before.business).model_fields
                if getattr(before.business, name) != getattr(after.business, name)
            )
        ids: frozenset[str] = frozenset()
        if "functions" in parts:
            old = {f.id: f for f in before.functions}
            new = {f.id: f for f in after.functions}
            ids = frozenset(i for i in old.keys() | new.keys() if old.get(i) != new.get(i))
        return cls(parts=parts, business_fields=fields, function_ids=ids)

    def touches(self, *parts: str) -> bool:
        """Whether any of these parts changed."""
        return not self.parts.isdisjoint(parts)

    def touches_business(self, *fields: str) -> bool:
        """Whether any of these Business fields changed (all may have, when the business
        changed as a whole)."""
        if "business" not in self.parts:
            return False
        return not self.business_fields or not self.business_fields.isdisjoint(fields)

    def touches_function(self, function_id: str) -> bool:
        """Whether this function was added, removed or edited (any may have, when the
        functions changed as a whole)."""
        if "functions" not in self.parts:
            return False
        return not self.function_ids or function_id in self.function_ids

    def __bool__(self) -> bool:
        return bool(self.parts)
