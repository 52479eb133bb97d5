"""Whether a window can open here: the X server and Wayland compositor probed without Qt."""

from __future__ import annotations

import os
import socket
import sys
from collections.abc import Mapping
from pathlib import Path

from continuity_app.core.i18n import translate

# Platform plugins that need a display server; any other (offscreen, vnc, eglfs) needs none.
X_PLATFORMS = {"xcb"}
WAYLAND_PLATFORMS = {"wayland", "wayland-egl", "wayland-brcm"}
CONNECT_TIMEOUT_S = 3.0  # an X server forwarded over SSH answers well within this


def _connects(family: int, address: str | bytes | tuple[str, int] | tuple[int, bytes]) -> bool:
    try:
        with socket.socket(family, socket.SOCK_STREAM) as probe:
            probe.settimeout(CONNECT_TIMEOUT_S)
            probe.connect(address)
        return True
    except OSError:
        return False


def x_server_reachable(display: str) -> bool:
    """True when something accepts connections where DISPLAY points, as libxcb would connect.

    DISPLAY is [protocol/][host]:number[.screen]; an empty host, "unix" or a path means the
    local socket /tmp/.X11-unix/X<number> (on Linux also its abstract twin), any other host
    TCP port 6000 + number. Only the connection is tried, not the authorisation handshake:
    a probe that guessed the cookie wrong would keep a working desktop from opening.
    """
    display = display.strip()
    if not display:
        return False
    if display.startswith("/"):  # a socket path (macOS launchd): "/path/to/socket:0"
        path = display.rsplit(":", 1)[0] if ":" in display.rsplit("/", 1)[-1] else display
        return _connects(socket.AF_UNIX, path)
    protocol, rest = "", display
    if "/" in display.split(":")[0]:  # "tcp/host:0", "unix/:0"
        protocol, _, rest = display.partition("/")
    host, colon, number_part = rest.rpartition(":")
    if not colon:
        return False
    if host.endswith(":"):  # DECnet "host::0": no longer spoken by anyone
        return False
    number = number_part.split(".")[0]
    if not number.isdigit():
        return False
    if host in ("", "unix") or protocol == "unix":
        path = f"/tmp/.X11-unix/X{number}"
        if sys.platform.startswith("linux") and _connects(socket.AF_UNIX, "\0" + path):
            return True
        return _connects(socket.AF_UNIX, path)
    host = host.strip("[]")  # "[::1]:0"
    try:
        addresses = socket.getaddrinfo(host, 6000 + int(number), type=socket.SOCK_STREAM)
    except (OSError, UnicodeError):
        return False
    return any(_connects(family, address[:2]) for family, _, _, _, address in addresses)


def wayland_reachable(environ: Mapping[str, str]) -> bool:
    """True when a Wayland compositor accepts connections on the socket WAYLAND_DISPLAY names."""
    if environ.get("WAYLAND_SOCKET"):  # an already connected socket handed down by the parent
        return True
    name = environ.get("WAYLAND_DISPLAY", "")
    if not name:
        return False
    path = Path(name)
    if not path.is_absolute():
        runtime = environ.get("XDG_RUNTIME_DIR")
        if not runtime:
            return False
        path = Path(runtime) / name
    return _connects(socket.AF_UNIX, str(path))


def wayland_plugin_available() -> bool:
    """Whether Qt here can draw on Wayland: the bundle ships only X11 (XWayland) and offscreen.

    Looked up as files next to PySide6, without importing Qt; True when it cannot be told.
    """
    import importlib.util

    try:
        spec = importlib.util.find_spec("PySide6")
    except (ImportError, ValueError):
        return True
    folders = []
    if spec is not None and spec.origin:  # the bundle's PySide6 has an origin too
        folders.append(Path(spec.origin).parent / "Qt" / "plugins" / "platforms")
    for extra in filter(None, os.environ.get("QT_PLUGIN_PATH", "").split(os.pathsep)):
        folders.append(Path(extra) / "platforms")
    if os.environ.get("QT_QPA_PLATFORM_PLUGIN_PATH"):
        folders.append(Path(os.environ["QT_QPA_PLATFORM_PLUGIN_PATH"]))
    folders = [folder for folder in folders if folder.is_dir()]
    if not folders:
        return True
    return any(any(folder.glob("*qwayland*")) for folder in folders)


