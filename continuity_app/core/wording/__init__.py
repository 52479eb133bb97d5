"""Results worded for people, in the language and digits current when they are shown.

The model's results (core.recommend, core.evaluation) are data: ids, numbers and small
reason records. The window, the CLI, the JSON and the printed plan call these functions when
they show a result, so a change of digits or a plan printed in another language re-words the
same results instead of computing them again.
"""

from continuity_app.core.wording.common import and_list
from continuity_app.core.wording.notes import evaluation_notes
from continuity_app.core.wording.recommendations import (
    action_explanation,
    fit_reasons,
    set_aside_reason,
    warning_message,
)

__all__ = [
    "action_explanation",
    "and_list",
    "evaluation_notes",
    "fit_reasons",
    "set_aside_reason",
    "warning_message",
]
