#!/usr/bin/env bash
# Size and `--help` start-up of the two `discogs` builds: the usual release build (Swift runtime
# linked dynamically, from the toolchain) and Scripts/build-static-cli.sh's (runtime linked in).
#
# Usage: Benchmarks/binary-benchmark.sh [RUNS]    (default 30 runs each; about 3 minutes to build)
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
runs="${1:-30}"
swift build -c release --product discogs --package-path "$root" >&2
dynamic="$(swift build -c release --package-path "$root" --show-bin-path)/discogs"
static="$(bash "$root/Scripts/build-static-cli.sh")"
python3 - "$runs" "$dynamic" "$static" <<'PY'
import os, statistics, subprocess, sys, time
runs = int(sys.argv[1])
for name, binary in (("dynamic (swift build -c release)", sys.argv[2]), ("static (Scripts/build-static-cli.sh)", sys.argv[3])):
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        subprocess.run([binary, "--help"], stdout=subprocess.DEVNULL, check=True)
        times.append((time.perf_counter() - start) * 1000)
    swift_libs = subprocess.run(["ldd", binary], capture_output=True, text=True).stdout.count("libswift")
    print(f"{name}: {os.path.getsize(binary) / 1e6:.1f} MB, --help median {statistics.median(times):.1f} ms "
          f"(min {min(times):.1f}, max {max(times):.1f}, {runs} runs), Swift libraries linked: {swift_libs}")
PY
