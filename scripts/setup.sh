#!/usr/bin/env bash
# Installs the system packages BudgetBench builds and tests with, if any is missing.
set -euo pipefail
packages=(pkg-config libpoppler-glib-dev libxlsxwriter-dev libsqlite3-dev poppler-utils unzip)
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
