"""Runs the application with `python -m continuity_app`."""

import sys

from continuity_app.cli import main

sys.exit(main())
