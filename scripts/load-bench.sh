#!/usr/bin/env bash
# The load benchmark of docs/load-benchmark.md, end to end: a throwaway PostgreSQL cluster on 127.0.0.1, a
# national-scale dataset (1 + 500 pemda × 41 units), the web app in Release, 50 signed-in users against the
# dashboard, the capaian API, /sehat, the dashboards of random units (first views) and
# saving realisations. Prints the Markdown table and keeps it in artifacts/load-benchmark.md.
# Everything it started is stopped on exit, also on failure. Not part of the test suite (scripts/test.sh).
#   scripts/load-bench.sh [--seconds 30] [--warmup 5] [--users 50] [--year 2024] [--scenarios ABCDE]   (options of the run step)
#   LOAD_PREPARE="--pemda 50" scripts/load-bench.sh                                 (a smaller dataset)
set -euo pipefail
cd "$(dirname "$0")/.."

work=$(mktemp -d /tmp/sakip-load.XXXXXX)
pgdir=$(mktemp -d /tmp/sakip-load-pg.XXXXXX)
app_pid=""
cleanup() {
  if [ -n "$app_pid" ]; then kill "$app_pid" 2>/dev/null || true; wait "$app_pid" 2>/dev/null || true; fi
  scripts/postgres.sh stop "$pgdir"
  rm -rf "$work"
}
trap cleanup EXIT
trap 'exit 130' INT TERM

echo "== build (Release)" >&2
dotnet build src/Sakip.Web -c Release -nologo -v quiet -clp:ErrorsOnly >&2
dotnet build bench/Sakip.LoadDriver -c Release -nologo -v quiet -clp:ErrorsOnly >&2
driver=(dotnet bench/Sakip.LoadDriver/bin/Release/net10.0/Sakip.LoadDriver.dll)

echo "== PostgreSQL" >&2
pgport=$((56000 + RANDOM % 2000))
server=$(scripts/postgres.sh start "$pgdir" "$pgport")
database=${server/Database=postgres/Database=sakip_load}

echo "== dataset" >&2
# shellcheck disable=SC2086 # LOAD_PREPARE is a list of options
timeout 900 "${driver[@]}" prepare --postgres "$server" --database sakip_load ${LOAD_PREPARE:-} >&2

echo "== web app" >&2
appport=$((58000 + RANDOM % 2000))
url=http://127.0.0.1:$appport
(cd src/Sakip.Web && Database__Provider=postgres ConnectionStrings__Sakip="$database" SAKIP_DATA_DIR="$work/data" \
  exec dotnet bin/Release/net10.0/Sakip.Web.dll --urls "$url") >"$work/app.log" 2>&1 &
app_pid=$!
for _ in $(seq 120); do
  curl -fs "$url/sehat" >/dev/null 2>&1 && break
  kill -0 "$app_pid" 2>/dev/null || { cat "$work/app.log" >&2; echo "Aplikasi web berhenti." >&2; exit 1; }
  sleep 1
done
curl -fs "$url/sehat" >/dev/null || { tail -50 "$work/app.log" >&2; echo "Aplikasi web tidak menjawab." >&2; exit 1; }

echo "== load" >&2
mkdir -p artifacts
status=0
pgpid=$(head -n 1 "$pgdir/data/postmaster.pid")
timeout 900 "${driver[@]}" run --postgres "$database" --url "$url" --app-pid "$app_pid" --postgres-pid "$pgpid" "$@" | tee artifacts/load-benchmark.md || status=$?
[ "$status" -eq 0 ] || { echo "== last lines of the app log" >&2; tail -30 "$work/app.log" >&2; }
exit "$status"
