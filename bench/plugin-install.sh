#!/usr/bin/env bash
# Time to hot-install and start a plugin from a marketplace folder on a running server, median of
# RUNS (default 10). The plugin is the built-in patterns classifier (8 classifiers), signed by a
# publisher the bench creates and trusts.
#
# Timed, from just before the request to the first answer showing the plugin STARTED and running
# (the install answer itself when the host finishes synchronously, else a GET /plugins/patterns poll):
#   POST /api/v1/marketplace/plugins/patterns/install: curl start, HTTP, session token check and
#   permission decision; reading the marketplace's index.json; copying the jar out of the folder;
#   SHA-256 against the index, Ed25519 signature of a trusted publisher, jar inspection (manifest,
#   services, entry names and sizes), platform range; keeping the jar under data/; the database
#   record; installing and starting the OSGi bundle; loading, instantiating and starting the
#   plugin's extensions through its call guard; the audit record; the JSON answer.
# Not timed: building the marketplace (key, index, signature), server start, login, the check
#   after each install, the uninstall (DELETE, then waiting for 404). No classifier is called.
# Usage: bench/plugin-install.sh   (RUNS=n for another count; BENCH_PORT as in lib.sh)
# Needs the distribution, the plugin tools and the patterns plugin built:
#   mvn -q install -DskipTests   (or at least assembly, plugin-api/tools and plugins/classifier-patterns)
source "$(dirname "$0")/lib.sh"
require_archive
runs="${RUNS:-10}"
tools="$ROOT/plugin-api/tools/target/custodian-plugin-tools.jar"
plugin_jar="$ROOT/plugins/classifier-patterns/target/custodian-plugin-classifier-patterns-$VERSION.jar"
[ -f "$tools" ] || { echo "Build the plugin tools first: $tools is missing" >&2; exit 1; }
[ -f "$plugin_jar" ] || { echo "Build the patterns plugin first: $plugin_jar is missing" >&2; exit 1; }

dir="$WORK/plugin-install"
unpack "$dir"
market="$dir/bench-marketplace"
java -jar "$tools" keygen --out "$dir/bench-keys" --publisher bench > /dev/null
java -jar "$tools" index --dir "$market" --key "$dir/bench-keys/bench.key" --publisher bench \
  --name "Bench marketplace" "$plugin_jar" > /dev/null
# Before the first start, so the host reads them with its configuration (base64 holds / + =, hence sed's |).
sed -i "s|^marketplaces *=.*|marketplaces = $market|; s|^trustedPublishers *=.*|trustedPublishers = bench=$(cat "$dir/bench-keys/bench.pub")|" \
  "$dir/etc/io.custodian.platform.plugins.cfg"

start "$dir"; wait_up > /dev/null
trap 'stop "$dir"' EXIT
api="http://127.0.0.1:$PORT/api/v1"
token=$(admin_token "$dir")
auth="Authorization: Bearer $token"
answer="$dir/bench-answer.json"

# What installing shows: the scopes the marketplace says the plugin requests; the install grants exactly those.
offer=$(curl -sf -H "$auth" "$api/marketplace/plugins/patterns") \
  || { echo "the marketplace at $market does not offer patterns (see $dir/data/log)" >&2; exit 1; }
scopes=$(echo "$offer" | sed -n 's/.*"scopes":\(\[[^]]*\]\).*/\1/p')
[ -n "$scopes" ] || { echo "no scopes in the marketplace entry: $offer" >&2; exit 1; }

started() { grep -q '"state":"STARTED"' "$1" && grep -q '"running":true' "$1"; }
status_of() { curl -s -o "$answer" -w '%{http_code}' -H "$auth" "$@"; }

times=()
for i in $(seq 1 "$runs"); do
  t0=$(date +%s%N)
  status=$(status_of -X POST -H 'Content-Type: application/json' -d "{\"grantScopes\":$scopes}" \
    "$api/marketplace/plugins/patterns/install")
  [ "$status" = 200 ] || { echo "install answered $status: $(cat "$answer")" >&2; exit 1; }
  deadline=$(( $(date +%s) + 60 )); polls=0
  until started "$answer"; do
    [ "$(date +%s)" -lt "$deadline" ] || { echo "not STARTED within 60 s: $(cat "$answer")" >&2; exit 1; }
    status_of "$api/plugins/patterns" > /dev/null
    polls=$((polls + 1))
  done
  t1=$(date +%s%N)
  times+=("$(( (t1 - t0) / 1000000 ))")
  # Untimed check that the host agrees: the plugin is listed as started and running.
  [ "$(status_of "$api/plugins/patterns")" = 200 ] && started "$answer" \
    || { echo "GET /plugins/patterns after install: $(cat "$answer")" >&2; exit 1; }

  status=$(status_of -X DELETE "$api/plugins/patterns")
  [ "$status" = 204 ] || [ "$status" = 200 ] || { echo "uninstall answered $status: $(cat "$answer")" >&2; exit 1; }
  deadline=$(( $(date +%s) + 60 ))
  until [ "$(status_of "$api/plugins/patterns")" = 404 ]; do
    [ "$(date +%s)" -lt "$deadline" ] || { echo "still installed 60 s after DELETE" >&2; exit 1; }
    sleep 0.05
  done
  echo "run $i: ${times[-1]} ms$([ "$polls" = 0 ] || echo " (started after $polls GET polls)")"
done
echo "median install from marketplace to STARTED: $(printf '%s\n' "${times[@]}" | median) ms ($runs runs, $(nproc) cores)"
