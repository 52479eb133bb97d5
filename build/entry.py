"""The bundle's entry point: the same command line as the installed `continuity-app`."""

import sys

from continuity_app.cli import main

sys.exit(main())
