#!/usr/bin/env bash
# Installs the unpacked bundle for the current user: command, menu entry, icon, .cplan type.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
prefix="${PREFIX:-$HOME/.local}"
mkdir -p "$prefix/lib" "$prefix/bin" "$prefix/share/applications" "$prefix/share/mime/packages"
rm -rf "$prefix/lib/continuity-app"
cp -a "$here/continuity-app" "$prefix/lib/continuity-app"
ln -sf "$prefix/lib/continuity-app/continuity-app" "$prefix/bin/continuity-app"
cp "$here/continuity-app.desktop" "$prefix/share/applications/"
cp "$here/continuity-app-mime.xml" "$prefix/share/mime/packages/"
for size in 16 32 48 64 128 256 512; do
  dir="$prefix/share/icons/hicolor/${size}x${size}/apps"
  mkdir -p "$dir"
  cp "$here/icons/continuity-app-$size.png" "$dir/continuity-app.png"
done
mkdir -p "$prefix/share/icons/hicolor/scalable/apps"
cp "$here/icons/continuity-app.svg" "$prefix/share/icons/hicolor/scalable/apps/"
command -v update-mime-database >/dev/null && update-mime-database "$prefix/share/mime" || true
command -v update-desktop-database >/dev/null && update-desktop-database "$prefix/share/applications" || true
echo "Installed. Run: $prefix/bin/continuity-app   (or open a .cplan file)"
