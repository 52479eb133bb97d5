"""Numbers, dates, plurals and message texts in the reader's language, in every layer."""

from __future__ import annotations

import datetime as dt
import re
import threading

import pytest

from continuity_app.cli.columns import pad, table, width
from continuity_app.core.display import (
    format_hours,
    format_list,
    format_money,
    format_percent,
    format_start,
)
from continuity_app.core.i18n import (
    English,
    current_language,
    date,
    number,
    set_language,
    short_number,
    speaking,
    translate,
)
from continuity_app.core.message_templates import (
    message_languages,
    suggested_message,
)
from continuity_app.core.plan import revise
from continuity_app.core.reference import load_reference
from continuity_app.io.examples import load_example
from continuity_app.localization import (
    QtLanguage,
    language_for,
    shipped_language,
    written_in,
)

REFERENCE = load_reference()


@pytest.fixture(autouse=True)
def english_afterwards():
    """The CLI and the window install a language process-wide: undo it after each test."""
    from PySide6.QtCore import QLocale

    locale = QLocale()
    yield
    set_language(None)
    QLocale.setDefault(locale)


def test_english_without_a_translator():
    assert translate("X", "%n line(s)", None, 1) == "1 line"
    assert translate("X", "%n line(s)", None, 1200) == "1,200 lines"
    assert translate("X", "%n match(es)", None, 2) == "2 matches"
    assert number(1234567.891, 2) == "1,234,567.89"
    assert short_number(6) == "6" and short_number(0.5) == "0.5" and short_number(1 / 12) == "0.083"
    assert date(dt.date(2021, 10, 4)) == "4 Oct 2021"
    assert format_start("tue", 9) == "Tue 09:00"


@pytest.mark.parametrize(
    ("code", "money", "hours", "day"),
    [
        ("en", "₹1,234,568", "3.8 days", "4 Oct 2021"),
        ("hi", "₹12,34,568", "3.8 दिन", "4 अक्टू॰ 2021"),  # Indian grouping
        ("ar", "₹١٬٢٣٤٬٥٦٨", "٣٫٨ يوم", "٤ أكتوبر ٢٠٢١"),  # Arabic-Indic digits
        ("pt_BR", "₹1.234.568", "3,8 dias", "4 out. 2021"),
        ("fr", "₹1\u202f234\u202f568", "3,8 jours", "4 oct. 2021"),
    ],
)
def test_numbers_money_durations_and_dates_follow_the_language(qapp, code, money, hours, day):
    with speaking(QtLanguage.for_code(code)):
        assert format_money(1234567.5, "INR", REFERENCE) == money
        assert format_hours(90.7) == hours
        assert date(dt.date(2021, 10, 4)) == day


def test_digits_preference_overrides_the_locale(qapp):
    with speaking(QtLanguage.for_code("ar", "western")):
        assert format_money(6000, "ILS", REFERENCE) == "₪6,000"
        assert format_percent(0.42) == "42%"
    with speaking(QtLanguage.for_code("en", "arabic_indic")):
        assert number(1234.5, 1) == "١٬٢٣٤٫٥"


def test_plural_forms_from_the_translation(qapp):
    """Arabic has six plural forms; the translator picks the form, the digits are Arabic."""
    with speaking(QtLanguage.for_code("ar")):
        one = translate("PrintedPlan", "every %n month(s)", None, 1)
        two = translate("PrintedPlan", "every %n month(s)", None, 2)
        many = translate("PrintedPlan", "every %n month(s)", None, 12)
    assert "month" not in one + two + many
    assert len({one.replace("١", ""), two.replace("٢", ""), many.replace("١٢", "")}) >= 2
    assert "١٢" in many


def test_a_scope_is_local_to_its_thread(qapp):
    """Printing in Arabic must not change texts a worker thread writes meanwhile."""
    seen = []
    inside = threading.Event()
    release = threading.Event()

    def worker():
        inside.wait()
        seen.append(number(1000))
        release.set()

    thread = threading.Thread(target=worker)
    thread.start()
    with speaking(QtLanguage.for_code("ar")):
        inside.set()
        release.wait(5)
        assert number(1000) == "١٬٠٠٠"
    thread.join()
    assert seen == ["1,000"]
    assert isinstance(current_language(), English)


def test_shipped_languages_and_fallbacks(qapp):
    assert shipped_language("pt-BR") == "pt_BR"
    assert shipped_language("pt") == "pt_BR"
    assert shipped_language("ar_EG") == "ar"
    assert shipped_language("sw") is None
    assert written_in("en") and written_in("hi") and not written_in("sw")
    assert isinstance(language_for("sw"), English)


