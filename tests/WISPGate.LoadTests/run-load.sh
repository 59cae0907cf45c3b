#!/usr/bin/env bash
# Load test of the WISPGate mock server (issue #10): release build on 127.0.0.1, wrk at 32 connections, compared in
# the same run with a plain WireMock.Net static stub serving same-size canned bodies (the ceiling for a WireMock-based
# server). Also: resident memory after 1,000,000 requests and start-up time to /health 200.
# Usage: bash tests/WISPGate.LoadTests/run-load.sh      (see README.md next to this script; knobs below)
set -euo pipefail

# The project whose `dotnet publish` output runs the mock server from the command line.
MOCK_PROJECT=${MOCK_PROJECT:-mock-server/WISPGate.MockServer.Tool}
DURATION=${DURATION:-15s}            # per endpoint and server
CONNECTIONS=${CONNECTIONS:-32}
THREADS=${THREADS:-2}
WARMUP=${WARMUP:-20s}             # mixed load per server first: the JIT reaches its optimized code
MEMORY_REQUESTS=${MEMORY_REQUESTS:-1000000}  # 0 skips the memory phase
SEED_SUBSCRIBERS=${SEED_SUBSCRIBERS:-200}
STARTUP_RUNS=${STARTUP_RUNS:-3}      # 0 skips the start-up phase
PRISM=${PRISM:-1}                    # 0 skips Prism (needs node + npm; installed into a cache directory)
PRISM_VERSION=5.16.0                 # @stoplight/prism-cli, pinned
PRISM_DIR=${PRISM_DIR:-${XDG_CACHE_HOME:-$HOME/.cache}/wispgate/prism-$PRISM_VERSION}
AB_FAST_PATH=${AB_FAST_PATH:-1}      # 1: also measures the mock server with its contract fast path off (same build)
TOKEN=wgk_test_demo                  # the demo read+write token (DemoTokens.ReadWrite)

script_dir=$(cd "$(dirname "$0")" && pwd)
# shellcheck source=common.sh
source "$script_dir/common.sh"

work=$(mktemp -d)
pids=()
cleanup() {
  for pid in "${pids[@]}"; do kill "$pid" 2>/dev/null || true; done
  wait 2>/dev/null || true
  rm -rf "$work"
}
trap cleanup EXIT

if [ "$PRISM" = 1 ] && [ ! -x "$PRISM_DIR/node_modules/.bin/prism" ]; then
  echo "== installing @stoplight/prism-cli@$PRISM_VERSION into $PRISM_DIR (npm)"
  command -v npm >/dev/null 2>&1 || { echo "npm is missing: install Node.js or run with PRISM=0"; exit 1; }
  mkdir -p "$PRISM_DIR"
  npm install --prefix "$PRISM_DIR" --no-audit --no-fund --loglevel=error "@stoplight/prism-cli@$PRISM_VERSION" >"$PRISM_DIR/install.log" 2>&1 \
    || { cat "$PRISM_DIR/install.log"; exit 1; }
fi

echo "== publishing release builds"
dotnet publish "$MOCK_PROJECT" -c Release -o "$work/mock" -nologo -v q >"$work/publish-mock.log" 2>&1 \
  || { cat "$work/publish-mock.log"; exit 1; }
dotnet publish "$script_dir/StaticStub" -c Release -o "$work/stub" -nologo -v q >"$work/publish-stub.log" 2>&1 \
  || { cat "$work/publish-stub.log"; exit 1; }
mock_exe=$(find "$work/mock" -maxdepth 1 -name '*.runtimeconfig.json' | head -n 1)
mock_exe=${mock_exe%.runtimeconfig.json}
stub_exe="$work/stub/WISPGate.LoadTests.StaticStub"

now_ms() { echo $(( $(date +%s%N) / 1000000 )); }

# Starts a server in the background, waits for the URL line it prints, sets $server_url and $server_pid.
start_server() {
  local log=$1; shift
  "$@" >"$log" 2>&1 &
  server_pid=$!
  pids+=("$server_pid")
  server_url=""
  for _ in $(seq 1 3000); do
    server_url=$(grep -oE 'listening on http://[0-9.]+:[0-9]+' "$log" | head -n 1 | sed 's/listening on //') || true
    [ -n "$server_url" ] && return 0
    kill -0 "$server_pid" 2>/dev/null || break
    sleep 0.01
  done
  echo "server did not start:"; cat "$log"; exit 1
}

stop_server() { kill "$1" 2>/dev/null || true; wait "$1" 2>/dev/null || true; }
free_port() { python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])' 2>/dev/null || echo 4010; }

