"""The cover page: the business, the plan's version and owner, and the contents."""

from __future__ import annotations

from continuity_app.core.i18n import date, number, translate
from continuity_app.report.printed_plan.bidi import dir_attr
from continuity_app.report.printed_plan.html import escape
from continuity_app.report.printed_plan.page import Page


def section_titles() -> list[tuple[str, str]]:
    """The numbered sections in order, as the contents lists them."""
    return [
        ("control", translate("PrintedPlan", "Document control")),
        ("purpose", translate("PrintedPlan", "Purpose, scope and assumptions")),
        ("impact", translate("PrintedPlan", "Impact summary")),
        ("actions", translate("PrintedPlan", "Action plan")),
        ("dependencies", translate("PrintedPlan", "Dependencies and single points of failure")),
        ("activation", translate("PrintedPlan", "Activation criteria and who may declare")),
        ("roles", translate("PrintedPlan", "Roles and contact tree")),
        ("communications", translate("PrintedPlan", "Communications")),
        ("procedures", translate("PrintedPlan", "Fallback procedures per function")),
        ("resources", translate("PrintedPlan", "Resources")),
        ("return", translate("PrintedPlan", "Return to normal and reconciliation")),
        ("exercises", translate("PrintedPlan", "Exercise and review schedule")),
        ("appendix-a", translate("PrintedPlan", "Appendix A. Assumptions and data sources")),
        ("appendix-b", translate("PrintedPlan", "Appendix B. Outage history")),
        ("appendix-c", translate("PrintedPlan", "Appendix C. Decision log")),
        ("appendix-d", translate("PrintedPlan", "Appendix D. Outage card")),
        ("appendix-e", translate("PrintedPlan", "Appendix E. Glossary")),
    ]


def section_number(key: str) -> str:
    """The number of a numbered section, in the reader's digits, for "see section 5": read
    from the order of the sections, so that a new section cannot leave a reference stale."""
    numbered = [k for k, _title in section_titles() if not k.startswith("appendix")]
    return number(numbered.index(key) + 1)


def write(page: Page) -> None:
    """The title, the plan's facts and the contents."""
    business = page.plan.business
    details = page.plan.details
    page.add(
        '<p style="margin-top: 40px;" align="center" class="muted">'
        + escape(translate("PrintedPlan", "Business continuity plan"))
        + "</p>",
        f'<p align="center"{dir_attr(business.name)} style="font-size: 22pt; '
        f'font-weight: bold; color: #0b3d66;">{page.user(business.name)}</p>',
        '<p align="center" style="font-size: 13pt;">'
        + escape(
            translate(
                "PrintedPlan",
                "Continuity of customer contact, orders and payments when WhatsApp fails",
            )
        )
        + "</p>",
    )
    facts = [
        (translate("PrintedPlan", "Plan version"), page.num(escape(details.plan_version))),
        (translate("PrintedPlan", "Issued"), page.num(date(page.issued))),
        (translate("PrintedPlan", "Owner"), page.user(details.owner or "—")),
        (translate("PrintedPlan", "Approved by"), page.user(details.approver or "—")),
    ]
    page.add(
        '<table align="center" cellpadding="3" cellspacing="0" style="margin-top: 10px;">'
        + "".join(
            f'<tr><td class="muted">{escape(k)}</td><td><b>{v}</b></td></tr>' for k, v in facts
        )
        + "</table>"
    )
    contents(page)


def contents(page: Page) -> None:
    """The contents with page numbers; placeholders in the first layout pass."""
    page.add(
        '<p style="margin-top: 28px; font-size: 13pt; font-weight: bold; color: #0b3d66;">'
        + escape(translate("PrintedPlan", "Contents"))
        + "</p>"
    )
    # The sections are known only after building; the caller lays out twice, so the
    # titles are listed here from a fixed order that the build follows.
    rows = []
    for index, (key, title) in enumerate(section_titles(), 1):
        label = title if key.startswith("appendix") else f"{number(index)}. {title}"
        found = page.toc_pages.get(key) if page.toc_pages else None
        shown = number(found) if found is not None else number(0) * 2  # room for two digits
        cells = [f"<td>{escape(label)}</td>", f'<td class="num" width="12%">{page.num(shown)}</td>']
        if page.rtl:
            # Qt does not mirror a table for dir="rtl": the page number goes first (left)
            cells.reverse()
        rows.append("<tr>" + "".join(cells) + "</tr>")
    direction = ' dir="rtl"' if page.rtl else ""
    page.add(
        f'<table width="100%" cellpadding="2" cellspacing="0"{direction}>'
        + "".join(rows)
        + "</table>"
    )
