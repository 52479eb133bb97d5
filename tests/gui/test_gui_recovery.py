"""Unsaved work survives crashes, Ctrl+C, a second window and a restore followed by a crash."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import textwrap
import time
from pathlib import Path

import pytest

from continuity_app.core.plan_edits import SetBusinessFields
from continuity_app.gui import app as gui_app
from continuity_app.gui import recovery as rec
from continuity_app.gui.open_plan import OpenPlan
from continuity_app.gui.recovery import INTERRUPTED, RECOVERY_SUFFIX, Recovery
from continuity_app.io.examples import load_example
from continuity_app.io.planfile import load_plan, save_plan
from tests.paths import REPO_ROOT

REPO = REPO_ROOT

# A session in another process: edits a plan (named argv[2], of file argv[3] or "-"), writes
# its recovery file in folder argv[1], then crashes (argv[4] == "crash") or stays alive
# until its stdin is closed.
SESSION = textwrap.dedent(
    """
    import os, sys
    os.environ["QT_QPA_PLATFORM"] = "offscreen"
    from pathlib import Path
    from PySide6.QtWidgets import QApplication
    app = QApplication([])
    from continuity_app.core.plan_edits import SetBusinessFields
    from continuity_app.gui.open_plan import OpenPlan
    from continuity_app.gui.recovery import Recovery
    from continuity_app.io.examples import load_example
    plan = load_example()
    path = None if sys.argv[3] == "-" else Path(sys.argv[3])
    open_plan = OpenPlan(plan, path)
    open_plan.apply(SetBusinessFields({"name": sys.argv[2]}))
    recovery = Recovery(open_plan, folder=Path(sys.argv[1]))
    assert recovery.write()
    print("written", flush=True)
    if sys.argv[4] == "crash":
        os._exit(9)
    sys.stdin.read()
    """
)


def renamed(name: str) -> SetBusinessFields:
    """The edit that renames the business."""
    return SetBusinessFields({"name": name})


def session(folder: Path, name: str, crash: bool, path: Path | None = None):
    """Start another session's process; returns it once its recovery file is written."""
    process = subprocess.Popen(
        [sys.executable, "-c", SESSION, str(folder), name, str(path or "-"), "crash" * crash],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
        cwd=REPO,
    )
    assert process.stdout.readline().strip() == "written"
    if crash:
        process.wait(10)
    return process


@pytest.fixture
def window(make_window):
    return make_window(show=False)


def names(entries) -> list[str]:
    return [entry.plan.business.name for entry in entries]


def test_two_windows_keep_their_own_recovery_files(qtbot, tmp_path):
    folder = tmp_path / "recovery"
    first, second = OpenPlan(load_example()), OpenPlan(load_example())
    first.apply(renamed("First window"))
    second.apply(renamed("Second window"))
    one, two = Recovery(first, folder=folder), Recovery(second, folder=folder)
    assert one.write() and two.write()
    assert one.file != two.file
    written = {
        json.loads(f.read_text())["plan"]["business"]["name"]
        for f in folder.iterdir()
        if f.name.endswith(RECOVERY_SUFFIX)
    }
    assert written == {"First window", "Second window"}
    # A third start while both are open: nothing to offer, both are alive.
    third = Recovery(OpenPlan(load_example()), folder=folder)
    assert third.pending() == []
    second.undo_stack.setClean()  # saved: only that window's copy goes
    assert not two.file.exists() and one.file.exists()
    assert not Path(f"{two.file}.lock").exists()  # nothing left behind if it crashes now


def test_a_running_session_is_not_offered_a_crashed_one_is(qtbot, tmp_path):
    folder = tmp_path / "recovery"
    alive = session(folder, "Still open elsewhere", crash=False)
    try:
        mine = Recovery(OpenPlan(load_example()), folder=folder)
        assert mine.pending() == []  # no false "did not close properly"
        session(folder, "Crashed", crash=True)
        pending = mine.pending()
        assert names(pending) == ["Crashed"]
        pending[0].remove()  # "Discard" touches only the crashed session's file
        assert len(list(folder.glob("*" + RECOVERY_SUFFIX))) == 1
    finally:
        alive.stdin.close()
        alive.wait(10)


