"""The core tests run without Qt: none imports PySide6 or the layers built on it, nor asks for
a Qt fixture, so a core test that passes proves the model works without a window."""

from __future__ import annotations

import ast
from pathlib import Path

CORE_TESTS = Path(__file__).resolve().parent
# what brings Qt in: the binding itself, the layers built on it, and pytest-qt
QT_MODULES = ("PySide6", "shiboken6", "pytestqt", "continuity_app.gui", "continuity_app.report")
QT_FIXTURES = {"qtbot", "qapp", "qtmodeltester", "app_context", "make_window", "pseudo"}


def qt_uses(source: str) -> list[str]:
    """Each import of a Qt module and each Qt fixture a test module's source asks for."""
    found = []
    for node in ast.walk(ast.parse(source)):
        if isinstance(node, ast.Import):
            names = [alias.name for alias in node.names]
        elif isinstance(node, ast.ImportFrom) and node.module and not node.level:
            names = [node.module]
        elif isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef):
            arguments = node.args.posonlyargs + node.args.args + node.args.kwonlyargs
            found += [f"fixture {a.arg}" for a in arguments if a.arg in QT_FIXTURES]
            continue
        else:
            continue
        found += [n for n in names if any(n == m or n.startswith(m + ".") for m in QT_MODULES)]
    return found


def test_the_check_sees_an_import_and_a_fixture():
    source = "from PySide6.QtCore import Qt\nimport continuity_app.gui.app\ndef test(qtbot): ...\n"
    assert qt_uses(source) == ["PySide6.QtCore", "continuity_app.gui.app", "fixture qtbot"]
    assert qt_uses("from continuity_app.core.plan import Plan\nimport report_tools\n") == []


def test_no_core_test_imports_qt():
    uses = {
        path.name: found
        for path in sorted(CORE_TESTS.glob("*.py"))
        if (found := qt_uses(path.read_text(encoding="utf-8")))
    }
    assert not uses, f"core tests must run without Qt; move these to tests/gui: {uses}"
