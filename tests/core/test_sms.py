"""SMS segment counting against hand-checked GSM-7 and UCS-2 cases."""

from __future__ import annotations

import pytest

from continuity_app.core.reference import load_reference
from continuity_app.core.sms import SmsCount, sms_segments


@pytest.fixture(scope="module")
def reference():
    return load_reference()


@pytest.mark.parametrize(
    ("length", "segments", "remaining"),
    [(1, 1, 159), (160, 1, 0), (161, 2, 145), (306, 2, 0), (307, 3, 152)],
)
def test_gsm7_boundaries(reference, length, segments, remaining):
    count = sms_segments("a" * length, reference)
    assert count.encoding == "GSM-7"
    assert count.characters == length
    assert count.segments == segments
    assert count.remaining_in_segment == remaining
    assert count.per_segment == (160 if segments == 1 else 153)


def test_empty_text_needs_no_segment(reference):
    assert sms_segments("", reference) == SmsCount(0, "GSM-7", 0, 160, 160)


def test_extension_characters_count_twice(reference):
    assert sms_segments("€", reference).characters == 2
    assert sms_segments("{[~]}|^\\", reference).characters == 16
    # 159 plain + € = 161 septets: two segments, still GSM-7.
    count = sms_segments("a" * 159 + "€", reference)
    assert (count.encoding, count.characters, count.segments) == ("GSM-7", 161, 2)


def test_escape_pair_is_not_split_across_segments(reference):
    # 152 septets then €: the pair does not fit in segment one's last septet.
    count = sms_segments("a" * 152 + "€" + "a" * 10, reference)
    assert count.characters == 164
    assert count.segments == 2
    assert count.remaining_in_segment == 153 - 12


def test_gsm7_accented_letters_stay_gsm7(reference):
    assert sms_segments("Ça coûte 5 £", reference).encoding == "UCS-2"  # û is not GSM-7
    assert sms_segments("Ça fait 5 £, é à ñ", reference).encoding == "GSM-7"


@pytest.mark.parametrize(("length", "segments"), [(70, 1), (71, 2), (134, 2), (135, 3)])
def test_arabic_is_ucs2(reference, length, segments):
    count = sms_segments("ب" * length, reference)
    assert count.encoding == "UCS-2"
    assert count.characters == length
    assert count.segments == segments


def test_one_non_gsm_character_switches_the_whole_text(reference):
    count = sms_segments("a" * 69 + "ش", reference)
    assert (count.encoding, count.characters, count.segments) == ("UCS-2", 70, 1)
    assert sms_segments("a" * 70 + "ش", reference).segments == 2


def test_emoji_counts_two_code_units(reference):
    count = sms_segments("Closed 🙏", reference)
    assert count.encoding == "UCS-2"
    assert count.characters == 9
    assert sms_segments("🙏" * 35, reference).segments == 1
    assert sms_segments("🙏" * 36, reference).segments == 2


def test_surrogate_pair_is_not_split_across_segments(reference):
    count = sms_segments("a" * 66 + "🙏" + "a" * 5, reference)
    assert count.characters == 73
    assert count.segments == 2
    assert count.remaining_in_segment == 67 - 7


def test_bakery_arabic_message(reference):
    text = (
        "مخبز الزيتونة: واتساب متوقف حالياً. للطلبات اتصلوا على 02 295 1234 وسنؤكد طلبكم."
        " شكراً لصبركم."
    )
    count = sms_segments(text, reference)
    assert count.encoding == "UCS-2"
    assert count.characters == len(text)
    assert count.segments == 2
