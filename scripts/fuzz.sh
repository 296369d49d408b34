#!/usr/bin/env bash
# `make fuzz`: libFuzzer over the JSON and CSV loaders (Sources/schooldash-fuzz), seeded with
# every sample. Runs FUZZ_SECONDS (default 180); findings (crash-*, timeout-*, oom-*) land in
# .build-fuzz/findings. Turn each one into a regression fixture under
# Tests/SchoolMetricsTests/Fixtures/fuzz/ once it is fixed (MutationTests replays them).
set -euo pipefail
cd "$(dirname "$0")/.."
seconds="${FUZZ_SECONDS:-180}"
# Built with swiftc directly: SwiftPM gives executables a main of its own, which clashes with
# libFuzzer's. The library is instrumented for coverage as well.
mkdir -p .build-fuzz
swiftc -O -sanitize=fuzzer -parse-as-library -module-name SchoolMetrics -emit-library -static \
    -emit-module -emit-module-path .build-fuzz/SchoolMetrics.swiftmodule \
    -o .build-fuzz/libSchoolMetrics.a $(find Sources/SchoolMetrics -name '*.swift')
swiftc -O -sanitize=fuzzer -parse-as-library -D FUZZING -I .build-fuzz -L .build-fuzz -lSchoolMetrics \
    -o .build-fuzz/schooldash-fuzz Sources/schooldash-fuzz/FuzzTarget.swift
corpus=.build-fuzz/corpus
mkdir -p "$corpus" .build-fuzz/findings
# The first byte picks the kind of file: even (0) JSON, odd (1) CSV.
for file in Samples/demo/json/*.json Samples/seeds/*.json; do
    { printf '0'; cat "$file"; } > "$corpus/json-$(basename "$file")"
done
for file in Samples/demo/csv/*.csv; do
    { printf '1'; cat "$file"; } > "$corpus/csv-$(basename "$file")"
done
cp Tests/SchoolMetricsTests/Fixtures/fuzz/* "$corpus/" 2>/dev/null || true
.build-fuzz/schooldash-fuzz "$corpus" -max_total_time="$seconds" -max_len=131072 -timeout=10 \
    -rss_limit_mb=2048 -artifact_prefix=.build-fuzz/findings/ -print_final_stats=1
