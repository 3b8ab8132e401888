#!/usr/bin/env bash
# Lanes under load (Benchmarks/LaneBenchmark): user lookups during a 300-release background sync
# on one client wait less than one slot's time each. Starts the emulator with
# --window 3 --limit 30 --latency 0.02 on loopback, runs the release build, stops the emulator.
# Usage: Benchmarks/lane-benchmark.sh   (about 1 minute; SCRATCH_PATH as for the other benchmarks)
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
scratch="${SCRATCH_PATH:-$root/.build}"
emulator="$root/../shared/tools/discogs-emulator/emulator.py"
[ -f "$emulator" ] || { echo "the emulator is missing: $emulator" >&2; exit 2; }
work="$(mktemp -d)"
python3 "$emulator" --port 0 --port-file "$work/port" --window 3 --limit 30 --latency 0.02 >"$work/emulator.log" 2>&1 &
pid=$!
trap 'kill $pid 2>/dev/null || true; rm -rf "$work"' EXIT
for _ in $(seq 1 100); do [ -s "$work/port" ] && break; sleep 0.1; done
swift build -c release --package-path "$root" --scratch-path "$scratch" --product LaneBenchmark >&2
DISCOGS_BASE_URL="http://127.0.0.1:$(cat "$work/port")" \
    "$(swift build -c release --package-path "$root" --scratch-path "$scratch" --show-bin-path)/LaneBenchmark"
