#!/usr/bin/env bash
# Time from `bin/karaf server` to /api/v1/health answering 200 (UP), fresh and on restart, and the
# resident memory of the JVM 20 s after it is up. Usage: bench/startup.sh [runs=5]
source "$(dirname "$0")/lib.sh"
require_archive
runs="${1:-5}"
fresh=(); again=(); rss=()
for i in $(seq 1 "$runs"); do
  dir="$WORK/startup"
  unpack "$dir"
  t0=$(date +%s%N); start "$dir"; wait_up > /dev/null
  fresh+=("$(echo "scale=2; ($(date +%s%N) - $t0) / 1000000000" | bc)")
  sleep 20  # idle period before reading RSS: the figure is "resident memory after start"
  rss+=("$(awk '/VmRSS/ {print int($2/1024)}' /proc/"$(java_pid "$dir")"/status)")
  stop "$dir"
  t0=$(date +%s%N); start "$dir"; wait_up > /dev/null
  again+=("$(echo "scale=2; ($(date +%s%N) - $t0) / 1000000000" | bc)")
  stop "$dir"
  echo "run $i: fresh ${fresh[-1]} s, restart ${again[-1]} s, RSS ${rss[-1]} MB"
done
echo "median fresh start to health UP: $(printf '%s\n' "${fresh[@]}" | median) s"
echo "median restart to health UP:     $(printf '%s\n' "${again[@]}" | median) s"
echo "median RSS 20 s after start:     $(printf '%s\n' "${rss[@]}" | median) MB (heap cap: JAVA_MAX_MEM in bin/setenv)"
echo "distribution: $(du -m "$ARCHIVE" | cut -f1) MB tar.gz, $(du -sm "$dir" | cut -f1) MB unpacked (after runs), $(ls "$dir/system" -R | grep -c '\.jar$') jars in system/"
