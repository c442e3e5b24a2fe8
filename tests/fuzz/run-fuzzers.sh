#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
# SPDX-FileCopyrightText: Rapport contributors
#
# Builds the parsers' libFuzzer targets with clang and runs each for SECONDS, starting from the fixtures.
# Exit 0: no crash found; 77: clang or libFuzzer missing (ctest reports the test as skipped).
#   run-fuzzers.sh BUILD_DIR [SECONDS]
set -eu
here=$(cd "$(dirname "$0")" && pwd)
mkdir -p "$1"
build=$(cd "$1" && pwd)
seconds=${2:-20}
command -v clang++ >/dev/null 2>&1 || { echo "clang++ is not installed"; exit 77; }
[ -n "$(find /usr/lib/llvm-*/lib/clang -name 'libclang_rt.fuzzer-x86_64.a' 2>/dev/null | head -n 1)" ] \
  || { echo "libFuzzer (libclang-rt-dev) is not installed"; exit 77; }
# The build's output is kept and shown only when it fails (a fuzzer that cannot be built is a failure with a reason).
if ! { CXX=clang++ cmake -S "$here" -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo && cmake --build "$build"; } \
    >"$build/build.log" 2>&1; then
  tail -n 40 "$build/build.log"
  exit 1
fi
status=0
for target in FuzzCsv FuzzVCard FuzzICalendar; do
  case $target in
    FuzzCsv) seeds="$here/../data/csv" ;;
    FuzzVCard) seeds="$here/../data/vcard" ;;
    FuzzICalendar) seeds="$here/../data/ical" ;;
  esac
  corpus="$build/corpus-$target"
  mkdir -p "$corpus"
  echo "== $target for ${seconds}s"
  log="$build/$target.log"
  if (cd "$build" && ASAN_OPTIONS=detect_leaks=0 "./$target" -max_total_time="$seconds" -max_len=65536 \
        -timeout=10 -rss_limit_mb=2048 -print_final_stats=1 "$corpus" "$seeds" >"$log" 2>&1); then
    grep -E "^stat::number_of_executed_units|^stat::new_units_added|DONE" "$log" || true
  else
    status=1
    tail -n 40 "$log"
  fi
done
exit $status
