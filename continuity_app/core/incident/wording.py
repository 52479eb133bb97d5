"""An incident's log lines and timings in the reader's words (the screen, the after-action
report and the command line say them alike)."""

from __future__ import annotations

from continuity_app.core.display import format_hours
from continuity_app.core.i18n import digits, translate
from continuity_app.core.incident.after_action import Measure, Timing
from continuity_app.core.incident.checklist import Item
from continuity_app.core.incident.record import Entry, EntryKind
from continuity_app.core.plan import Plan


def elapsed(hours: float) -> str:
    """A time since the start as a clock reads it, in the language's digits: 0:05, 2:30."""
    minutes = round(hours * 60)
    return digits(f"{minutes // 60}:{minutes % 60:02d}")


def entry_words(entry: Entry, items: dict[str, Item]) -> str:
    """What one log line records, in a sentence."""
    item = items.get(entry.item)
    about = item.text if item else entry.item
    if entry.kind == EntryKind.DECLARED:
        said = translate("Incident", "The outage was declared: the plan is active.")
    elif entry.kind == EntryKind.CHECKED:
        said = translate("Incident", "Done: {item}").format(item=about)
    elif entry.kind == EntryKind.UNCHECKED:
        said = translate("Incident", "Taken back, not done after all: {item}").format(item=about)
    elif entry.kind == EntryKind.SENT:
        said = translate("Incident", "Sent: {item}").format(item=about)
    elif entry.kind == EntryKind.DECISION:
        said = translate("Incident", "Decision: {text}").format(text=entry.text)
        return said + (f" ({entry.by})" if entry.by else "")
    elif entry.kind == EntryKind.INJECT:
        said = translate("Incident", "Exercise event: {text}").format(text=entry.text)
    elif entry.kind == EntryKind.STOOD_DOWN:
        said = translate("Incident", "Stood down: the service is back; return to normal begins.")
    else:
        said = translate("Incident", "Closed: return to normal is done.")
    if entry.text and entry.kind not in (EntryKind.INJECT,):
        said += " " + entry.text
    return said + (f" ({entry.by})" if entry.by else "")


def timing_subject(timing: Timing, plan: Plan) -> str:
    """What a timing measures, named."""
    if timing.measure == Measure.ACTIVATE:
        return translate("Incident", "Declare the outage")
    if timing.measure == Measure.AUDIENCE:
        audience = {
            "customers": translate("Incident", "Reach customers"),
            "staff": translate("Incident", "Reach staff"),
            "suppliers": translate("Incident", "Reach suppliers"),
        }
        return audience.get(timing.subject, timing.subject)
    name = next((f.name for f in plan.functions if f.id == timing.subject), timing.subject)
    return translate("Incident", "Minimum service of {function}").format(function=name)


def planned_words(timing: Timing) -> str:
    """The plan's time for it, or that the plan sets none."""
    if timing.planned is None:
        return translate("Incident", "not set in the plan")
    return translate("Incident", "within {duration}").format(duration=format_hours(timing.planned))


def actual_words(timing: Timing) -> str:
    """When it happened, or that it did not."""
    if timing.actual is None:
        return translate("Incident", "not done")
    return translate("Incident", "after {duration}").format(duration=format_hours(timing.actual))
