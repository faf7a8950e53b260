#!/usr/bin/env bash
# Benchmark of issue #2 (docs/benchmarks.md): generates a national-scale data package under artifacts/ (git-ignored),
# then measures reading + validating it and computing its capaian, each run in a fresh process, and prints the
# figures as Markdown tables. Takes about a minute; not part of the test suite.
# Arguments go to the harness, e.g. scripts/bench.sh --scale 1000000 --runs 3 (see --help).
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh
dotnet run -c Release --project bench/Sakip.Benchmarks -- --out artifacts/bench-package "$@"