def test_every_crashed_session_is_offered_oldest_first(qtbot, window, tmp_path):
    folder = tmp_path / "recovery"
    for name in ("Oldest", "Middle", "Newest"):
        session(folder, name, crash=True)
        time.sleep(1.1)  # saved_at has whole seconds
    asked = []

    def ask(parent, entry, can_restore, remaining):
        asked.append((entry.plan.business.name, can_restore, remaining))
        return {"Oldest": rec.RESTORE, "Middle": rec.LATER, "Newest": rec.DISCARD}[
            entry.plan.business.name
        ]

    restored = rec.offer_recoveries(window, window.recovery, ask)
    assert asked == [("Oldest", True, 2), ("Middle", False, 1), ("Newest", False, 0)]
    assert restored.plan.business.name == "Oldest"
    assert window.open_plan.plan.business.name == "Oldest" and window.open_plan.modified
    # "Later" keeps the work for the next start: another session can offer it again.
    other = Recovery(OpenPlan(load_example()), folder=folder)
    assert names(other.pending()) == ["Middle"]


def test_restored_work_is_protected_until_saved(qtbot, window, tmp_path):
    folder = tmp_path / "recovery"
    plan_file = tmp_path / "bakery.cplan"
    save_plan(load_example(), plan_file)
    session(folder, "Restored work", crash=True, path=plan_file)
    crashed_file = next(folder.glob("*" + RECOVERY_SUFFIX))
    restored = rec.offer_recoveries(window, window.recovery, lambda *a: rec.RESTORE)
    assert restored is not None and window.open_plan.path == plan_file
    # At once on disk again, in this session's own file: a crash now loses nothing.
    assert window.recovery.file.is_file()
    kept = json.loads(window.recovery.file.read_text())
    assert kept["plan"]["business"]["name"] == "Restored work"
    assert kept["original_path"] == str(plan_file)
    assert not crashed_file.exists()
    window.open_plan.undo_stack.undo()  # nothing to undo: it stays unsaved
    assert window.open_plan.modified
    assert window.save()
    assert not window.recovery.file.exists()
    assert load_plan(plan_file).business.name == "Restored work"


def test_opening_the_crashed_file_keeps_the_restored_work(qtbot, window, tmp_path):
    folder = tmp_path / "recovery"
    plan_file = tmp_path / "bakery.cplan"
    save_plan(load_example(), plan_file)
    session(folder, "Unsaved before the crash", crash=True, path=plan_file)
    # As a file manager starts it: continuity-app bakery.cplan, and the user restores.
    gui_app.start_session(window, plan_file, ask=lambda *a: rec.RESTORE)
    assert window.open_plan.plan.business.name == "Unsaved before the crash"
    assert window.open_plan.path == plan_file and window.open_plan.modified
    assert window.recovery.file.is_file()


def test_opening_another_file_after_restoring_asks_first(qtbot, window, tmp_path, monkeypatch):
    from PySide6.QtWidgets import QMessageBox

    folder = tmp_path / "recovery"
    session(folder, "Untitled work", crash=True)
    other = tmp_path / "other.cplan"
    save_plan(renamed("Other file").apply(load_example()), other)
    asked = []
    monkeypatch.setattr(
        QMessageBox,
        "warning",
        lambda *a, **k: asked.append(a[2]) or QMessageBox.StandardButton.Cancel,
    )
    gui_app.start_session(window, other, ask=lambda *a: rec.RESTORE)
    assert len(asked) == 1  # "Save them first?", answered Cancel: the restored work stays
    assert window.open_plan.plan.business.name == "Untitled work"
    assert window.recovery.file.is_file()


def test_a_failing_recovery_write_is_told_once(qtbot, window, tmp_path):
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("a file where the recovery folder should be")
    window.recovery.folder = blocker / "recovery"
    window.recovery.file = window.recovery.folder / ("x" + RECOVERY_SUFFIX)
    window.open_plan.apply(renamed("Edited"))
    with qtbot.waitSignal(window.recovery.writeFailed) as failed:
        assert not window.recovery.write()
    assert window.recovery.last_error
    message = window.statusBar().currentMessage()
    assert str(window.recovery.folder) in message and failed.args[0] in message
    told = []
    window.recovery.writeFailed.connect(told.append)
    assert not window.recovery.write()
    assert told == []  # once, not every half minute


