"""Instagram and Messenger exports (Meta JSON): formats, mojibake, threads, zips, bad input."""

from __future__ import annotations

import json
import zipfile
from datetime import UTC, datetime
from pathlib import Path

import pytest

from continuity_app.cli import main
from continuity_app.io.chat_export import ChatImportError, analyse_chat, detect, meta
from continuity_app.io.chat_export.meta import UnknownConversation, channel_of, fix_text


@pytest.fixture(autouse=True)
def _utc(monkeypatch) -> None:
    monkeypatch.setattr(meta, "ZONE", UTC)


def _mojibake(text: str) -> str:
    """What Meta writes: each UTF-8 byte as one Latin-1 character."""
    return text.encode("utf-8").decode("latin-1")


def _ms(day: int, hour: int, minute: int = 0) -> int:
    return int(datetime(2024, 3, day, hour, minute, tzinfo=UTC).timestamp() * 1000)


def _thread(messages: list[dict], title: str = "Loja", path: str = "inbox/loja_1", **extra):
    body = {
        "participants": [{"name": _mojibake(n)} for n in {m["sender_name"] for m in messages}],
        "messages": sorted(messages, key=lambda m: -m["timestamp_ms"]),  # newest first
        "title": _mojibake(title),
        "is_still_participant": True,
        "thread_path": path,
        "magic_words": [],
    }
    body.update(extra)
    return body


def _msg(who: str, ms: int, text: str = "olá, tudo bem? 😀", **extra) -> dict:
    return {
        "sender_name": _mojibake(who),
        "timestamp_ms": ms,
        "content": _mojibake(text),
        "is_geoblocked_for_viewer": False,
        **extra,
    }


CHAT = [
    _msg("José Müller", _ms(4, 9, 0)),
    _msg("José Müller", _ms(4, 9, 5)),
    _msg("Café Ñandú", _ms(4, 9, 20)),
    _msg("José Müller", _ms(5, 14, 0)),
    _msg("Café Ñandú", _ms(5, 15, 0)),
]


def _write(path: Path, body: object) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    # Meta escapes every non-ASCII character: ensure_ascii as the real files
    path.write_text(json.dumps(body, indent=2), encoding="utf-8")
    return path


def test_fix_text_round_trips_only_mojibake() -> None:
    assert fix_text(_mojibake("Ação 😀")) == "Ação 😀"
    assert fix_text("José") == "José"  # proper text stays (é alone is no UTF-8)
    assert fix_text("Ana Kovač") == "Ana Kovač"  # beyond Latin-1: left as is
    assert fix_text("plain") == "plain"


def test_messenger_one_to_one_with_mojibake(tmp_path: Path) -> None:
    path = _write(
        tmp_path / "your_facebook_activity/messages/inbox/loja_1/message_1.json", _thread(CHAT)
    )
    summary = analyse_chat(path, business="Café Ñandú")
    assert summary.format == "messenger-json" and channel_of(summary.format) == "messenger"
    assert summary.messages == 5 and summary.authors == 2
    assert summary.author_counts == {"José Müller": 3, "Café Ñandú": 2}
    assert summary.date_order == "ymd" and summary.out_of_order == 0
    assert summary.first_message == datetime(2024, 3, 4, 9, 0)
    assert summary.customer_messages == 3 and summary.responses == 2
    assert summary.response_time_median_minutes == pytest.approx(40.0)  # 20 and 60 minutes
    data = json.dumps(summary.to_json(key=b"k"), ensure_ascii=False)
    for leak in ("olá", "tudo", "José", "Müller", "Ñandú", "ol\\u00e1", "Ã"):
        assert leak not in data
    assert summary.to_json(keep_names=True)["business"] == "Café Ñandú"


def test_instagram_group_told_apart_by_its_share_fields(tmp_path: Path) -> None:
    share = {"link": "https://www.instagram.com/reel/x/", "original_content_owner": "ana"}
    messages = [
        *CHAT,
        _msg("Ana", _ms(6, 10), share=share),
        _msg("Bia", _ms(6, 11), type="Subscribe"),  # joined: an event
    ]
    path = _write(tmp_path / "messages/inbox/grupo_2/message_1.json", _thread(messages))
    summary = analyse_chat(path)
    assert summary.format == "instagram-json" and channel_of(summary.format) == "instagram"
    assert summary.authors == 3 and summary.messages == 6 and summary.system_events == 1


def test_cannot_tell_says_so(tmp_path: Path) -> None:
    path = _write(tmp_path / "message_1.json", _thread(CHAT, path="inbox/loja_1"))
    summary = analyse_chat(path)
    assert summary.format == "instagram-or-messenger-json"
    assert channel_of(summary.format) is None


