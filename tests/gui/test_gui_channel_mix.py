"""The Functions page's channel mix as a user edits it: add a channel, type its share, see what
each outage cuts off, be refused past 100%, remove it, undo."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from continuity_app.gui.models.channel_mix_model import CHANNEL, SHARE
from continuity_app.gui.pages.functions_page import FunctionsPage


@pytest.fixture
def page(make_window):
    window = make_window()
    page = window.page(FunctionsPage)
    window.show_page(FunctionsPage)
    page.table.setCurrentIndex(page.model.index(0, 0))
    return page


def rows(page) -> list[tuple[str, str]]:
    model = page.mix_box.model
    return [
        (model.index(r, CHANNEL).data(), model.index(r, SHARE).data())
        for r in range(model.rowCount())
    ]


def test_the_mix_of_the_selected_function_is_shown_with_what_each_outage_cuts_off(page):
    assert rows(page) == [("WhatsApp", "75 – 85 – 95")]
    box = page.mix_box
    assert box.title() == f"Channels of {page.context.open_plan.plan.functions[0].name}"
    assert "15%" in box.rest.text()
    # a WhatsApp-only outage and a Meta-wide one both cut off the 85% on WhatsApp
    assert box.cut_off.text() == "Every outage of the plan cuts off 85% of these interactions."


def test_adding_instagram_and_typing_its_share_edits_the_plan_and_undo_restores_it(page):
    box = page.mix_box
    open_plan = page.context.open_plan
    before = open_plan.plan.functions[0].channel_mix
    box.add.activated.emit(box.add.findData("instagram"))
    assert open_plan.plan.functions[0].channel_mix["instagram"] == 0.0
    row = next(r for r in range(box.model.rowCount()) if box.model.channel_at(r) == "instagram")
    assert box.model.setData(box.model.index(row, SHARE), "10", Qt.ItemDataRole.EditRole)
    assert open_plan.plan.functions[0].channel_mix["instagram"] == pytest.approx(0.1)
    assert "5%" in box.rest.text()  # 100 - 85 - 10
    # Instagram fails with WhatsApp only when Meta does: 95% cut off then, 85% otherwise
    assert "95%" in box.cut_off.text() and "85%" in box.cut_off.text()
    assert ("Instagram Direct", "10") in rows(page)
    # 85 + 20 is more than the whole: refused in percent, the plan unchanged
    assert not box.model.setData(box.model.index(row, SHARE), "20", Qt.ItemDataRole.EditRole)
    assert "105%" in page.error.text() and "at most 100%" in page.error.text()
    assert open_plan.plan.functions[0].channel_mix["instagram"] == pytest.approx(0.1)
    box.table.setCurrentIndex(box.model.index(row, CHANNEL))
    box.remove_button.click()
    assert "instagram" not in open_plan.plan.functions[0].channel_mix
    for _ in range(3):  # remove, the share, the addition
        page.window().undo_action.trigger()
    assert open_plan.plan.functions[0].channel_mix == before


def test_the_choices_offer_only_channels_not_yet_in_the_mix(page):
    box = page.mix_box
    offered = [box.add.itemData(i) for i in range(1, box.add.count())]
    assert "whatsapp" not in offered
    assert {"instagram", "facebook", "telegram", "walk_in", "webshop"} <= set(offered)
