"""Import chat dialog: a corpus export into the bakery's orders function, applied and undone."""

from __future__ import annotations

from pathlib import Path

import pytest

from continuity_app.gui.chat_import_dialog import ChatImportDialog

WHATSAPP = Path(__file__).resolve().parent.parent.parent / "shared" / "fixtures" / "chat-exports"
WHATSAPP = WHATSAPP / "whatsapp"

pytestmark = pytest.mark.skipif(not WHATSAPP.is_dir(), reason="shared corpus not present")


def _dialog(qtbot, app_context) -> ChatImportDialog:
    orders = next(f for f in app_context.document.plan.functions if f.id == "orders")
    dialog = ChatImportDialog(app_context, orders)
    qtbot.addWidget(dialog)
    return dialog


def test_import_sets_the_profile_as_one_undoable_step(qtbot, app_context):
    document = app_context.document
    before = document.plan
    dialog = _dialog(qtbot, app_context)
    dialog.load(WHATSAPP / "whatsjson_english_android_media.txt")
    assert dialog.wait()
    assert dialog.summary is not None and dialog.summary.messages == 59
    dialog.choose_business(1)  # the author with fewer messages: "Elon", 8 messages
    assert dialog.wait()
    assert dialog.summary.business is not None
    assert dialog.summary.customer_messages == 51
    # pseudonyms in the combo, never the names, unless asked
    items = [dialog.business_combo.itemText(i) for i in range(dialog.business_combo.count())]
    assert not any("Elon" in t or "Dmitry" in t for t in items)
    assert any("Author-" in t for t in items)
    dialog.keep_names.setChecked(True)
    assert any("Elon" in dialog.business_combo.itemText(i) for i in range(3))
    assert dialog.apply_button.isEnabled()
    dialog.apply_button.click()

    orders = next(f for f in document.plan.functions if f.id == "orders")
    assert orders.hourly_profile is not None and len(orders.hourly_profile) == 24
    assert abs(sum(orders.hourly_profile) - 1) < 1e-4
    assert orders.weekday_profile is not None and len(orders.weekday_profile) == 7
    assert orders.daily_interactions == pytest.approx(51 / 4, abs=0.01)
    assert "Elon" not in document.text() and "Dmitry" not in document.text()
    assert document.undo_stack.count() == 1
    document.undo_stack.undo()
    assert document.plan == before


def test_ambiguous_dates_offer_the_candidates(qtbot, app_context):
    dialog = _dialog(qtbot, app_context)
    dialog.show()
    dialog.load(WHATSAPP / "chatanalytics_group_4A_11M.txt")
    assert dialog.wait()
    assert dialog.summary is None
    assert dialog.order_box.isVisible()
    assert dialog.order_buttons["dmy"].isVisible() and dialog.order_buttons["mdy"].isVisible()
    assert not dialog.order_buttons["ymd"].isVisible()
    assert not dialog.apply_button.isEnabled()
    dialog.choose_date_order("dmy")
    assert dialog.wait()
    assert dialog.summary is not None and dialog.summary.date_order == "dmy"
    assert dialog.summary.messages == 11
    assert dialog.apply_button.isEnabled()


def test_unreadable_file_is_explained(qtbot, app_context, tmp_path):
    binary = tmp_path / "photo.txt"
    binary.write_bytes(bytes(range(256)) * 20)
    dialog = _dialog(qtbot, app_context)
    dialog.load(binary)
    assert dialog.wait()
    assert dialog.summary is None
    assert "cannot be imported" in dialog.status.text()
    assert not dialog.apply_button.isEnabled()


def test_functions_page_has_the_import_button(qtbot, app_context, monkeypatch):
    from continuity_app.gui import chat_import_dialog
    from continuity_app.gui.pages.functions_page import FunctionsPage

    page = FunctionsPage(app_context)
    qtbot.addWidget(page)
    seen = []
    monkeypatch.setattr(
        chat_import_dialog, "import_chat", lambda ctx, function, parent: seen.append(function.id)
    )
    page.import_chat_button.click()
    assert seen == [app_context.document.plan.functions[0].id]
