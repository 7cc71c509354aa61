#!/usr/bin/env bash
# Authenticated GET of a small resource with an API key: wrk, 16 connections, 30 s, after a 60 s
# warm-up. The warm-up is long because the C2 compiler needs about 40 s of load on two busy cores
# to compile the request path; a server runs for days, so the steady state is the figure. The resource is GET /api/v1/ (links to the main documents, permission system.view),
# so the figure is the cost of the request path: API key check, rate limit, policy decision,
# JSON. The rate limit is raised for the run (the shipped default would answer 429 after 600
# requests a minute). Usage: bench/apikey-wrk.sh   (needs wrk: apt-get install wrk)
source "$(dirname "$0")/lib.sh"
require_archive
command -v wrk > /dev/null || { echo "wrk is not installed (apt-get install wrk)" >&2; exit 1; }
dir="$WORK/apikey-wrk"
unpack "$dir"
sed -i 's/^limits = .*/limits = default=100000000\/60/' "$dir/etc/io.custodian.platform.ratelimit.cfg"
start "$dir"; wait_up > /dev/null
trap 'stop "$dir"' EXIT
api="http://127.0.0.1:$PORT/api/v1"
token=$(admin_token "$dir")
key=$(curl -sf -X POST "$api/security/apikeys" -H "Authorization: Bearer $token" -H 'Content-Type: application/json' \
  -d '{"name":"bench","scopes":["system.view"]}' | sed -n 's/.*"key":"\([^"]*\)".*/\1/p')
[ -n "$key" ] || { echo "could not create an API key" >&2; exit 1; }
status=$(curl -s -o /dev/null -w '%{http_code}' -H "Authorization: Bearer $key" "$api/")
[ "$status" = 200 ] || { echo "GET /api/v1/ with the key answered $status" >&2; exit 1; }
wrk -t2 -c16 -d60s -H "Authorization: Bearer $key" "$api/" > /dev/null
wrk -t2 -c16 -d30s --latency -H "Authorization: Bearer $key" "$api/"
