"""The Plan page: roles, contact tree, activation criteria and messages, edited undoably."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from continuity_app.core.i18n import English, speaking
from continuity_app.core.message_templates import suggested_message
from continuity_app.core.plan_edits import SetMessageField
from continuity_app.gui.models.roles_model import FIELDS
from continuity_app.gui.pages.plan_page import PlanPage
from continuity_app.localization import language_for, language_name
from tests.gui.mirroring import (
    assert_first_column_at_the_right,
    assert_label_right_of_its_field,
    assert_right_of,
)

pytest.importorskip("pytestqt")


@pytest.fixture
def page(qtbot, app_context):
    page = PlanPage(app_context)
    qtbot.addWidget(page)
    page.resize(1100, 750)
    return page


def suggestion(app_context, message, language):
    with speaking(language):
        return suggested_message(
            message.audience,
            message.channel,
            app_context.open_plan.plan,
            app_context.reference,
        )


def _details(app_context):
    return app_context.open_plan.plan.details


def _undo_all(app_context) -> None:
    stack = app_context.open_plan.undo_stack
    while stack.canUndo():
        stack.undo()


def test_add_role_and_edit_it_then_undo(qtbot, page, app_context):
    before = app_context.open_plan.plan
    qtbot.mouseClick(page.add_role_button, Qt.MouseButton.LeftButton)
    roles = _details(app_context).roles
    assert len(roles) == 3
    assert roles[-1].title == "New role"
    row = page.roles_model.row_of(roles[-1].id)
    index = page.roles_model.index(row, FIELDS.index("alternate"))
    assert page.roles_model.setData(index, "Maha Nasser")
    assert _details(app_context).roles[-1].alternate == "Maha Nasser"
    _undo_all(app_context)
    assert app_context.open_plan.plan == before
    assert page.roles_model.rowCount() == 2


def test_remove_role_also_removes_calls_to_it(qtbot, page, app_context):
    page.roles_view.selectRow(1)
    assert page.roles_model.role_at(1).id == "orders-desk"
    qtbot.mouseClick(page.remove_role_button, Qt.MouseButton.LeftButton)
    roles = _details(app_context).roles
    assert [role.id for role in roles] == ["lead"]
    assert roles[0].calls == []
    app_context.open_plan.undo_stack.undo()
    assert [r.calls for r in _details(app_context).roles] == [["orders-desk"], []]


def test_contact_tree_shows_lead_calling_orders_desk(page):
    assert page.tree.topLevelItemCount() == 1
    root = page.tree.topLevelItem(0)
    assert root.data(0, Qt.ItemDataRole.UserRole) == "lead"
    assert "Outage lead" in root.text(0)
    assert root.childCount() == 1
    child = root.child(0)
    assert child.data(0, Qt.ItemDataRole.UserRole) == "orders-desk"
    assert "Orders desk" in child.text(0)
    assert "295 1234" in child.text(2)


def test_calls_checklist_sets_whom_a_role_calls(page, app_context):
    page.roles_view.selectRow(1)
    assert page.calls_list.count() == 1
    item = page.calls_list.item(0)
    assert item.data(Qt.ItemDataRole.UserRole) == "lead"
    item.setCheckState(Qt.CheckState.Checked)
    assert _details(app_context).roles[1].calls == ["lead"]
    # Lead and orders desk now call each other: a circle with no root is still shown.
    shown = {
        page.tree.topLevelItem(i).data(0, Qt.ItemDataRole.UserRole)
        for i in range(page.tree.topLevelItemCount())
    }
    assert "lead" in shown
    app_context.open_plan.undo_stack.undo()
    assert _details(app_context).roles[1].calls == []
    assert page.calls_list.item(0).checkState() == Qt.CheckState.Unchecked


def test_add_message_type_text_and_undo(qtbot, page, app_context):
    before = app_context.open_plan.plan
    page.tabs.setCurrentIndex(2)
    qtbot.mouseClick(page.add_message_button, Qt.MouseButton.LeftButton)
    messages = _details(app_context).messages
    assert len(messages) == 4
    new = messages[-1]
    # Customers and staff have a message already; suppliers do not.
    assert new.audience == "suppliers"
    assert new.language == "ar"  # Palestine's language
    assert new.channel in {f.channel for f in before.fallbacks}
    # A new message starts from the suggested text, naming the business.
    assert before.business.name in new.text
    page.text_edit.selectAll()
    qtbot.keyClicks(page.text_edit, "Call 02 295 1234")
    assert _details(app_context).messages[-1].text == "Call 02 295 1234"
    assert "16 characters" in page.sms_counter.text()
    assert "GSM-7" in page.sms_counter.text()
    # Typing merges into one step: undo the text, then the new message.
    stack = app_context.open_plan.undo_stack
    assert stack.count() == 2
    stack.undo()
    assert _details(app_context).messages[-1].text == new.text
    stack.undo()
    assert app_context.open_plan.plan == before


def test_suggested_text_in_the_message_language(qtbot, page, app_context):
    """The suggestion is written in the message's language, channel name included; Undo
    restores the user's own text."""
    page.tabs.setCurrentIndex(2)
    page.messages_view.selectRow(0)
    message = _details(app_context).messages[0]
    own = message.text
    qtbot.mouseClick(page.suggest_button, Qt.MouseButton.LeftButton)
    text = _details(app_context).messages[0].text
    assert text != own and app_context.open_plan.plan.business.name in text
    assert message.language == "ar"
    assert text == suggestion(app_context, message, language_for("ar"))
    assert text != suggestion(app_context, message, English())  # written in Arabic
    app_context.open_plan.undo_stack.undo()
    assert _details(app_context).messages[0].text == own


