#!/usr/bin/env bash
# Runs ReadinessBoard's benchmarks (ReadinessBoard.Benchmarks, BenchmarkDotNet) in Release and
# prints BenchmarkDotNet's tables; reports land in BenchmarkDotNet.Artifacts/results/ (git-ignored).
#
#   scripts/benchmark.sh                          every benchmark, BenchmarkDotNet's default job
#   scripts/benchmark.sh --job short              3 warm-up and 3 measured iterations: quicker, less precise
#   scripts/benchmark.sh --filter '*ParseChecklist*'   only the parse benchmarks (replaces the default filter)
#
# Arguments go to BenchmarkDotNet (`--help` lists them); without a --filter of their own, '*' is used.
# The benchmarks run inside the benchmark process (InProcessEmitToolchain, see InProcessConfig.cs),
# with the app's server GC, rather than in a project BenchmarkDotNet would build for each run.
set -euo pipefail
cd "$(dirname "$0")/.."

filter=(--filter '*')
for arg in "$@"; do
  case "$arg" in
    --filter|-f|--filter=*) filter=() ;;
  esac
done

exec dotnet run -c Release --project ReadinessBoard.Benchmarks -- "${filter[@]}" "$@"
