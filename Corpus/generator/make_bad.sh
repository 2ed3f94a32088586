#!/usr/bin/env bash
# Builds Corpus/bad/ from Corpus/reports/: each file is one kind of bad input the tool must
# reject with a clear message (see Corpus/bad/README.md). Needs qpdf, pdftoppm and python3.
set -euo pipefail
here=$(cd "$(dirname "$0")/.." && pwd)
source="$here/reports/longgang-2023-budget.pdf"
out="$here/bad"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
mkdir -p "$out"

printf '深圳市龙岗区财政国库支付中心 2023 年部门预算（这是文本文件，不是 PDF）\n' > "$out/not-a-pdf.pdf"
: > "$out/empty.pdf"
size=$(stat -c %s "$source")
head -c $((size * 2 / 5)) "$source" > "$out/truncated.pdf"
qpdf --warning-exit-0 --empty --pages "$source" 1-2 -- "$work/two-pages.pdf"
qpdf --warning-exit-0 --encrypt budgetbench owner-secret 256 -- "$work/two-pages.pdf" "$out/encrypted.pdf"
pdftoppm -r 100 -jpeg -singlefile -f 9 -l 9 "$source" "$work/scan"
python3 "$here/generator/image_pdf.py" "$work/scan.jpg" "$out/image-only.pdf"
