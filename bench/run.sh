#!/usr/bin/env bash
# Pain diary benchmark: loads one patient with 1,000 entries and one with 20,000 (the same
# ~500 in the last 90 days; the rest older), then measures with wrk, over HTTP, against the
# packaged jar on its embedded H2 file database:
#   create throughput (bench/load.py, 8 keep-alive connections, while loading),
#   and with wrk: list page 1 vs the deepest page, summary over a 90-day window.
# Prints a table with the two ratios that must stay <= 1.5:
#   deep page / page 1 (keyset pagination), summary at 20,000 / at 1,000 (window-bounded cost).
# Usage: bench/run.sh   (builds the jar if missing; installs wrk and jq with apt if absent; ~4 min)
set -euo pipefail
cd "$(dirname "$0")/.."
PORT=${BENCH_PORT:-8089}
BASE="http://127.0.0.1:$PORT"
DURATION=${BENCH_DURATION:-5s}
IN_WINDOW_ENTRIES=500

command -v wrk >/dev/null || { apt-get update -qq && apt-get install -y -qq wrk >/dev/null; }
command -v jq >/dev/null || { apt-get update -qq && apt-get install -y -qq jq >/dev/null; }
[ -f target/quarkus-app/quarkus-run.jar ] || ./mvnw -B -q package -DskipTests

work=$(mktemp -d)
trap 'kill "$app" 2>/dev/null || true; wait "$app" 2>/dev/null || true; rm -rf "$work"' EXIT
(cd "$work" && exec java -Dbackcare.dev-tokens.enabled=true -Dquarkus.http.port="$PORT" \
    -Dquarkus.log.level=WARN -jar "$OLDPWD/target/quarkus-app/quarkus-run.jar" >"$work/app.log" 2>&1) &
app=$!
for _ in $(seq 1 60); do curl -sf "$BASE/q/health/ready" >/dev/null && break; sleep 1; done

token() {
  curl -sf -X POST "$BASE/dev/tokens" -H 'Content-Type: application/json' \
    -d "{\"subject\":\"$1\",\"roles\":[\"patient\"]}" | jq -r .accessToken
}
patient() {
  curl -sf -X POST "$BASE/v1/patients" -H "Authorization: Bearer $1" -H 'Content-Type: application/json' \
    -d '{"displayName":"Bench","timeZone":"Europe/Amsterdam","medications":[{"name":"Ibuprofen","maxDailyDose":1200,"unit":"mg"}]}' | jq -r .id
}
# load TOKEN PATIENT COUNT IN_WINDOW_SHARE -> prints "req/s non2xx" (wrk cannot stop after a count)
load() {
  python3 bench/load.py "$BASE" "$1" "$2" "$3" "$4"
}
# latency_ms TOKEN URL -> mean latency in ms over $DURATION, after a 2 s warm-up
latency_ms() {
  wrk -t1 -c2 -d 2s -H "Authorization: Bearer $1" "$2" >/dev/null 2>&1   # warm-up, discarded
  wrk -t1 -c2 -d "$DURATION" -H "Authorization: Bearer $1" "$2" 2>&1 | awk '
    /Latency/ { v=$2; if (v ~ /us$/) { sub(/us/,"",v); v=v/1000 } else if (v ~ /ms$/) { sub(/ms/,"",v) }
                else if (v ~ /s$/) { sub(/s/,"",v); v=v*1000 } printf "%.2f", v }'
}
deep_cursor() {
  local cursor="" next url
  while :; do
    url="$BASE/v1/patients/$2/pain-logs?limit=200"
    [ -n "$cursor" ] && url="$url&cursor=$cursor"
    next=$(curl -sf -H "Authorization: Bearer $1" "$url" | jq -r '.nextCursor // empty')
    [ -z "$next" ] && break
    cursor=$next
  done
  echo "$cursor"
}

declare -A create_rps page1 deep summary
for n in 1000 20000; do
  t=$(token "bench-$n-$RANDOM"); p=$(patient "$t")
  share=$(awk -v w=$IN_WINDOW_ENTRIES -v n=$n 'BEGIN { printf "%.4f", w / n }')
  read -r rps non2xx < <(load "$t" "$p" "$n" "$share")
  [ "${non2xx:-0}" = "0" ] || { echo "load for N=$n had $non2xx non-2xx responses" >&2; exit 1; }
  create_rps[$n]=$rps
  page1[$n]=$(latency_ms "$t" "$BASE/v1/patients/$p/pain-logs?limit=50")
  deep[$n]=$(latency_ms "$t" "$BASE/v1/patients/$p/pain-logs?limit=50&cursor=$(deep_cursor "$t" "$p")")
  to=$(date -u +%F); from=$(date -u -d '89 days ago' +%F)
  summary[$n]=$(latency_ms "$t" "$BASE/v1/patients/$p/pain-logs/summary?from=$from&to=$to")
done

ratio() { awk -v a="$1" -v b="$2" 'BEGIN { printf "%.2f", a / b }'; }
printf '\n| measure | N = 1,000 | N = 20,000 | ratio | goal |\n|---|---|---|---|---|\n'
printf '| create throughput (req/s, 8 connections) | %s | %s | | |\n' "${create_rps[1000]}" "${create_rps[20000]}"
printf '| list page 1 (ms) | %s | %s | | |\n' "${page1[1000]}" "${page1[20000]}"
printf '| list deepest page (ms) | %s | %s | %s (deep / page 1 at 20,000) | <= 1.5 |\n' \
  "${deep[1000]}" "${deep[20000]}" "$(ratio "${deep[20000]}" "${page1[20000]}")"
printf '| summary, 90-day window (ms) | %s | %s | %s (20,000 / 1,000) | <= 1.5 |\n' \
  "${summary[1000]}" "${summary[20000]}" "$(ratio "${summary[20000]}" "${summary[1000]}")"
