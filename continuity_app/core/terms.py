"""The plan's words as a shop owner says them, each with its technical term and an explanation.

The window's labels and the printed plan use `Term.plain`; the tooltip and the PDF glossary
give `Term.technical` and `Term.meaning`, so a consultant finds the standard term (ISO 22301,
risk analysis) and an owner reads plain words. One place for each word, so the window and the
PDF never name the same thing differently.
"""

from __future__ import annotations

from dataclasses import dataclass

from continuity_app.core.i18n import number, translate


@dataclass(frozen=True)
class Term:
    """One concept: what the screens call it, its technical name, what it means."""

    key: str
    plain: str
    technical: str
    meaning: str

    @property
    def explanation(self) -> str:
        """The meaning as a sentence of its own (capitalised where the script has case)."""
        return self.meaning[:1].upper() + self.meaning[1:]

    @property
    def tooltip(self) -> str:
        """The technical name and the explanation, for a tooltip or a glossary entry."""
        return translate("Terms", "{technical}: {meaning}").format(
            technical=self.technical, meaning=self.meaning
        )


def _terms() -> tuple[Term, ...]:
    # built on each call so that the words follow the current language
    return (
        Term(
            "ale",
            translate("Terms", "Expected loss per year"),
            translate("Terms", "ALE (annualised loss expectancy)"),
            translate(
                "Terms",
                "what outages cost in an average year: the cost of each kind of outage times how "
                "often it happens, added up.",
            ),
        ),
        Term(
            "mtpd",
            translate("Terms", "Longest outage you can bear"),
            translate("Terms", "MTPD (maximum tolerable period of disruption)"),
            translate(
                "Terms",
                "how long an outage can last, striking while you are open, before its cost passes "
                "the largest loss you said you can bear.",
            ),
        ),
        Term(
            "mbco",
            translate("Terms", "Minimum service"),
            translate("Terms", "MBCO (minimum business continuity objective)"),
            translate(
                "Terms",
                "the share of an activity's customers you must still serve during an outage, and "
                "how soon.",
            ),
        ),
        Term(
            "bearable_loss",
            translate("Terms", "Largest loss you can bear from one outage"),
            translate("Terms", "Loss tolerance"),
            translate(
                "Terms",
                "the most one outage may cost before the business is in trouble; the longest "
                "outage you can bear is read from it.",
            ),
        ),
        Term(
            "p50",
            translate("Terms", "A typical year"),
            translate("Terms", "P50 (median)"),
            translate("Terms", "half of the simulated years lose less than this, half lose more."),
        ),
        Term(
            "p90",
            translate("Terms", "A bad year (1 in 10)"),
            translate("Terms", "P90 (90th percentile)"),
            translate("Terms", "only one simulated year in ten loses more than this."),
        ),
        Term(
            "p99",
            translate("Terms", "A very bad year (1 in 100)"),
            translate("Terms", "P99 (99th percentile)"),
            translate("Terms", "only one simulated year in a hundred loses more than this."),
        ),
        Term(
            "simulated_years",
            translate("Terms", "Simulated years"),
            translate("Terms", "Monte Carlo simulation"),
            translate(
                "Terms",
                "the app plays out thousands of possible years, with outages at random times and "
                "of random lengths, to show how much the loss can vary from one year to the next.",
            ),
        ),
        Term(
            "seed",
            translate("Terms", "Simulation number"),
            translate("Terms", "Random seed"),
            translate(
                "Terms",
                "the same number gives the same simulated years, so that a result can be "
                "repeated and checked.",
            ),
        ),
        Term(
            "phone_network",
            translate("Terms", "Phone calls and SMS network"),
            translate("Terms", "PSTN and cellular network"),
            translate(
                "Terms",
                "the mobile operator's network for ordinary calls and text messages; it works "
                "when the internet apps do not, and fails when the operator does.",
            ),
        ),
        Term(
            "readiness",
            translate("Terms", "Ready today"),
            translate("Terms", "Fallback readiness"),
            translate(
                "Terms",
                "the share of this activity's customers you could reach on the channel today. "
                "Channels overlap: with 40% on SMS and 60% on calls, the app counts "
                "1 - 0.6 x 0.4 = 76% reached, not 100%, because some customers are on both.",
            ),
        ),
        Term(
            "activation_delay",
            translate("Terms", "Time to switch"),
            translate("Terms", "Activation delay"),
            translate(
                "Terms",
                "how long after an outage starts the channel is in use: noticing the outage, "
                "deciding, and telling customers where to go.",
            ),
        ),
    )


def term(key: str) -> Term:
    """The term of `key` in the current language; KeyError for an unknown key."""
    for found in _terms():
        if found.key == key:
            return found
    raise KeyError(key)


def glossary() -> tuple[Term, ...]:
    """Every term, in the order the plan introduces them (for the printed glossary)."""
    return _terms()


def how_often(per_year: float) -> str:
    """A yearly frequency as an owner says it: "about once a year", "about once every 3
    years", "about 4 times a year", "never so far"."""
    if per_year <= 0:
        return translate("Terms", "not expected (frequency 0)")
    if per_year >= 1.5:
        return translate("Terms", "about {count} times a year").format(
            count=number(per_year, 0 if per_year >= 2.5 else 1)
        )
    if per_year >= 0.75:
        return translate("Terms", "about once a year")
    years = 1.0 / per_year
    return translate("Terms", "about once every {years} years").format(
        years=number(years, 0 if years >= 3 else 1)
    )
