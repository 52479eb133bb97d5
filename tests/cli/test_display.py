"""A display that is set but does not answer is reported in words (exit 2), never a Qt abort."""

from __future__ import annotations

import os
import socket
import subprocess
import sys

import pytest

from continuity_app import display, selftest
from continuity_app.io.examples import example_path
from tests.paths import REPO_ROOT

REPO = REPO_ROOT
linux_only = pytest.mark.skipif(not sys.platform.startswith("linux"), reason="X and Wayland")


def silent_display() -> str:
    """A DISPLAY nobody answers at: no socket file, no abstract socket, no TCP port."""
    for number in range(55, 200):
        if not display.x_server_reachable(f":{number}") and not display.x_server_reachable(
            f"localhost:{number}"
        ):
            return f":{number}"
    pytest.skip("every display number answers")


@pytest.fixture
def x_server():
    """A listening socket where libxcb looks for display :N (Linux's abstract namespace)."""
    number = int(silent_display()[1:])
    server = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
    server.bind(f"\0/tmp/.X11-unix/X{number}")
    server.listen(64)
    yield f":{number}"
    server.close()


@pytest.fixture
def tcp_x_server():
    server = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    for number in range(60, 200):
        try:
            server.bind(("127.0.0.1", 6000 + number))
            break
        except OSError:
            continue
    else:
        pytest.skip("no free X port")
    server.listen(64)
    yield f"127.0.0.1:{number}.0"
    server.close()


def clean_env(**extra: str) -> dict[str, str]:
    env = {
        k: v
        for k, v in os.environ.items()
        if k not in ("DISPLAY", "WAYLAND_DISPLAY", "WAYLAND_SOCKET", "QT_QPA_PLATFORM")
    }
    env.update(extra)
    return env


@linux_only
def test_x_display_forms(x_server, tcp_x_server):
    number = x_server[1:]
    for form in (x_server, f"{x_server}.0", f"unix:{number}", f"unix/:{number}"):
        assert display.x_server_reachable(form), form
    assert display.x_server_reachable(tcp_x_server)
    for nobody in (silent_display(), "", "garbage", "host::0", ":x"):
        assert not display.x_server_reachable(nobody), nobody


@linux_only
def test_unreachable_display_is_a_problem_in_words(x_server):
    silent = silent_display()
    problem = display.display_problem({"DISPLAY": silent})
    assert problem and "no display" in problem and f"DISPLAY={silent}" in problem
    assert "QT_QPA_PLATFORM=offscreen" in problem
    assert display.display_problem({"DISPLAY": x_server}) is None
    assert "neither DISPLAY nor WAYLAND_DISPLAY" in display.display_problem({})
    # Another platform plugin needs no display; asking for X where none answers is a problem.
    assert display.display_problem({"DISPLAY": silent, "QT_QPA_PLATFORM": "offscreen"}) is None
    assert display.display_problem({"DISPLAY": silent, "QT_QPA_PLATFORM": "xcb"})
    assert display.display_problem({"DISPLAY": x_server, "QT_QPA_PLATFORM": "xcb"}) is None


@linux_only
def test_wayland_socket_is_probed(tmp_path):
    silent = silent_display()
    env = {"DISPLAY": silent, "WAYLAND_DISPLAY": "wayland-test", "XDG_RUNTIME_DIR": str(tmp_path)}
    problem = display.display_problem(env)
    assert problem and "WAYLAND_DISPLAY=wayland-test" in problem
    compositor = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
    compositor.bind(str(tmp_path / "wayland-test"))
    compositor.listen(64)
    try:
        assert display.display_problem(env) is None
        # Qt would pick X (no Wayland session) and abort: told to use the compositor.
        assert display.platform_to_use(env) == "wayland"
        assert display.display_problem({**env, "QT_QPA_PLATFORM": "xcb"})
    finally:
        compositor.close()


@linux_only
@pytest.mark.parametrize("arguments", [[], ["plan"]])
def test_the_app_says_so_and_exits_2(arguments):
    if arguments:
        arguments = [str(example_path("ramallah-bakery"))]
    result = subprocess.run(
        [sys.executable, "-m", "continuity_app", *arguments],
        env=clean_env(DISPLAY=silent_display()),
        cwd=REPO,
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert result.returncode == 2, result.stderr
    assert "no display" in result.stderr and "Traceback" not in result.stderr


@linux_only
def test_selftest_asked_for_x_without_one_exits_2():
    result = subprocess.run(
        [sys.executable, "-m", "continuity_app", "--selftest"],
        env=clean_env(DISPLAY=silent_display(), QT_QPA_PLATFORM="xcb"),
        cwd=REPO,
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert result.returncode == 2, result.stderr
    assert "no display" in result.stderr


@linux_only
def test_selftest_without_a_display_checks_offscreen_and_says_so(monkeypatch, capsys):
    silent = silent_display()
    for name in ("WAYLAND_DISPLAY", "WAYLAND_SOCKET", "QT_QPA_PLATFORM"):
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setenv("DISPLAY", silent)
    assert selftest.choose_platform() is None
    assert os.environ["QT_QPA_PLATFORM"] == "offscreen"
    assert f"DISPLAY={silent}" in capsys.readouterr().err


@linux_only
def test_an_x11_only_build_on_wayland_without_xwayland_says_so(tmp_path, monkeypatch):
    """The bundle ships the xcb plugin only: a Wayland desktop without XWayland is no display."""
    import importlib.machinery
    import importlib.util

    package = tmp_path / "PySide6"
    platforms = package / "Qt" / "plugins" / "platforms"
    platforms.mkdir(parents=True)
    (platforms / "libqxcb.so").write_bytes(b"")
    spec = importlib.machinery.ModuleSpec("PySide6", None, origin=str(package / "__init__.pyc"))
    monkeypatch.setattr(importlib.util, "find_spec", lambda name, *a: spec)
    monkeypatch.delenv("QT_PLUGIN_PATH", raising=False)
    monkeypatch.delenv("QT_QPA_PLATFORM_PLUGIN_PATH", raising=False)
    assert not display.wayland_plugin_available()
    compositor = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
    compositor.bind(str(tmp_path / "wayland-1"))
    compositor.listen(64)
    env = {
        "DISPLAY": silent_display(),
        "WAYLAND_DISPLAY": "wayland-1",
        "XDG_RUNTIME_DIR": str(tmp_path),
    }
    try:
        problem = display.display_problem(env)
        assert problem and "XWayland" in problem
        assert display.platform_to_use(env) is None
        (platforms / "libqwayland.so").write_bytes(b"")
        assert display.display_problem(env) is None
        assert display.platform_to_use(env) == "wayland"
    finally:
        compositor.close()


@linux_only
def test_plan_command_needs_no_display_even_when_one_is_set_and_silent(tmp_path):
    target = tmp_path / "plan.pdf"
    result = subprocess.run(
        [
            sys.executable,
            "-m",
            "continuity_app",
            "plan",
            str(example_path("ramallah-bakery")),
            "-o",
            str(target),
        ],
        env=clean_env(DISPLAY=silent_display(), HOME=str(tmp_path)),
        cwd=REPO,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.returncode == 0, result.stderr
    assert target.read_bytes().startswith(b"%PDF")
