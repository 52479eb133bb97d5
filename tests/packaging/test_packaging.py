"""Installed forms of the application: a wheel with its resources, and the PyInstaller bundle.

Everything is built in temporary folders outside the checkout and removed afterwards. The
bundle tests (marked `bundle`) build with build/build.sh, which takes minutes and ~1 GB while
it runs: skip them locally with `-m "not bundle"` (or CONTINUITY_SKIP_BUNDLE=1); CI runs them.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import tempfile
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.paths import REPO_ROOT

# What the wheel is built from: a copy of these, so setuptools' build/lib and egg-info stay
# out of the checkout (whose build/ folder holds the bundle's spec, not build output).
SOURCES = ("pyproject.toml", "README.md", "LICENSE", "continuity_app", "resources")
# The offscreen platform (tests, the self-test without a display) says this when a window
# is shown; on a desktop (xcb) it does not appear.
OFFSCREEN_NOTE = "This plugin does not support propagateSizeHints()"
LOCALE_VARIABLES = ("LANG", "LANGUAGE", "LC_ALL", "LC_CTYPE", "LC_MESSAGES", "LC_NUMERIC")


def _run(command: list[str], env: dict[str, str] | None = None, cwd: Path | None = None):
    return subprocess.run(
        command, capture_output=True, text=True, env=env, cwd=cwd, timeout=900, check=False
    )


def _unexpected(stderr: str, *expected: str) -> list[str]:
    """The lines of stderr that are none of the expected ones."""
    return [line for line in stderr.splitlines() if line.strip() and line not in expected]


@pytest.fixture(scope="session")
def temporary_folder() -> Iterator[Path]:
    """A folder outside the checkout for this run's builds, removed at the end."""
    folder = Path(tempfile.mkdtemp(prefix="continuity-packaging-"))
    yield folder
    shutil.rmtree(folder, ignore_errors=True)


@pytest.fixture(scope="session")
def wheel_build(temporary_folder) -> subprocess.CompletedProcess:
    """`pip wheel` of a copy of the project, as the README says, into temporary_folder/wheel."""
    source = temporary_folder / "source"
    source.mkdir()
    for name in SOURCES:
        copy = shutil.copytree if (REPO_ROOT / name).is_dir() else shutil.copy2
        copy(REPO_ROOT / name, source / name)
    return _run(
        [
            sys.executable,
            "-m",
            "pip",
            "wheel",
            "--no-deps",
            "-q",
            "-w",
            str(temporary_folder / "wheel"),
            ".",
        ],
        cwd=source,
    )


@pytest.fixture(scope="session")
def wheel_install(wheel_build, temporary_folder) -> Path:
    """The wheel unpacked into a folder of its own."""
    assert wheel_build.returncode == 0, wheel_build.stderr
    (wheel,) = (temporary_folder / "wheel").glob("continuity_app-*.whl")
    target = temporary_folder / "site"
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
    for folder in ("data", "schema", "examples", "icons", "fonts", "i18n"):
        assert (Path(where.stdout.strip()) / folder).is_dir(), folder
    assert list((Path(where.stdout.strip()) / "fonts").glob("*.ttf")), "no fonts in the wheel"


def test_wheel_builds_without_setuptools_warnings(wheel_build):
    """No deprecated license table, no data folder missing from `packages` (330 lines once)."""
    assert wheel_build.returncode == 0, wheel_build.stderr
    for marker in ("BuildBackendWarning", "SetuptoolsDeprecationWarning", "would be ignored"):
        assert marker not in wheel_build.stderr, wheel_build.stderr[-3000:]


def test_wheel_carries_the_licenses(wheel_build, temporary_folder):
    import zipfile

    (wheel,) = (temporary_folder / "wheel").glob("continuity_app-*.whl")
    with zipfile.ZipFile(wheel) as archive:
        names = archive.namelist()
        (metadata,) = [n for n in names if n.endswith(".dist-info/METADATA")]
        text = archive.read(metadata).decode()
    assert "License-Expression: MIT AND OFL-1.1" in text
    assert any(n.endswith("licenses/LICENSE") for n in names), names
    assert any(n.endswith("licenses/resources/fonts/OFL.txt") for n in names), names


