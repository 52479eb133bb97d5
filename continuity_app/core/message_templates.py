"""Ready-to-send outage messages for customers, staff and suppliers, in the reader's language.

The texts are translated like every other string (Qt Linguist, context "MessageTemplates");
callers write a message in its own language by wrapping the call in `i18n.speaking(...)`.
Short texts go by SMS or are read out on a call: they fit one SMS in English and name no
channel (the reader is already on the phone or reading a text).
"""

from __future__ import annotations

from continuity_app.core.audiences import Audience
from continuity_app.core.display import channel_name
from continuity_app.core.i18n import translate
from continuity_app.core.plan import Plan
from continuity_app.core.reference import ReferenceData

AUDIENCES: tuple[Audience, ...] = ("customers", "staff", "suppliers")
# Channels whose message must be short: an SMS segment, or a few sentences said on a call.
SHORT_CHANNELS = frozenset({"sms", "voice"})


def message_languages(plan: Plan, reference: ReferenceData) -> list[str]:
    """Languages to offer for messages: the country mix's, largest share first, then English
    and the languages the plan's messages already use."""
    offered: list[str] = []
    for code, _share in sorted(plan.business.country_mix.items(), key=lambda item: -item[1]):
        country = reference.countries.get(code)
        offered += country.languages if country else ()
    offered += ["en"] + [message.language for message in plan.details.messages]
    return list(dict.fromkeys(offered))


def message_channels(plan: Plan, reference: ReferenceData) -> list[str]:
    """Channels to offer for messages: the plan's fallbacks, else every channel but WhatsApp."""
    offered = [fallback.channel for fallback in plan.fallbacks]
    if not offered:
        offered = [channel for channel in reference.channels if channel != "whatsapp"]
    offered += [message.channel for message in plan.details.messages]
    return list(dict.fromkeys(offered))


def _long_texts() -> dict[str, str]:
    return {
        "customers": translate(
            "MessageTemplates",
            "{business}: WhatsApp is not working right now, but we are open. Message us on "
            "{channel} and we will answer as usual. Orders and payments continue there, and "
            "we will confirm each one. Thank you for your patience.",
        ),
        "staff": translate(
            "MessageTemplates",
            "Outage plan active: WhatsApp is down. Until the outage lead says it is back, we "
            "work on {channel}: take orders there, write each one in the order log, and check "
            "{channel} at least every 30 minutes.",
        ),
        "suppliers": translate(
            "MessageTemplates",
            "{business}: WhatsApp is down on our side. Please send orders, invoices and "
            "delivery updates on {channel} until we tell you it works again. Payments continue "
            "as agreed.",
        ),
    }


def _short_texts() -> dict[str, str]:
    return {
        "customers": translate(
            "MessageTemplates",
            "{business}: WhatsApp is down but we are open. Reply by SMS or call us to order "
            "or ask; we confirm by SMS.",
        ),
        "staff": translate(
            "MessageTemplates",
            "Outage plan active: WhatsApp is down. Until the outage lead says it is back, we "
            "phone and text each other. Log every order.",
        ),
        "suppliers": translate(
            "MessageTemplates",
            "{business}: WhatsApp is down. Please call or text us about orders and deliveries "
            "until we say it is back.",
        ),
    }


def suggested_message(audience: str, channel: str, plan: Plan, reference: ReferenceData) -> str:
    """The suggested text for `audience` on `channel`, in the current language."""
    texts = _short_texts() if channel in SHORT_CHANNELS else _long_texts()
    name = channel_name(reference, channel) if channel in reference.channels else channel
    return texts[audience].format(business=plan.business.name, channel=name)
