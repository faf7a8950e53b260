#!/usr/bin/env bash
# The national-scale package benchmark (issue #2): generates a package with at least 1 million realisation rows
# outside the repository, then measures read + validate and capaian in fresh processes. Not part of the tests.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh
dotnet build bench/Sakip.Benchmarks -c Release -nologo -v quiet -clp:ErrorsOnly
exec dotnet run -c Release --no-build --project bench/Sakip.Benchmarks -- --out "${TMPDIR:-/tmp}/sakip-bench" "$@"