echo "== start-up: process start to /health 200 (release build, $STARTUP_RUNS runs)"
startups=(); startup_cpus=()
for run in $(seq 1 "$STARTUP_RUNS"); do
  started=$(now_ms)
  start_server "$work/startup-$run.log" "$mock_exe" --port 0 --seed demo
  until [ "$(curl -s -o /dev/null -w '%{http_code}' "$server_url/health")" = "200" ]; do :; done
  startups+=($(( $(now_ms) - started )))
  # The CPU time the process used to get there: what start-up costs, whatever else the machine is doing.
  startup_cpus+=("$(awk '{ printf "%.0f", ($14 + $15) * 1000 / '"$(getconf CLK_TCK)"' }' "/proc/$server_pid/stat")")
  stop_server "$server_pid"
done
median() { [ $# -gt 0 ] && printf '%s\n' "$@" | sort -n | sed -n "$(( ($# + 1) / 2 ))p" || true; }
startup_median=$(median "${startups[@]}")
startup_cpu_median=$(median "${startup_cpus[@]}")
echo "   runs: ${startups[*]} ms (CPU ${startup_cpus[*]} ms); median $startup_median ms"

echo "== starting the mock server (rate limit and storage limit raised with --rate-limit and --max-records for the load run)"
# The storage limit (25,000 records per tenant, then 409) is raised too: the create phase alone stores ~15 × create rps.
start_server "$work/mock.log" "$mock_exe" --port 0 --seed demo --rate-limit 2000000000 --max-records 100000000
mock_url=$server_url; mock_pid=$server_pid
api="$mock_url/api/v1"
run_id="r$(date +%s)"

echo "== seeding $SEED_SUBSCRIBERS subscribers through the API"
create_body() {
  printf '{"external_id":"seed-%s-%s","full_name":"Seed Subscriber %s","email":"seed-%s-%s@example.com","phone":"+15550001234","status":"prospect","metadata":{"source":"load_test"}}' \
    "$run_id" "$1" "$1" "$run_id" "$1"
}
for i in $(seq 1 "$SEED_SUBSCRIBERS"); do
  curl -s -o "$work/create.json" -w '%{http_code}\n' -X POST "$api/subscribers" \
    -H "Authorization: Bearer $TOKEN" -H "Content-Type: application/json" -H "X-Idempotency-Key: seed-$run_id-$i" \
    -d "$(create_body "$i")" >>"$work/seed-status.txt"
done
if grep -qv '^201$' "$work/seed-status.txt"; then echo "seeding failed:"; sort "$work/seed-status.txt" | uniq -c; cat "$work/create.json"; exit 1; fi
subscriber_id=$(grep -oE '"id":"sub_[^"]+"' "$work/create.json" | head -n 1 | cut -d'"' -f4)
get_path="/api/v1/subscribers/$subscriber_id"
list_path="/api/v1/subscribers?limit=25"
curl -fs -H "Authorization: Bearer $TOKEN" "$mock_url$get_path" -o "$work/get.json"
curl -fs -H "Authorization: Bearer $TOKEN" "$mock_url$list_path" -o "$work/list.json"

echo "== starting the static stub (same-size canned bodies: get $(wc -c <"$work/get.json") B, list $(wc -c <"$work/list.json") B, create $(wc -c <"$work/create.json") B)"
start_server "$work/stub.log" "$stub_exe" "$get_path" "$work/get.json" "$work/list.json" "$work/create.json"
stub_url=$server_url; stub_pid=$server_pid
start_server "$work/stub-admin.log" "$stub_exe" "$get_path" "$work/get.json" "$work/list.json" "$work/create.json" --admin
admin_url=$server_url; admin_pid=$server_pid
servers="mock stub admin"
nofast_url=none; prism_url=none
if [ "$AB_FAST_PATH" = 1 ]; then
  # The same build with the contract fast path off (every request through WireMock's matching and request log), seeded
  # like the mock server so that its list page has the same rows.
  WISPGATE_MOCK_NO_FAST_PATH=1 start_server "$work/nofast.log" "$mock_exe" --port 0 --seed demo --rate-limit 2000000000 --max-records 100000000
  nofast_url=$server_url; nofast_pid=$server_pid
  for i in $(seq 1 "$SEED_SUBSCRIBERS"); do
    curl -s -o /dev/null -X POST "$nofast_url/api/v1/subscribers" -H "Authorization: Bearer $TOKEN" -H "Content-Type: application/json" \
      -H "X-Idempotency-Key: seed-$run_id-$i" -d "$(create_body "$i")"
  done
  servers="$servers nofast"
fi
if [ "$PRISM" = 1 ]; then
  # Prism's stateless mock of the same document (answers from the document's examples; validates requests).
  start_server "$work/prism.log" "$PRISM_DIR/node_modules/.bin/prism" mock -h 127.0.0.1 -p "$(free_port)" src/openapi/wispgate-v1.openapi.json
  prism_url=$server_url; prism_pid=$server_pid
  for probe in "$get_path" "$list_path"; do
    curl -fs -H "Authorization: Bearer $TOKEN" "$prism_url$probe" -o /dev/null || { echo "Prism does not answer GET $probe:"; tail -n 20 "$work/prism.log"; exit 1; }
  done
  servers="$servers prism"
fi

mock_served=0
# run_wrk <name> <url> <mode> <path> <duration>: wrk's RESULT fields, plus the server's CPU time per request
# (utime+stime from /proc, a figure less sensitive than rps to other load on the machine), into "$work/<name>.result".
cpu_ms() { awk '{ print ($14 + $15) * 1000 / '"$(getconf CLK_TCK)"' }' "/proc/$1/stat"; }
pid_of() { case "$1" in "$mock_url") echo "$mock_pid" ;; "$stub_url") echo "$stub_pid" ;; "$nofast_url") echo "$nofast_pid" ;; "$prism_url") echo "$prism_pid" ;; *) echo "$admin_pid" ;; esac; }
url_of() { case "$1" in mock) echo "$mock_url" ;; stub) echo "$stub_url" ;; admin) echo "$admin_url" ;; nofast) echo "$nofast_url" ;; prism) echo "$prism_url" ;; esac; }
run_wrk() {
  local name=$1 url=$2 mode=$3 path=$4 duration=$5 pid before after
  pid=$(pid_of "$url"); before=$(cpu_ms "$pid")
  LOAD_MODE=$mode LOAD_PATH=$path LOAD_TOKEN=$TOKEN LOAD_RUN="$run_id-$name" \
    wrk -t"$THREADS" -c"$CONNECTIONS" -d"$duration" --latency -s "$lua" "$url$path" >"$work/$name.out" 2>&1
  after=$(cpu_ms "$pid")
  grep '^RESULT' "$work/$name.out" | sed 's/^RESULT //' >"$work/$name.result"
  if [ ! -s "$work/$name.result" ]; then echo "wrk failed:"; cat "$work/$name.out"; exit 1; fi
  awk -v b="$before" -v a="$after" -v n="$(field "$name" requests)" 'BEGIN { printf " cpu_us=%.0f", (n > 0 ? (a - b) * 1000 / n : 0) }' >>"$work/$name.result"
  if [ "$url" = "$mock_url" ]; then mock_served=$(( mock_served + $(field "$name" requests) )); fi
}
field() { grep -oE "(^| )$2=[^ ]+" "$work/$1.result" | cut -d= -f2; }

