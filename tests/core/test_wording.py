"""Results are data, worded when shown: one computation, words in any language and digits."""

from __future__ import annotations

import pytest

from continuity_app.core import recommend as recommend_module
from continuity_app.core.evaluation import evaluate
from continuity_app.core.i18n import English, speaking
from continuity_app.core.recommend import recommend
from continuity_app.core.reference import load_reference
from continuity_app.core.results import recommendations_json
from continuity_app.core.wording import (
    action_explanation,
    evaluation_notes,
    fit_reasons,
    set_aside_reason,
    warning_message,
)
from continuity_app.io.examples import load_example

REFERENCE = load_reference()
ARABIC_INDIC = str.maketrans("0123456789", "٠١٢٣٤٥٦٧٨٩")
WESTERN = str.maketrans("٠١٢٣٤٥٦٧٨٩", "0123456789")


class EasternDigits(English):
    """English words written with Arabic-Indic digits (the digits preference)."""

    def number(self, value: float, decimals: int) -> str:
        return super().number(value, decimals).translate(ARABIC_INDIC)


class Marked(English):
    """Another language: every translated text comes back marked, its placeholders kept."""

    def lookup(self, context: str, text: str, disambiguation: str | None, n: int) -> str:
        return "«" + super().lookup(context, text, disambiguation, n) + "»"


@pytest.fixture(scope="module")
def advice():
    """One computation of the recommender on an example with warnings and set-aside steps."""
    plan = load_example("ramallah-bakery")
    return plan, recommend(plan, REFERENCE)


def _texts(advice) -> list[str]:
    plan, recommendations = advice
    texts = [action_explanation(v) for v in recommendations.actions]
    texts += [set_aside_reason(v) for v in recommendations.actions if not v.worth_doing]
    texts += [warning_message(w) for w in recommendations.warnings]
    texts += [v.action.title for v in recommendations.actions]
    for fits in recommendations.channels.values():
        texts += [r for fit in fits for r in fit_reasons(REFERENCE, plan, fit)]
    return texts


def test_the_results_hold_no_text(advice):
    """The records carry ids, numbers and reasons; their words are made when read."""
    _, recommendations = advice
    valued = recommendations.actions[0]
    assert not any(isinstance(v, str) and " " in v for v in vars(valued).values())
    assert not any(isinstance(v, str) and " " in v for v in vars(valued.action).values())
    for warning in recommendations.warnings:
        assert not any(isinstance(v, str) and " " in v for v in vars(warning.reason).values())


def test_one_computation_worded_in_two_languages(advice, monkeypatch):
    def no_second_computation(*args, **kwargs):
        raise AssertionError("wording must not recommend again")

    monkeypatch.setattr(recommend_module, "recommend", no_second_computation)
    english = _texts(advice)
    with speaking(Marked()):
        marked = _texts(advice)
    assert english and len(marked) == len(english)
    assert all(m != e for m, e in zip(marked, english, strict=True))
    assert all("«" in m for m in marked) and not any("«" in e for e in english)


def test_a_digits_change_rewords_the_same_results(advice):
    english = _texts(advice)
    with speaking(EasternDigits()):
        eastern = _texts(advice)
    assert any("٠" in t or "٥" in t for t in eastern)
    assert [t.translate(WESTERN) for t in eastern] == english


def test_the_json_quotes_the_words_of_the_moment(advice):
    plan, recommendations = advice
    english = recommendations_json(recommendations, REFERENCE, plan)
    with speaking(EasternDigits()):
        eastern = recommendations_json(recommendations, REFERENCE, plan)
    assert english["actions"][0]["explanation"] == action_explanation(recommendations.actions[0])
    assert eastern["actions"][0]["explanation"] != english["actions"][0]["explanation"]
    assert eastern["ale_before"] == english["ale_before"]  # the numbers stay numbers


def test_evaluation_notes_are_worded_when_read():
    plan = load_example("ramallah-bakery")
    evaluation = evaluate(plan, REFERENCE)
    english = evaluation_notes(plan, REFERENCE)
    # the evaluation keeps what it was computed from, and is worded from it when shown
    assert english and evaluation_notes(evaluation.plan, evaluation.reference_data) == english
    with speaking(Marked()):
        marked = evaluation_notes(evaluation.plan, evaluation.reference_data)
    assert len(marked) == len(english) and all("«" in n for n in marked)
