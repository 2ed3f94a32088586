#!/usr/bin/env bash
# Times `budgetbench extract --format text` against `pdftotext -layout` on the same PDFs in
# the same run, round by round, and prints the median of the per-round time ratios.
set -euo pipefail
binary=${BUDGETBENCH:-.build/release/budgetbench}
rounds=${ROUNDS:-5}
mapfile -t files < <(find Corpus/reports ../shared/real -name '*.pdf' 2>/dev/null | sort)
[ ${#files[@]} -gt 0 ] || { echo "no PDFs found" >&2; exit 1; }
command -v pdftotext >/dev/null || { echo "pdftotext is not installed: cannot compare" >&2; exit 1; }
[ -x "$binary" ] || { echo "$binary is not built (make build)" >&2; exit 1; }
pages=0
for file in "${files[@]}"; do
  pages=$((pages + $(pdfinfo "$file" | awk '/^Pages:/ {print $2}')))
done

ours() { "$binary" extract --format text "$1"; }
theirs() { pdftotext -layout "$1" -; }

# Runs one of the two over every file and prints the milliseconds taken.
elapsed() {
  local start end
  start=$(date +%s%N)
  for file in "${files[@]}"; do "$1" "$file" > /dev/null 2>&1; done
  end=$(date +%s%N)
  echo $(((end - start) / 1000000))
}

median() { printf '%s\n' "$@" | sort -g | awk '{ v[NR] = $1 } END { print v[int((NR + 1) / 2)] }'; }

ours_ms=(); theirs_ms=(); ratios=()
for _ in $(seq "$rounds"); do
  a=$(elapsed ours)
  b=$(elapsed theirs)
  ours_ms+=("$a"); theirs_ms+=("$b")
  ratios+=("$(awk -v a="$a" -v b="$b" 'BEGIN { printf "%.3f", a / b }')")
done

echo "| measure | value |"
echo "|---|---|"
echo "| files / pages | ${#files[@]} / $pages |"
echo "| budgetbench extract --format text, median ms | $(median "${ours_ms[@]}") |"
echo "| pdftotext -layout, median ms | $(median "${theirs_ms[@]}") |"
echo "| time ratio budgetbench / pdftotext, median of $rounds paired rounds (target ≤ 1.5) | $(median "${ratios[@]}") |"
