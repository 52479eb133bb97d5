"""Section 8: the ready-to-send messages for each audience, with their SMS length."""

from __future__ import annotations

from continuity_app.core.i18n import current_language, speaking, translate
from continuity_app.core.message_templates import (
    message_channels,
    message_languages,
    suggested_message,
)
from continuity_app.core.plan_content import messages_for, plan_audiences
from continuity_app.core.sms import sms_segments
from continuity_app.localization import language_for, language_name, written_in
from continuity_app.report.printed_plan.bidi import message_dir
from continuity_app.report.printed_plan.html import escape
from continuity_app.report.printed_plan.page import Page

SUGGESTED_LANGUAGES = 2  # suggested texts in the first languages the plan's counterparts read


def write(page: Page) -> None:
    page.heading("communications", translate("PrintedPlan", "Communications"))
    page.para(
        escape(
            translate(
                "PrintedPlan",
                "Ready-to-send messages. SMS counts: characters as the network counts them, "
                "the encoding, and how many SMS segments each message takes (each segment "
                "is billed).",
            )
        )
    )
    for audience in plan_audiences(page.plan):
        messages = messages_for(page.plan, audience)
        page.sub(page.audience_name(audience))
        for message in messages:
            _message(page, message.channel, message.language, message.text)
        if messages:
            continue
        page.para(
            escape(
                translate(
                    "PrintedPlan",
                    "No message is written for this audience yet. A suggested text follows: "
                    "adapt it before an outage.",
                )
            ),
            "warn",
        )
        channel = message_channels(page.plan, page.reference)[0]
        offered = message_languages(page.plan, page.reference)
        # the reader's digits choice holds for every language the plan prints in
        digits = getattr(current_language(), "digits", "locale")
        for code in [c for c in offered if written_in(c)][:SUGGESTED_LANGUAGES]:
            with speaking(language_for(code, digits)):
                text = suggested_message(audience, channel, page.plan, page.reference)
            _message(page, channel, code, text)


def _message(page: Page, channel: str, language: str, text: str) -> None:
    """One ready-to-send message with its channel, language and SMS length."""
    count = sms_segments(text, page.reference)
    facts = " · ".join(
        (
            translate("PrintedPlan", "Channel: {channel}").format(channel=page.channel(channel)),
            translate("PrintedPlan", "Language: {language}").format(
                language=language_name(language)
            ),
            translate("PrintedPlan", "SMS: {characters}, {encoding}, {segments}").format(
                characters=translate("PrintedPlan", "%n character(s)", None, count.characters),
                encoding=count.encoding,
                segments=translate("PrintedPlan", "%n segment(s)", None, count.segments),
            ),
        )
    )
    page.add(
        f'<table class="grid" width="100%" cellspacing="0" cellpadding="6"{page.box()}>'
        f'<tr><td class="small">{escape(facts)}</td></tr>'
        f'<tr><td class="message"><p{message_dir(text, language)}>'
        f"{page.user(text)}</p></td></tr></table>"
    )
