"""`continuity-app exercise`: the run sheet, the after-action report of a log (text, JSON and
PDF), recording it in the plan, and every bad input told in one line."""

from __future__ import annotations

import datetime as dt
import json
import shutil
from pathlib import Path

import pytest

from continuity_app.cli import main
from continuity_app.core.incident import Entry, EntryKind, Incident
from continuity_app.io.examples import example_path
from continuity_app.io.incident_files import save_incident
from continuity_app.io.planfile import load_plan


def run(capsys, *args: str) -> tuple[int, str, str]:
    code = main(list(args))
    out, err = capsys.readouterr()
    return code, out, err


@pytest.fixture
def bakery(tmp_path) -> Path:
    return Path(shutil.copy(example_path("ramallah-bakery"), tmp_path / "bakery.cplan"))


@pytest.fixture
def log(tmp_path) -> Path:
    incident = Incident(
        mode="exercise",
        scenario="meta_wide",
        script="meta-wide-2021",
        started=dt.datetime(2026, 12, 6, 9, tzinfo=dt.UTC),
    )
    for entry in (
        Entry(at=0.25, kind=EntryKind.DECLARED, by="Rana"),
        Entry(at=0.4, kind=EntryKind.CHECKED, item="switch-orders-voice"),
        Entry(at=0.5, kind=EntryKind.SENT, item="message-customers-sms-ar"),
        Entry(at=2.1, kind=EntryKind.DECISION, text="Goods only once the bank confirms."),
        Entry(at=6, kind=EntryKind.STOOD_DOWN),
    ):
        incident = incident.logged(entry)
    path = tmp_path / "bakery.exercise.incident.json"
    save_incident(incident, path)
    return path


def test_the_run_sheet_gives_the_events_hour_by_hour_and_the_checklist(capsys, bakery):
    code, out, _ = run(capsys, "exercise", str(bakery), "--script", "meta-wide-2021")
    assert code == 0
    assert "Telegram slows under a sign-up surge" in out
    assert out.index("0:00") < out.index("1:00") < out.index("6:00")
    assert "[ ] Cake and catering pre-orders: switch to Phone call" in out


def test_a_log_gives_the_review_a_pdf_and_recorded_tasks(qapp, capsys, bakery, log, tmp_path):
    # qapp: the QApplication the window tests need exists before the command would make a
    # QGuiApplication of its own (a widget made later under that one aborts the process)
    pdf = tmp_path / "review.pdf"
    before = load_plan(bakery)
    code, out, err = run(
        capsys, "exercise", str(bakery), "--log", str(log), "-o", str(pdf), "--record"
    )
    assert code == 0, err
    assert "Reach customers: within 30 min; after 24 min" in out
    assert "! Reach suppliers: within 30 min; not done" in out
    assert pdf.read_bytes().startswith(b"%PDF") and pdf.stat().st_size > 5_000
    after = load_plan(bakery)
    added = [t for t in after.tasks if t not in before.tasks]
    assert added and all(t.title.startswith("Rehearse the switch") for t in added)
    assert after.details.exercises[-1].script == "meta-wide-2021"
    assert after.fallbacks == before.fallbacks
    code, out, _ = run(capsys, "exercise", str(bakery), "--log", str(log), "--json")
    review = json.loads(out)
    assert review["mode"] == "exercise" and review["length_hours"] == 6
    service = {t["subject"]: t for t in review["timings"] if t["measure"] == "service"}
    assert service["orders"]["actual_hours"] is None  # voice alone serves 45% of 50%


@pytest.mark.parametrize(
    ("args", "said"),
    [
        (["--script", "no-such"], "is not an exercise script; use one of"),
        ([], "give --script NAME"),
        (["--script", "meta-wide-2021", "-o", "x.pdf"], "need the log of a run"),
    ],
)
def test_bad_input_is_one_line_without_a_traceback(capsys, bakery, args, said):
    code = main(["exercise", str(bakery), *args])
    err = capsys.readouterr().err
    assert code != 0 and said in err and "Traceback" not in err


def test_a_damaged_or_foreign_log_is_named(capsys, bakery, log, tmp_path):
    broken = tmp_path / "broken.incident.json"
    broken.write_text(log.read_text()[:-40])
    code = main(["exercise", str(bakery), "--log", str(broken)])
    err = capsys.readouterr().err
    assert code != 0 and "not valid JSON" in err and "Traceback" not in err
    other = json.loads(log.read_text())
    other["entries"][0]["at"] = -3
    broken.write_text(json.dumps(other))
    code = main(["exercise", str(bakery), "--log", str(broken)])
    err = capsys.readouterr().err
    assert code != 0 and "entries[0].at" in err
    code = main(["exercise", str(bakery), "--log", str(log), "--script", "whatsapp-only-2022"])
    err = capsys.readouterr().err
    assert code != 0 and "the log is of the exercise meta-wide-2021" in err
