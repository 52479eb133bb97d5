"""WhatsApp exports with a word between date and time, and the fast parse against a slow one."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path
from typing import cast

import pytest

from continuity_app.io.chat_export import analyse_chat, whatsapp
from continuity_app.io.chat_export.stats import Aggregator
from tests.paths import CHAT_EXPORTS

E2E_FR = (
    "Les messages envoyés dans cette discussion et les appels sont désormais protégés avec "
    "le chiffrement de bout en bout. Appuyez pour plus d'informations."
)


def _write(tmp_path: Path, lines: list[str], name: str = "chat.txt") -> Path:
    path = tmp_path / name
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def _french(day_first: bool, space: str = " ") -> list[str]:
    """French Android (JBGruber/rwhatsapp#8): "26/09/2019 à 22:39 - Name: text"."""

    def d(day: int, month: int) -> str:
        return f"{day:02d}/{month:02d}/2019" if day_first else f"{month:02d}/{day:02d}/2019"

    w = f"{space}à{space}"
    return [
        f"{d(26, 9)}{w}22:39 - {E2E_FR}",
        f"{d(26, 9)}{w}22:39 - Léa: Salut :)",
        f"{d(26, 9)}{w}22:41 - Marc: Salut Léa : ça va ?",
        "deuxième ligne du message",
        f"{d(27, 9)}{w}08:05 - Léa: <Médias omis>",
        f"{d(3, 10)}{w}19:00 - Marc a changé de numéro",
        f"{d(4, 10)}{w}07:15 - Zoé: Bonjour",
    ]


@pytest.mark.parametrize(("day_first", "order"), [(True, "dmy"), (False, "mdy")])
def test_french_a_between_date_and_time(tmp_path: Path, day_first: bool, order: str) -> None:
    s = analyse_chat(_write(tmp_path, _french(day_first)))
    assert s.format == "whatsapp-android"
    assert s.date_order == order
    assert s.messages + s.system_events == 6  # the continuation line is no entry
    assert s.messages == 4
    assert s.system_events == 2  # the encryption notice and the number change
    assert s.author_counts == {"Léa": 2, "Marc": 1, "Zoé": 1}
    assert s.first_entry == datetime(2019, 9, 26, 22, 39)
    assert s.last_entry == datetime(2019, 10, 4, 7, 15)
    assert s.first_message == datetime(2019, 9, 26, 22, 39)


@pytest.mark.parametrize("space", ["\u00a0", "\u202f"])
def test_french_word_between_no_break_spaces(tmp_path: Path, space: str) -> None:
    s = analyse_chat(_write(tmp_path, _french(True, space)))
    assert (s.messages, s.system_events, s.authors) == (4, 2, 3)
    assert s.last_entry == datetime(2019, 10, 4, 7, 15)


def test_finnish_klo_android(tmp_path: Path) -> None:
    # as in Pustur/whatsapp-chat-parser's tests: "13.6.2018 klo 21.25.15 - a: m"
    lines = [
        "13.6.2018 klo 21.25.15 - Aino: Hei!",
        "13.6.2018 klo 21.26.02 - Mikko: Moi",
        "mitä kuuluu?",
        "14.6.2018 klo 9.05.00 - Aino liittyi ryhmään",
        "2.7.2018 klo 23.59.59 - Aino: Hyvää yötä",
    ]
    s = analyse_chat(_write(tmp_path, lines))
    assert s.format == "whatsapp-android"
    assert s.date_order == "dmy"
    assert (s.messages, s.system_events, s.authors) == (3, 1, 2)
    assert s.first_entry == datetime(2018, 6, 13, 21, 25, 15)
    assert s.last_entry == datetime(2018, 7, 2, 23, 59, 59)


@pytest.mark.parametrize(("day_first", "order"), [(True, "dmy"), (False, "mdy")])
def test_finnish_klo_iphone(tmp_path: Path, day_first: bool, order: str) -> None:
    # an iPhone in Finnish writes "[12.3.2022 klo 14.08.18] Sender: text"

    def d(day: int, month: int) -> str:
        return f"{day}.{month}.2022" if day_first else f"{month}.{day}.2022"

    lines = [
        f"\u200e[{d(12, 3)} klo 14.08.18] Aino: Viestit ja puhelut ovat päästä päähän salattuja.",
        f"[{d(12, 3)} klo 14.08.18] Aino: Hei",
        f"[{d(13, 3)} klo 7.00.01] Mikko: \u200ekuva jätetty pois",
        f"[{d(30, 4)} klo 18.30.00] Aino: Nähdään",
    ]
    s = analyse_chat(_write(tmp_path, lines))
    assert s.format == "whatsapp-ios"
    assert s.date_order == order
    assert (s.messages, s.system_events, s.authors) == (3, 1, 2)
    assert s.author_counts == {"Aino": 2, "Mikko": 1}
    assert s.first_entry == datetime(2022, 3, 12, 14, 8, 18)
    assert s.last_entry == datetime(2022, 4, 30, 18, 30)


def test_a_word_alone_is_no_header(tmp_path: Path) -> None:
    # a message line that merely starts with a date and a word is a continuation line
    lines = [
        "26/09/2019 à 22:39 - Léa: On se voit",
        "27/09/2019 à partir de 10h, d'accord ?",
        "27/09/2019 à 8:05",
    ]
    s = analyse_chat(_write(tmp_path, lines))
    assert (s.messages, s.system_events) == (1, 0)


# -- the fast parse gives what normalising every line and matching it gives ----------------


class _Recorder:
    def __init__(self) -> None:
        self.entries: list[tuple[object, int, str | None]] = []

    def add(self, key: object, secs: int, author: str | None) -> None:
        self.entries.append((key, secs, author))


def _reference(lines: list[str], layout: str) -> list[tuple[object, int, str | None]]:
    """The straightforward parse: normalise each whole line, then match and split it."""
    rx = whatsapp.LAYOUTS[layout]
    out: list[tuple[object, int, str | None]] = []
    for raw in lines:
        m = rx.match(whatsapp.normalise(raw))
        if m is None:
            continue
        a, b, rest = m.groups()
        d, t = (b, a) if layout in {"ios-time-first", "android-time-first"} else (a, b)
        secs = whatsapp.decode_time(t)
        if whatsapp.decode_date(d) is None or secs is None:
            continue
        author, text = whatsapp.split_author(rest)
        notice = whatsapp._E2E.search(text[:300]) is not None
        if len(out) < whatsapp.E2E_WINDOW and author is not None and notice:
            author = None
        out.append((d, secs, author))
    return out


def _fast(lines: list[str], layout: str) -> list[tuple[object, int, str | None]]:
    rec = _Recorder()
    whatsapp.parse_lines(lines, layout, cast(Aggregator, rec))
    return rec.entries


_CORPUS = sorted((CHAT_EXPORTS / "whatsapp").glob("*.txt")) if CHAT_EXPORTS.is_dir() else []


@pytest.mark.skipif(not _CORPUS, reason="shared corpus not present")
@pytest.mark.parametrize("path", _CORPUS, ids=lambda p: p.name)
def test_corpus_fast_parse_equals_reference(path: Path) -> None:
    lines = path.read_text(encoding="utf-8-sig").splitlines(keepends=True)
    layout = whatsapp.sniff(lines).layout
    expected = _reference(lines, layout)
    assert expected
    assert _fast(lines, layout) == expected


TRICKY = [
    "\u200e[27/3/2022\u060c 9:41:35\u202fPM] \u202a+40 521 028 61 88\u202c: hi",
    "[27/3/2022, 9:41:35 PM]\u200e Ana:\u00a0text",
    "[\ufeff29.01.18, 00:04:03 AM] Ana: <Anhang: x.jpg>",
    "[٢٧\u200f/٣\u200f/٢٠٢٢\u060c ٩:٤١:٣٥ م] Ana: مرحبا",
    "[27/3/2022, 9:41:35 PM] Ana\u00a0Souza: a: b",
    "[27/3/2022, 9:41:35 PM] Ana:\u200e text",
    "[27/3/2022, 9:41:35 PM] Carol:",
    "[27/3/2022, 9:41:35 PM] no colon here",
    "[27/3/2022," + " " * 120 + "9:41:35 PM] Ana: far",
    "\u200e" * 100 + "[27/3/2022, 9:41:35 PM] Ana: after marks",
    "12/03/2024, 14:05 - Ana: android in an iPhone export",
    "2 pães de queijo",
    "[12/03/2024 à 14:05:00] Léa: ok",
]


@pytest.mark.parametrize("layout", sorted(whatsapp.LAYOUTS))
def test_tricky_lines_fast_parse_equals_reference(layout: str) -> None:
    lines = [line + "\n" for line in TRICKY]
    assert _fast(lines, layout) == _reference(lines, layout)
    assert _fast(lines, "ios")  # the iPhone lines above are read
