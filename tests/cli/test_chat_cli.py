"""The import-chat and export commands: JSON keys, ambiguous dates, bad files, no tracebacks."""

from __future__ import annotations

import json
import re

import pytest

from continuity_app.cli import main
from tests.paths import CHAT_EXPORTS

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


# -- privacy: pseudonyms keyed by the installation's secret, no names in errors ---------------


@corpus
def test_unknown_business_lists_pseudonyms_never_names(capsys):
    path = str(WHATSAPP / "whatsjson_english_android_media.txt")
    assert main(["import-chat", path, "--business", "Bruno"]) == 2
    err = capsys.readouterr().err
    assert "Elon" not in err and "Dmitry" not in err
    assert "'Bruno' is not an author" in err and "--keep-names" in err
    pseudonyms = re.findall(r"Author-[0-9a-f]{8}", err)
    assert len(pseudonyms) == 2
    # a pseudonym the output showed names the business as well as the name does
    assert main(["import-chat", path, "--business", pseudonyms[1], "--json"]) == 0
    by_pseudonym = json.loads(capsys.readouterr().out)
    assert main(["import-chat", path, "--business", "Elon", "--json"]) == 0
    by_name = json.loads(capsys.readouterr().out)
    assert by_pseudonym == by_name and by_name["customer_messages"] == 51
    assert by_name["business"] == pseudonyms[1]
    assert main(["import-chat", path, "--business", "Bruno", "--keep-names"]) == 2
    assert "Elon (8)" in capsys.readouterr().err


def test_unknown_telegram_chat_names_only_with_keep_names(tmp_path, capsys):
    export = tmp_path / "result.json"
    chats = [
        {"name": who, "messages": [{"type": "message", "date": "2023-01-02T10:00:00", "from": who}]}
        for who in ("Ana Private", "Bruno Private")
    ]
    export.write_text(json.dumps({"chats": {"list": chats}}), encoding="utf-8")
    assert main(["import-chat", str(export), "--chat", "Carla"]) == 2
    err = capsys.readouterr().err
    assert "Private" not in err and "2 chats" in err and "--keep-names" in err
    assert main(["import-chat", str(export), "--chat", "Carla", "--keep-names"]) == 2
    assert "Ana Private" in capsys.readouterr().err


@corpus
def test_pseudonyms_are_keyed_by_the_installation(tmp_path, monkeypatch, capsys):
    from continuity_app.io.chat_export import pseudonymise

    path = str(WHATSAPP / "whatstk_pokemon.txt")

    def authors() -> set[str]:
        assert main(["import-chat", path, "--json"]) == 0
        return set(json.loads(capsys.readouterr().out)["author_counts"])

    first = authors()
    assert authors() == first  # stable on one installation
    key_file = tmp_path / "one" / "keys" / "pseudonym-key"
    monkeypatch.setenv("CONTINUITY_APP_DATA_DIR", str(tmp_path / "one"))
    other = authors()
    assert other.isdisjoint(first)  # another installation, other pseudonyms
    assert key_file.stat().st_mode & 0o777 == 0o600
    # the old default (no salt) and plain hashes of the names do not give them back
    for guess in ("", "Pokemon Chat"):
        assert pseudonymise("Misty", guess) not in first | other
    # --salt: the same output on every installation
    assert main(["import-chat", path, "--json", "--salt", "workshop"]) == 0
    salted = json.loads(capsys.readouterr().out)["author_counts"]
    monkeypatch.setenv("CONTINUITY_APP_DATA_DIR", str(tmp_path / "two"))
    assert main(["import-chat", path, "--json", "--salt", "workshop"]) == 0
    assert json.loads(capsys.readouterr().out)["author_counts"] == salted
    assert pseudonymise("Misty", "workshop") in salted


def test_help_says_pseudonyms_are_keyed_by_a_secret(capsys):
    with pytest.raises(SystemExit):
        main(["import-chat", "--help"])
    out = " ".join(capsys.readouterr().out.split())
    assert "keyed by a secret of this installation" in out
    assert "--salt KEY" in out
