"""The Scenarios page adds, edits and removes scenarios undoably; its model is a sound Qt model."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QLocale, Qt
from PySide6.QtWidgets import QApplication

from continuity_app.core.display import confidence_words, preset_source
from continuity_app.gui.models.scenarios_model import DURATION, LAYERS, NAME, ScenariosModel
from continuity_app.gui.pages.scenarios_page import ScenariosPage
from tests.gui.mirroring import assert_first_column_at_the_right, assert_right_of


def _page(qtbot, app_context) -> ScenariosPage:
    page = ScenariosPage(app_context)
    qtbot.addWidget(page)
    page.resize(1100, 750)
    page.show()
    return page


def test_model_passes_the_model_tester(qtmodeltester, app_context):
    model = ScenariosModel(app_context.open_plan, app_context.reference)
    qtmodeltester.check(model)


def test_layers_are_said_plainly(app_context):
    model = ScenariosModel(app_context.open_plan, app_context.reference)
    row = model.row_of("meta_wide")
    text = model.data(model.index(row, LAYERS))
    assert text == "WhatsApp service + Meta shared infrastructure"


def test_edit_duration_and_name_through_the_model(app_context):
    open_plan = app_context.open_plan
    model = ScenariosModel(open_plan, app_context.reference)
    assert model.setData(model.index(0, DURATION), "3.5")
    assert open_plan.plan.scenarios[0].duration_hours == 3.5
    assert not model.setData(model.index(0, DURATION), "500")
    assert open_plan.plan.scenarios[0].duration_hours == 3.5
    assert model.setData(model.index(0, NAME), "Short WhatsApp outage")
    assert open_plan.plan.scenarios[0].name == "Short WhatsApp outage"
    open_plan.undo_stack.undo()
    open_plan.undo_stack.undo()
    assert open_plan.plan.scenarios[0].duration_hours != 3.5


@pytest.mark.parametrize("locale", ["fr_FR", "de_DE", "ar_EG"])
def test_edit_duration_through_a_float_in_a_comma_locale(app_context, locale):
    """The default editor hands a float: it must be taken as it is, not read as text."""
    previous = QLocale()
    QLocale.setDefault(QLocale(locale))
    try:
        open_plan = app_context.open_plan
        model = ScenariosModel(open_plan, app_context.reference)
        rejected = []
        model.editRejected.connect(rejected.append)
        assert model.setData(model.index(0, DURATION), 3.5)
        assert open_plan.plan.scenarios[0].duration_hours == 3.5
        assert rejected == []
        assert model.setData(model.index(0, DURATION), QLocale().toString(4.5))
        assert open_plan.plan.scenarios[0].duration_hours == 4.5
    finally:
        QLocale.setDefault(previous)


def test_add_preset_custom_and_remove_are_undoable(qtbot, app_context):
    open_plan = app_context.open_plan
    before = open_plan.plan
    page = _page(qtbot, app_context)
    plan_presets = {s.preset for s in before.scenarios}
    page.preset_menu.aboutToShow.emit()
    missing = [p for p in page._derivations() if p not in plan_presets]
    if not missing:  # the example holds every preset: remove one to add it back
        page.select(0)
        page.remove_selected()
        missing = [before.scenarios[0].preset]
    count = len(open_plan.plan.scenarios)
    page.add_scenario_from_preset(missing[0])
    assert len(open_plan.plan.scenarios) == count + 1
    assert open_plan.plan.scenarios[-1].preset == missing[0]
    assert page.selected().id == open_plan.plan.scenarios[-1].id

    page.add_custom_scenario()
    custom = open_plan.plan.scenarios[-1]
    assert custom.preset is None
    assert page.selected() == custom

    page.remove_selected()
    assert custom.id not in {s.id for s in open_plan.plan.scenarios}
    open_plan.undo_stack.undo()
    assert open_plan.plan.scenarios[-1] == custom
    while open_plan.undo_stack.canUndo():
        open_plan.undo_stack.undo()
    assert open_plan.plan == before


def test_layers_and_pinned_start_from_the_panel(qtbot, app_context):
    open_plan = app_context.open_plan
    page = _page(qtbot, app_context)
    page.select(0)
    scenario_id = page.selected().id
    telegram = next(
        page.layers.item(i)
        for i in range(page.layers.count())
        if page.layers.item(i).data(Qt.ItemDataRole.UserRole) == "telegram"
    )
    telegram.setCheckState(Qt.CheckState.Checked)
    scenario = next(s for s in open_plan.plan.scenarios if s.id == scenario_id)
    assert "telegram" in scenario.failed_layers

    # unticking every layer is refused: a scenario needs one failing layer
    for i in range(page.layers.count()):
        page.layers.item(i).setCheckState(Qt.CheckState.Unchecked)
    assert page.error.isVisible()
    scenario = next(s for s in open_plan.plan.scenarios if s.id == scenario_id)
    assert scenario.failed_layers

    page.weekday.setCurrentIndex(4)
    page.pin.setChecked(True)
    scenario = next(s for s in open_plan.plan.scenarios if s.id == scenario_id)
    assert scenario.start is not None and scenario.start.weekday == "fri"


def test_presets_show_their_derivation_and_history(qtbot, app_context):
    page = _page(qtbot, app_context)
    page.select(0)
    assert page.derivation.text()
    assert "Source" in page.sources.text()
    assert page.history.rowCount() == len(app_context.reference.outages)


def test_right_to_left_mirrors_the_page(qtbot, app_context):
    """Right to left, the scenarios table is right of the selected scenario's panel, and its
    first column (the name) at its right."""
    QApplication.setLayoutDirection(Qt.LayoutDirection.RightToLeft)
    try:
        page = _page(qtbot, app_context)
        qtbot.waitExposed(page)
        assert not page.grab().isNull()
        assert_right_of(page.table, page.detail)
        assert_first_column_at_the_right(page.table)
        assert_first_column_at_the_right(page.history)
    finally:
        QApplication.setLayoutDirection(Qt.LayoutDirection.LeftToRight)


def test_confidence_is_shown_in_translated_words(qtbot, app_context, pseudo):
    page = _page(qtbot, app_context)
    row = next(
        i for i, s in enumerate(app_context.open_plan.plan.scenarios) if s.preset is not None
    )
    page.select(row)
    preset = page._derivations()[page.selected().preset].preset
    word = confidence_words(preset.confidence)
    assert word.startswith("⟦")
    source = preset_source(preset.rate_source)
    assert source.startswith("⟦")
    assert page.sources.text() == f"⟦Source: {source} (confidence: {word}).⟧"
    assert ".csv" not in page.sources.text()  # the source as a reader names it, no file
    assert page.derivation.text().startswith(f"⟦{preset.description}⟧")
    codes = {o.confidence for o in app_context.reference.outages}
    shown = {page.history.item(r, 4).text() for r in range(page.history.rowCount())}
    assert shown == {confidence_words(code) for code in codes}
    assert not shown & codes


def test_confidence_codes_read_as_words():
    assert confidence_words("M") == "medium"
    assert confidence_words("H") == "high"
    assert confidence_words("M-H") == "medium to high"
    assert confidence_words("derived") == "derived"
    assert confidence_words("") == "not rated"
