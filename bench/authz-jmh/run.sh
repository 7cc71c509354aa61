#!/usr/bin/env bash
# Decision latency of the authorisation engine (JMH, sample time: p0.50/p0.99 per call).
# Builds platform/authz and this module, runs the benchmarks and writes bench/results/authz-<date>.txt.
# Usage: bench/authz-jmh/run.sh [extra JMH options, e.g. a benchmark name regex]
# About 2 minutes on 2 cores: 4 benchmarks x (3 x 2 s warm-up + 5 x 3 s measurement), one fork each.
set -euo pipefail
HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
ROOT="$(cd "$HERE/../.." && pwd)"
RESULTS="$ROOT/bench/results"
OUT="$RESULTS/authz-$(date +%Y-%m-%d).txt"
mkdir -p "$RESULTS"

(cd "$ROOT/platform/authz" && mvn -B -ntp -q install -DskipTests)
(cd "$HERE" && mvn -B -ntp -q package)

{
  echo "# custodian authz engine benchmark, $(date -u +%Y-%m-%dT%H:%M:%SZ)"
  echo "# machine: $(nproc) cores, load average $(cut -d' ' -f1-3 /proc/loadavg 2>/dev/null || echo '?')"
  echo "# java: $(java -version 2>&1 | head -n 1)"
} > "$OUT"
# -t 1: one thread, so the latency is a single decision's, not contention on 2 shared cores.
java -jar "$HERE/target/benchmarks.jar" -f 1 -t 1 -wi 3 -w 2s -i 5 -r 3s -bm sample -tu us "$@" 2>&1 | tee -a "$OUT"
echo "results: $OUT"
