"""The registry's entries for a business function: the functions table and the spreadsheet."""

from __future__ import annotations

from continuity_app.core.channel_mix import MIX_CHANNELS, WHATSAPP, mix_field
from continuity_app.core.fields.base import NOT_NEGATIVE, POSITIVE, SHARE, Field
from continuity_app.core.i18n import translate


def function_fields() -> tuple[Field, ...]:
    range_hint = translate(
        "FunctionsModel", "Type one number, or low – likely – high (e.g. 40 – 60 – 90) if unsure."
    )
    defaults = "resources/data/function_defaults.csv"
    behaviour = "resources/data/behaviour_defaults.csv"
    return (
        Field(
            "name",
            "function",
            translate("FunctionsModel", "Function"),
            translate("FunctionsModel", "What this part of the business does on WhatsApp."),
            default_source=defaults,
            synonyms=("name", "function", "functionname", "process", "activity", "description"),
            pdf_header=translate("PrintedPlan", "Function"),
        ),
        Field(
            "kind",
            "function",
            translate("FunctionsModel", "Kind"),
            translate("FunctionsModel", "Decides which channel features it needs."),
            kind="choice",
            synonyms=("kind", "type", "category", "functionkind"),
            pdf_header=translate("PrintedPlan", "Kind"),
        ),
        Field(
            "daily_interactions",
            "function",
            translate("FunctionsModel", "Interactions / open day"),
            translate(
                "FunctionsModel",
                "Conversations, orders or requests on a day the business is open, on all channels.",
            )
            + " "
            + range_hint,
            kind="number",
            unit="interactions",
            uncertain=True,
            limits=NOT_NEGATIVE,
            default_source=defaults,
            synonyms=(
                "dailyinteractions",
                "interactionsperday",
                "interactionsday",
                "perday",
                "daily",
                "messagesperday",
                "volume",
                "interactions",
            ),
            sheet_hint=translate(
                "Spreadsheets", "write interactions per open day, such as 60 or 40 – 60 – 90"
            ),
            pdf_header=translate("PrintedPlan", "Interactions per open day"),
        ),
        *mix_fields(range_hint),
        Field(
            "revenue_per_interaction",
            "function",
            translate("FunctionsModel", "Revenue / interaction"),
            translate("FunctionsModel", "Money at stake in one interaction, in the plan currency.")
            + " "
            + range_hint,
            kind="money",
            unit="money",
            uncertain=True,
            limits=NOT_NEGATIVE,
            default_source=defaults + " (in hours of staff cost)",
            synonyms=(
                "revenueperinteraction",
                "revenue",
                "value",
                "valueperinteraction",
                "ordervalue",
            ),
            sheet_hint=translate(
                "Spreadsheets", "write an amount in the plan currency, such as 35"
            ),
            pdf_header=translate("PrintedPlan", "Value each"),
        ),
        Field(
            "patience_hours",
            "function",
            translate("FunctionsModel", "Patience (h)"),
            translate("FunctionsModel", "Hours a blocked customer keeps waiting before giving up.")
            + " "
            + range_hint,
            kind="number",
            unit="hours",
            uncertain=True,
            limits=POSITIVE,
            default_source=behaviour,
            synonyms=("patiencehours", "patience", "patienceh", "waithours"),
            sheet_hint=translate("Spreadsheets", "write hours, such as 4 or 1 – 4 – 12"),
            pdf_header=translate("PrintedPlan", "Patience"),
        ),
        Field(
            "recapture_share",
            "function",
            translate("FunctionsModel", "Come back (%)"),
            translate("FunctionsModel", "Share of those who gave up who come back later."),
            kind="share",
            unit="percent",
            scale=100.0,
            uncertain=True,
            limits=SHARE,
            default_source=behaviour,
            synonyms=("recaptureshare", "recapture", "recaptured"),
            sheet_hint=translate("Spreadsheets", "write a share such as 0.5 or 50 %"),
            pdf_header=translate("PrintedPlan", "Won back"),
        ),
        Field(
            "churn_share",
            "function",
            translate("FunctionsModel", "Lost for good (%)"),
            translate(
                "FunctionsModel",
                "Share of the lost ones who never come back (costs their lifetime value).",
            ),
            kind="share",
            unit="percent",
            scale=100.0,
            uncertain=True,
            limits=SHARE,
            default_source=behaviour,
            synonyms=("churnshare", "churn"),
            sheet_hint=translate("Spreadsheets", "write a share such as 0.05 or 5 %"),
            pdf_header=translate("PrintedPlan", "Lost for good"),
        ),
        Field(
            "perishable_share",
            "function",
            translate("FunctionsModel", "Cannot wait (%)"),
            translate(
                "FunctionsModel",
                "Share of these interactions whose moment passes if they are not served soon "
                "(today's lunch, a same-day delivery): customers who gave up on them never come "
                "back for them. Empty: the default for this kind of function and sector, shown "
                "in grey.",
            ),
            kind="share",
            unit="percent",
            scale=100.0,
            uncertain=True,
            optional=True,
            limits=SHARE,
            default_source=behaviour,
            synonyms=("perishableshare", "perishable", "cannotwait", "cantwait"),
            sheet_hint=translate(
                "Spreadsheets",
                "write a share such as 0.9 or 90 %, or leave it empty for the default",
            ),
        ),
        Field(
            "backlog_cost",
            "function",
            translate("FunctionsModel", "Backlog cost"),
            translate(
                "FunctionsModel",
                "Cost of handling one delayed interaction after the outage, in the plan currency.",
            ),
            kind="money",
            unit="money",
            uncertain=True,
            limits=NOT_NEGATIVE,
            default_source=defaults + " (in hours of staff cost)",
            synonyms=("backlogcost", "backlog"),
            sheet_hint=translate("Spreadsheets", "write an amount in the plan currency, such as 2"),
        ),
        Field(
            "messages_per_interaction",
            "function",
            translate("FunctionsModel", "Messages / interaction"),
            translate(
                "FunctionsModel",
                "Messages sent on a fallback per interaction; empty uses the default (3).",
            ),
            kind="number",
            unit="messages",
            optional=True,
            limits=POSITIVE,
            default_source="resources/data/defaults.csv (messages_per_interaction)",
            synonyms=("messagesperinteraction", "messages"),
            sheet_hint=translate("Spreadsheets", "write messages per interaction, such as 3"),
        ),
        Field(
            "staff_affected",
            "function",
            translate("FunctionsModel", "Staff affected"),
            translate(
                "FunctionsModel", "For coordination: how many staff coordinate through WhatsApp."
            ),
            kind="count",
            unit="people",
            optional=True,
            limits=NOT_NEGATIVE,
            default_source=defaults + " (staff_share_affected, a share of the staff)",
            synonyms=("staffaffected", "staff"),
            sheet_hint=translate("Spreadsheets", "write a number of people, such as 5"),
        ),
        Field(
            "productivity_loss",
            "function",
            translate("FunctionsModel", "Productivity loss (%)"),
            translate(
                "FunctionsModel",
                "For coordination: share of their work lost while WhatsApp is down.",
            ),
            kind="share",
            unit="percent",
            scale=100.0,
            uncertain=True,
            optional=True,
            limits=SHARE,
            default_source=defaults,
            synonyms=("productivityloss", "productivity"),
            sheet_hint=translate("Spreadsheets", "write a share such as 0.3 or 30 %"),
        ),
        Field(
            "id",
            "function",
            translate("SpreadsheetDialog", "Id"),
            synonyms=("id", "functionid", "key", "code"),
        ),
    )


