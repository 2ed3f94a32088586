#!/usr/bin/env bash
# Builds Tests/Fixtures/ from the corpus: the landscape 支出总表 page of the Longgang budget,
# turned by /Rotate 90 and 180, for the rotation tests; and a page 10^10 pt square with two
# lines near its top left corner, for reading rulings off a page too big to render. Needs qpdf.
set -euo pipefail
here=$(cd "$(dirname "$0")/../.." && pwd)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
page=$(pdftotext -layout "$here/Corpus/reports/longgang-2023-budget.pdf" - | awk -v RS='\f' '!found && /支出总表/ && /2010605/ { print NR; found = 1 }')
qpdf --warning-exit-0 --empty --pages "$here/Corpus/reports/longgang-2023-budget.pdf" "$page" -- "$work/page.pdf"
qpdf --warning-exit-0 "$work/page.pdf" --rotate=+90 "$here/Tests/Fixtures/longgang-table-rotated-90.pdf"
qpdf --warning-exit-0 "$work/page.pdf" --rotate=+180 "$here/Tests/Fixtures/longgang-table-rotated-180.pdf"
# Written without cross-reference offsets; qpdf adds them. PDF numbers have no exponent form.
cat > "$work/huge.pdf" <<'PDF'
%PDF-1.4
1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj
2 0 obj << /Type /Pages /Kids [3 0 R] /Count 1 >> endobj
3 0 obj << /Type /Page /Parent 2 0 R /MediaBox [0 0 10000000000 10000000000] /Contents 4 0 R >> endobj
4 0 obj << /Length 80 >> stream
1 w 0 G 100 9999999900 m 400 9999999900 l S 100 9999999900 m 100 9999999600 l S
endstream endobj
trailer << /Root 1 0 R /Size 5 >>
%%EOF
PDF
qpdf --warning-exit-0 "$work/huge.pdf" "$here/Tests/Fixtures/huge-mediabox.pdf"
echo "fixtures from page $page"
