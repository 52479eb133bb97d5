"""Installed forms of the application: a wheel with its resources, and the PyInstaller bundle."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from conftest import REPO_ROOT

BUNDLE = REPO_ROOT / "build" / "dist" / "continuity-app" / "continuity-app"


def _run(command: list[str], env: dict[str, str] | None = None, cwd: Path | None = None):
    return subprocess.run(
        command, capture_output=True, text=True, env=env, cwd=cwd, timeout=900, check=False
    )


@pytest.fixture(scope="session")
def wheel_install(tmp_path_factory) -> Path:
    """The project built as a wheel and unpacked into a folder of its own."""
    folder = tmp_path_factory.mktemp("wheel")
    built = _run(
        [sys.executable, "-m", "pip", "wheel", "--no-deps", "-q", "-w", str(folder), str(REPO_ROOT)]
    )
    assert built.returncode == 0, built.stderr
    (wheel,) = folder.glob("continuity_app-*.whl")
    target = folder / "site"
    installed = _run(
        [
            sys.executable,
            "-m",
            "pip",
            "install",
            "-q",
            "--no-deps",
            "--target",
            str(target),
            str(wheel),
        ]
    )
    assert installed.returncode == 0, installed.stderr
    return target


def test_wheel_carries_its_resources_and_runs(wheel_install, tmp_path):
    env = dict(os.environ, PYTHONPATH=str(wheel_install), QT_QPA_PLATFORM="offscreen")
    where = _run(
        [sys.executable, "-c", "import continuity_app.resources as r; print(r.resources_dir())"],
        env=env,
        cwd=tmp_path,
    )
    assert where.returncode == 0, where.stderr
    assert Path(where.stdout.strip()).is_relative_to(wheel_install)
    listed = _run([sys.executable, "-m", "continuity_app", "demo", "--list"], env=env, cwd=tmp_path)
    assert listed.returncode == 0, listed.stderr
    assert "ramallah-bakery" in listed.stdout
    for folder in ("data", "schema", "examples", "icons", "fonts"):
        assert (Path(where.stdout.strip()) / folder).is_dir(), folder


@pytest.fixture(scope="session")
def bundle() -> Path:
    """The one-folder bundle, built once per test run with build/build.sh."""
    if os.environ.get("CONTINUITY_SKIP_BUNDLE"):
        pytest.skip("CONTINUITY_SKIP_BUNDLE is set")
    built = _run(["bash", str(REPO_ROOT / "build" / "build.sh")])
    assert built.returncode == 0, built.stdout[-3000:] + built.stderr[-3000:]
    assert BUNDLE.is_file()
    return BUNDLE


def _clean_env(**extra: str) -> dict[str, str]:
    """An environment without the development venv, as on a user's machine."""
    env = {k: v for k, v in os.environ.items() if k not in ("PYTHONPATH", "VIRTUAL_ENV", "DISPLAY")}
    env["PATH"] = "/usr/bin:/bin"
    env.update(extra)
    return env


def test_bundle_self_test_offscreen(bundle, tmp_path):
    result = _run(
        [str(bundle), "--selftest"], env=_clean_env(QT_QPA_PLATFORM="offscreen", HOME=str(tmp_path))
    )
    assert result.returncode == 0, result.stdout + result.stderr
    assert "self-test passed" in result.stderr


@pytest.mark.skipif(shutil.which("xvfb-run") is None, reason="xvfb-run is not installed")
def test_bundle_self_test_on_a_real_x_display(bundle, tmp_path):
    result = _run(
        ["xvfb-run", "-a", str(bundle), "--selftest"],
        env=_clean_env(QT_QPA_PLATFORM="xcb", HOME=str(tmp_path)),
    )
    assert result.returncode == 0, result.stdout + result.stderr
    assert "Qt platform" in result.stdout and "xcb" in result.stdout


def test_bundle_without_a_display_says_so(bundle, tmp_path):
    env = _clean_env(HOME=str(tmp_path))
    env.pop("QT_QPA_PLATFORM", None)
    result = _run([str(bundle)], env=env)
    assert result.returncode == 2
    assert "no display" in result.stderr