def mix_fields(range_hint: str) -> tuple[Field, ...]:
    """One share per channel of the mix (core/channel_mix.py): WhatsApp's is a column of the
    functions table; every one is a spreadsheet column and a line of the mix editor."""
    labels = {
        "whatsapp": translate("FunctionsModel", "On WhatsApp (%)"),
        "whatsapp_api": translate("FunctionsModel", "On the WhatsApp Business API (%)"),
        "instagram": translate("FunctionsModel", "On Instagram (%)"),
        "messenger": translate("FunctionsModel", "On Messenger (%)"),
        "facebook": translate("FunctionsModel", "On a Facebook page or shop (%)"),
        "telegram": translate("FunctionsModel", "On Telegram (%)"),
        "signal": translate("FunctionsModel", "On Signal (%)"),
        "viber": translate("FunctionsModel", "On Viber (%)"),
        "line": translate("FunctionsModel", "On LINE (%)"),
        "sms": translate("FunctionsModel", "By SMS (%)"),
        "voice": translate("FunctionsModel", "By phone call (%)"),
        "email": translate("FunctionsModel", "By email (%)"),
        "webshop": translate("FunctionsModel", "In a web shop or marketplace (%)"),
        "walk_in": translate("FunctionsModel", "In person (%)"),
    }
    words = {
        "whatsapp": ("whatsappshare", "whatsapp", "washare", "shareonwhatsapp", "share", "wa"),
        "whatsapp_api": ("whatsappapi", "whatsappbusinessapi", "wabusinessapi", "waapi"),
        "instagram": ("instagram", "instagramdirect", "instagramshare", "ig", "insta"),
        "messenger": ("messenger", "facebookmessenger", "fbmessenger"),
        "facebook": ("facebook", "facebookpage", "facebookshop", "fb", "marketplacefacebook"),
        "telegram": ("telegram",),
        "signal": ("signal",),
        "viber": ("viber",),
        "line": ("line", "lineapp"),
        "sms": ("sms", "text", "texts", "smsshare"),
        "voice": ("voice", "phone", "phonecall", "calls", "telephone"),
        "email": ("email", "mail", "emailshare"),
        "webshop": ("webshop", "website", "onlineshop", "marketplace", "eshop", "web"),
        "walk_in": ("walkin", "inperson", "instore", "counter", "shop"),
    }
    defaults = "resources/data/function_defaults.csv"
    return tuple(
        Field(
            mix_field(channel),
            "function",
            label,
            translate(
                "FunctionsModel",
                "Share of those interactions that run through this channel. What the listed "
                "channels do not carry runs on channels that none of the plan's outages reaches.",
            )
            + " "
            + range_hint,
            kind="share",
            unit="percent",
            scale=100.0,
            uncertain=True,
            optional=channel != WHATSAPP,
            limits=SHARE,
            default_source=defaults if channel == WHATSAPP else "",
            synonyms=words[channel]
            + tuple(f"{word}{suffix}" for word in words[channel] for suffix in ("pct", "percent")),
            sheet_hint=translate("Spreadsheets", "write a share such as 0.8 or 80 %"),
            pdf_header=translate("PrintedPlan", "On WhatsApp") if channel == WHATSAPP else "",
        )
        for channel in MIX_CHANNELS
        for label in (labels[channel],)
    )
