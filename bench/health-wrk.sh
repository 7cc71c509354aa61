#!/usr/bin/env bash
# Throughput and latency of GET /api/v1/health: wrk, 16 connections, 30 s (after a 60 s warm-up,
# for the C2 compiler: see apikey-wrk.sh).
# Usage: bench/health-wrk.sh   (needs wrk: apt-get install wrk)
source "$(dirname "$0")/lib.sh"
require_archive
command -v wrk > /dev/null || { echo "wrk is not installed (apt-get install wrk)" >&2; exit 1; }
dir="$WORK/wrk"
unpack "$dir"; start "$dir"; wait_up > /dev/null
trap 'stop "$dir"' EXIT
url="http://127.0.0.1:$PORT/api/v1/health"
wrk -t2 -c16 -d60s "$url" > /dev/null
wrk -t2 -c16 -d30s --latency "$url"
