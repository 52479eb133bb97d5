"""The bundle build takes minutes: every test that asks for it must carry the `bundle` marker,
so that `-m "not bundle"` really skips the build."""

from __future__ import annotations

import pytest


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    unmarked = [
        item.nodeid
        for item in items
        if "bundle" in getattr(item, "fixturenames", ())
        and item.get_closest_marker("bundle") is None
    ]
    if unmarked:
        raise pytest.UsageError(
            "These tests build the bundle but are not marked @pytest.mark.bundle, so "
            f'-m "not bundle" would still build it: {", ".join(unmarked)}'
        )