echo "== warm-up ($WARMUP of mixed load per server)"
for server in $servers; do run_wrk "warm-$server" "$(url_of "$server")" mix "$get_path" "$WARMUP"; done

echo "== measuring: wrk -t$THREADS -c$CONNECTIONS -d$DURATION --latency; per endpoint: $servers"
for endpoint in "get $get_path" "list $list_path" "create /api/v1/subscribers"; do
  set -- $endpoint
  line="   $1:"
  for server in $servers; do
    run_wrk "$server-$1" "$(url_of "$server")" "$1" "$2" "$DURATION"
    line="$line $server $(field "$server-$1" rps) rps,"
  done
  echo "${line%,}"
done
stop_server "$stub_pid"
stop_server "$admin_pid"
stop_server "$mock_pid"
[ "$nofast_url" = none ] || stop_server "$nofast_pid"
[ "$prism_url" = none ] || stop_server "$prism_pid"

memory_runs=0; memory_non2xx=0; rss_kb=0; hwm_kb=0
if [ "$MEMORY_REQUESTS" -gt 0 ]; then
echo "== memory: a fresh mock server under mixed load (get and list, 1% create) until it served $MEMORY_REQUESTS requests"
start_server "$work/mock-memory.log" "$mock_exe" --port 0 --seed demo --rate-limit 2000000000
mock_url=$server_url; mock_pid=$server_pid; mock_served=0
memory_get_path="/api/v1/subscribers/$(curl -fs -H "Authorization: Bearer $TOKEN" "$mock_url/api/v1/subscribers?limit=1" | grep -oE '"id":"sub_[^"]+"' | head -n 1 | cut -d'"' -f4)"
while [ "$mock_served" -lt "$MEMORY_REQUESTS" ]; do
  memory_runs=$(( memory_runs + 1 ))
  run_wrk "memory-$memory_runs" "$mock_url" mix "$memory_get_path" 20s
  echo "   served $mock_served requests; VmRSS $(grep VmRSS /proc/$mock_pid/status | awk '{print $2}') kB"
done
for i in $(seq 1 "$memory_runs"); do memory_non2xx=$(( memory_non2xx + $(field "memory-$i" non2xx) + $(field "memory-$i" socket_errors) )); done
rss_kb=$(grep VmRSS "/proc/$mock_pid/status" | awk '{print $2}')
hwm_kb=$(grep VmHWM "/proc/$mock_pid/status" | awk '{print $2}')
stop_server "$mock_pid"
fi

# ---- report ----
ratio() { awk -v a="$1" -v b="$2" 'BEGIN { printf "%.2f", (b > 0 ? a / b : 0) }'; }
verdict() { if awk -v v="$1" -v t="$2" "BEGIN { exit !(v $3 t) }"; then echo met; else echo "NOT met"; fi; }
echo
echo "## Results ($(date -u +%Y-%m-%dT%H:%MZ), $(nproc) cores, load average $(cut -d' ' -f1-3 /proc/loadavg), wrk -t$THREADS -c$CONNECTIONS -d$DURATION)"
echo
opt() { if [ -s "$work/$1.result" ]; then field "$1" "$2"; else echo "-"; fi; }
optratio() { if [ "$2" = "-" ] || [ "$1" = "-" ]; then echo "-"; else ratio "$1" "$2"; fi; }
echo "| endpoint | mock rps | stub rps | **mock/stub** | stub+admin rps | mock, fast path off, rps | mock/(fast path off) | Prism rps | **mock/Prism** | p99 ms mock / stub / Prism | mock non-2xx | stub non-2xx | Prism non-2xx | CPU µs/req mock / stub / stub+admin / fast path off / Prism |"
echo "|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|"
for endpoint in get list create; do
  m=mock-$endpoint s=stub-$endpoint a=admin-$endpoint n=nofast-$endpoint p=prism-$endpoint
  prism_bad="-"; [ -s "$work/$p.result" ] && prism_bad=$(( $(field $p non2xx) + $(field $p socket_errors) ))
  printf '| %s | %s | %s | **%s** | %s | %s | %s | %s | **%s** | %s / %s / %s | %s | %s | %s | %s / %s / %s / %s / %s |\n' "$endpoint" "$(field $m rps)" "$(field $s rps)" \
    "$(ratio "$(field $m rps)" "$(field $s rps)")" "$(field $a rps)" "$(opt $n rps)" "$(optratio "$(field $m rps)" "$(opt $n rps)")" \
    "$(opt $p rps)" "$(optratio "$(field $m rps)" "$(opt $p rps)")" \
    "$(field $m p99_ms)" "$(field $s p99_ms)" "$(opt $p p99_ms)" \
    "$(( $(field $m non2xx) + $(field $m socket_errors) ))" "$(( $(field $s non2xx) + $(field $s socket_errors) ))" "$prism_bad" \
    "$(field $m cpu_us)" "$(field $s cpu_us)" "$(field $a cpu_us)" "$(opt $n cpu_us)" "$(opt $p cpu_us)"
done
echo
echo "| measure | value | target | |"
echo "|---|---:|---:|---|"
for target in "get 0.7" "list 0.7" "create 0.5"; do
  set -- $target
  r=$(ratio "$(field mock-$1 rps)" "$(field stub-$1 rps)")
  echo "| $1 rps mock/stub | $r | ≥ $2 | $(verdict "$r" "$2" '>=') |"
done
for endpoint in get list; do
  p=$(field mock-$endpoint p99_ms)
  echo "| $endpoint p99 (mock, $CONNECTIONS connections) | $p ms | < 10 ms | $(verdict "$p" 10 '<') |"
done
echo "| create p99 (mock; no target) | $(field mock-create p99_ms) ms | - | - |"
non2xx=0
for endpoint in get list create; do non2xx=$(( non2xx + $(field mock-$endpoint non2xx) + $(field mock-$endpoint socket_errors) )); done
non2xx=$(( non2xx + memory_non2xx ))
echo "| non-2xx + socket errors (mock, all runs) | $non2xx | 0 | $(verdict "$non2xx" 0 '==') |"
rss_mb=$(( rss_kb / 1024 ))
if [ "$MEMORY_REQUESTS" -gt 0 ]; then
  echo "| RSS after $mock_served requests, $(( mock_served / 100 )) of them creates (peak $(( hwm_kb / 1024 )) MB) | $rss_mb MB | < 200 MB | $(verdict "$rss_mb" 200 '<') |"
fi
if [ "$STARTUP_RUNS" -gt 0 ]; then
  echo "| start-up to /health 200 (median of ${startups[*]} ms; CPU used meanwhile, median $startup_cpu_median ms) | $startup_median ms | < 1000 ms | $(verdict "$startup_median" 1000 '<') |"
fi
