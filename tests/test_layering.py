"""The dependency rules of DESIGN.md: core and io know nothing of Qt, matplotlib or the GUI."""

from __future__ import annotations

import ast
import subprocess
import sys
from pathlib import Path

import pytest

PACKAGE = Path(__file__).resolve().parent.parent / "continuity_app"
FORBIDDEN = {
    "core": (
        "PySide6",
        "shiboken6",
        "matplotlib",
        "continuity_app.io",
        "continuity_app.report",
        "continuity_app.gui",
        "continuity_app.cli",
    ),
    "io": (
        "PySide6",
        "shiboken6",
        "matplotlib",
        "continuity_app.report",
        "continuity_app.gui",
        "continuity_app.cli",
    ),
    "report": ("continuity_app.gui", "continuity_app.cli"),
}


def imported_modules(path: Path) -> set[str]:
    """Every module `path` imports, relative imports resolved against its package."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    package = ["continuity_app", *path.relative_to(PACKAGE).parent.parts]
    names = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            names.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom):
            base = package[: len(package) - node.level + 1] if node.level else []
            module = ".".join([*base, *([node.module] if node.module else [])])
            names.add(module)
            # `from .. import report` imports the module report, not a name in ..
            names.update(f"{module}.{alias.name}" for alias in node.names)
    return names


def test_relative_imports_are_seen():
    """`from ..report import x` inside io/ would slip past a test that skips relative imports."""
    sample = PACKAGE / "io" / "chat_export" / "__init__.py"
    assert "continuity_app.io.chat_export.stats" in imported_modules(sample)


@pytest.mark.parametrize("layer", sorted(FORBIDDEN))
def test_layer_imports_only_what_it_may(layer):
    offenders = []
    for path in sorted((PACKAGE / layer).rglob("*.py")):
        for name in imported_modules(path):
            if any(name == f or name.startswith(f + ".") for f in FORBIDDEN[layer]):
                offenders.append(f"{path.relative_to(PACKAGE)} imports {name}")
    assert not offenders, "\n".join(offenders)


def test_core_and_io_load_without_qt_or_matplotlib():
    """Importing every core and io module at run time pulls in neither Qt nor matplotlib."""
    modules = [
        "continuity_app." + ".".join(p.relative_to(PACKAGE).with_suffix("").parts)
        for layer in ("core", "io")
        for p in sorted((PACKAGE / layer).rglob("*.py"))
    ]
    code = (
        "import importlib, sys\n"
        f"for m in {modules!r}: importlib.import_module(m.removesuffix('.__init__'))\n"
        "bad = sorted(m for m in sys.modules if m.split('.')[0] in "
        "('PySide6', 'shiboken6', 'matplotlib'))\n"
        "print(','.join(bad))\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True
    )
    assert result.stdout.strip() == ""


def test_every_package_is_listed_for_the_wheel():
    """pyproject lists packages by hand (resources are mapped in); a new one must be added."""
    import tomllib

    config = tomllib.loads((PACKAGE.parent / "pyproject.toml").read_text(encoding="utf-8"))
    listed = set(config["tool"]["setuptools"]["packages"])
    found = {
        ".".join(p.parent.relative_to(PACKAGE.parent).parts) for p in PACKAGE.rglob("__init__.py")
    }
    resources = PACKAGE.parent / "resources"
    # every folder of resources/ too: setuptools warns about data folders it was not told of
    found |= {
        ".".join(("continuity_app", *p.relative_to(resources.parent).parts))
        for p in [resources, *resources.rglob("*")]
        if p.is_dir() and p.name != "__pycache__"
    }
    assert found == listed


def test_reference_strings_for_translators_are_current():
    """The generated list of reference texts matches the CSV files (rerun the script if not)."""
    import importlib.util

    script = PACKAGE.parent / "scripts" / "reference_strings.py"
    spec = importlib.util.spec_from_file_location("reference_strings_script", script)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    current = (PACKAGE / "core" / "reference_strings.py").read_text(encoding="utf-8")
    assert current == module.render(), "run: python scripts/reference_strings.py"


def test_localization_needs_only_qt_core():
    """The window, the CLI and the PDF share it: no widgets, GUI, CLI or report imports."""
    imported = imported_modules(PACKAGE / "localization.py")
    forbidden = (
        "PySide6.QtWidgets",
        "PySide6.QtGui",
        "continuity_app.gui",
        "continuity_app.cli",
        "continuity_app.report",
    )
    assert not [name for name in imported if name.startswith(forbidden)]
