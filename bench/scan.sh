#!/usr/bin/env bash
# Scan benchmarks on the shipped distribution and its shipped JVM settings (bin/setenv: -Xmx256M), against the
# local PostgreSQL and MariaDB servers loaded by bench/scan-data.sh (run it first).
#
#   samples: each sample database scanned in full with statistics, RUNS times (default 3), each time as a new
#            source so nothing is skipped: bench_pagila, bench_chinook, bench_northwind (PostgreSQL), bench_sakila
#            (MariaDB; the shared folder has Sakila only for MySQL).
#   wide:    bench_wide (10,000 tables x 20 columns): a full metadata scan, with the JVM's used heap sampled every
#            second (jstat); then 10 tables get a new column and the same definition runs again (incremental).
#
# Timed: from the POST .../run to the end of the run's server-sent event stream, which closes right after the
# final event (client side, wall clock). Also reported from the run record: totalMillis (the server's own
# measure), sourceMillis (wall time inside connector calls) and, on PostgreSQL, the database's own active time
# for the scan (pg_stat_database.active_time of the scanned database, before and after), whose ratio to the run's
# total is the "total scan time / time the database spent answering" figure.
# Not timed: server start, login, registering the source and creating the definition.
# Usage: bench/scan.sh [samples|wide|all]   (RUNS=n; BENCH_PORT as in lib.sh)
source "$(dirname "$0")/lib.sh"
require_archive
what="${1:-all}"
runs="${RUNS:-3}"
pg() { psql -X -q -tA -h 127.0.0.1 -p 5432 -U postgres "$@"; }

dir="$WORK/scan"
unpack "$dir"
start "$dir"; wait_up > /dev/null
trap 'stop "$dir"' EXIT
api="http://127.0.0.1:$PORT/api/v1"
token=$(admin_token "$dir")
auth="Authorization: Bearer $token"
json() { curl -sf -H "$auth" -H 'Content-Type: application/json' "$@"; }
field() { sed -n "s/.*\"$1\":\"\\{0,1\\}\\([^\",}]*\\).*/\\1/p" | head -n 1; }
# Installed by the host on the first start: wait until the connectors run.
for type in postgresql mariadb; do
  deadline=$(( $(date +%s) + 120 ))
  until json "$api/datasources/types" | grep -q "\"type\":\"$type\""; do
    [ "$(date +%s)" -lt "$deadline" ] || { echo "connector $type not running" >&2; exit 1; }; sleep 0.5
  done
done

# register NAME TYPE SETTINGS_JSON -> source id
register() {
  json -X POST "$api/datasources" -d "{\"name\":\"$1\",\"type\":\"$2\",\"settings\":$3,\"secrets\":{}}" | field id
}
# define SOURCE LEVEL -> definition id
define() {
  json -X POST "$api/scans/definitions" -d "{\"sourceId\":$1,\"level\":\"$2\"}" | field id
}
active_ms() { # DB -> active_time of that database in ms (PostgreSQL)
  pg -d postgres -c "SELECT pg_stat_clear_snapshot(); SELECT round(active_time) FROM pg_stat_database WHERE datname = '$1'" | tail -n 1
}
# scan DEFINITION -> prints "wall_ms total_ms source_ms status" and leaves the run JSON in $dir/run.json
scan() {
  local t0 run id
  t0=$(date +%s%N)
  run=$(json -X POST "$api/scans/definitions/$1/run")
  id=$(echo "$run" | field id)
  curl -sN -H "$auth" "$api/scans/runs/$id/events" > "$dir/events.txt"
  local wall=$(( ($(date +%s%N) - t0) / 1000000 ))
  json "$api/scans/runs/$id" > "$dir/run.json"
  echo "$wall $(field totalMillis < "$dir/run.json") $(field sourceMillis < "$dir/run.json") $(field status < "$dir/run.json")"
}

