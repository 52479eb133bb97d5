"""A long working session driven through the real window: a seeded mix of every kind of edit.

The long-session test and `continuity-app --selftest` run it. Every step does what a user
does (keys in spin boxes, text in fields, cells through the views' delegates, buttons, undo,
pages, preferences, print preview, exports); after each step the drill checks that nothing
raised, that refused input left the plan alone and said why, and now and then that the pages
show the plan as it is. It measures memory (resident size) and references to None, which a
broken Qt binding loses one per call (PySide6 6.12.0 aborted the window after 27 edits).
"""

from continuity_app.gui.session_drill.drill import run_drill
from continuity_app.gui.session_drill.keyboard import WORDS
from continuity_app.gui.session_drill.report import DrillError, DrillReport, rss_mb

__all__ = ["WORDS", "DrillError", "DrillReport", "rss_mb", "run_drill"]
