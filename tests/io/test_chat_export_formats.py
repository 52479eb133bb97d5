"""Generated chat exports: every header variant of the issue, bad input, stats and privacy."""

from __future__ import annotations

import json
import zipfile
from collections.abc import Callable
from datetime import datetime
from pathlib import Path

import pytest

from continuity_app.io.chat_export import (
    AmbiguousDateOrder,
    ChatImportError,
    UnknownAuthor,
    UnknownChat,
    analyse_chat,
    pseudonymise,
    to_function_inputs,
)

# Three messages by two authors (2022-03-18 14:56 and 21:05, 2022-03-19 09:05) and one
# system line, written in every header variant below.
_WHEN = [
    (datetime(2022, 3, 18, 14, 56, 1), "Ana", "Olá, tudo bem?"),
    (datetime(2022, 3, 18, 14, 57, 2), None, 'Ana created group "Loja"'),
    (datetime(2022, 3, 18, 21, 5, 3), "Bob Shop", "Sim! <Media omitted>"),
    (datetime(2022, 3, 19, 9, 5, 4), "Ana", "Obrigada"),
]


def _write(tmp_path: Path, lines: list[str], name: str = "chat.txt", **kw: str) -> Path:
    path = tmp_path / name
    path.write_text("".join(line + "\n" for line in lines), encoding=kw.get("enc", "utf-8"))
    return path


def _render(fmt_line: Callable[[datetime], str], tmp_path: Path) -> Path:
    lines = []
    for when, author, text in _WHEN:
        head = fmt_line(when)
        lines.append(f"{head}{author}: {text}" if author else f"{head}{text}")
    return _write(tmp_path, lines)


def _h12(when: datetime) -> tuple[int, str]:
    h = when.hour % 12 or 12
    return h, "AM" if when.hour < 12 else "PM"