CTRL_C_SESSION = textwrap.dedent(
    """
    import signal
    import sys
    from PySide6.QtCore import QTimer
    from continuity_app.core.plan_edits import SetBusinessFields
    from continuity_app.gui import app

    original = app._window

    def edited(settings, example):
        window, open_plan = original(settings, example)
        open_plan.apply(SetBusinessFields({"name": "Edited before Ctrl+C"}))
        QTimer.singleShot(300, lambda: print("running", flush=True))
        return window, open_plan

    app._window = edited
    # Ctrl+C as in a terminal: a test run started in the background (as `cmd &` does) hands
    # its children SIGINT ignored, which the application then keeps ignoring, as with nohup
    signal.signal(signal.SIGINT, signal.default_int_handler)
    sys.exit(app.run())
    """
)


def edited_app(tmp_path: Path) -> subprocess.Popen:
    """The application in its own process, with an unsaved edit, its data in tmp_path."""
    env = dict(
        os.environ,
        QT_QPA_PLATFORM="offscreen",
        HOME=str(tmp_path),
        XDG_DATA_HOME=str(tmp_path / "data"),
        XDG_CONFIG_HOME=str(tmp_path / "config"),
    )
    process = subprocess.Popen(
        [sys.executable, "-c", CTRL_C_SESSION],
        env=env,
        cwd=REPO,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    assert process.stdout.readline().strip() == "running"
    return process


def test_ctrl_c_closes_the_window_and_keeps_the_work(tmp_path):
    process = edited_app(tmp_path)
    try:
        process.send_signal(signal.SIGINT)
        start = time.monotonic()
        _out, err = process.communicate(timeout=10)
    finally:
        process.kill()
    assert time.monotonic() - start < 5
    assert process.returncode == 130
    assert "Traceback" not in err and "KeyboardInterrupt" not in err
    files = list((tmp_path / "data").rglob("*" + RECOVERY_SUFFIX))
    assert len(files) == 1
    record = json.loads(files[0].read_text())
    assert record["reason"] == INTERRUPTED
    assert record["plan"]["business"]["name"] == "Edited before Ctrl+C"
    offered = Recovery(OpenPlan(load_example()), folder=files[0].parent).pending()
    assert names(offered) == ["Edited before Ctrl+C"]
    assert offered[0].reason == INTERRUPTED


def test_ctrl_c_asks_when_the_work_cannot_be_kept_and_twice_quits(tmp_path):
    (tmp_path / "data").mkdir()
    (tmp_path / "data" / "continuity-app").write_text("a file where a folder should be")
    process = edited_app(tmp_path)
    try:
        process.send_signal(signal.SIGINT)
        with pytest.raises(subprocess.TimeoutExpired):  # the "Save them first?" question
            process.wait(3)
        process.send_signal(signal.SIGINT)
        start = time.monotonic()
        _out, err = process.communicate(timeout=10)
    finally:
        process.kill()
    assert time.monotonic() - start < 3
    assert process.returncode == 130
    assert "could not be written" in err and "Ctrl+C again" in err
    assert "Traceback" not in err


def test_enter_restores_or_keeps_never_discards(qtbot, window, tmp_path, monkeypatch):
    from PySide6.QtWidgets import QMessageBox

    folder = tmp_path / "recovery"
    session(folder, "Crashed", crash=True)
    entry = window.recovery.pending()[0]
    shown = []

    def exec_(box):
        shown.append((box.defaultButton().text(), box.escapeButton().text(), box.text()))
        return 0  # closed without a button: counts as "Decide Later"

    monkeypatch.setattr(QMessageBox, "exec", exec_)
    assert rec.ask_about(window, entry, True, 0) == rec.LATER
    assert rec.ask_about(window, entry, False, 0) == rec.LATER
    assert [(default, escape) for default, escape, _ in shown] == [
        ("Restore", "Decide Later"),
        ("Decide Later", "Decide Later"),
    ]
    assert "Crashed" in shown[0][2] and "did not close properly" in shown[0][2]
    entry.release()