def test_offscreen_start_is_quiet_without_a_locale(tmp_path):
    """The window opens with nothing on stderr but the offscreen platform's own note."""
    env = {k: v for k, v in os.environ.items() if k not in LOCALE_VARIABLES}
    env.update(QT_QPA_PLATFORM="offscreen", CONTINUITY_APP_EXIT_AFTER_SHOW="1", HOME=str(tmp_path))
    result = _run(
        [sys.executable, "-m", "continuity_app", "--example", "ramallah-bakery"],
        env=env,
        cwd=tmp_path,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    assert "window shown" in result.stdout
    assert _unexpected(result.stderr, OFFSCREEN_NOTE) == []


@pytest.fixture(scope="session")
def bundle(temporary_folder) -> Path:
    """The one-folder bundle, built once per test run with build/build.sh outside the checkout."""
    if os.environ.get("CONTINUITY_SKIP_BUNDLE"):
        pytest.skip("CONTINUITY_SKIP_BUNDLE is set")
    output = temporary_folder / "bundle"
    built = _run(["bash", str(REPO_ROOT / "build" / "build.sh"), str(output)])
    assert built.returncode == 0, built.stdout[-3000:] + built.stderr[-3000:]
    executable = output / "continuity-app" / "continuity-app"
    assert executable.is_file()
    assert list(output.glob("continuity-app-*-linux-*.tar.gz"))
    return executable


def _clean_env(**extra: str) -> dict[str, str]:
    """An environment without the development venv or a locale, as on a bare user's machine."""
    dropped = ("PYTHONPATH", "VIRTUAL_ENV", "DISPLAY", "WAYLAND_DISPLAY", *LOCALE_VARIABLES)
    env = {k: v for k, v in os.environ.items() if k not in dropped}
    env.pop("QT_QPA_PLATFORM", None)
    env["PATH"] = "/usr/bin:/bin"
    env.update(extra)
    return env


@pytest.mark.bundle
def test_bundle_self_test_offscreen_is_quiet(bundle, tmp_path):
    """Passes, stderr holds the verdict only (no locale, font or layout warnings), and the
    PDFs and exports it wrote are gone afterwards."""
    scratch = tmp_path / "tmp"
    scratch.mkdir()
    env = _clean_env(QT_QPA_PLATFORM="offscreen", HOME=str(tmp_path), TMPDIR=str(scratch))
    result = _run([str(bundle), "--selftest"], env=env)
    assert result.returncode == 0, result.stdout + result.stderr
    assert "self-test passed" in result.stderr
    assert "a working session" in result.stdout
    assert _unexpected(result.stderr, "self-test passed", OFFSCREEN_NOTE) == []
    assert not list(scratch.glob("continuity-selftest-*"))


@pytest.mark.bundle
@pytest.mark.skipif(shutil.which("xvfb-run") is None, reason="xvfb-run is not installed")
def test_bundle_self_test_on_a_real_x_display(bundle, tmp_path):
    result = _run(
        ["xvfb-run", "-a", str(bundle), "--selftest"],
        env=_clean_env(QT_QPA_PLATFORM="xcb", HOME=str(tmp_path)),
    )
    assert result.returncode == 0, result.stdout + result.stderr
    assert "Qt platform" in result.stdout and "xcb" in result.stdout


@pytest.mark.bundle
def test_bundle_without_a_display_says_so(bundle, tmp_path):
    result = _run([str(bundle)], env=_clean_env(HOME=str(tmp_path)))
    assert result.returncode == 2
    assert "no display" in result.stderr
    assert "Traceback" not in result.stderr


@pytest.mark.bundle
def test_bundle_with_a_display_nobody_answers_says_so(bundle, tmp_path):
    """DISPLAY=:55 with no X server there (a stale session): words and exit 2, not an abort."""
    result = _run([str(bundle)], env=_clean_env(DISPLAY=":55", HOME=str(tmp_path)))
    assert result.returncode == 2, result.stdout + result.stderr
    assert "DISPLAY=:55" in result.stderr
    assert "Traceback" not in result.stderr and "Aborted" not in result.stderr


@pytest.mark.bundle
def test_bundle_self_test_with_a_display_nobody_answers(bundle, tmp_path):
    """The self-test names the missing display; asked for X11 there, it exits 2."""
    checked = _run([str(bundle), "--selftest"], env=_clean_env(DISPLAY=":55", HOME=str(tmp_path)))
    assert "DISPLAY=:55" in checked.stderr, checked.stdout + checked.stderr
    assert "Traceback" not in checked.stderr
    asked = _run(
        [str(bundle), "--selftest"],
        env=_clean_env(DISPLAY=":55", QT_QPA_PLATFORM="xcb", HOME=str(tmp_path)),
    )
    assert asked.returncode == 2, asked.stdout + asked.stderr
    assert "DISPLAY=:55" in asked.stderr
    assert "Traceback" not in asked.stderr
