#!/usr/bin/env bash
# Renders a workbook through LibreOffice: WORKBOOK.pdf, then one PNG per page (page-1.png is the
# Overview), and prints per sheet its pages and smallest printed body and header text.
set -euo pipefail
workbook=$1
folder=$2
command -v soffice >/dev/null || { echo "LibreOffice (soffice) is not installed: make setup" >&2; exit 1; }
rm -rf "$folder"
mkdir -p "$folder"
# A private profile, so a running LibreOffice or a first-start dialog cannot block the conversion.
profile=$(mktemp -d)
trap 'rm -rf "$profile"' EXIT
timeout 180 soffice -env:UserInstallation=file://"$profile" --headless --convert-to pdf --outdir "$folder" "$workbook" >/dev/null
pdf="$folder/$(basename "${workbook%.*}").pdf"
pdftoppm -png -r 110 "$pdf" "$folder/page"
echo "rendered $(ls "$folder"/page-*.png | wc -l) pages of $workbook into $folder (Overview: $(ls "$folder"/page-*.png | head -1))"
if [ -x .venv/bin/python ] && .venv/bin/python -c 'import pdfplumber' 2>/dev/null; then
  .venv/bin/python Tests/Scripts/measure_print.py "$pdf" --summary
fi
