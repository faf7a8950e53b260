#!/usr/bin/env bash
# Installs what the run and test commands need on a fresh Debian machine. Idempotent: it only
# installs what is missing, so it is cheap to call before every run.
set -euo pipefail

need_apt() {
  local missing=()
  for pkg in "$@"; do
    dpkg -s "$pkg" >/dev/null 2>&1 || missing+=("$pkg")
  done
  if [ ${#missing[@]} -gt 0 ]; then
    echo "Memasang paket Debian: ${missing[*]}"
    local sudo=""
    [ "$(id -u)" -eq 0 ] || sudo="sudo"
    $sudo apt-get update -qq
    DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq "${missing[@]}" >/dev/null
  fi
}

if ! command -v dotnet >/dev/null 2>&1; then
  echo "dotnet SDK 10 tidak ditemukan. Pasang .NET SDK 10 (https://dot.net) lalu ulangi." >&2
  exit 1
fi

# The app prints its PDF documents with Chromium; the fonts let Chromium and the charts render text. The tests
# also need a PostgreSQL server (a throwaway cluster per run) and poppler's pdftotext/pdftoppm to read the PDFs.
case "${1:-}" in
  --test) need_apt postgresql chromium fonts-dejavu-core poppler-utils ;;
  *) need_apt chromium fonts-dejavu-core ;;
esac