def test_list_separator_follows_the_language(qapp):
    with speaking(QtLanguage.for_code("ar")):
        assert format_list(["أ", "ب"]) == "أ، ب"


def test_message_languages_come_from_the_country_mix():
    plan = load_example("mumbai-clinic")
    assert message_languages(plan, REFERENCE)[:2] == ["hi", "en"]
    assert message_languages(load_example("sao-paulo-fashion"), REFERENCE)[0] == "pt-BR"


@pytest.mark.parametrize("audience", ["customers", "staff", "suppliers"])
def test_suggested_messages_name_the_business_and_fit_one_sms_in_english(audience):
    plan = load_example("ramallah-bakery")
    short = suggested_message(audience, "sms", plan, REFERENCE)
    long = suggested_message(audience, "telegram", plan, REFERENCE)
    assert len(short) < len(long)
    if audience != "staff":
        assert plan.business.name in short and plan.business.name in long
    assert "Telegram" in long
    bakery = revise(plan, business=revise(plan.business, name="Sunrise Bakery"))
    assert len(suggested_message(audience, "sms", bakery, REFERENCE)) <= 160  # one SMS


@pytest.mark.parametrize("code", ["ar", "hi", "pt_BR", "es", "fr", "id"])
def test_suggested_messages_are_translated(qapp, code):
    plan = load_example("ramallah-bakery")
    english = suggested_message("customers", "telegram", plan, REFERENCE)
    with speaking(language_for(code)):
        translated = suggested_message("customers", "telegram", plan, REFERENCE)
    assert translated != english and plan.business.name in translated


def test_terminal_columns_count_what_the_terminal_shows():
    assert width("परिदृश्य") == 6  # combining vowel signs take no column
    assert width("日本") == 4
    assert pad("ab", 4, right=True) == "  ab" and pad("परिदृश्य", 7) == "परिदृश्य "
    rows = table(["नाम", "N"], [["परिदृश्य", "1"], ["ab", "22"]], right={1})
    assert len({width(line) for line in rows}) == 1


@pytest.fixture
def interface(qapp):
    """Install the window's translators for a language, and remove them afterwards."""
    from PySide6.QtCore import QLocale

    from continuity_app.localization import install_translators

    previous = QLocale()

    def install(code: str, digits: str = "locale") -> None:
        install_translators(qapp, code, digits)

    yield install
    for translator in qapp.property("continuity_translators") or []:
        qapp.removeTranslator(translator)
    QLocale.setDefault(previous)


def test_qt_buttons_speak_hindi_though_qt_ships_no_hindi(qtbot, interface):
    """Qt has no Hindi translation of its own; the app's translation carries its buttons."""
    from PySide6.QtWidgets import QDialogButtonBox

    interface("hi")
    box = QDialogButtonBox(
        QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
    )
    qtbot.addWidget(box)
    texts = {b.text() for b in box.buttons()}
    assert texts and not texts & {"OK", "Cancel", "&OK", "&Cancel"}
    assert all(re.search("[\u0900-\u097f]", t) for t in texts)


def test_western_digits_reach_the_window_texts(qapp, interface):
    """Numbers Arabic translators wrote into window texts follow a Western-digits choice."""
    from PySide6.QtCore import QCoreApplication

    source = "Type one number, or low – likely – high (e.g. 40 – 55 – 70) if unsure."
    interface("ar")
    assert "٤٠" in QCoreApplication.translate("BusinessPage", source)
    for translator in qapp.property("continuity_translators"):
        qapp.removeTranslator(translator)
    interface("ar", "western")
    text = QCoreApplication.translate("BusinessPage", source)
    assert "40" in text and re.search("[\u0600-\u06ff]", text)


@pytest.mark.parametrize("code", ["ar", "es", "fr", "hi", "id", "pt_BR"])
def test_command_line_help_and_errors_in_every_language(code, capsys, monkeypatch):
    """`--help` of every command and an argument error read in the environment's language
    (argparse formats help with %, so a translation's stray % would crash it)."""
    from continuity_app.cli import build_parser, main

    monkeypatch.setenv("LC_ALL", f"{code}.UTF-8")
    commands = [None, *build_parser()._subparsers._group_actions[0].choices]
    outputs = []
    for command in commands:
        with pytest.raises(SystemExit) as exit_:
            main([*([command] if command else []), "--help"])
        assert exit_.value.code == 0
        outputs.append(capsys.readouterr().out)
    assert not any("show this help message and exit" in out for out in outputs)
    with pytest.raises(SystemExit) as exit_:
        main(["evaluate"])
    assert exit_.value.code == 2
    error = capsys.readouterr().err
    assert "the following arguments are required" not in error and "file" in error
