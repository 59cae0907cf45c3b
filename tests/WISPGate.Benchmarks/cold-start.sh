#!/usr/bin/env bash
# Cold start (issue #22): a fresh process per run builds one client and answers its first GetAsync against the canned
# server (a process of its own, started here); 10 runs per client, median printed, with the ratio to NSwag's.
#   bash tests/WISPGate.Benchmarks/cold-start.sh [--no-build] [runs]
# Uses hyperfine when it is installed (Debian: apt-get install hyperfine), else times the runs itself (same median).
# The clients: sdk (WispGateClient.Create), nswag, kiota, baseline (hand-written HttpClient + System.Text.Json).
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
build=1
runs=10
for arg in "$@"; do
  case "$arg" in
    --no-build) build=0 ;;
    *) runs="$arg" ;;
  esac
done
if [[ $build == 1 ]]; then
  dotnet build -c Release "$here/WISPGate.Benchmarks.csproj" >/dev/null
fi
exe="$here/bin/Release/net10.0/WISPGate.Benchmarks"
results="$(mktemp -d)"
exec {server_in}> >(exec "$exe" --canned-server > "$results/server.out")
trap 'exec {server_in}>&-; rm -rf "$results"' EXIT
for _ in $(seq 1 100); do
  grep -q '^listening on ' "$results/server.out" 2>/dev/null && break
  sleep 0.1
done
url="$(sed -n 's/^listening on //p' "$results/server.out")"
[[ -n $url ]] || { echo "the canned server did not start" >&2; exit 1; }
echo "canned server: $url; load average: $(cut -d' ' -f1-3 /proc/loadavg)"

clients=(baseline nswag kiota sdk)
if command -v hyperfine >/dev/null; then
  # -N: no shell in between; one warm-up run per client (disk cache), then $runs runs.
  commands=()
  for client in "${clients[@]}"; do commands+=("$exe --cold-start $client $url"); done
  hyperfine -N --warmup 1 --runs "$runs" --export-json "$results/runs.json" "${commands[@]}" >&2
  python3 - "$results/runs.json" "${clients[@]}" <<'PY'
import json, statistics, sys
runs = json.load(open(sys.argv[1]))["results"]
medians = {client: statistics.median(r["times"]) * 1000 for client, r in zip(sys.argv[2:], runs)}
# CPU time (user + system, hyperfine's mean) is steadier than wall time on a loaded machine.
cpu = {client: (r["user"] + r["system"]) * 1000 for client, r in zip(sys.argv[2:], runs)}
for client, median in medians.items():
    print(f"{client:<9} median {median:7.1f} ms  ({median / medians['nswag']:.2f}x NSwag, {median / medians['baseline']:.2f}x baseline);"
          f"  CPU {cpu[client]:6.1f} ms ({cpu[client] / cpu['nswag']:.2f}x NSwag)")
PY
else
  for client in "${clients[@]}"; do
    "$exe" --cold-start "$client" "$url" >/dev/null
    for _ in $(seq 1 "$runs"); do
      start=$(date +%s%N)
      "$exe" --cold-start "$client" "$url" >/dev/null
      echo "$client $(( ($(date +%s%N) - start) / 1000 ))" >> "$results/runs.txt"
    done
  done
  python3 - "$results/runs.txt" <<'PY'
import statistics, sys
times = {}
for line in open(sys.argv[1]):
    client, micros = line.split()
    times.setdefault(client, []).append(int(micros) / 1000)
medians = {client: statistics.median(values) for client, values in times.items()}
for client, median in medians.items():
    print(f"{client:<9} median {median:7.1f} ms  ({median / medians['nswag']:.2f}x NSwag, {median / medians['baseline']:.2f}x baseline)")
PY
fi
# What one cold start of each spends inside the process (one more run each).
for client in "${clients[@]}"; do "$exe" --cold-start "$client" "$url"; done
