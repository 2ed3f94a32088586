#!/usr/bin/env bash
# Installs what BudgetBench builds and tests with, if any of it is missing: the Debian packages
# (PostgreSQL among them, for its tests), and a Python virtualenv (.venv) with openpyxl, pdfplumber
# and jsonschema for the tests that open the workbook, measure its printed pages and validate the
# exports. `BUDGETBENCH_FORMS=1 scripts/setup.sh` adds what `make corpus-forms` renders with
# (python-docx, WeasyPrint, ReportLab, LibreOffice Writer); the tests read the committed PDFs and need none of it.
set -euo pipefail
packages=(pkg-config libpoppler-glib-dev libpoppler-private-dev libxlsxwriter-dev libsqlite3-dev poppler-utils unzip python3-venv)
# PostgreSQL's server and psql, for the tests of the PostgreSQL store (scripts/with-postgres.sh).
packages+=(postgresql postgresql-client)
if [ "${BUDGETBENCH_WORKBOOK_CHECKS:-1}" = 1 ]; then
  # LibreOffice opens the workbook in the tests and renders it for `make demo-render`; Carlito
  # has Calibri's metrics, so columns print as wide as in Excel.
  packages+=(libreoffice-calc-nogui fonts-noto-cjk fonts-crosextra-carlito)
fi
if [ "${BUDGETBENCH_FORMS:-0}" = 1 ]; then
  packages+=(libreoffice-writer-nogui libreoffice-calc-nogui fonts-noto-cjk libpango-1.0-0 libpangoft2-1.0-0)
fi
missing=()
for package in "${packages[@]}"; do
  dpkg -s "$package" >/dev/null 2>&1 || missing+=("$package")
done
if [ ${#missing[@]} -gt 0 ]; then
  echo "installing: ${missing[*]}"
  sudo=""
  [ "$(id -u)" -eq 0 ] || sudo="sudo"
  $sudo apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends "${missing[@]}"
fi
command -v swift >/dev/null || { echo "swift is not on PATH (expected e.g. /opt/swift/usr/bin)" >&2; exit 1; }
if ! .venv/bin/python -c 'import openpyxl, pdfplumber, jsonschema' 2>/dev/null; then
  [ -x .venv/bin/python ] || python3 -m venv .venv
  .venv/bin/pip install --quiet openpyxl pdfplumber jsonschema
fi
if [ "${BUDGETBENCH_FORMS:-0}" = 1 ] && ! .venv/bin/python -c 'import docx, weasyprint, reportlab' 2>/dev/null; then
  .venv/bin/pip install --quiet python-docx weasyprint reportlab
fi
