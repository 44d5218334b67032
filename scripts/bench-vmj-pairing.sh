#!/usr/bin/env bash
# Times the Vis mon job pairing (StableMatching.pair) on a seeded random instance:
#   scripts/bench-vmj-pairing.sh [students=20000] [ambassadors=3000]
# Compiles the Domain sources with scripts/bench-vmj-pairing/main.swift into one optimised
# executable (no package target: a benchmark is a script, not a test), runs the pairing five
# times and prints each run and the median. Figures: docs/performance.md, "Vis mon job pairing".
set -euo pipefail
REPO=$(cd "$(dirname "$0")/.." && pwd)
OUT=${OUT:-/tmp/talents-bench-vmj}
mkdir -p "$OUT"
find "$REPO/Modules/Domain" -name '*.swift' -print0 | xargs -0 swiftc -O -swift-version 6 \
  -enable-upcoming-feature ExistentialAny -enable-upcoming-feature InternalImportsByDefault \
  -enable-upcoming-feature MemberImportVisibility -module-name VMJBench \
  "$REPO/scripts/bench-vmj-pairing/main.swift" -o "$OUT/bench-vmj-pairing"
"$OUT/bench-vmj-pairing" "${1:-20000}" "${2:-3000}"