VARIANTS = {
    "android-dmy-24h": (lambda w: f"{w:%d/%m/%Y, %H:%M} - ", "dmy", "whatsapp-android"),
    "android-dmy-2digit-dots": (lambda w: f"{w:%d.%m.%y, %H:%M} - ", "dmy", "whatsapp-android"),
    "android-nocomma-dash-date": (lambda w: f"{w:%d-%m-%Y %H:%M} - ", "dmy", "whatsapp-android"),
    "android-mdy-12h": (
        lambda w: f"{w.month}/{w.day}/{w:%y}, {_h12(w)[0]}:{w:%M} {_h12(w)[1]} - ",
        "mdy",
        "whatsapp-android",
    ),
    "android-mdy-12h-nnbsp": (
        lambda w: f"{w.month}/{w.day}/{w:%y}, {_h12(w)[0]}:{w:%M}\u202f{_h12(w)[1]} - ",
        "mdy",
        "whatsapp-android",
    ),
    "android-es-p-m": (
        lambda w: f"{w:%d/%m/%Y}, {_h12(w)[0]}:{w:%M}\u00a0{_h12(w)[1][0].lower()}.\u00a0m. - ",
        "dmy",
        "whatsapp-android",
    ),
    "android-pm-lower-nocomma": (
        lambda w: f"{w.month}/{w.day}/{w:%Y} {_h12(w)[0]}:{w:%M} {_h12(w)[1].lower()} - ",
        "mdy",
        "whatsapp-android",
    ),
    "android-ymd": (lambda w: f"{w:%Y-%m-%d, %H:%M} - ", "ymd", "whatsapp-android"),
    "android-trailing-dot": (lambda w: f"{w:%Y/%m/%d, %H:%M}. - ", "ymd", "whatsapp-android"),
    "ios-dmy-secs": (lambda w: f"[{w:%d/%m/%Y, %H:%M:%S}] ", "dmy", "whatsapp-ios"),
    "ios-nocomma-2digit": (lambda w: f"[{w:%d-%m-%y %H:%M:%S}] ", "dmy", "whatsapp-ios"),
    "ios-mdy-12h": (
        lambda w: f"[{w.month}/{w.day}/{w:%y}, {_h12(w)[0]}:{w:%M:%S} {_h12(w)[1]}] ",
        "mdy",
        "whatsapp-ios",
    ),
    "ios-time-first": (
        lambda w: f"[{w:%H:%M:%S}, {w.month}/{w.day}/{w:%y}] ",
        "mdy",
        "whatsapp-ios",
    ),
    "ios-dotted-time": (
        lambda w: f"[{w.month}/{w.day}/{w:%y} {w:%H.%M.%S}] ",
        "mdy",
        "whatsapp-ios",
    ),
    "ios-invisible-marks": (
        lambda w: f"\u200e[\ufeff{w.day}\u200f/{w.month}\u200f/{w:%Y}\u060c {w:%H:%M:%S}] ",
        "dmy",
        "whatsapp-ios",
    ),
    "ios-arabic-digits": (
        lambda w: (
            "["
            + f"{w.day}\u200f/{w.month}\u200f/{w:%Y}\u060c {_h12(w)[0]}:{w:%M:%S}\u00a0".translate(
                str.maketrans("0123456789", "٠١٢٣٤٥٦٧٨٩")
            )
            + ("ص" if w.hour < 12 else "م")
            + "] "
        ),
        "dmy",
        "whatsapp-ios",
    ),
    "ios-buddhist": (
        lambda w: f"[{w.month}/{w.day}/{w.year + 543} BE, {w:%H:%M:%S}] ",
        "mdy",
        "whatsapp-ios",
    ),
    "ios-buddhist-no-suffix": (
        lambda w: f"[{w.day}/{w.month}/{w.year + 543} {w:%H:%M:%S}] ",
        "dmy",
        "whatsapp-ios",
    ),
    "ios-reiwa": (
        lambda w: f"[{w.month}/{w.day}/R{w.year - 2018}, {w:%H:%M:%S}] ",
        "mdy",
        "whatsapp-ios",
    ),
    "ios-heisei": (
        lambda w: f"[{w.month}/{w.day}/H{w.year - 1988 - 4}, {w:%H:%M:%S}] ",
        "mdy",
        "whatsapp-ios",
    ),
}


@pytest.mark.parametrize("variant", sorted(VARIANTS))
def test_header_variants(variant: str, tmp_path: Path) -> None:
    fmt_line, order, fmt = VARIANTS[variant]
    s = analyse_chat(_render(fmt_line, tmp_path))
    assert s.format == fmt
    assert s.date_order == order
    assert s.messages == 3
    assert s.system_events == 1
    assert s.author_counts == {"Ana": 2, "Bob Shop": 1}
    expected_first = _WHEN[0][0]
    expected_last = _WHEN[3][0]
    if variant == "ios-heisei":  # H30 = 2018
        expected_first = expected_first.replace(year=2018)
        expected_last = expected_last.replace(year=2018)
    if fmt == "whatsapp-android":  # Android headers have no seconds
        expected_first = expected_first.replace(second=0)
        expected_last = expected_last.replace(second=0)
    assert s.first_message == expected_first
    assert s.last_message == expected_last
    assert s.hourly_counts[14] == 1 and s.hourly_counts[21] == 1 and s.hourly_counts[9] == 1
    assert s.active_days == 2


def test_multiline_crlf_and_out_of_order(tmp_path: Path) -> None:
    path = tmp_path / "crlf.txt"
    path.write_bytes(
        b"13/02/2021, 09:00 - Ana: first line\r\n"
        b"second line: still Ana\r\n"
        b"\r\n"
        b"13/02/2021, 09:05 - Bob: reply\r\n"
        b"13/02/2021, 09:03 - Ana: late line\r\n"
        b"14/02/2021, 10:00 - Bob: next day\r\n"
    )
    s = analyse_chat(path)
    assert (s.messages, s.authors, s.out_of_order) == (4, 2, 1)
    assert s.author_counts == {"Ana": 2, "Bob": 2}
    assert s.last_message == datetime(2021, 2, 14, 10, 0)


