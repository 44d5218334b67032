#!/usr/bin/env bash
# Fuzzes the HTTP request parser with libFuzzer for a bounded time.
#   scripts/fuzz-http-parser.sh [seconds]      (default 60)
# Seeds come from Tests/Fuzz/corpus (left untouched); new inputs go to a temporary corpus.
# A crashing input is saved under .build-fuzz/artifacts/ and the script fails.
set -euo pipefail
seconds="${1:-60}"
cd "$(dirname "$0")/.."
# The sanitizer runtime makes ld.gold print one harmless line per ASan symbol: filtered.
TALENTS_FUZZ=1 swift build --scratch-path .build-fuzz --product HTTPParserFuzz \
  --sanitize=fuzzer -Xswiftc -sanitize=fuzzer,address 2>&1 | { grep -v "Cannot export local symbol" || true; }
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
mkdir -p .build-fuzz/artifacts
# SWIFT_BACKTRACE=enable=no: the Swift backtracer otherwise trips AddressSanitizer.
SWIFT_BACKTRACE=enable=no .build-fuzz/debug/HTTPParserFuzz -max_total_time="$seconds" -max_len=2048 \
  -artifact_prefix=.build-fuzz/artifacts/ -print_final_stats=1 "$work" Tests/Fuzz/corpus