def test_end_to_end_encrypted_messenger_export(tmp_path: Path) -> None:
    body = {
        "participants": ["José Müller", "Café Ñandú"],
        "threadName": "José Müller",
        "messages": [
            {
                "isUnsent": False,
                "media": [],
                "reactions": [],
                "senderName": m["sender_name"],
                "text": "secret words",
                "timestamp": m["timestamp_ms"],
                "type": "text",
            }
            for m in CHAT
        ],
    }
    path = tmp_path / "José Müller_1.json"
    path.write_text(json.dumps(body, ensure_ascii=False), encoding="utf-8")
    summary = analyse_chat(path)
    assert summary.format == "messenger-e2ee-json" and summary.messages == 5
    assert summary.authors == 2  # mojibake names still read as the same two people


def test_thread_in_several_files_read_from_any_part_and_folder(tmp_path: Path) -> None:
    folder = tmp_path / "inbox/loja_1"
    _write(folder / "message_1.json", _thread(CHAT[3:]))  # newest
    _write(folder / "message_2.json", _thread(CHAT[:3]))
    (folder / "photos").mkdir()
    for picked in (folder / "message_2.json", folder, tmp_path):
        summary = analyse_chat(picked)
        assert summary.messages == 5 and summary.out_of_order == 0
        assert summary.chat_names == ("Loja",)


def test_whole_inbox_zip_combines_threads_and_chooses_one(tmp_path: Path) -> None:
    path = tmp_path / "instagram-ana-2024.zip"
    other = [_msg("Dora", _ms(7, 8)), _msg("Café Ñandú", _ms(7, 8, 30))]
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as zf:
        root = "your_instagram_activity/messages/inbox"
        zf.writestr(f"{root}/loja_1/message_1.json", json.dumps(_thread(CHAT)))
        zf.writestr(f"{root}/dora_2/message_1.json", json.dumps(_thread(other, "Dora")))
        zf.writestr(f"{root}/dora_2/photos/1.jpg", b"\xff\xd8\xff" * 10)
        zf.writestr("ads_information/no-data.txt", "No data")
        zf.writestr("personal_information/profile.json", '{"profile_user": []}')
    summary = analyse_chat(path, business="Café Ñandú")
    assert summary.format == "instagram-json"
    assert summary.messages == 7 and summary.authors == 3
    assert sorted(summary.chat_names) == ["Dora", "Loja"]
    assert analyse_chat(path, chat="Dora").messages == 2
    with pytest.raises(UnknownConversation, match=r"No conversation named 'Eva'.* 2 conv"):
        analyse_chat(path, chat="Eva")


def test_end_to_end_encrypted_zip(tmp_path: Path) -> None:
    path = tmp_path / "messages.zip"
    body = {"participants": ["A", "B"], "threadName": "A", "messages": []}
    body["messages"] = [
        {"senderName": "A", "timestamp": _ms(4, 9), "text": "x", "isUnsent": False},
        {"senderName": "B", "timestamp": _ms(4, 10), "text": "y", "isUnsent": True},
    ]
    with zipfile.ZipFile(path, "w") as zf:
        zf.writestr("A_1.json", json.dumps(body))
        zf.writestr("B_2.json", json.dumps({**body, "threadName": "B"}))
        zf.writestr("media/1.jpg", b"\xff\xd8\xff")
    summary = analyse_chat(path)
    assert summary.format == "messenger-e2ee-json" and summary.messages == 4


def test_telegram_json_is_still_telegram(tmp_path: Path) -> None:
    path = tmp_path / "result.json"
    message = {"type": "message", "date": "2023-01-02T10:00:00", "from": "Ana", "text": "t"}
    path.write_text(json.dumps({"name": "Ana", "messages": [message]}), encoding="utf-8")
    assert analyse_chat(path).format == "telegram-json"
    assert not detect.looks_meta(path.read_text(encoding="utf-8"))


def _refused(path: Path, pattern: str, *absent: str) -> str:
    with pytest.raises(ChatImportError, match=pattern) as info:
        analyse_chat(path)
    message = str(info.value)
    for text in ("Traceback", "Error", *absent):
        assert text not in message, message
    assert main(["import-chat", str(path)]) == 2
    return message


