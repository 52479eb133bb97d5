#!/usr/bin/env bash
# Sets up everything on a fresh Debian/Ubuntu machine, then starts the app or runs the tests.
#   scripts/dev.sh start [ARGS]  - set up, then open the application on its built-in example plan
#                                  (or pass ARGS to it, e.g. a plan file: relative to where you are)
#   scripts/dev.sh test [ARGS]   - set up, then run ruff, mypy and the whole test suite (what CI
#                                  runs); ARGS go to pytest, e.g. -m "not bundle" to skip the
#                                  bundle build
# Set-up needs the network once; after that both commands work offline: packages are installed
# again only when pyproject.toml or the lists below change (or the environment is missing).
# VENV=/some/folder chooses another virtual environment (default: .venv in the checkout).
set -euo pipefail

root="$(cd "$(dirname "$0")/.." && pwd)"
action="${1:-start}"
venv="${VENV:-$root/.venv}"
[[ "$venv" = /* ]] || venv="$PWD/$venv" # relative to where the command was typed
export LANG=C.UTF-8 LC_ALL=C.UTF-8

case "$action" in
  start | test) ;;
  *)
    echo "usage: scripts/dev.sh start [ARGS] | test [PYTEST-ARGS]" >&2
    exit 2
    ;;
esac

# System libraries Qt needs offscreen and on a real display, plus PDF tools for the tests.
packages=(python3 python3-venv python3-pip
  libglib2.0-0 libgl1 libegl1 libfontconfig1 libxkbcommon0 libdbus-1-3 fonts-dejavu-core
  libxcb-cursor0 libxcb-icccm4 libxcb-image0 libxcb-keysyms1 libxcb-render-util0
  libxcb-shape0 libxcb-xkb1 libxkbcommon-x11-0 poppler-utils xvfb xauth
  binutils libpython3-dev)
# One dpkg-query for all of them (offline, ~20 ms); apt-get runs only when one is missing.
installed="$(dpkg-query -W -f='${Package} ${db:Status-Status}\n' "${packages[@]}" 2>/dev/null || true)"
missing=()
for p in "${packages[@]}"; do
  grep -qx "$p installed" <<<"$installed" || missing+=("$p")
done
if ((${#missing[@]})); then
  sudo=""
  [ "$(id -u)" -eq 0 ] || sudo="sudo"
  echo "Installing system packages: ${missing[*]}"
  $sudo apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends \
    "${missing[@]}" >/dev/null
fi

# Python packages: installed when the stamp (a hash of what decides them) differs.
pip_install=(-e "$root[test]")
stamp="$venv/.continuity-app-setup"
wanted="$(
  {
    cat "$root/pyproject.toml" "$root/scripts/lupdate.sh"
    printf '%s\n' "${packages[@]}" "${pip_install[@]}"
  } | sha256sum | cut -d' ' -f1
)"
if ! "$venv/bin/python" -c '' 2>/dev/null || [ "$(cat "$stamp" 2>/dev/null)" != "$wanted" ]; then
  echo "Setting up the Python environment in $venv (first run, or pyproject.toml changed)"
  rm -f "$stamp"
  if [ ! -x "$venv/bin/python" ]; then
    python3 -m venv "$venv"
    "$venv/bin/python" -m pip install -q --disable-pip-version-check --upgrade pip
  fi
  # setuptools notes that an editable install maps the package through an import hook and
  # warns about same-named folders in the working directory: this checkout is that folder.
  PYTHONWARNINGS="ignore:Editable installation" \
    "$venv/bin/python" -m pip install -q --disable-pip-version-check "${pip_install[@]}"
  # the translation tests' lupdate (see scripts/lupdate.sh), now, so that tests run offline later
  VENV="$venv" bash "$root/scripts/lupdate.sh" -version >/dev/null
  echo "$wanted" >"$stamp"
fi

case "$action" in
  start)
    # Runs where the command was typed, so relative plan paths (and output folders) work.
    if [ $# -gt 1 ]; then
      exec "$venv/bin/continuity-app" "${@:2}"
    fi
    exec "$venv/bin/continuity-app" --example ramallah-bakery
    ;;
  test)
    cd "$root"
    export QT_QPA_PLATFORM=offscreen
    "$venv/bin/ruff" check .
    "$venv/bin/ruff" format --check .
    "$venv/bin/mypy" # the files and settings are in pyproject.toml [tool.mypy]
    exec "$venv/bin/python" -m pytest -q "${@:2}"
    ;;
esac