def test_suggestion_note_for_a_language_without_texts(qtbot, page, app_context):
    page.tabs.setCurrentIndex(2)
    page.messages_view.selectRow(0)
    page.show()
    assert not page.suggest_note.isVisible()
    page.language_combo.setCurrentIndex(page.language_combo.findData("en"))
    for message in app_context.open_plan.plan.details.messages:
        app_context.open_plan.apply(SetMessageField(message.id, "language", "sw"))
    page.messages_view.selectRow(0)
    assert page.suggest_note.isVisible()
    assert "Kiswahili" in page.suggest_note.text()


def test_message_pickers_offer_country_languages_and_fallback_channels(page, app_context):
    languages = [page.language_combo.itemData(i) for i in range(page.language_combo.count())]
    assert languages[0] == "ar"
    assert "en" in languages
    channels = [page.channel_combo.itemData(i) for i in range(page.channel_combo.count())]
    assert channels == list(dict.fromkeys(f.channel for f in app_context.open_plan.plan.fallbacks))
    page.channel_combo.setCurrentIndex(channels.index("voice"))
    page.channel_combo.activated.emit(channels.index("voice"))
    assert _details(app_context).messages[0].channel == "voice"


def test_sms_counter_for_the_arabic_message(page, app_context):
    page.messages_view.selectRow(0)
    message = _details(app_context).messages[0]
    assert message.language == "ar"
    text = page.sms_counter.text()
    assert f"{len(message.text)} characters" in text
    assert "UCS-2" in text
    assert "2 SMS segments" in text
    assert page.messages_model.index(0, 4).data() == "2"


def test_sms_counter_follows_typing(page):
    page.messages_view.selectRow(1)
    page.text_edit.clear()
    # QTest types ASCII only; inserting text is what an Arabic keyboard or a paste does.
    page.text_edit.insertPlainText("ب" * 70)
    assert "70 characters · UCS-2 · 1 SMS segment ·" in page.sms_counter.text()
    page.text_edit.insertPlainText("ب")
    assert "2 SMS segments" in page.sms_counter.text()


def test_owner_typing_is_one_undo_step(qtbot, page, app_context):
    qtbot.keyClicks(page.owner_edit, " Jr")
    assert _details(app_context).owner == "Samir Haddad Jr"
    app_context.open_plan.undo_stack.undo()
    assert _details(app_context).owner == "Samir Haddad"
    assert page.owner_edit.text() == "Samir Haddad"


def test_refresh_after_undo_pushes_no_edit(qtbot, page, app_context):
    stack = app_context.open_plan.undo_stack
    qtbot.keyClicks(page.summary_edit, "!")
    page.messages_view.selectRow(0)
    qtbot.keyClicks(page.text_edit, "!")
    assert stack.count() == 2
    stack.undo()
    stack.undo()
    assert stack.count() == 2 and stack.index() == 0
    stack.redo()
    stack.redo()
    assert stack.count() == 2 and stack.index() == 2


def test_activation_criteria_add_edit_remove(qtbot, page, app_context):
    before = list(_details(app_context).activation_criteria)
    qtbot.mouseClick(page.add_criterion_button, Qt.MouseButton.LeftButton)
    assert len(_details(app_context).activation_criteria) == 3
    page.criteria_list.item(2).setText("Two staff phones cannot send for 15 minutes")
    assert _details(app_context).activation_criteria[2] == (
        "Two staff phones cannot send for 15 minutes"
    )
    page.criteria_list.setCurrentRow(0)
    qtbot.mouseClick(page.remove_criterion_button, Qt.MouseButton.LeftButton)
    assert _details(app_context).activation_criteria == [
        before[1],
        "Two staff phones cannot send for 15 minutes",
    ]
    _undo_all(app_context)
    assert _details(app_context).activation_criteria == before


def test_missing_lists_what_the_plan_lacks(page, app_context):
    assert page.missing() == []
    with_signal = []
    page.missingChanged.connect(lambda: with_signal.append(True))
    index = page.roles_model.index(1, FIELDS.index("alternate"))
    page.roles_model.setData(index, "")
    assert with_signal
    assert any("Orders desk" in line for line in page.missing())
    page.owner_edit.setText("")
    page.owner_edit.textEdited.emit("")
    assert len(page.missing()) == 2


def test_language_names():
    assert language_name("ar") == "العربية (ar)"
    assert language_name("en") == "English (en)"
    assert language_name("pt-BR").endswith("(pt-BR)")


def test_table_models_pass_the_model_tester(qtmodeltester, page):
    qtmodeltester.check(page.roles_model)
    qtmodeltester.check(page.messages_model)


def test_right_to_left_mirrors_every_tab(qtbot, page):
    """Right to left, on every tab: labels right of their fields, the contact tree right of
    the calls, the first picker rightmost and each table's first column at its right."""
    page.setLayoutDirection(Qt.LayoutDirection.RightToLeft)
    page.show()
    qtbot.waitExposed(page)
    checks = [
        lambda: assert_label_right_of_its_field(page.owner_label),
        lambda: (
            assert_first_column_at_the_right(page.roles_view),
            assert_right_of(page.tree_box, page.calls_box),
        ),
        lambda: (
            assert_first_column_at_the_right(page.messages_view),
            assert_label_right_of_its_field(page.audience_label),
            assert_right_of(page.audience_combo, page.language_combo),
        ),
    ]
    assert len(checks) == page.tabs.count()
    for tab, check in enumerate(checks):
        page.tabs.setCurrentIndex(tab)
        assert not page.grab().isNull()
        check()