samples() {
  echo "| database | tables+views | wall ms (median of $runs) | server total ms | in connector ms | DB active ms | total / DB active |"
  echo "|---|---|---|---|---|---|---|"
  for db in bench_pagila bench_chinook bench_northwind bench_sakila; do
    local walls=() totals=() sources=() actives=() assets=""
    for i in $(seq 1 "$runs"); do
      if [ "$db" = bench_sakila ]; then
        id=$(register "$db-$i-$RANDOM" mariadb "{\"host\":\"127.0.0.1\",\"port\":3306,\"database\":\"$db\",\"user\":\"root\"}")
      else
        id=$(register "$db-$i-$RANDOM" postgresql "{\"host\":\"127.0.0.1\",\"port\":5432,\"database\":\"$db\",\"user\":\"postgres\",\"sslmode\":\"disable\"}")
      fi
      def=$(define "$id" STATISTICS)
      [ "$db" = bench_sakila ] || a0=$(active_ms "$db")
      read -r wall total source status < <(scan "$def")
      [ "$status" = COMPLETED ] || { echo "scan of $db ended $status: $(cat "$dir/run.json")" >&2; exit 1; }
      if [ "$db" != bench_sakila ]; then actives+=($(( $(active_ms "$db") - a0 ))); fi
      walls+=("$wall"); totals+=("$total"); sources+=("$source")
      assets=$(sed -n 's/.*"assetsSeen":\([0-9]*\).*/\1/p' "$dir/run.json")
    done
    local mw mt ms ma ratio
    mw=$(printf '%s\n' "${walls[@]}" | median); mt=$(printf '%s\n' "${totals[@]}" | median)
    ms=$(printf '%s\n' "${sources[@]}" | median)
    if [ ${#actives[@]} -gt 0 ]; then
      ma=$(printf '%s\n' "${actives[@]}" | median); ratio=$(echo "scale=1; $mt / ($ma + 0.0001)" | bc)
    else ma="n/a"; ratio="n/a"; fi
    echo "| $db | $assets | $mw | $mt | $ms | $ma | $ratio |"
  done
}

wide() {
  local jvm; jvm=$(java_pid "$dir")
  id=$(register "bench_wide-$RANDOM" postgresql '{"host":"127.0.0.1","port":5432,"database":"bench_wide","user":"postgres","sslmode":"disable"}')
  def=$(define "$id" METADATA)
  (while kill -0 "$jvm" 2> /dev/null; do jstat -gc "$jvm" | tail -n 1; sleep 1; done) > "$dir/jstat.txt" &
  local sampler=$!
  a0=$(active_ms bench_wide)
  read -r wall total source status < <(scan "$def")
  a1=$(active_ms bench_wide)
  kill "$sampler" 2> /dev/null || true
  [ "$status" = COMPLETED ] || { echo "wide scan ended $status: $(cat "$dir/run.json")" >&2; exit 1; }
  # Used heap = survivor 0 + survivor 1 + eden + old (columns 3, 4, 6, 8 of jstat -gc, in KiB).
  peak=$(awk '{u = $3 + $4 + $6 + $8; if (u > m) m = u} END {printf "%.0f", m / 1024}' "$dir/jstat.txt")
  maxheap=$(grep -o 'Xmx[0-9]*[MmGg]' "$dir/bin/setenv" | head -n 1 || true)
  echo "wide full metadata scan: $(field assetsSeen < "$dir/run.json") tables, wall $wall ms, server total $total ms,"\
       "in connector $source ms, DB active $((a1 - a0)) ms, total / DB active $(echo "scale=1; $total / ($a1 - $a0 + 0.0001)" | bc),"\
       "peak used heap $peak MiB (sampled each second; heap limit ${JAVA_MAX_MEM:-256M} from bin/setenv)"
  for n in $(seq 1 10); do pg -d bench_wide -c "ALTER TABLE wide.t$(printf '%05d' $((n * 997 % 10000 + 1))) ADD COLUMN extra_$RANDOM int"; done
  read -r wall total source status < <(scan "$def")
  echo "wide incremental re-scan after changing 10 tables: wall $wall ms, server total $total ms, status $status,"\
       "counts $(sed -n 's/.*"counts":\({[^}]*}\).*/\1/p' "$dir/run.json")"
}

case "$what" in
  samples) samples ;;
  wide) wide ;;
  all) samples; wide ;;
  *) echo "usage: $0 [samples|wide|all]" >&2; exit 2 ;;
esac
