#!/usr/bin/env bash
# Builds Tests/Fixtures/ from the corpus: the landscape 支出总表 page of the Longgang budget,
# turned by /Rotate 90 and 180, for the rotation tests. Needs qpdf.
set -euo pipefail
here=$(cd "$(dirname "$0")/../.." && pwd)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
page=$(pdftotext -layout "$here/Corpus/reports/longgang-2023-budget.pdf" - | awk -v RS='\f' '!found && /支出总表/ && /2010605/ { print NR; found = 1 }')
qpdf --warning-exit-0 --empty --pages "$here/Corpus/reports/longgang-2023-budget.pdf" "$page" -- "$work/page.pdf"
qpdf --warning-exit-0 "$work/page.pdf" --rotate=+90 "$here/Tests/Fixtures/longgang-table-rotated-90.pdf"
qpdf --warning-exit-0 "$work/page.pdf" --rotate=+180 "$here/Tests/Fixtures/longgang-table-rotated-180.pdf"
echo "fixtures from page $page"
