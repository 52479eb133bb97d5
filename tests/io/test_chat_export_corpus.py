"""Every file of the shared chat-export corpus against its README table and refcounts.json."""

from __future__ import annotations

import json
import re
import zipfile
from datetime import datetime
from pathlib import Path

import pytest

from continuity_app.io.chat_export import AmbiguousDateOrder, analyse_chat
from tests.paths import CHAT_EXPORTS

WHATSAPP = CHAT_EXPORTS / "whatsapp"

pytestmark = pytest.mark.skipif(not CHAT_EXPORTS.is_dir(), reason="shared corpus not present")

_ORDER = {"D-M-Y": "dmy", "M-D-Y": "mdy", "Y-M-D": "ymd"}

# Files the README marks ambiguous: what detection must do without a date order. Passing
# date_order="dmy" must then give the README/refcounts values.
_AMBIGUOUS_RESOLVED = {
    # Every date is 1/1/21: both readings are the same date, nothing to decide.
    "chatanalytics_dm_2A_5M_unordered.txt": "dmy",
    # Day-first runs backwards in time, month-first is monotonic: monotonicity decides.
    "pustur_hist_short_chat.txt": "mdy",
}


def _refcounts() -> dict[str, dict]:
    if not CHAT_EXPORTS.is_dir():
        return {}
    return {r["file"]: r for r in json.loads((CHAT_EXPORTS / "refcounts.json").read_text())}


def _readme_human() -> dict[str, tuple[int, int, int, int]]:
    """file -> (entries, authored, human, authors) from the README's WhatsApp table."""
    if not CHAT_EXPORTS.is_dir():
        return {}
    out = {}
    for line in (CHAT_EXPORTS / "README.md").read_text(encoding="utf-8").splitlines():
        cells = [c.strip() for c in line.split("|")]
        if len(cells) < 6 or not cells[1].endswith(".txt"):
            continue
        m = re.fullmatch(r"(\d+) / (\d+) / (\d+) / (\d+)", cells[5])
        if m:
            out[cells[1]] = tuple(int(g) for g in m.groups())
    return out


REFS = _refcounts()
README = _readme_human()


def test_readme_table_covers_refcounts() -> None:
    assert set(REFS) == set(README)
    assert len(REFS) >= 38


def _dt(text: str) -> datetime:
    return datetime.fromisoformat(text)


@pytest.mark.parametrize("name", sorted(REFS))
def test_whatsapp_fixture_counts(name: str) -> None:
    ref = REFS[name]
    entries, authored, human, n_authors = README[name]
    path = WHATSAPP / name
    expected_order = _ORDER.get(ref["date_order"])
    if expected_order is None:  # "ambiguous(D-M-Y assumed)"
        if name in _AMBIGUOUS_RESOLVED:
            detected = analyse_chat(path)
            assert detected.date_order == _AMBIGUOUS_RESOLVED[name]
            assert detected.messages == human
        else:
            with pytest.raises(AmbiguousDateOrder) as info:
                analyse_chat(path)
            assert info.value.candidates == ("dmy", "mdy")
            assert "--date-order" in str(info.value)
        summary = analyse_chat(path, date_order="dmy")
        assert summary.date_order == "dmy"
    else:
        summary = analyse_chat(path)
        assert summary.date_order == expected_order

    assert summary.format.startswith("whatsapp-")
    assert summary.messages == human
    assert summary.authors == n_authors
    assert summary.messages + summary.system_events == entries == ref["entries"]
    assert summary.first_entry == _dt(ref["first"])
    assert summary.last_entry == _dt(ref["last"])
    assert summary.out_of_order == ref["out_of_order"]
    # Author counts: refcounts counts the E2E notice under the chat's name; we do not.
    ref_authors = ref["authors"]
    assert set(summary.author_counts) <= set(ref_authors)
    surplus = {a: c - summary.author_counts.get(a, 0) for a, c in ref_authors.items()}
    assert sorted(v for v in surplus.values() if v) == [1] * (authored - human)
    if entries == human:  # no system events: active days are the reference's days
        assert summary.active_days == ref["days"]
        assert summary.first_message == summary.first_entry
        assert summary.last_message == summary.last_entry
    assert sum(summary.hourly_counts) == summary.messages
    assert sum(map(sum, summary.weekday_hour_counts)) == summary.messages
    assert summary.first_message is not None and summary.last_message is not None
    assert summary.first_entry <= summary.first_message <= summary.last_message
    assert summary.last_message <= summary.last_entry


def test_pustur_monotonic_reading() -> None:
    s = analyse_chat(WHATSAPP / "pustur_hist_short_chat.txt")
    assert s.date_order == "mdy"
    assert "backward" in s.date_order_reason
    assert s.first_entry == datetime(2017, 6, 3, 0, 45)
    assert s.last_entry == datetime(2017, 9, 4, 1, 50)
    assert s.out_of_order == 0


