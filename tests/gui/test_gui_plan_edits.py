"""Named edits in the window: one undo step each, typing merged, what changed sent to the pages
(which refresh, and say what they miss, only for the parts they show)."""

from __future__ import annotations

from continuity_app.core.plan import FunctionKind
from continuity_app.core.plan_change import PARTS
from continuity_app.core.plan_edits import (
    AddFunction,
    RemoveFunction,
    SetDetail,
    SetFunctionField,
)
from continuity_app.gui.open_plan import OpenPlan
from continuity_app.gui.pages.fallbacks_page import FallbacksPage
from continuity_app.gui.pages.functions_page import FunctionsPage
from continuity_app.io.examples import load_example
from tests.gui.sidebar import sidebar_item


def test_apply_is_one_undo_step_named_by_the_edit_and_typing_merges(qtbot):
    open_plan = OpenPlan(load_example("ramallah-bakery"))
    function = open_plan.plan.functions[0]
    for typed in ("L", "Li", "Lin"):
        assert open_plan.apply(SetDetail("owner", typed))
    assert open_plan.undo_stack.count() == 1
    assert open_plan.undo_stack.undoText() == "Change plan owner"
    assert open_plan.apply(RemoveFunction(function.id))
    assert open_plan.undo_stack.undoText() == f"Remove {function.name}"
    assert not open_plan.apply(RemoveFunction(function.id))  # nothing left to remove: no step
    assert open_plan.undo_stack.count() == 2
    open_plan.undo_stack.undo()
    open_plan.undo_stack.undo()
    assert open_plan.plan == load_example("ramallah-bakery")


def test_plan_changed_carries_what_changed_also_on_undo_and_reset(qtbot):
    open_plan = OpenPlan(load_example("ramallah-bakery"))
    seen = []
    open_plan.planChanged.connect(lambda plan, change: seen.append(change))
    function = open_plan.plan.functions[0]
    open_plan.apply(SetFunctionField(function.id, "daily_interactions", 12.0, "Per day"))
    assert seen[-1].parts == {"functions"} and seen[-1].function_ids == {function.id}
    open_plan.apply(SetDetail("owner", "Lina"))
    assert seen[-1].parts == {"details"}
    open_plan.undo_stack.undo()
    assert seen[-1].parts == {"details"}
    open_plan.reset(load_example("mumbai-clinic"), None)
    assert seen[-1].parts == PARTS


def test_pages_say_what_they_miss_only_when_a_part_they_show_changed(qtbot, make_window):
    window = make_window()
    open_plan = window.open_plan
    emitted = []
    for page in window.pages:
        page.missingChanged.connect(lambda page=page: emitted.append(type(page).__name__))
    open_plan.apply(SetDetail("owner", "Lina"))
    assert "PlanPage" in emitted
    assert not {"FunctionsPage", "FallbacksPage", "ScenariosPage"} & set(emitted)
    emitted.clear()
    open_plan.apply(AddFunction(window.context.reference, FunctionKind.ORDERS_SALES))
    assert {"FunctionsPage", "FallbacksPage"} <= set(emitted)
    assert not {"PlanPage", "ScenariosPage"} & set(emitted)
    # and the sidebar shows the new function's gap at once
    assert "New function 1" in sidebar_item(window, FallbacksPage).toolTip()


def test_add_function_on_the_page_takes_the_kinds_defaults(qtbot, make_window):
    window = make_window()
    page = window.page(FunctionsPage)
    page.add_function()
    added = window.open_plan.plan.functions[-1]
    default = window.context.reference.function_defaults["customer_service"]
    assert added.daily_interactions == default.daily_interactions
    assert added.channel_mix["whatsapp"] == default.whatsapp_share
    assert page.selected_function() == added


def test_the_day_chart_is_redrawn_only_for_the_selected_function_or_the_opening_hours(
    qtbot, make_window, monkeypatch
):
    window = make_window()
    window.show_page(FunctionsPage)
    page = window.page(FunctionsPage)
    drawn = []
    monkeypatch.setattr(page, "_show_profile", lambda: drawn.append(page.selected_function()))
    selected, other = page.selected_function(), window.open_plan.plan.functions[1]
    assert selected is not None and selected.id != other.id
    window.open_plan.apply(SetFunctionField(other.id, "daily_interactions", 7.0, "Per day"))
    assert drawn == []  # another function's edit leaves the selected one's day as it is
    window.open_plan.apply(SetFunctionField(selected.id, "daily_interactions", 7.0, "Per day"))
    assert len(drawn) == 1
    window.open_plan.undo_stack.undo()  # the undo of the selected function's edit, too
    assert len(drawn) == 2
