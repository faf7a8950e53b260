#!/usr/bin/env bash
# Runs the Sakip web app on the embedded SQLite database in ./data (SAKIP_DATA_DIR). On first start the
# database is created and the example agency (Setda Prov. Kalimantan Timur 2021) and demo accounts are loaded.
# The address: SAKIP_URLS=http://localhost:8080 ./scripts/run.sh, or ./scripts/run.sh --urls http://0.0.0.0:8080.
# Extra arguments go to the app, e.g. --no-demo.
# Each long step says what it does first: the first build takes minutes and must not look like a hang.
set -euo pipefail
cd "$(dirname "$0")/.."

step() { echo "Sakip: $*"; }

step "memeriksa paket yang dibutuhkan..."
scripts/setup.sh
export SAKIP_DATA_DIR=${SAKIP_DATA_DIR:-$PWD/data}
urls=${SAKIP_URLS:-http://localhost:5080}
previous=""
demo=" dan memuat data demo"
for arg in "$@"; do
  [ "$arg" = "--no-demo" ] && demo=""
  # The last --urls wins in the app as well, so the address announced below is the one it listens on.
  [ "$previous" = "--urls" ] && urls=$arg
  case "$arg" in --urls=*) urls=${arg#--urls=} ;; esac
  previous=$arg
done

dll=src/Sakip.Web/bin/Release/net10.0/Sakip.Web.dll
first=""
[ -f "$dll" ] || first=" (pertama kali dapat memakan beberapa menit)"
log=$(mktemp)
trap 'rm -f "$log"' EXIT

step "memulihkan pustaka NuGet$first..."
if ! dotnet restore src/Sakip.Web -nologo -v quiet >"$log" 2>&1; then
  cat "$log" >&2
  exit 1
fi

# The build stays quiet (its output only on failure); a dot every few seconds shows it is still working.
printf 'Sakip: membangun aplikasi%s' "$first"
dotnet build src/Sakip.Web -c Release -nologo -v quiet -clp:ErrorsOnly --no-restore >"$log" 2>&1 &
build=$!
while kill -0 "$build" 2>/dev/null; do
  printf '.'
  sleep 3
done
if ! wait "$build"; then
  echo " gagal:"
  cat "$log" >&2
  exit 1
fi
echo " selesai."

if [ -f "$SAKIP_DATA_DIR/sakip.db" ]; then
  step "menyiapkan basis data di $SAKIP_DATA_DIR (migrasi bila ada)..."
else
  step "membuat basis data di $SAKIP_DATA_DIR$demo (sekali saja)..."
fi
step "memulai di $urls (alamat lain: SAKIP_URLS=http://localhost:8080 ./scripts/run.sh); Ctrl+C untuk berhenti."
cd src/Sakip.Web
exec dotnet bin/Release/net10.0/Sakip.Web.dll --urls "${SAKIP_URLS:-http://localhost:5080}" "$@"
