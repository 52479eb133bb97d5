"""Plan edits and questions the window and the core share (Qt-free)."""

from __future__ import annotations

from collections.abc import Sequence

from continuity_app.core.document import Function, Plan, revise


def with_functions(plan: Plan, functions: Sequence[Function]) -> Plan:
    """`plan` with these functions; fallbacks and tolerances of functions no longer in it go."""
    kept = {f.id for f in functions}
    return revise(
        plan,
        functions=list(functions),
        fallbacks=[f for f in plan.fallbacks if f.function in kept],
        tolerance=revise(
            plan.tolerance,
            functions={k: v for k, v in plan.tolerance.functions.items() if k in kept},
        ),
    )

