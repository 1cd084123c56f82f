#!/usr/bin/env bash
# The Excel annex as LibreOffice reads it (docs/excel.md): evaluates once as xlsx
# and once as JSON, converts every sheet of the workbook to CSV with one headless
# LibreOffice start (its own profile, so tests run in parallel), and compares the
# values with compare_xlsx.py. Fails when LibreOffice is missing: the point of the
# test is that a real spreadsheet opens the file.
#   check_xlsx.sh CHISO NAME PLACES LANG EVAL-ARGUMENTS…
set -euo pipefail
chiso="$1" name="$2" places="$3" lang="$4"
shift 4
here=$(cd "$(dirname "$0")" && pwd)
if ! command -v soffice >/dev/null; then
  echo "soffice not found: install LibreOffice (apt-get install libreoffice-calc-nogui, see scripts/deps.sh)"
  exit 1
fi
work=$(mktemp -d "${TMPDIR:-/tmp}/chiso-xlsx-$name.XXXXXX")
trap 'rm -rf "$work"' EXIT

"$chiso" eval "$@" --lang "$lang" --format xlsx -o "$work/$name.xlsx"
"$chiso" eval "$@" --format json -o "$work/$name.json"

# CSV filter options: comma, double quote, UTF-8 (76), from line 1, default cell
# formats, language, not quoted as text, detect special numbers, raw values rather
# than as shown (false), no formulas, no trimming, every sheet (-1: one file each).
filter='csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,false,false,false,-1'
if ! timeout 180 soffice "-env:UserInstallation=file://$work/profile" --headless --norestore \
      --convert-to "$filter" --outdir "$work/csv" "$work/$name.xlsx" >"$work/soffice.log" 2>&1; then
  echo "LibreOffice could not convert $name.xlsx:"; cat "$work/soffice.log"; exit 1
fi
python3 "$here/compare_xlsx.py" --json "$work/$name.json" --csv-dir "$work/csv" --places "$places" --lang "$lang"