def test_invalid_12h_times_tolerated(tmp_path: Path) -> None:
    path = _write(
        tmp_path,
        [
            "[13/10/22 13:37:00 p.m.] Ana: impossible but seen",
            "[13/10/22 00:04:03 AM] Bob: also seen",
            "[13/10/22 12:10:00 a.m.] Bob: ten past midnight",
        ],
    )
    s = analyse_chat(path)
    assert s.hourly_counts[13] == 1 and s.hourly_counts[0] == 2
    assert s.out_of_order == 1


def test_utf16_export_is_decoded(tmp_path: Path) -> None:
    lines = ["18/03/2022, 14:56 - Ana: Olá", "18/03/2022, 14:57 - Bob: Oi"]
    for enc in ("utf-16", "utf-16-le"):
        path = tmp_path / f"{enc}.txt"
        path.write_bytes("\n".join(lines).encode(enc))
        s = analyse_chat(path)
        assert (s.messages, s.authors, s.date_order) == (2, 2, "dmy")


def test_zip_export(tmp_path: Path) -> None:
    archive = tmp_path / "WhatsApp Chat with Ana.zip"
    with zipfile.ZipFile(archive, "w") as zf:
        zf.writestr("00000012-PHOTO-2022-03-18.jpg", bytes(range(256)) * 10)
        zf.writestr("notes.txt", "unrelated")
        zf.writestr(
            "WhatsApp Chat with Ana.txt",
            "18/03/2022, 14:56 - Ana: Olá\n18/03/2022, 14:57 - Bob: Oi\n"
            "19/03/2022, 08:00 - Ana: ?\n",
        )
    s = analyse_chat(archive)
    assert (s.messages, s.authors) == (3, 2)


def test_zip_without_chat(tmp_path: Path) -> None:
    archive = tmp_path / "photos.zip"
    with zipfile.ZipFile(archive, "w") as zf:
        zf.writestr("IMG-1.jpg", b"\xff\xd8\xff")
    with pytest.raises(ChatImportError, match=r"no chat text file.*1 other file \(\.jpg\)") as info:
        analyse_chat(archive)
    assert "IMG-1" not in str(info.value)  # shared documents keep their (private) names


