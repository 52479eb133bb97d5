"""The open plan in the window: one Plan value, edited only through undoable commands."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QUndoCommand, QUndoStack

from continuity_app.core.plan import Plan
from continuity_app.core.plan_change import PlanChange
from continuity_app.core.plan_edits import PlanEdit
from continuity_app.io.planfile import plan_to_json


def file_stem(plan: Plan) -> str:
    """A file name for a plan not saved yet: the business name after any "—", in
    lower-case words joined by '-' (may be empty)."""
    return plan.business.name.split("—")[-1].strip().replace(" ", "-").lower()


class ReplacePlan(QUndoCommand):
    """Swaps the whole plan for an edited copy; undo swaps it back.

    Plans are immutable values, so a command only needs the two versions. Consecutive edits
    of the same field (typing in a spin box) merge into one undo step (OpenPlan.apply
    merges them itself: a command Qt merges away or drops from the redo end is deleted in
    C++, but PySide keeps its Python object, with both plans, for good).
    """

    def __init__(self, open_plan: OpenPlan, before: Plan, after: Plan, text: str, key: str):
        super().__init__(text)
        self._document = open_plan
        self._before: Plan | None = before
        self._after: Plan | None = after
        self.key = key

    def redo(self) -> None:
        if self._after is not None:  # None once released: Qt never runs such a command again
            self._document._set(self._after)

    def undo(self) -> None:
        if self._before is not None:
            self._document._set(self._before)

    def merge(self, after: Plan, text: str) -> None:
        self._after = after
        self.setText(text)

    def release(self) -> None:
        """Drop the plans once Qt has deleted the command (its Python object stays)."""
        self._before = self._after = None


class OpenPlan(QObject):
    """The plan being edited, its file, and whether it has unsaved changes."""

    # the new Plan and what changed in it (a PlanChange): listeners refresh only what they show
    planChanged = Signal(object, object)
    # the same Plan, to be shown again: how numbers are written changed (digits, durations)
    displayChanged = Signal(object)
    pathChanged = Signal(object)  # Path | None
    modifiedChanged = Signal(bool)
    opened = Signal(object)  # Plan: another plan (New, Open, Revert, recovered work) is shown

    def __init__(self, plan: Plan, path: Path | None = None, parent: QObject | None = None):
        super().__init__(parent)
        self._plan = plan
        self._path = path
        self.last_change = PlanChange.everything()  # what the last planChanged said changed
        self.undo_stack = QUndoStack(self)
        self.undo_stack.cleanChanged.connect(self._clean_changed)

    @property
    def plan(self) -> Plan:
        return self._plan

    @property
    def path(self) -> Path | None:
        return self._path

    @property
    def modified(self) -> bool:
        return not self.undo_stack.isClean()

    def apply(self, edit: PlanEdit) -> bool:
        """Make a named edit as one undoable step (merged into the step before when both have
        the same merge key); False when it changed nothing. Raises what the edit raises
        (pydantic.ValidationError for a value the plan refuses): the plan stays as it was."""
        before = self._plan
        after = edit.apply(before)
        if after == before:
            return False
        self.edit(after, edit.text(before), edit.merge_key)
        return True

    def edit(self, plan: Plan, text: str, merge_key: str = "") -> None:
        """Replace the plan with an edited version as one undoable step (prefer `apply` with
        a named edit from core.plan_edits: it names and merges the step the same everywhere)."""
        if plan == self._plan:
            return
        stack = self.undo_stack
        index = stack.index()
        top = stack.command(index - 1) if index > 0 else None
        if (
            merge_key
            and isinstance(top, ReplacePlan)
            and top.key == merge_key
            and index == stack.count()
            and index != stack.cleanIndex()  # the saved version stays reachable by undo
        ):
            if plan == top._before:  # typed back to where the step began: no step at all
                top.setObsolete(True)
                stack.undo()  # removes the obsolete step (without calling its undo())
                top.release()
                self._set(plan)
                return
            top.merge(plan, text)
            self._set(plan)
            return
        dropped = [stack.command(i) for i in range(index, stack.count())]  # the redo end
        stack.push(ReplacePlan(self, self._plan, plan, text, merge_key))
        _release(dropped)

    def reset(self, plan: Plan, path: Path | None) -> None:
        """Start over with another plan (New, Open, Revert): no undo history, nothing modified."""
        dropped = [self.undo_stack.command(i) for i in range(self.undo_stack.count())]
        self.undo_stack.clear()
        _release(dropped)
        self._path = path
        self._set(plan, PlanChange.everything())
        self.undo_stack.setClean()
        self.pathChanged.emit(path)
        self.modifiedChanged.emit(False)
        self.opened.emit(plan)

    def restore(self, plan: Plan, path: Path | None) -> None:
        """Put back work recovered after a crash: the plan of `path` (or untitled), unsaved.

        Unlike reset, it never reports "not modified" on the way: that would remove the
        recovery copy of the very work being restored.
        """
        self.undo_stack.clear()
        self._path = path
        self._set(plan, PlanChange.everything())
        # No state of the stack is the saved file: undo never makes it look saved.
        self.undo_stack.resetClean()
        self.pathChanged.emit(path)
        self.modifiedChanged.emit(True)
        self.opened.emit(plan)

    def saved_as(self, path: Path) -> None:
        """The plan is now stored in `path`, exactly as it is."""
        self._path = path
        self.undo_stack.setClean()
        self.pathChanged.emit(path)

    def text(self) -> str:
        return plan_to_json(self._plan)

    def _clean_changed(self, clean: bool) -> None:
        self.modifiedChanged.emit(not clean)

    def _set(self, plan: Plan, change: PlanChange | None = None) -> None:
        """Show `plan`; what changed is computed from the plan before unless given."""
        if change is None:
            change = PlanChange.between(self._plan, plan)
        self._plan = plan
        self.last_change = change
        self.planChanged.emit(plan, change)


def _release(commands: list[QUndoCommand]) -> None:
    """Let commands Qt has deleted drop their plans."""
    for command in commands:
        if isinstance(command, ReplacePlan):
            command.release()
