"""SMS length and segment count of a message text, by the GSM 03.38 rules."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

from continuity_app.core.reference import ReferenceData

# GSM 03.38 basic character set: one septet each.
_GSM7_BASIC = frozenset(
    "@£$¥èéùìòÇ\nØø\rÅåΔ_ΦΓΛΩΠΨΣΘΞÆæßÉ !\"#¤%&'()*+,-./0123456789:;<=>?"
    "¡ABCDEFGHIJKLMNOPQRSTUVWXYZÄÖÑÜ§¿abcdefghijklmnopqrstuvwxyzäöñüà"
)
# Extension table: sent as an escape septet plus one, so each counts twice.
_GSM7_EXTENSION = frozenset("\f^{}\\[~]|€")

Encoding = Literal["GSM-7", "UCS-2"]


@dataclass(frozen=True)
class SmsCount:
    """How a text travels as SMS.

    `characters` counts what the limits count: septets in GSM-7 (extension characters such
    as € take two) and UTF-16 code units in UCS-2 (an emoji takes two).
    """

    characters: int
    encoding: Encoding
    segments: int
    per_segment: int
    remaining_in_segment: int


def sms_segments(text: str, reference: ReferenceData) -> SmsCount:
    """Count the characters and SMS segments needed to send `text`."""
    gsm7 = all(char in _GSM7_BASIC or char in _GSM7_EXTENSION for char in text)
    if gsm7:
        encoding: Encoding = "GSM-7"
        units = [2 if char in _GSM7_EXTENSION else 1 for char in text]
        single = int(reference.default("sms_segment_chars_gsm7"))
        multipart = int(reference.default("sms_segment_chars_gsm7_multipart"))
    else:
        encoding = "UCS-2"
        units = [2 if ord(char) > 0xFFFF else 1 for char in text]
        single = int(reference.default("sms_segment_chars_ucs2"))
        multipart = int(reference.default("sms_segment_chars_ucs2_multipart"))
    total = sum(units)
    if total <= single:
        return SmsCount(total, encoding, 1 if total else 0, single, single - total)
    # Phones never split an escape pair or a surrogate pair across two segments, so a
    # segment may end one unit short; fill segments character by character.
    segments, used = 1, 0
    for size in units:
        if used + size > multipart:
            segments, used = segments + 1, 0
        used += size
    return SmsCount(total, encoding, segments, multipart, multipart - used)
