"""The dependency rules of DESIGN.md: the import-linter contracts in pyproject.toml hold, and
what they cannot say (no Qt at run time in core and io, the wheel's package list, localization
on Qt Core only) is checked here; test_import_cycles.py beside it forbids module-level cycles."""

from __future__ import annotations

import ast
import subprocess
import sys
import textwrap
import tomllib
from pathlib import Path

import pytest

from tests.paths import REPO_ROOT

ROOT = REPO_ROOT
PACKAGE = ROOT / "continuity_app"


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


def lint_imports(folder: Path, config: Path | None = None) -> subprocess.CompletedProcess:
    """`lint-imports` run on the package found in `folder`, with its pyproject (or `config`)."""
    command = [sys.executable, "-c", "from importlinter.cli import lint_imports_command as c; c()"]
    command += ["--no-cache", *(["--config", str(config)] if config else [])]
    # the package is imported from `folder`, not from wherever this interpreter installed it
    environment = {"PYTHONPATH": str(folder), "PATH": "/usr/bin:/bin", "PYTHONNOUSERSITE": "1"}
    return subprocess.run(command, cwd=folder, capture_output=True, text=True, env=environment)


def test_the_import_contracts_hold():
    """pyproject.toml's [tool.importlinter] contracts: core and io free of Qt, matplotlib and
    the layers above them; report free of the window and the CLI; cli -> gui -> report -> io ->
    core. The failure shows lint-imports' report: which import breaks which contract."""
    result = lint_imports(ROOT)
    assert result.returncode == 0, result.stdout + result.stderr
    contracts = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    count = len(contracts["tool"]["importlinter"]["contracts"])
    assert f"Contracts: {count} kept, 0 broken." in result.stdout


@pytest.mark.parametrize(
    ("module", "line", "contract"),
    [
        ("core/model.py", "import PySide6", "core and io know nothing of Qt"),
        ("io/files.py", "from continuity_app.report import layout", "core and io know nothing"),
        ("report/layout.py", "import continuity_app.gui", "report lays out the printed plan"),
        ("io/files.py", "from continuity_app.gui import window", "layers: cli -> gui"),
        ("core/model.py", "def later():\n    import matplotlib", "core and io know nothing"),
    ],
)
def test_the_contracts_catch_a_forbidden_import(tmp_path, module, line, contract):
    """The same contracts on a small package with one forbidden import: lint-imports fails and
    names the contract (a contract that matched no module would pass on anything)."""
    for layer in ("core", "io", "report", "gui", "cli"):
        (tmp_path / "continuity_app" / layer).mkdir(parents=True)
        (tmp_path / "continuity_app" / layer / "__init__.py").write_text("")
        (tmp_path / "continuity_app" / layer / "sample.py").write_text("")
    for name in ("model", "files", "layout", "window"):
        for layer in ("core", "io", "report", "gui"):
            (tmp_path / "continuity_app" / layer / f"{name}.py").write_text("")
    (tmp_path / "continuity_app" / "__init__.py").write_text("")
    (tmp_path / "continuity_app" / module).write_text(textwrap.dedent(line) + "\n")
    (tmp_path / "PySide6").mkdir()
    (tmp_path / "PySide6" / "__init__.py").write_text("")
    (tmp_path / "matplotlib").mkdir()
    (tmp_path / "matplotlib" / "__init__.py").write_text("")
    config = tmp_path / "contracts.toml"
    config.write_text((ROOT / "pyproject.toml").read_text(encoding="utf-8"), encoding="utf-8")
    result = lint_imports(tmp_path, config)
    assert result.returncode != 0, result.stdout
    assert "BROKEN" in result.stdout and contract in result.stdout.replace("\n", " ")


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