@pytest.mark.parametrize(
    ("content", "pattern"),
    [
        (b"", "empty"),
        (b"\xef\xbb\xbf\r\n  \n", "empty"),
        (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x01\x00", "binary"),
        (bytes(range(256)) * 4, "binary"),
    ],
)
def test_bad_input(tmp_path: Path, content: bytes, pattern: str) -> None:
    path = tmp_path / "bad.txt"
    path.write_bytes(content)
    with pytest.raises(ChatImportError, match=pattern):
        analyse_chat(path)


def test_unknown_format_says_what_was_expected_not_the_content(tmp_path: Path) -> None:
    path = _write(tmp_path, ["", "Dear diary, today I exported nothing.", "Second line"])
    with pytest.raises(ChatImportError) as info:
        analyse_chat(path)
    message = str(info.value)
    assert "diary" not in message and "Second" not in message
    assert "first 2 lines" in message and "18/03/2022, 14:56 - Name: text" in message
    assert "Export chat" in message


def test_latin1_file_names_the_line(tmp_path: Path) -> None:
    path = tmp_path / "latin1.txt"
    path.write_bytes("18/03/2022, 14:56 - Ana: ol\xe1 a todos\n".encode("latin-1"))
    with pytest.raises(ChatImportError, match="not UTF-8 text: line 1 ") as info:
        analyse_chat(path)
    assert "Ana" not in str(info.value) and "todos" not in str(info.value)


def test_json_errors(tmp_path: Path) -> None:
    broken = tmp_path / "result.json"
    broken.write_text('{"name": "x", "messages": [{"type": "message", "date": ', encoding="utf-8")
    with pytest.raises(ChatImportError, match="Malformed JSON"):
        analyse_chat(broken)
    other = tmp_path / "other.json"
    other.write_text('{"hello": "world"}', encoding="utf-8")
    with pytest.raises(ChatImportError, match="not a Telegram"):
        analyse_chat(other)


def test_missing_file(tmp_path: Path) -> None:
    with pytest.raises(ChatImportError, match="not found"):
        analyse_chat(tmp_path / "nope.txt")


def test_ambiguous_then_chosen(tmp_path: Path) -> None:
    path = _write(
        tmp_path,
        ["03/04/2022, 10:00 - Ana: a", "05/06/2022, 11:00 - Bob: b", "07/08/2022, 12:00 - Ana: c"],
    )
    with pytest.raises(AmbiguousDateOrder) as info:
        analyse_chat(path)
    assert info.value.candidates == ("dmy", "mdy")
    assert isinstance(info.value, ChatImportError) and isinstance(info.value, ValueError)
    assert "--date-order" in str(info.value)
    dmy = analyse_chat(path, date_order="dmy")
    mdy = analyse_chat(path, date_order="mdy")
    assert dmy.first_message == datetime(2022, 4, 3, 10, 0)
    assert mdy.first_message == datetime(2022, 3, 4, 10, 0)
    assert dmy.date_order_reason == "chosen by the user"


def test_monotonicity_decides(tmp_path: Path) -> None:
    # Day-first reads 10 Feb, 10 Mar, 11 Jan, 11 Feb (one jump back); month-first reads
    # 2 Oct, 3 Oct, 1 Nov, 2 Nov (in order): month-first wins.
    path = _write(
        tmp_path,
        [
            "10/02/2022, 10:00 - Ana: a",
            "10/03/2022, 10:00 - Bob: b",
            "11/01/2022, 10:00 - Ana: c",
            "11/02/2022, 10:00 - Ana: d",
        ],
    )
    s = analyse_chat(path)
    assert s.date_order == "mdy"
    assert s.out_of_order == 0


def test_wrong_chosen_order_is_refused(tmp_path: Path) -> None:
    path = _write(tmp_path, ["25/03/2022, 10:00 - Ana: a", "26/03/2022, 10:00 - Bob: b"])
    with pytest.raises(ChatImportError, match="cannot be read as mdy"):
        analyse_chat(path, date_order="mdy")
    with pytest.raises(ChatImportError, match="Unknown date order"):
        analyse_chat(path, date_order="ydm")


def test_localised_e2e_notice_and_system_lines(tmp_path: Path) -> None:
    path = _write(
        tmp_path,
        [
            "[18/03/2022, 14:56:01] Loja Centro: \u200eAs mensagens e chamadas são "
            "protegidas com a criptografia de ponta a ponta.",
            "[18/03/2022, 14:56:02] Loja Centro: \u200eAna criou o grupo “Loja”",
            "[18/03/2022, 14:57:00] Ana: \u200eimagem ocultada",
            "[18/03/2022, 14:58:00] Ana: \u200eEsta mensagem foi apagada.",
            "[18/03/2022, 14:59:00] Loja Centro: Bom dia!",
        ],
    )
    s = analyse_chat(path)
    # The E2E notice is a system event; the group-creation line attributed to the chat is
    # counted as authored (as the corpus reference does for iOS "security code" lines).
    assert s.system_events == 1
    assert s.author_counts == {"Loja Centro": 2, "Ana": 2}


def test_response_times_and_customer_rate(tmp_path: Path) -> None:
    path = _write(
        tmp_path,
        [
            "13/02/2021, 09:00 - Cust A: hi",
            "13/02/2021, 09:05 - Cust A: anyone?",  # same waiting run
            "13/02/2021, 09:10 - Shop: hello",  # 10 min
            "13/02/2021, 09:11 - Shop: how can I help",
            "13/02/2021, 10:30 - Shop: 5 euros",  # out of order: sorted after 10:00
            "13/02/2021, 10:00 - Cust B: price?",  # 30 min
            "13/02/2021, 11:00 - Cust A: thanks",
            "13/02/2021, 11:02 - Shop: welcome",  # 2 min
            "14/02/2021, 12:00 - Cust B: ok",  # never answered
            "14/02/2021, 12:30 - Shop changed the group description",
        ],
    )
    s = analyse_chat(path, business="Shop")
    assert s.out_of_order == 1
    assert s.customer_messages == 5
    assert s.customer_messages_per_day == pytest.approx(2.5)  # per active day
    assert s.responses == 3
    assert s.response_time_median_minutes == pytest.approx(10.0)
    assert s.response_time_p90_minutes == pytest.approx(26.0)  # linear: 10 + 0.8 * 20
    inputs = to_function_inputs(s)
    assert inputs["daily_interactions"] == pytest.approx(2.5)
    assert sum(inputs["hourly_profile"]) == pytest.approx(1.0)
    assert len(inputs["hourly_profile"]) == 24
    assert sum(inputs["weekday_profile"]) / 7 == pytest.approx(1.0)
    # 13 Feb 2021 is a Saturday, 14 Feb a Sunday.
    assert sum(s.weekday_hour_counts[5]) == 8 and sum(s.weekday_hour_counts[6]) == 1


def test_business_without_reply_and_unknown(tmp_path: Path) -> None:
    path = _write(tmp_path, ["13/02/2021, 09:00 - Ana: hi", "13/02/2021, 09:10 - Shop: hello"])
    s = analyse_chat(path, business="Ana")
    assert s.response_time_median_minutes is None and s.responses == 0
    with pytest.raises(UnknownAuthor, match=r"'Bruno' is not an author.* 2 authors") as info:
        analyse_chat(path, business="Bruno")
    assert "Ana" not in str(info.value) and "Shop" not in str(info.value)
    assert info.value.authors == {"Ana": 1, "Shop": 1}
    plain = analyse_chat(path)
    assert to_function_inputs(plain)["daily_interactions"] == pytest.approx(2.0)


def test_to_json_pseudonymises(tmp_path: Path) -> None:
    path = _write(
        tmp_path,
        [
            "04/10/2021, 15:39 - Ana: hi",
            "04/10/2021, 15:40 - Shop: hello",
            "05/10/2021, 08:00 - Ana: x",
        ],
    )
    s = analyse_chat(path, business="Shop", date_order="dmy")  # 04/10 and 05/10: ambiguous
    data = s.to_json(key="plan-1")
    text = json.dumps(data, ensure_ascii=False)
    assert "Ana" not in text and "Shop" not in text
    for key in ("format", "date_order", "messages", "authors", "hourly_counts"):
        assert key in data
    assert data["first_message"] == "2021-10-04T15:39"
    assert data["last_message"] == "2021-10-05T08:00"
    assert data["authors"] == 2 and data["messages"] == 3
    assert len(data["hourly_counts"]) == 24
    assert len(data["weekday_hour_counts"]) == 7
    assert all(len(row) == 24 for row in data["weekday_hour_counts"])
    assert data["author_counts"] == {
        pseudonymise("Ana", "plan-1"): 2,
        pseudonymise("Shop", "plan-1"): 1,
    }
    assert data["business"] == pseudonymise("Shop", "plan-1")
    assert pseudonymise("Ana", "plan-1") == pseudonymise(" Ana ", "plan-1")
    assert pseudonymise("Ana", "plan-1") != pseudonymise("Ana", "plan-2")
    assert pseudonymise("Ana", "x").startswith("Author-")
    # a keyed hash, not sha256(salt + name): nobody recomputes it from a list of names
    import hashlib

    plain = hashlib.sha256(b"plan-1\x00Ana").hexdigest()
    assert plain[:8] not in pseudonymise("Ana", "plan-1")
    assert pseudonymise("Ana", b"k1") != pseudonymise("Ana", b"k2")
    kept = s.to_json(keep_names=True)
    assert kept["author_counts"] == {"Ana": 2, "Shop": 1}
    assert json.loads(json.dumps(data)) == data


def _telegram_account(tmp_path: Path) -> Path:
    def msg(i: int, who: str, date: str) -> dict:
        return {"id": i, "type": "message", "date": date, "from": who, "text": ["x", {"t": 1}]}

    export = {
        "about": 'Contains "messages": [ in a string',
        "chats": {
            "about": "chats",
            "list": [
                {
                    "name": "Ana",
                    "type": "personal_chat",
                    "id": 1,
                    "messages": [
                        msg(1, "Ana", "2023-01-02T10:00:00"),
                        msg(2, "Shop", "2023-01-02T10:20:00"),
                        {"id": 3, "type": "service", "date": "2023-01-02T10:21:00", "actor": "Ana"},
                    ],
                },
                {
                    "name": "Bruno",
                    "type": "personal_chat",
                    "id": 2,
                    "messages": [
                        msg(4, "Bruno", "2023-01-03T09:00:00"),
                        msg(5, "Shop", "2023-01-03T09:40:00"),
                        {
                            "id": 6,
                            "type": "message",
                            "date_unixtime": "1672743600",
                            "from": None,
                            "from_id": "user9",
                            "text": "",
                        },
                    ],
                },
            ],
        },
    }
    path = tmp_path / "result.json"
    path.write_text(json.dumps(export, indent=1), encoding="utf-8")
    return path


def test_telegram_whole_account(tmp_path: Path) -> None:
    path = _telegram_account(tmp_path)
    combined = analyse_chat(path, business="Shop")
    assert combined.chat_names == ("Ana", "Bruno")
    assert combined.author_counts == {"Shop": 2, "Ana": 1, "Bruno": 1, "user9": 1}
    assert combined.system_events == 1
    assert combined.responses == 2  # Ana 20 min, Bruno 40 min; user9 never answered
    assert combined.response_time_median_minutes == pytest.approx(30.0)
    one = analyse_chat(path, chat="Bruno")
    assert one.messages == 3
    assert one.last_message == datetime(2023, 1, 3, 11, 0)  # from date_unixtime, UTC
    with pytest.raises(UnknownChat, match=r"No chat named 'Carla'.* 2 chats") as info:
        analyse_chat(path, chat="Carla")
    assert "Ana" not in str(info.value) and "Bruno" not in str(info.value)
    assert info.value.names == ("Ana", "Bruno")


def test_telegram_streams_small_chunks(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from continuity_app.io.chat_export import telegram

    monkeypatch.setattr(telegram, "_CHUNK", 7)  # objects straddle every chunk boundary
    s = analyse_chat(_telegram_account(tmp_path))
    assert s.messages == 5 and s.system_events == 1


def test_large_generated_file_counts(tmp_path: Path) -> None:
    lines = []
    for i in range(20000):
        day = 1 + (i // 1000)
        lines.append(f"{day:02d}/05/2023, {8 + i % 12:02d}:{i % 60:02d} - P{i % 7}: m {i}")
    s = analyse_chat(_write(tmp_path, lines))
    assert s.messages == 20000 and s.authors == 7 and s.active_days == 20
    assert s.date_order == "dmy"  # "13/05" decides


def test_response_time_ties_keep_file_order(tmp_path: Path) -> None:
    path = _write(
        tmp_path,
        [
            "13/02/2021, 09:00 - Shop: hello",
            "13/02/2021, 09:00 - Cust: hi",  # same minute, after the shop: waits from here
            "13/02/2021, 09:04 - Shop: yes?",
            "14/02/2021, 08:00 - Cust: again",
            "13/02/2021, 23:59 - Shop: late line, out of order",
            "14/02/2021, 08:30 - Shop: here",
        ],
    )
    s = analyse_chat(path, business="Shop")
    assert s.responses == 2
    assert s.response_time_median_minutes == pytest.approx((4 + 30) / 2)
