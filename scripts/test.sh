#!/usr/bin/env bash
# Runs the whole test suite: build with warnings as errors, format check, every test project.
# Ends with the line "N passed, N failed, N skipped" summed from the test results.
set -uo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh --test || exit 1

# A throwaway PostgreSQL cluster on 127.0.0.1: the data tests run on it as well as on SQLite.
pgdir=$(mktemp -d /tmp/sakip-pg.XXXXXX)
pgport=$((55000 + RANDOM % 5000))
trap 'scripts/postgres.sh stop "$pgdir"' EXIT
SAKIP_TEST_POSTGRES=$(scripts/postgres.sh start "$pgdir" "$pgport") || { echo "PostgreSQL gagal dijalankan." >&2; exit 1; }
export SAKIP_TEST_POSTGRES
# Each test host would watch its configuration files for changes, one inotify instance each; the web tests start many
# hosts and the default per-user limit (128) runs out on a busy machine. Tests never change configuration on disk.
export DOTNET_hostBuilder__reloadConfigOnChange=false

results=artifacts/test-results
rm -rf "$results"
mkdir -p "$results"

echo "== build"
dotnet build Sakip.sln -c Release -nologo -clp:ErrorsOnly || exit 1

echo "== format"
dotnet format Sakip.sln --verify-no-changes --no-restore || { echo "dotnet format menemukan perubahan; jalankan 'dotnet format'." >&2; exit 1; }

status=0
for project in tests/*/*.csproj; do
  name=$(basename "$project" .csproj)
  echo "== $name"
  dotnet test "$project" -c Release --no-build -nologo \
    --logger "trx;LogFileName=$name.trx" --results-directory "$results" || status=1
done

sum() { grep -ho "$1=\"[0-9]*\"" "$results"/*.trx 2>/dev/null | grep -o '[0-9]*' | awk '{s+=$1} END {print s+0}'; }
passed=$(sum passed)
failed=$(sum failed)
skipped=$(sum notExecuted)
if [ "$passed" -eq 0 ]; then
  echo "Tidak ada test yang dijalankan." >&2
  status=1
fi
echo "$passed passed, $failed failed, $skipped skipped"
exit $status
