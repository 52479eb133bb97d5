#!/usr/bin/env bash
# Sets up everything on a fresh Debian/Ubuntu machine, then starts the app or runs the tests.
#   scripts/dev.sh start   - set up, then open the application on its built-in example plan
#   scripts/dev.sh test    - set up, then run the whole test suite (what CI runs)
set -euo pipefail
cd "$(dirname "$0")/.."

action="${1:-start}"
venv="${VENV:-.venv}"
export LANG=C.UTF-8 LC_ALL=C.UTF-8

# System libraries Qt needs offscreen and on a real display, plus PDF tools for the tests.
packages=(python3 python3-venv python3-pip
  libglib2.0-0 libgl1 libegl1 libfontconfig1 libxkbcommon0 libdbus-1-3 fonts-dejavu-core
  libxcb-cursor0 libxcb-icccm4 libxcb-image0 libxcb-keysyms1 libxcb-render-util0
  libxcb-shape0 libxcb-xkb1 libxkbcommon-x11-0 poppler-utils xvfb xauth
  binutils libpython3-dev)
missing=()
for p in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
if ((${#missing[@]})); then
  sudo=""
  [ "$(id -u)" -eq 0 ] || sudo="sudo"
  echo "Installing system packages: ${missing[*]}"
  $sudo apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
fi

if [ ! -x "$venv/bin/python" ]; then
  python3 -m venv "$venv"
fi
"$venv/bin/python" -m pip install -q --disable-pip-version-check --upgrade pip
"$venv/bin/python" -m pip install -q --disable-pip-version-check -e ".[test]"

case "$action" in
  start)
    if [ $# -gt 1 ]; then
      exec "$venv/bin/continuity-app" "${@:2}"
    fi
    exec "$venv/bin/continuity-app" --example ramallah-bakery
    ;;
  test)
    export QT_QPA_PLATFORM=offscreen
    "$venv/bin/ruff" check .
    "$venv/bin/ruff" format --check .
    exec "$venv/bin/python" -m pytest -q "${@:2}"
    ;;
  *)
    echo "usage: scripts/dev.sh start|test" >&2
    exit 2
    ;;
esac
