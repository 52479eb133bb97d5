"""The import-chat and export commands: JSON keys, ambiguous dates, bad files, no tracebacks."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from continuity_app.cli import main

CHAT_EXPORTS = (
    Path(__file__).resolve().parent.parent.parent / "shared" / "fixtures" / "chat-exports"
)
WHATSAPP = CHAT_EXPORTS / "whatsapp"
corpus = pytest.mark.skipif(not CHAT_EXPORTS.is_dir(), reason="shared corpus not present")

KEYS = {
    "format",
    "date_order",
    "messages",
    "authors",
    "first_message",
    "last_message",
    "hourly_counts",
    "weekday_hour_counts",
}


@corpus
def test_json_has_the_issue_keys(capsys):
    assert main(["import-chat", str(WHATSAPP / "whatstk_pokemon.txt"), "--json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert set(data) >= KEYS
    assert data["format"] == "whatsapp-android"
    assert data["date_order"] == "dmy"
    assert data["messages"] == 18 and data["authors"] == 8
    assert data["first_entry"] == "2016-04-15T15:04"  # the E2E notice, not a message
    assert data["first_message"] == "2016-08-06T13:23"
    assert data["last_message"] == "2016-10-31T12:23"
    assert len(data["hourly_counts"]) == 24 and sum(data["hourly_counts"]) == 18
    assert [len(row) for row in data["weekday_hour_counts"]] == [24] * 7
    assert not any("Misty" in name for name in data["author_counts"])  # pseudonymised


@corpus
def test_keep_names_and_business(capsys):
    path = WHATSAPP / "whatsjson_english_android_media.txt"
    assert main(["import-chat", str(path), "--business", "Elon", "--keep-names"]) == 0
    out = capsys.readouterr().out
    assert "Elon" in out and "Response time" in out and "Customer messages" in out
    assert main(["import-chat", str(path), "--business", "Elon"]) == 0
    assert "Elon" not in capsys.readouterr().out


@corpus
def test_human_summary(capsys):
    assert main(["import-chat", str(WHATSAPP / "whatsr_english_android_24h.txt")]) == 0
    out = capsys.readouterr().out
    for words in ("Date order:", "month first", "Messages:", "42", "Busiest hours:"):
        assert words in out


@corpus
def test_ambiguous_file_exits_2_then_passes_with_date_order(capsys):
    path = str(WHATSAPP / "chatanalytics_group_4A_11M.txt")
    assert main(["import-chat", path]) == 2
    err = capsys.readouterr().err
    assert "--date-order dmy" in err and "--date-order mdy" in err
    assert "Traceback" not in err
    assert main(["import-chat", path, "--date-order", "dmy", "--json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert data["date_order"] == "dmy" and data["messages"] == 11


def test_binary_and_missing_files_exit_2(tmp_path, capsys):
    binary = tmp_path / "photo.txt"
    binary.write_bytes(bytes(range(256)) * 40)
    assert main(["import-chat", str(binary)]) == 2
    err = capsys.readouterr().err
    assert err.startswith("continuity-app import-chat: ") and "Traceback" not in err
    assert main(["import-chat", str(tmp_path / "nothing.txt")]) == 2
    assert "File not found" in capsys.readouterr().err
    empty = tmp_path / "empty.txt"
    empty.write_text("")
    assert main(["import-chat", str(empty)]) == 2


def test_export_command(tmp_path, capsys):
    import pandas as pd

    from continuity_app.io.examples import example_path

    plan = str(example_path("ramallah-bakery"))
    out = tmp_path / "results.xlsx"
    assert main(["export", plan, "-o", str(out), "--trials", "300", "--seed", "1"]) == 0
    assert {"Scenarios", "Functions", "Actions", "Portfolio", "Warnings"} <= set(
        pd.read_excel(out, sheet_name=None)
    )
    assert main(["export", plan, "-o", str(tmp_path / "results.ods")]) == 2
    assert "csv or .xlsx" in capsys.readouterr().err