def test_whatsr_variants_identical() -> None:
    names = [
        "whatsr_english_android_24h.txt",
        "whatsr_english_android_ampm.txt",
        "whatsr_english_ios_ampm.txt",
        "whatsr_german_android_24h.txt",
        "whatsr_german_ios_ampm_bom.txt",
    ]
    results = [analyse_chat(WHATSAPP / n) for n in names]
    first = results[0]
    assert first.author_counts == {"Bob": 19, "Alice": 13, "Carol": 5, "Dave": 4, "Mallory": 1}
    for s in results[1:]:
        assert s.messages == first.messages == 42
        assert s.system_events == first.system_events == 8
        assert s.author_counts == first.author_counts
        assert s.hourly_counts == first.hourly_counts
        assert s.weekday_hour_counts == first.weekday_hour_counts
        assert s.active_days == first.active_days == 2


def test_narrow_nbsp_variant(tmp_path: Path) -> None:
    text = (WHATSAPP / "whatsr_english_android_ampm.txt").read_text(encoding="utf-8")
    variant = text.replace(" PM", "\u202fPM").replace(" AM", "\u202fAM")
    assert "\u202fPM" in variant
    path = tmp_path / "nnbsp.txt"
    path.write_text(variant, encoding="utf-8")
    s = analyse_chat(path)
    ref = analyse_chat(WHATSAPP / "whatsr_english_android_ampm.txt")
    assert (s.messages, s.authors, s.date_order) == (42, 5, "mdy")
    assert s.author_counts == ref.author_counts
    assert s.hourly_counts == ref.hourly_counts
    assert s.first_entry == datetime(2018, 1, 29, 12, 24)


def test_corpus_file_inside_zip(tmp_path: Path) -> None:
    archive = tmp_path / "WhatsApp Chat - Pokemon.zip"
    with zipfile.ZipFile(archive, "w", zipfile.ZIP_DEFLATED) as zf:
        zf.writestr("IMG-20160806-WA0001.jpg", b"\xff\xd8\xff\xe0" + bytes(200))
        zf.writestr("_chat.txt", (WHATSAPP / "whatstk_pokemon.txt").read_bytes())
    s = analyse_chat(archive)
    assert (s.messages, s.authors, s.system_events) == (18, 8, 2)
    assert s.date_order == "dmy"


def test_special_fixture_details() -> None:
    pokemon = analyse_chat(WHATSAPP / "whatstk_pokemon.txt")
    assert "Pokemon Chat" not in pokemon.author_counts  # E2E notice is not a message
    assert pokemon.first_message == datetime(2016, 8, 6, 13, 23)
    arabic = analyse_chat(WHATSAPP / "whatsjson_arabic_ios_arabic_digits.txt")
    assert set(arabic.author_counts) == {"Dmitry S", "+40 521 028 61 88"}
    assert arabic.last_message == datetime(2022, 3, 27, 21, 56, 45)
    thai = analyse_chat(WHATSAPP / "whatsjson_thai_buddhist_calendar_ios.txt")
    japan = analyse_chat(WHATSAPP / "whatsjson_japanese_imperial_calendar_ios.txt")
    assert thai.last_message == japan.last_message == datetime(2023, 1, 12, 15, 35, 15)
    chatminer = analyse_chat(
        WHATSAPP / "chatminer_hist_dateformat4_brackets_12h_secs.txt", date_order="dmy"
    )
    assert chatminer.last_message == datetime(2022, 10, 12, 14, 37)  # "14:37:00 p.m."


def test_lorem2000_author_counts() -> None:
    s = analyse_chat(WHATSAPP / "whatstk_lorem2000_ios_iso.txt")
    assert s.author_counts == {"Giuseppe": 516, "+1 123 456 789": 507, "Mary": 496, "John": 481}
    assert s.format == "whatsapp-ios"


def test_telegram_single_chat() -> None:
    s = analyse_chat(CHAT_EXPORTS / "telegram" / "chatanalytics_telegram_dm_2A_7M.json")
    assert s.format == "telegram-json"
    assert s.date_order == "ymd"
    assert (s.messages, s.authors, s.system_events) == (6, 2, 2)
    assert s.author_counts == {"Alice": 4, "Bob": 2}
    assert s.first_message == datetime(2019, 7, 12, 16, 55, 32)


def test_telegram_minimal_exports() -> None:
    single = analyse_chat(CHAT_EXPORTS / "telegram" / "chatminer_telegram_single_export.json")
    batch = analyse_chat(CHAT_EXPORTS / "telegram" / "chatminer_telegram_batch_export.json")
    for s in (single, batch):
        assert (s.messages, s.authors) == (2, 2)
        assert s.first_message == datetime(2018, 12, 5, 10, 39, 10)
        assert s.last_message == datetime(2018, 12, 5, 10, 49, 24)
    assert batch.chat_names == ("Chatname",)
    chosen = analyse_chat(
        CHAT_EXPORTS / "telegram" / "chatminer_telegram_batch_export.json", chat="Chatname"
    )
    assert chosen.messages == 2


def test_signal_export() -> None:
    s = analyse_chat(CHAT_EXPORTS / "other" / "chatminer_signal_export.txt")
    assert s.format == "signal-txt"
    assert (s.messages, s.authors, s.date_order) == (2, 2, "ymd")
    assert set(s.author_counts) == {"Jane Doe", "John Doe"}
    assert s.first_message == datetime(2019, 12, 24, 12, 23)
    assert s.last_message == datetime(2020, 1, 17, 21, 49)
