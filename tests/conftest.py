"""Shared test set-up: offscreen Qt, paths to the shared fixtures."""

from __future__ import annotations

import os
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

REPO_ROOT = Path(__file__).resolve().parent.parent
SHARED = REPO_ROOT.parent / "shared"
CHAT_EXPORTS = SHARED / "fixtures" / "chat-exports"
