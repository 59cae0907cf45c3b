#!/usr/bin/env bash
# Soak of the WISPGate mock server (issue #15, item 7): a release build on 127.0.0.1 under mixed load with ~30 % creates
# for a bounded time, sampling resident memory as it goes, and the latency of fixed list queries before and after.
# Not part of CI. Usage: bash tests/WISPGate.LoadTests/run-soak.sh      (knobs below; see README.md next to this script)
set -euo pipefail

DURATION=${DURATION:-180}            # seconds of load in total
SAMPLE_EVERY=${SAMPLE_EVERY:-15}     # seconds between memory samples
CONNECTIONS=${CONNECTIONS:-16}
THREADS=${THREADS:-2}
CREATE_PERCENT=${CREATE_PERCENT:-30}
LATENCY_RUNS=${LATENCY_RUNS:-40}     # sequential requests per list query for the start/end medians
SERVER_ARGS=${SERVER_ARGS:-}         # e.g. "--max-records 10000 --max-log-entries 10000"; default: the server's defaults
MOCK_PROJECT=${MOCK_PROJECT:-mock-server/WISPGate.MockServer.Tool}
MOCK_EXE=${MOCK_EXE:-}               # an already published wispgate-mock to use instead of publishing one
TOKEN=wgk_test_demo

script_dir=$(cd "$(dirname "$0")" && pwd)
# shellcheck source=common.sh
source "$script_dir/common.sh"

work=$(mktemp -d)
server_pid=""
cleanup() {
  if [ -n "$server_pid" ]; then kill "$server_pid" 2>/dev/null || true; wait "$server_pid" 2>/dev/null || true; fi
  rm -rf "$work"
}
trap cleanup EXIT

if [ -z "$MOCK_EXE" ]; then
  echo "== publishing a release build"
  dotnet publish "$MOCK_PROJECT" -c Release -o "$work/mock" -nologo -v q >"$work/publish.log" 2>&1 || { cat "$work/publish.log"; exit 1; }
  MOCK_EXE=$(find "$work/mock" -maxdepth 1 -name '*.runtimeconfig.json' | head -n 1)
  MOCK_EXE=${MOCK_EXE%.runtimeconfig.json}
fi

# shellcheck disable=SC2086 # SERVER_ARGS is a list of flags
"$MOCK_EXE" --port 0 --seed demo --rate-limit 2000000000 $SERVER_ARGS >"$work/mock.log" 2>&1 &
server_pid=$!
url=""
for _ in $(seq 1 3000); do
  url=$(grep -oE 'listening on http://[0-9.]+:[0-9]+' "$work/mock.log" | head -n 1 | sed 's/listening on //') || true
  [ -n "$url" ] && break
  kill -0 "$server_pid" 2>/dev/null || { cat "$work/mock.log"; exit 1; }
  sleep 0.01
done
[ -n "$url" ] || { echo "the server did not start"; cat "$work/mock.log"; exit 1; }
until [ "$(curl -s -o /dev/null -w '%{http_code}' "$url/health")" = "200" ]; do sleep 0.05; done

rss_mb() { awk '/VmRSS/ { printf "%.0f", $2 / 1024 }' "/proc/$server_pid/status"; }

# Fixed list queries: their answers do not change under the load (the newest-25 subscriber page aside, whose size
# does not), so any growth of their latency comes from unrelated data.
lists=(
  "/api/v1/subscribers?limit=25"
  "/api/v1/invoices?subscriber_id=sub_000178&limit=25"
  "/api/v1/events?type=subscriber.deleted&limit=25"
  "/api/v1/subscribers/sub_000178/contacts"
)
# latency_ms <path>: median time_total of LATENCY_RUNS sequential requests (after 5 unmeasured ones).
latency_ms() {
  for _ in 1 2 3 4 5; do curl -s -o /dev/null -H "Authorization: Bearer $TOKEN" "$url$1"; done
  for _ in $(seq 1 "$LATENCY_RUNS"); do
    curl -s -o /dev/null -w '%{time_total}\n' -H "Authorization: Bearer $TOKEN" "$url$1"
  done | sort -n | awk '{ v[NR] = $1 } END { printf "%.1f", v[int((NR + 1) / 2)] * 1000 }'
}
measure_lists() { for list in "${lists[@]}"; do latency_ms "$list" >"$work/latency-$1-$(echo "$list" | md5sum | cut -c1-8)"; done; }

echo "== soak: $url, ${DURATION}s, wrk -t$THREADS -c$CONNECTIONS, $CREATE_PERCENT % creates, server args: ${SERVER_ARGS:-(defaults)}"
measure_lists start
echo "   t=0s rss=$(rss_mb)MB (before load)"
elapsed=0; total=0; non2xx=0; samples="0s:$(rss_mb)MB"
run_id="soak$(date +%s)"
while [ "$elapsed" -lt "$DURATION" ]; do
  chunk=$(( DURATION - elapsed < SAMPLE_EVERY ? DURATION - elapsed : SAMPLE_EVERY ))
  LOAD_MODE=soak LOAD_PATH=/api/v1/subscribers/sub_000178 LOAD_TOKEN=$TOKEN LOAD_RUN="$run_id-$elapsed" LOAD_CREATE_PERCENT=$CREATE_PERCENT \
    wrk -t"$THREADS" -c"$CONNECTIONS" -d"${chunk}s" -s "$lua" "$url/api/v1/subscribers/sub_000178" >"$work/wrk.out" 2>&1
  result=$(grep '^RESULT' "$work/wrk.out") || { echo "wrk failed:"; cat "$work/wrk.out"; exit 1; }
  elapsed=$(( elapsed + chunk ))
  requests=$(echo "$result" | grep -oE 'requests=[0-9]+' | cut -d= -f2)
  errors=$(echo "$result" | grep -oE 'non2xx=[0-9]+' | cut -d= -f2)
  total=$(( total + requests )); non2xx=$(( non2xx + errors ))
  samples="$samples $elapsed""s:$(rss_mb)MB"
  echo "   t=${elapsed}s rss=$(rss_mb)MB requests=$total ($(echo "$result" | grep -oE 'rps=[0-9.]+')) non-2xx so far=$non2xx"
done
measure_lists end
peak=$(awk '/VmHWM/ { printf "%.0f", $2 / 1024 }' "/proc/$server_pid/status")
subscribers=$(curl -s -H "Authorization: Bearer $TOKEN" "$url/api/v1/subscribers?limit=1" | grep -oE '"id":"sub_[0-9]+"' | head -n 1)

echo
echo "## Soak ($(date -u +%Y-%m-%dT%H:%MZ), $(nproc) cores, load average $(cut -d' ' -f1-3 /proc/loadavg))"
echo
echo "${DURATION}s, wrk -t$THREADS -c$CONNECTIONS, $CREATE_PERCENT % creates, server args: ${SERVER_ARGS:-(defaults)}; $total requests,"
echo "non-2xx $non2xx (409 storage_limit_reached once a tenant is full); newest subscriber $(echo "$subscribers" | cut -d\" -f4); peak RSS $peak MB."
echo
echo "RSS samples: $samples"
echo
echo "| list query (median of $LATENCY_RUNS sequential requests, idle) | start ms | end ms |"
echo "|---|---:|---:|"
for list in "${lists[@]}"; do
  key=$(echo "$list" | md5sum | cut -c1-8)
  echo "| \`$list\` | $(cat "$work/latency-start-$key") | $(cat "$work/latency-end-$key") |"
done
