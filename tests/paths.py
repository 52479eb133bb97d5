"""Where the tests find the checkout, the shared corpus beside it and their own data folders."""

from __future__ import annotations

from pathlib import Path

TESTS = Path(__file__).resolve().parent
REPO_ROOT = TESTS.parent
# the shared fixtures live beside the checkout (../shared), read in place
SHARED = REPO_ROOT.parent / "shared"
CHAT_EXPORTS = SHARED / "fixtures" / "chat-exports"
PLANS = TESTS / "plans"
HOSTILE = TESTS / "hostile"
