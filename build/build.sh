#!/usr/bin/env bash
# Builds the one-folder bundle from a clean virtual environment and packs it as a .tar.gz.
#   build/build.sh [OUTPUT-FOLDER]   (default: build/dist in the checkout)
#   -> OUTPUT-FOLDER/continuity-app/continuity-app                       the bundle
#   -> OUTPUT-FOLDER/continuity-app-<version>-linux-<arch>.tar.gz        what a user downloads
# The build's own files (a virtual environment, PyInstaller's work folder: ~850 MB) go to a
# temporary folder that is removed at the end, so nothing else is left behind.
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
dist="${1:-$root/build/dist}"
mkdir -p "$dist"
dist="$(cd "$dist" && pwd)"
work="$(mktemp -d "${TMPDIR:-/tmp}/continuity-app-build.XXXXXX")"
trap 'rm -rf "$work"' EXIT
venv="$work/venv"
rm -rf "$dist/continuity-app" "$dist"/continuity-app-*-linux-*.tar.gz
python3 -m venv "$venv"
"$venv/bin/python" -m pip install -q --disable-pip-version-check --upgrade pip
# A non-editable install, so that the bundle holds exactly what a wheel would. It is built
# from a copy: building in the checkout would leave setuptools' build/lib and egg-info there.
mkdir -p "$work/src"
cp -a "$root/pyproject.toml" "$root/README.md" "$root/LICENSE" "$root/continuity_app" \
  "$root/resources" "$work/src/"
"$venv/bin/python" -m pip install -q --disable-pip-version-check "$work/src" "pyinstaller>=6.10,<7"
"$venv/bin/pyinstaller" --noconfirm --clean --log-level WARN \
  --workpath "$work/pyinstaller" --distpath "$dist" "$root/build/continuity-app.spec"
# The interpreter's own library and extension modules may carry debug symbols (pyenv builds
# do): strip those only. Stripping numpy's or Qt's libraries breaks them.
if command -v strip >/dev/null; then
  find "$dist/continuity-app/_internal" -maxdepth 1 -name 'libpython3*.so*' -type f \
    -exec strip --strip-debug {} +
  find "$dist/continuity-app/_internal/python3"* -path '*lib-dynload*' -name '*.so' -type f \
    -exec strip --strip-debug {} + 2>/dev/null || true
fi
version="$("$venv/bin/python" -c 'import continuity_app; print(continuity_app.__version__)')"
name="continuity-app-$version-linux-$(uname -m)"
stage="$work/$name"
mkdir -p "$stage/icons"
cp -a "$dist/continuity-app" "$stage/"
cp "$root/build/linux/continuity-app.desktop" "$root/build/linux/continuity-app-mime.xml" \
  "$root/build/linux/install.sh" "$stage/"
cp "$root"/resources/icons/continuity-app*.png "$root/resources/icons/continuity-app.svg" "$stage/icons/"
tar -C "$work" -czf "$dist/$name.tar.gz" "$name"
echo "bundle:  $dist/continuity-app/continuity-app"
echo "archive: $dist/$name.tar.gz"
du -sh "$dist/continuity-app" "$dist/$name.tar.gz"
