#!/usr/bin/env bash
# Builds a `discogs` that runs on a Linux machine without Swift: the Swift runtime and Foundation
# linked in (--static-swift-stdlib); it needs only the C library and libcurl (which every
# distribution with FoundationNetworking has), checked with ldd.
#
# Usage: Scripts/build-static-cli.sh [OUTPUT]     (default OUTPUT: .build-static/discogs)
# Env:   SCRATCH_PATH  build directory (default .build-static, apart from the usual .build)
#
# Static Foundation links libcurl by its development name (libcurl.so). Where only the runtime
# library (libcurl.so.4) is installed, as on a machine with just the Swift toolchain, the script
# points the linker at it through a temporary folder instead of asking for libcurl's -dev package.
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
scratch="${SCRATCH_PATH:-$root/.build-static}"
output="${1:-$root/.build-static/discogs}"

link_args=()
if ! ldconfig -p 2>/dev/null | grep -q 'libcurl\.so '; then
    runtime="$(ldconfig -p 2>/dev/null | awk '/libcurl\.so\.4 / && /x86-64|aarch64|AArch64/ { print $NF; exit }')"
    [ -n "$runtime" ] || runtime="$(ldconfig -p 2>/dev/null | awk '/libcurl\.so\.4 / { print $NF; exit }')"
    [ -n "$runtime" ] || { echo "libcurl.so.4 is not installed (FoundationNetworking needs it)" >&2; exit 1; }
    links="$(mktemp -d)"
    trap 'rm -rf "$links"' EXIT
    ln -s "$runtime" "$links/libcurl.so"
    link_args=(-Xlinker -L"$links")
fi

swift build -c release --static-swift-stdlib --product discogs --package-path "$root" \
    --scratch-path "$scratch" "${link_args[@]}" >&2
built="$(swift build -c release --static-swift-stdlib --package-path "$root" --scratch-path "$scratch" --show-bin-path)/discogs"
mkdir -p "$(dirname "$output")"
cp "$built" "$output"
if ldd "$output" | grep -Ei 'libswift|libFoundation|libdispatch|libBlocksRuntime'; then
    echo "$output still links Swift libraries dynamically (above)" >&2
    exit 1
fi
echo "$output"