def _requested_platforms(environ: Mapping[str, str]) -> list[str]:
    """QT_QPA_PLATFORM as plugin names: "xcb", "wayland;xcb", "offscreen:fontengine=freetype"."""
    value = environ.get("QT_QPA_PLATFORM", "")
    return [part.split(":")[0].strip() for part in value.split(";") if part.strip()]


def _unreachable_text(environ: Mapping[str, str], check_x: bool, check_wayland: bool) -> str:
    parts = []
    if check_x and environ.get("DISPLAY"):
        parts.append(
            translate("Display", "no X server answers at DISPLAY={display}").format(
                display=environ["DISPLAY"]
            )
        )
    if check_wayland and environ.get("WAYLAND_DISPLAY"):
        parts.append(
            translate("Display", "no Wayland compositor answers at WAYLAND_DISPLAY={name}").format(
                name=environ["WAYLAND_DISPLAY"]
            )
        )
    if not parts:
        return translate(
            "Display",
            "There is no display to open the window on (neither DISPLAY nor "
            "WAYLAND_DISPLAY is set).",
        )
    return translate(
        "Display",
        "There is no display to open the window on: {reasons}. The desktop session may have "
        "ended, or DISPLAY is left over from another session (after ssh -X, reconnect).",
    ).format(reasons="; ".join(parts))


def display_problem(environ: Mapping[str, str] | None = None) -> str | None:
    """Why no window can open here (Qt would abort the process), or None when one can.

    Only Linux and the display-server plugins are judged: another QT_QPA_PLATFORM (offscreen,
    vnc) is the user's deliberate choice and needs no display.
    """
    environ = os.environ if environ is None else environ
    if not sys.platform.startswith("linux"):
        return None
    requested = _requested_platforms(environ)
    if requested and not all(name in X_PLATFORMS | WAYLAND_PLATFORMS for name in requested):
        return None
    check_x = not requested or any(name in X_PLATFORMS for name in requested)
    check_wayland = not requested or any(name in WAYLAND_PLATFORMS for name in requested)
    if check_x and x_server_reachable(environ.get("DISPLAY", "")):
        return None
    if check_wayland and wayland_reachable(environ):
        if wayland_plugin_available():
            return None
        problem = translate(
            "Display",
            "There is no display this installation can open the window on: it draws through "
            "X11, and the Wayland desktop at WAYLAND_DISPLAY={name} offers no X server "
            "(XWayland) at DISPLAY={display}.",
        ).format(name=environ.get("WAYLAND_DISPLAY", ""), display=environ.get("DISPLAY", ""))
    else:
        problem = _unreachable_text(environ, check_x, check_wayland)
    return (
        problem
        + " "
        + translate(
            "Display",
            "Run the application from a desktop session, or use the command-line sub-commands "
            "(continuity-app --help); for a window without a screen, set "
            "QT_QPA_PLATFORM=offscreen.",
        )
    )


def platform_to_use(environ: Mapping[str, str] | None = None) -> str | None:
    """The plugin Qt must be told to use when it would pick one whose server is unreachable.

    Without QT_QPA_PLATFORM, Qt picks Wayland only in a Wayland session and X otherwise; when
    just the other one answers (no X server but a compositor, or a Wayland session whose
    compositor is gone while XWayland still answers), Qt would abort instead of using it.
    """
    environ = os.environ if environ is None else environ
    if not sys.platform.startswith("linux") or _requested_platforms(environ):
        return None
    x_ok = x_server_reachable(environ.get("DISPLAY", ""))
    wayland_ok = wayland_reachable(environ)
    wayland_session = environ.get("XDG_SESSION_TYPE", "").lower() == "wayland"
    if wayland_ok and not x_ok and not wayland_session and wayland_plugin_available():
        return "wayland"
    if x_ok and not wayland_ok and wayland_session:
        return "xcb"
    return None
