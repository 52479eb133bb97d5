#!/usr/bin/env bash
# Qt Linguist workflow: refresh the .ts sources from the code (scripts/lupdate.sh), then compile
# them to .qm with the running binding's lrelease.
#   scripts/update_translations.sh          update every language
#   scripts/update_translations.sh ar       update one language (for a translator)
set -euo pipefail
cd "$(dirname "$0")/.."
bin="${VENV:-.venv}/bin"
if (($#)); then
  languages=("$@")
else  # every shipped language: one .ts file each
  mapfile -t languages < <(find resources/i18n -maxdepth 1 -name 'continuity_app_*.ts' \
    | sed 's|.*/continuity_app_||; s|\.ts$||' | sort)
fi
mapfile -t sources < <(find continuity_app -name '*.py' | sort)
for language in "${languages[@]}"; do
  ts="resources/i18n/continuity_app_${language}.ts"
  scripts/lupdate.sh -no-obsolete -locations relative "${sources[@]}" -target-language "$language" -ts "$ts"
  # written aside, then moved into place: a running window maps the .qm file, and rewriting
  # it in place crashed one (SIGBUS) while translations were being updated
  qm="resources/i18n/continuity_app_${language}.qm"
  "$bin/pyside6-lrelease" -silent "$ts" -qm "$qm.new"
  mv -f "$qm.new" "$qm"
done