def test_hostile_inputs(tmp_path: Path, capsys) -> None:
    good = json.dumps(_thread(CHAT))
    cut = _write(tmp_path / "a/message_1.json", None)
    cut.write_text(good[: len(good) // 2], encoding="utf-8")
    _refused(cut, "not readable JSON", "José", "olá")
    neither = _write(tmp_path / "b/message_1.json", {"participants": [], "foo": 1})
    _refused(neither, 'no "messages" list')
    empty = _write(tmp_path / "c/message_1.json", _thread([]))
    _refused(empty, "no messages")
    seconds = [{**m, "timestamp_ms": m["timestamp_ms"] // 1000} for m in CHAT]
    _refused(_write(tmp_path / "d/message_1.json", _thread(seconds)), "5 message times .* seconds")
    undated = json.loads(json.dumps(_thread(CHAT)))
    for message in undated["messages"]:
        message["timestamp_ms"] = "yesterday"
    _refused(_write(tmp_path / "e/message_1.json", undated), "None of the 5 messages")
    nulled = _write(tmp_path / "i/message_1.json", {"participants": [], "messages": None})
    _refused(nulled, 'no "messages" list')
    deep = _write(tmp_path / "f/message_1.json", None)
    deep.write_text('{"participants": [], "messages": [' + "[" * 100_000, encoding="utf-8")
    _refused(deep, "not readable JSON")
    html = tmp_path / "g/message_1.html"
    html.parent.mkdir()
    html.write_text("<html></html>", encoding="utf-8")
    _refused(html.parent, "in HTML")
    (tmp_path / "h").mkdir()
    _refused(tmp_path / "h", "no Instagram or Messenger conversation")
    capsys.readouterr()


def test_cut_anywhere_ends_in_words_not_a_traceback(tmp_path: Path) -> None:
    data = json.dumps(_thread(CHAT), indent=1).encode()
    path = tmp_path / "message_1.json"
    for cut in range(1, len(data), 7):
        path.write_bytes(data[:cut])
        try:
            analyse_chat(path)
        except ChatImportError as error:
            assert "José" not in str(error) and "olá" not in str(error)


def test_html_export_in_a_zip_is_refused_with_the_way_out(tmp_path: Path) -> None:
    path = tmp_path / "facebook-ana.zip"
    with zipfile.ZipFile(path, "w") as zf:
        zf.writestr("your_facebook_activity/messages/inbox/loja_1/message_1.html", "<html/>")
        zf.writestr("ads_information/no-data.txt", "No data")
    _refused(path, "in HTML.*format JSON")


def test_mojibake_that_does_not_round_trip_is_kept(tmp_path: Path) -> None:
    odd = [_msg("x", _ms(4, 9)), {**_msg("x", _ms(4, 10)), "sender_name": "Ã\u0028 bad"}]
    summary = analyse_chat(_write(tmp_path / "message_1.json", _thread(odd)))
    assert summary.authors == 2 and summary.messages == 2


def test_too_large_and_huge_message(tmp_path: Path, monkeypatch) -> None:
    path = _write(tmp_path / "message_1.json", _thread(CHAT))
    monkeypatch.setattr(meta, "MAX_EXPORT_BYTES", 100)
    with pytest.raises(ChatImportError, match="larger than"):
        analyse_chat(path)
    monkeypatch.setattr(meta, "MAX_EXPORT_BYTES", detect.MAX_EXPORT_BYTES)
    monkeypatch.setattr(meta, "_MAX_OBJECT", 1 << 16)
    monkeypatch.setattr(meta, "_CHUNK", 1 << 12)
    big = _write(tmp_path / "big/message_1.json", _thread([_msg("x", _ms(4, 9), "s" * 200_000)]))
    with pytest.raises(ChatImportError, match=r"One message in .* is larger than") as info:
        analyse_chat(big)
    assert "sss" not in str(info.value)


def test_time_zone_moves_the_hours(tmp_path: Path, monkeypatch) -> None:
    from datetime import timedelta, timezone

    monkeypatch.setattr(meta, "ZONE", timezone(timedelta(hours=5, minutes=30)))
    path = _write(tmp_path / "message_1.json", _thread([_msg("x", _ms(4, 18, 45))]))
    summary = analyse_chat(path)
    assert summary.first_message == datetime(2024, 3, 5, 0, 15)  # past local midnight
    assert summary.hourly_counts[0] == 1


def test_cli_reads_an_export_folder(tmp_path: Path, capsys) -> None:
    _write(tmp_path / "inbox/loja_1/message_1.json", _thread(CHAT))
    assert main(["import-chat", "--json", "--salt", "s", str(tmp_path)]) == 0
    out = capsys.readouterr().out
    data = json.loads(out)
    assert data["messages"] == 5 and data["format"] == "instagram-or-messenger-json"
    assert "José" not in out and "olá" not in out
