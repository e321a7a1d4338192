#!/bin/sh
# Every performance figure of docs/performance.md in one run, on a quiet machine:
#   bi-bench/run-all.sh            (from the repository root or from bi-bench)
# Writes bi-bench/target/results/: jmh.json and jmh.txt (JMH with -prof gc), tables.md (the ratio
# tables, needs python3), http.md (HttpLoad) and load.txt (MixedVersionLoadTest with -Pload), and
# the machine's load before and after each part. About 15 minutes.
set -eu
cd "$(dirname "$0")/.."
out=bi-bench/target/results
load() { echo "$1: $(uptime)" | tee -a "$out/machine.txt"; }

./mvnw -B -q -pl bi-bench -am package -DskipTests
mkdir -p "$out"
: > "$out/machine.txt"
echo "nproc $(nproc); $(java -version 2>&1 | head -1)" | tee -a "$out/machine.txt"

load "before JMH"
java -jar bi-bench/target/benchmarks.jar -prof gc -rf json -rff "$out/jmh.json" "$@" | tee "$out/jmh.txt"
load "after JMH"
if command -v python3 >/dev/null; then
  python3 bi-bench/tables.py "$out/jmh.json" | tee "$out/tables.md"
fi

load "before HttpLoad"
java -cp bi-bench/target/benchmarks.jar io.lorawanbi.bench.HttpLoad 10 2>/dev/null | tee "$out/http.md"
load "after HttpLoad"

load "before the load test"
./mvnw -B -Pload -pl bi-server-jetty -am test -Dtest=MixedVersionLoadTest -Dsurefire.failIfNoSpecifiedTests=false \
  | grep -E "MixedVersionLoadTest:|Tests run:|BUILD" | tee "$out/load.txt"
load "after the load test"
