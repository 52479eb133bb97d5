"""Outage mode and exercises in the window: log saved as it grows, review, plan record."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QMessageBox

from continuity_app.core.incident import EntryKind, Measure, Section
from continuity_app.core.incident.wording import actual_words, planned_words
from continuity_app.gui.outage.clock import clock_text
from continuity_app.gui.outage.qr import qr_data
from continuity_app.gui.outage.review_view import LATE
from continuity_app.gui.outage.session import OutageSession, stamp
from continuity_app.gui.outage.start_dialog import StartDialog
from continuity_app.gui.outage.status_view import RED
from continuity_app.gui.outage.window import OutageWindow
from continuity_app.io.incident_files import find_script, read_incident, shipped_scripts


def kinds(window: OutageWindow) -> list[EntryKind]:
    return [e.kind for e in window.session.incident.entries]


@pytest.fixture
def exercise(make_window, tmp_path, qtbot):
    """The Meta-wide exercise on the bakery example saved as tmp_path/bakery.cplan."""
    main = make_window()
    main.open_plan.saved_as(tmp_path / "bakery.cplan")
    window = main.outage_actions.start_exercise(find_script("meta-wide-2021"))
    return main, window


def test_outage_menu_and_overview_buttons(make_window, monkeypatch, qtbot):
    from continuity_app.gui.pages.summary_page import SummaryPage

    main = make_window()
    asked = []
    monkeypatch.setattr(StartDialog, "exec", lambda self: asked.append(self.windowTitle()) or 0)
    summary = main.page(SummaryPage)
    qtbot.mouseClick(summary.outage_button, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(summary.exercise_button, Qt.MouseButton.LeftButton)
    assert asked == ["Start outage mode", "Run a tabletop exercise"]
    assert not main.outage_actions.windows  # cancelled: nothing starts
    titles = [a.text() for a in main.outage_actions.menu.actions()]
    assert "WhatsApp is down: start outage mode…" in titles
    assert "Run a tabletop exercise…" in titles
    assert main.outage_actions.outage_action.isEnabled()
    main._set_has_plan(False)
    assert not main.outage_actions.outage_action.isEnabled()
    assert not main.outage_actions.exercise_action.isEnabled()


def test_start_dialog_offers_scenarios_and_scripts(make_window):
    main = make_window()
    plan = main.open_plan.plan
    outage = StartDialog(plan)
    assert outage.choices.count() == len(plan.scenarios)
    assert outage.scenario_id() == plan.reference_scenario().id
    scripts = shipped_scripts()
    exercise = StartDialog(plan, scripts)
    exercise.choices.setCurrentRow(1)
    assert exercise.script() == scripts[1]
    assert exercise.about.text() == scripts[1].about != ""


def test_exercise_from_declaration_to_review(exercise, qtbot, tmp_path):
    main, window = exercise
    session = window.session
    assert session.path.parent == tmp_path
    assert session.path.name == f"bakery.{stamp(session.incident.started)}.incident.json"
    # the first event shows at the start
    assert kinds(window) == [EntryKind.INJECT]
    assert "WhatsApp, Instagram and Facebook stop" in window.inject_label.text()

    qtbot.mouseClick(window.declare, Qt.MouseButton.LeftButton)
    assert not window.declare.isEnabled()
    qtbot.mouseClick(window.clock.quarter, Qt.MouseButton.LeftButton)
    assert session.now() == 0.25
    assert window.clock.time.text() == clock_text(window.formatter, 0.25)
    boxes = window.checklist.boxes
    assert "not met yet" in window.status.limits[1].text()
    assert window.status.limits[1].styleSheet() == RED
    boxes["criterion-0"].setChecked(True)
    boxes["switch-delivery-voice"].setChecked(True)
    boxes["switch-delivery-voice"].setChecked(False)  # taken back
    boxes["switch-delivery-voice"].setChecked(True)
    window.log_view.decision.setText("Orders by phone only; Samir keeps the list")
    qtbot.keyClick(window.log_view.decision, Qt.Key.Key_Return)
    assert window.log_view.decision.text() == ""
    assert (
        "Decision: Orders by phone only; Samir keeps the list"
        in window.log_view.lines.item(window.log_view.lines.count() - 1).text()
    )

    # the facilitator's clock: half past reaches the next event, the next hour the one after
    qtbot.mouseClick(window.clock.quarter, Qt.MouseButton.LeftButton)
    assert "Customers cannot order" in window.inject_label.text()
    qtbot.mouseClick(window.clock.hour, Qt.MouseButton.LeftButton)
    assert session.now() == 1.0
    assert "Telegram slows" in window.inject_label.text()
    assert [e.at for e in session.incident.entries if e.kind == EntryKind.INJECT] == [0, 0.5, 1]

    # a message copied counts as sent
    box = window.checklist.messages["message-customers-sms-en"]
    qtbot.mouseClick(box.copy, Qt.MouseButton.LeftButton)
    assert QGuiApplication.clipboard().text() == box.message.text
    assert session.incident.done()["message-customers-sms-en"] == 1.0
    assert window.checklist.boxes["message-customers-sms-en"].isChecked()
    assert session.incident.entries[-1].kind == EntryKind.SENT

    # the status: the delivery limit (70% within 1 h) is met by the phone switch
    delivery = window.status.limits[1]
    assert delivery.text().endswith(": met.") and delivery.styleSheet() == ""
    assert window.status.loss.text() != ""

    qtbot.mouseClick(window.stand_down, Qt.MouseButton.LeftButton)
    assert any(i.section == Section.RETURN for i in session.items())
    assert "return-announce" in window.checklist.boxes
    qtbot.mouseClick(window.close_review, Qt.MouseButton.LeftButton)
    assert window.stack.currentWidget() is window.review
    assert not window.checklist.boxes["criterion-1"].isEnabled()
    assert not window.clock.quarter.isEnabled()

    # saved as it went: the file reads back as the record in memory
    assert read_incident(session.path) == session.incident
    assert kinds(window)[-2:] == [EntryKind.STOOD_DOWN, EntryKind.CLOSED]
    assert session.incident.first(EntryKind.UNCHECKED, "switch-delivery-voice") is not None

    # the review: declared at 0, the delivery switch at 0.25 against 0.25 planned
    review = window.review.review
    table = window.review.timings
    rows = {
        table.item(r, 0).text(): (table.item(r, 1).text(), table.item(r, 2).text())
        for r in range(table.rowCount())
    }
    assert len(rows) == len(review.timings)
    activate = next(t for t in review.timings if t.measure == Measure.ACTIVATE)
    assert activate.actual == 0.0
    assert rows["Declare the outage"] == (planned_words(activate), actual_words(activate))
    staff = next(t for t in review.timings if t.subject == "staff")
    assert (staff.planned, staff.actual, staff.late) == (0.25, 0.25, False)
    orders = next(t for t in review.timings if t.subject == "orders")
    assert orders.actual is None and orders.late
    name = main.open_plan.plan.function("orders").name
    assert rows[f"Minimum service of {name}"][1] == "not done"
    row = list(rows).index(f"Minimum service of {name}")
    assert table.item(row, 2).foreground().color() == LATE
    assert window.review.follow_ups.count() == len(review.follow_ups) > 0

    # the report as PDF; a folder that does not exist is said
    assert window.review.write_pdf(tmp_path / "review.pdf")
    assert (tmp_path / "review.pdf").read_bytes().startswith(b"%PDF")
    assert not window.review.write_pdf(tmp_path / "no-such-folder" / "review.pdf")
    assert "could not be saved" in window.review.result.text()

    # recorded in the plan, one undo step
    before = main.open_plan.plan
    qtbot.mouseClick(window.review.record, Qt.MouseButton.LeftButton)
    after = main.open_plan.plan
    assert len(after.tasks) == len(before.tasks) + len(review.follow_ups)
    assert after.details.exercises[-1].kind == "exercise"
    assert after.details.exercises[-1].script == "meta-wide-2021"
    assert after.details.reviewed == session.incident.started.date()
    assert not window.review.record.isEnabled()
    main.open_plan.undo_stack.undo()
    assert main.open_plan.plan == before


def test_resumed_log_continues_where_it_stopped(exercise, qtbot):
    main, window = exercise
    window.session.next_hour()
    window.checklist.boxes["criterion-0"].setChecked(True)
    path = window.session.path
    window.close()
    resumed = main.outage_actions.resume(path)
    assert resumed.session.incident == read_incident(path)
    assert resumed.session.now() == 1.0
    assert resumed.checklist.boxes["criterion-0"].isChecked()
    resumed.session.next_hour()  # the event at 2 h comes, the earlier ones not again
    injects = [e.at for e in resumed.session.incident.entries if e.kind == EntryKind.INJECT]
    assert injects == [0, 0.5, 1, 2]


def test_live_outage_clock_runs_from_the_start(make_window, qtbot, monkeypatch):
    main = make_window()
    started = dt.datetime.now(dt.UTC) - dt.timedelta(hours=1, minutes=30)
    session = OutageSession.begin(main.context, scenario_id="whatsapp_short", now=started)
    window = main.outage_actions._open(session)
    assert window.clock.timer.isActive()
    assert not window.clock.quarter.isVisible()
    elapsed = session.now()
    assert 1.5 <= elapsed < 1.6
    qtbot.waitUntil(
        lambda: window.clock.time.text() != clock_text(window.formatter, elapsed), timeout=3000
    )
    window.checklist.boxes["criterion-0"].setChecked(True)
    at = session.incident.done()["criterion-0"]
    assert 1.5 <= at < 1.6
    # a plan without a file keeps its logs in the data folder
    assert session.path.parent.name == "outages"
    assert read_incident(session.path) == session.incident


def test_damaged_log_gives_a_message(make_window, tmp_path, monkeypatch):
    main = make_window()
    said = []
    monkeypatch.setattr(QMessageBox, "critical", lambda _parent, title, text: said.append(text))
    broken = tmp_path / "bakery.20261206T0915Z.incident.json"
    broken.write_text('{"version": 1, "mode": "outage", "entries": [', encoding="utf-8")
    assert main.outage_actions.resume(broken) is None
    assert "cannot be opened as an outage log" in said[0]
    assert "not valid JSON" in said[0] and "Traceback" not in said[0]
    broken.write_text(
        '{"version": 1, "mode": "drill", "scenario": "x", "started": "2026-12-06T09:15Z"}',
        encoding="utf-8",
    )
    assert main.outage_actions.resume(broken) is None
    assert "mode" in said[1]
    # a log of an outage this plan does not have (another plan's)
    broken.write_text(
        '{"version": 1, "mode": "outage", "scenario": "volcano", "started": "2026-12-06T09:15Z"}',
        encoding="utf-8",
    )
    assert main.outage_actions.resume(broken) is None
    assert "volcano" in said[2] and "no longer has" in said[2]


def test_save_failure_is_said_and_the_outage_goes_on(exercise, tmp_path):
    _main, window = exercise
    window.session.path = tmp_path / "missing-folder-file" / "x.incident.json"
    (tmp_path / "missing-folder-file").write_text("a file where the folder should be")
    window.session.log(EntryKind.DECISION, text="keep going")
    assert "could not be saved" in window.saved.text()
    assert window.session.incident.entries[-1].text == "keep going"


def test_a_log_that_cannot_be_saved_at_the_start_is_said(make_window, tmp_path):
    main = make_window()
    (tmp_path / "gone").write_text("a file where the plan's folder should be")
    main.open_plan.saved_as(tmp_path / "gone" / "bakery.cplan")
    window = main.outage_actions.start_outage("whatsapp_short")
    assert "could not be saved" in window.saved.text()
    assert window.saved.styleSheet() == RED


def test_qr_code_of_the_fallback_number(exercise):
    _main, window = exercise
    box = window.checklist.messages["message-customers-sms-en"]
    assert box.qr_data == "tel:022951234"
    assert box.qr.pixmap() is not None and not box.qr.pixmap().isNull()
    assert (
        qr_data("Pay at https://pay.example.ps/z. Or call 02 295 1234")
        == "https://pay.example.ps/z"
    )
    assert qr_data("٠٢ ٢٩٥ ١٢٣٤ اتصلوا") == "tel:022951234"
    assert qr_data("nothing to scan") is None


def test_without_segno_the_message_says_so(exercise, monkeypatch):
    import sys

    from continuity_app.gui.outage.message_box import MessageBox

    main, window = exercise
    monkeypatch.setitem(sys.modules, "segno", None)  # import segno raises ImportError
    message = main.open_plan.plan.details.messages[1]
    box = MessageBox(message, window.formatter)
    assert "segno package is missing" in box.qr.text()
    assert box.qr.pixmap().isNull()


def test_another_plan_closes_the_outage_windows(exercise, qtbot):
    from continuity_app.io.examples import load_example

    main, window = exercise
    path = window.session.path
    main.open_plan.reset(load_example("ramallah-bakery"), None)
    qtbot.waitUntil(lambda: not main.outage_actions.windows, timeout=2000)
    assert read_incident(path).entries  # the log stays, to be resumed
