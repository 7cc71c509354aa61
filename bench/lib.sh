# Shared helpers for the kernel benchmarks: unpack, start, wait for health, stop.
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
VERSION=$(sed -n 's:.*<version>\(.*\)</version>.*:\1:p' "$ROOT/pom.xml" | head -n 1)
ARCHIVE="$ROOT/assembly/target/custodian-assembly-$VERSION.tar.gz"
PORT="${BENCH_PORT:-18481}"
WORK="${BENCH_WORK:-$ROOT/bench/target}"

require_archive() {
  [ -f "$ARCHIVE" ] || { echo "Build first: mvn -q install -DskipTests" >&2; exit 1; }
}

# unpack DIR: a fresh distribution on the bench port (ssh/rmi moved too)
unpack() {
  rm -rf "$1"; mkdir -p "$1"
  tar -xzf "$ARCHIVE" -C "$1" --strip-components=1
  sed -i "s/^org.osgi.service.http.port = .*/org.osgi.service.http.port = $PORT/" "$1/etc/org.ops4j.pax.web.cfg"
  sed -i "s/^sshPort = .*/sshPort = 18501/" "$1/etc/org.apache.karaf.shell.cfg"
  # JMX is not a boot feature any more; move its ports only if someone added it back.
  if [ -f "$1/etc/org.apache.karaf.management.cfg" ]; then
    sed -i "s/^rmiRegistryPort = .*/rmiRegistryPort = 11499/; s/^rmiServerPort = .*/rmiServerPort = 44844/" \
      "$1/etc/org.apache.karaf.management.cfg"
  fi
}

# admin_token DIR: replaces the one-time admin password and prints a session token of admin
admin_token() {
  local api="http://127.0.0.1:$PORT/api/v1" otp new token
  otp=$(cat "$1/data/custodian/initial-admin-password")
  new="bench-$(head -c 12 /dev/urandom | base64 | tr -dc 'A-Za-z0-9')"
  token=$(curl -sf -X POST "$api/auth/login" -H 'Content-Type: application/json' \
    -d "{\"username\":\"admin\",\"password\":\"$otp\"}" | sed -n 's/.*"token":"\([^"]*\)".*/\1/p')
  curl -sf -o /dev/null -X POST "$api/auth/password" -H "Authorization: Bearer $token" \
    -H 'Content-Type: application/json' -d "{\"oldPassword\":\"$otp\",\"newPassword\":\"$new\"}"
  echo "$token"
}

# start DIR: launches bin/karaf server, sets KARAF_PID
start() {
  (cd "$1" && exec bin/karaf server > "$1/console.log" 2>&1) &
  KARAF_PID=$!
}

# wait_up: seconds (with ms) until /api/v1/health answers 200, bounded to 180 s
wait_up() {
  local t0; t0=$(date +%s%N)
  local deadline=$(( $(date +%s) + 180 ))
  until [ "$(curl -s -o /dev/null -w '%{http_code}' "http://127.0.0.1:$PORT/api/v1/health")" = 200 ]; do
    [ "$(date +%s)" -lt "$deadline" ] || { echo "not up within 180 s" >&2; return 1; }
    sleep 0.05
  done
  echo "scale=2; ($(date +%s%N) - $t0) / 1000000000" | bc
}

# java_pid: the JVM under bin/karaf
java_pid() {
  pgrep -f "karaf.base=$1" | head -n 1
}

stop() {
  kill "$KARAF_PID" 2>/dev/null || true
  local jp; jp=$(java_pid "$1" || true)
  [ -n "$jp" ] && kill "$jp" 2>/dev/null || true
  wait "$KARAF_PID" 2>/dev/null || true
  while [ -n "$(java_pid "$1" || true)" ]; do sleep 0.2; done
}

median() { sort -n | awk '{a[NR]=$1} END {if (NR%2) print a[(NR+1)/2]; else print (a[NR/2]+a[NR/2+1])/2}'; }
