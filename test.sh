#!/usr/bin/env bash
# Runs every test of ReadinessBoard: unit, component, in-process host and browser tests.
# Installs what NuGet cannot bring (Debian's chromium for the browser tests), then runs dotnet test
# and ends with one plain line: "N passed, M failed".
set -uo pipefail
cd "$(dirname "$0")"

if [ ! -x /usr/bin/chromium ] && [ -z "${READINESSBOARD_CHROMIUM:-}" ]; then
  echo "Installing Debian's chromium for the browser tests..."
  sudo=""
  [ "$(id -u)" -ne 0 ] && sudo="sudo"
  $sudo apt-get update -qq && DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq chromium >/dev/null \
    || { echo "Could not install chromium with apt-get." >&2; exit 1; }
fi

results="TestResults"
rm -rf "$results"
dotnet test ReadinessBoard.sln --logger "trx;LogFileName=results.trx" --logger "console;verbosity=normal" \
  --results-directory "$results" "$@"
status=$?

trx=$(find "$results" -name '*.trx' 2>/dev/null | head -n 1)
if [ -n "$trx" ]; then
  counters=$(grep -o '<Counters [^>]*>' "$trx" | head -n 1)
  passed=$(sed -n 's/.* passed="\([0-9]*\)".*/\1/p' <<<"$counters")
  failed=$(sed -n 's/.* failed="\([0-9]*\)".*/\1/p' <<<"$counters")
  echo "${passed:-0} passed, ${failed:-0} failed"
else
  echo "0 passed, 0 failed"
  [ "$status" -eq 0 ] && status=1
fi
exit "$status"
