#!/usr/bin/env bash
# Overhead of calling a classifier through the plugin host versus directly (JMH, sample time: p0.50/p0.99
# per call, in µs), then the ratio guarded/direct of the medians. Builds the plugin API, the plugin runtime,
# the patterns plugin and this module, runs the benchmarks and writes bench/results/plugin-jmh-<date>.txt.
# Usage: bench/plugin-jmh/run.sh [extra JMH options, e.g. a benchmark name regex]
#        SKIP_BUILD=1 ...   reuses the modules already installed in ~/.m2
#        TIMING="-wi 1 -w 1s -i 1 -r 1s" ...   other iteration settings (JMH refuses an option given twice)
# About 2 minutes on 2 cores: 4 benchmarks x (3 x 3 s warm-up + 5 x 4 s measurement), one fork each.
set -euo pipefail
HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
ROOT="$(cd "$HERE/../.." && pwd)"
RESULTS="$ROOT/bench/results"
OUT="$RESULTS/plugin-jmh-$(date +%Y-%m-%d).txt"
mkdir -p "$RESULTS"

if [ "${SKIP_BUILD:-0}" != 1 ]; then
  (cd "$ROOT" && mvn -B -ntp -q install -DskipTests \
    -pl plugin-api/api,platform/plugin-runtime,plugins/classifier-patterns -am)
fi
(cd "$HERE" && mvn -B -ntp -q package)

csv="$(mktemp)"
trap 'rm -f "$csv"' EXIT
{
  echo "# custodian plugin call overhead benchmark, $(date -u +%Y-%m-%dT%H:%M:%SZ)"
  echo "# machine: $(nproc) cores, load average $(cut -d' ' -f1-3 /proc/loadavg 2>/dev/null || echo '?')"
  echo "# java: $(java -version 2>&1 | head -n 1)"
} > "$OUT"
# -t 1: one calling thread, so the figure is one call's latency (plus the guard's own worker thread).
# shellcheck disable=SC2086 # TIMING is a list of options. LC_ALL=C: decimal points in the CSV.
LC_ALL=C java -jar "$HERE/target/benchmarks.jar" -f 1 -t 1 ${TIMING:--wi 3 -w 3s -i 5 -r 4s} -bm sample -tu us \
  -rf csv -rff "$csv" "$@" 2>&1 | tee -a "$OUT"

# The medians (p0.50 rows of the CSV) of each direct/guarded pair: ratio, and the difference in µs.
LC_ALL=C awk -F, '
  { gsub(/"/, "") }
  $1 ~ /:p0\.50$/ {
    name = $1; sub(/:p0\.50$/, "", name); sub(/.*\./, "", name)
    p50[name] = $5
  }
  END {
    print ""
    print "median per call, guarded (through the plugin host) vs direct:"
    n = split("patterns constant", pairs, " ")
    for (i = 1; i <= n; i++) {
      d = p50[pairs[i] "Direct"]; g = p50[pairs[i] "Guarded"]
      if (d == "" || g == "") continue
      printf "  %-9s direct %8.3f us  guarded %8.3f us  ratio guarded/direct %7.2f  overhead %+8.3f us\n",
        pairs[i], d, g, (d > 0 ? g / d : 0), g - d
    }
  }' "$csv" | tee -a "$OUT"
echo "results: $OUT"
