#!/usr/bin/env bash
# Runs Qt's lupdate from PySide6-Essentials 6.12.0, kept beside the virtual environment.
#   scripts/lupdate.sh LUPDATE-ARGS...
# The application runs on 6.11.3 (6.12.0's binding drops references to None: pyproject.toml),
# but 6.11.3's lupdate extracts translate(context, text, None, count) without its plural forms
# when the count is a variable, and drops the message entirely when the count is an expression
# such as len(x). lupdate is a standalone Qt program, untouched by that binding bug, so the
# 6.12.0 one extracts while 6.11.3 runs. Installed once (needs the network once), then offline.
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
venv="${VENV:-$root/.venv}"
[[ "$venv" = /* ]] || venv="$root/$venv"
version=6.12.0
tools="$venv/linguist-$version"
if [ ! -x "$tools/PySide6/lupdate" ]; then
  rm -rf "$tools"
  "$venv/bin/python" -m pip install -q --disable-pip-version-check --no-deps \
    --target "$tools" "PySide6-Essentials==$version" >&2
fi
exec "$tools/PySide6/lupdate" "$@"
