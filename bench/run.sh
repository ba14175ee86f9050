#!/usr/bin/env bash
# Benchmark of the hot paths, each as a ratio to the framework's own floor (GET /q/health/live)
# measured in the same run, on the packaged jar with -Xmx512m: wrk, 16 connections, every path
# warmed once (15 s), then each warmed again (20 s, and on in 5 s steps until the JIT compiler has
# gone quiet, 120 s at most) and measured (10 s). Seeds its own diaries over HTTP first:
#   2,000 entries (10 a day: a 90-day window holds 900), 20,000 (9,000 in the last 90 days),
#   a year at 10 a day (the FHIR export and the PDF report), and 33 empty diaries to write into.
# The floor is measured three times (first, midway, last) and the ratios use the median of the three.
# Prints one table: each path, its rate, its ratio, its goal, PASS or MISS, and the CPU one request
# took in the API's process and in PostgreSQL's (whose server shares the machine); then the scale ratios
# (deep page / page 1, summary at 9,000 / at 900), the FHIR export and the PDF report of a year, a 60 s mixed load
# on 64 connections (p50, p99, errors), start-up time and RSS after load.
# Usage: bench/run.sh                      embedded H2 (default)
#        BENCH_DB=postgresql bench/run.sh  a local PostgreSQL, started as .ci/postgres-tests does (root)
# Shorter runs for trying things: BENCH_PREWARM=5s BENCH_WARM=5s BENCH_WARM_MAX=5 BENCH_MEASURE=5s BENCH_MIXED=20s.
# Not a test: CI does not run it and nothing asserts a time; a run takes 15 to 40 minutes.
set -euo pipefail
cd "$(dirname "$0")/.."
DB=${BENCH_DB:-h2}
PORT=${BENCH_PORT:-8089}
WARM=${BENCH_WARM:-20s}
WARM_MAX=${BENCH_WARM_MAX:-120}
MEASURE=${BENCH_MEASURE:-10s}
PREWARM=${BENCH_PREWARM:-15s}
MIXED=${BENCH_MIXED:-60s}
HEAP=${BENCH_HEAP:-512m}
BASE="http://127.0.0.1:$PORT"
# Seconds, as the table and the warm-up's arithmetic take them
for setting in "WARM=$WARM" "MEASURE=$MEASURE" "PREWARM=$PREWARM" "MIXED=$MIXED" "WARM_MAX=${WARM_MAX}s"; do
  [[ ${setting#*=} =~ ^[1-9][0-9]*s$ ]] || { echo "BENCH_${setting%%=*} must be whole seconds, as 20s (${setting#*=})" >&2; exit 2; }
done

for tool in wrk jq curl; do
  command -v "$tool" >/dev/null || { apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "$tool" >/dev/null; }
done
work=$(mktemp -d)
. bench/datasource.sh
. bench/diaries.sh
bench_datasource "$work"

jar=target/quarkus-app/quarkus-run.jar
started=$(date +%s.%N)
# Rate limiting stays on (its cost is part of every path); the budgets are lifted so that one user
# and one address can drive a path at full speed.
lifted_limits=()
for tier in per-user per-client anonymous dev-tokens; do lifted_limits+=("-Dbackcare.rate-limits.$tier=1000000000/PT1M"); done
# A fixed number of JIT compiler threads, so that the CPU they used (the warm-up's measure of
# whether compiling has settled) does not leave with a thread the JVM stops.
java "-Xmx$HEAP" -XX:-UseDynamicNumberOfCompilerThreads -Dbackcare.dev-tokens.enabled=true -Dquarkus.http.port="$PORT" -Dquarkus.log.level=WARN "${lifted_limits[@]}" \
  -Dquarkus.log.category.\"org.backcare.access-log\".level=WARN "${DATASOURCE[@]}" -jar "$jar" >"$work/app.log" 2>&1 &
app=$!
trap 'kill "$app" 2>/dev/null || true; wait "$app" 2>/dev/null || true; rm -rf "$work"
  declare -F postgres_down >/dev/null && postgres_down' EXIT
until curl -sf "$BASE/q/health/ready" >/dev/null; do
  kill -0 "$app" 2>/dev/null || { cat "$work/app.log" >&2; exit 1; }
  sleep 0.05
done
startup=$(awk -v a="$started" -v b="$(date +%s.%N)" 'BEGIN { printf "%.1f", b - a }')

seed() {  # seed "path token" COUNT FROM_DAYS TO_DAYS
  local failed; failed=$(python3 bench/seed.py "$BASE" "${1#* }" "$(basename "${1% *}")" "$2" "$3" "$4")
  [ "$failed" = 0 ] || { echo "seeding answered $failed non-2xx" >&2; exit 1; }
}
echo "== seeding" >&2
read -r small < <(bench_diary small);  seed "$small" 2000 0 200
read -r large < <(bench_diary large);  seed "$large" 9000 0 90; seed "$large" 11000 91 800
read -r year < <(bench_diary year);    seed "$year" 3650 0 365
bench_diary one > "$work/one.txt"
for i in $(seq 1 32); do bench_diary "many-$i"; done > "$work/many.txt"
cat "$work/many.txt" "$work/one.txt" > "$work/all.txt"

export BENCH_RECORDED_AT BENCH_FROM BENCH_TO BENCH_TOKEN BENCH_DIARIES
BENCH_RECORDED_AT=$(date -u -d '1 hour ago' +%FT%TZ)
BENCH_TO=$(date -u +%F); BENCH_FROM=$(date -u -d '89 days ago' +%F)

# sync_cursor "path token" PAGES -> the sync cursor after PAGES pages of 200 changes
sync_cursor() {
  local cursor="" url i
  for i in $(seq 1 "$2"); do
    url="$BASE${1% *}/pain-logs?limit=200"
    if [ -z "$cursor" ]; then url="$url&updatedSince=2000-01-01T00:00:00Z&includeDeleted=true"; else url="$url&cursor=$cursor"; fi
    cursor=$(curl -sf -H "Authorization: Bearer ${1#* }" "$url" | jq -r .nextCursor)
  done
  echo "$cursor"
}
deep_cursor() {
  local cursor="" next url
  while :; do
    url="$BASE${1% *}/pain-logs?limit=200"; [ -n "$cursor" ] && url="$url&cursor=$cursor"
    next=$(curl -sf -H "Authorization: Bearer ${1#* }" "$url" | jq -r '.nextCursor // empty')
    [ -z "$next" ] && break
    cursor=$next
  done
  echo "$cursor"
}

declare -A rps app_us db_us warmed jit
errors=0
tick_us=$((1000000 / $(getconf CLK_TCK)))
# proc_ticks PID [children]: the user and system CPU the process has used, in clock ticks; with
# "children", also that of its children that have ended
proc_ticks() {
  stat_ticks "/proc/$1/stat" "${2:-}"
}
stat_ticks() {  # stat_ticks STAT_FILE [children]
  local stat
  stat=$(cat "$1" 2>/dev/null) || { echo 0; return; }
  # fields after the command name, which may hold spaces: $12, $13 are utime, stime (14, 15)
  awk -v ended="${2:-}" '{ n = $12 + $13; if (ended) n += $14 + $15; print n }' <<<"${stat##*) }"
}
# jit_ticks: the CPU the API's JIT compiler threads (HotSpot's C1 and C2) have used, in clock ticks
jit_ticks() {
  local task n=0
  for task in /proc/"$app"/task/*; do
    case $(cat "$task/comm" 2>/dev/null) in
      C1\ CompilerThre*|C2\ CompilerThre*) n=$((n + $(stat_ticks "$task/stat"))) ;;
    esac
  done
  echo "$n"
}
[ "$(cat /proc/"$app"/task/*/comm 2>/dev/null | grep -c "CompilerThre")" -gt 0 ] \
  || { echo "no C1/C2 compiler threads in the API's JVM: the warm-up cannot tell when the JIT is quiet" >&2; exit 2; }
# PostgreSQL's postmaster, parent of the server's backends and workers; none with H2, which runs in the API
db_main=""
if [ "$DB" = postgresql ]; then
  db_main=$(head -n 1 "$(pg_lsclusters -h | awk -v v="$PG_VERSION" '$1 == v && $2 == "main" { print $6 }')/postmaster.pid")
fi
# db_ticks: the CPU PostgreSQL's server has used, in clock ticks: its postmaster, the backends and
# workers running now, and those that have ended (counted in the postmaster's children's time)
db_ticks() {
  if [ -z "$db_main" ]; then echo 0; return; fi
  local child n
  n=$(proc_ticks "$db_main" children)
  for child in $(pgrep -P "$db_main"); do n=$((n + $(proc_ticks "$child"))); done
  echo "$n"
}
# measure KEY URL [LUA] -> rps[KEY], and the CPU each request took in the API and the database
# server, in µs; warm-up first, then the measured run
measure() {
  local script=${3:-bench/wrk/auth.lua} out bad app0 db0 jit0 n
  warm "$1" "$2" "$script"
  app0=$(proc_ticks "$app"); db0=$(db_ticks); jit0=$(jit_ticks)
  out=$(wrk -t2 -c16 -d "$MEASURE" -s "$script" "$2" 2>&1)
  jit[$1]=$(awk -v t="$(( $(jit_ticks) - jit0 ))" -v us="$tick_us" -v s="${MEASURE%s}" 'BEGIN { printf "%.1f", t * us / s / 10000 }')
  n=$(awk '/ requests in / { print $1 }' <<<"$out")
  if [ "${n:-0}" -gt 0 ]; then
    app_us[$1]=$(( ($(proc_ticks "$app") - app0) * tick_us / n ))
    db_us[$1]=$(( ($(db_ticks) - db0) * tick_us / n ))
  else
    app_us[$1]=-; db_us[$1]=-
  fi
  rps[$1]=$(awk '/^Requests\/sec/ { printf "%.0f", $2 }' <<<"$out")
  bad=$(awk '/Non-2xx|Socket errors/ { n += $NF } END { print n + 0 }' <<<"$out")
  if [ "$bad" != 0 ]; then echo "$1: $bad errors" >&2; errors=$((errors + bad)); fi
  echo "measured $1: ${rps[$1]} req/s" >&2
}
# warm KEY URL LUA -> warmed[KEY], the seconds the path ran before it was measured. On two cores a
# fresh JVM running one path kept its JIT compiler busy for over a minute (a sync page: 635 µs of
# CPU a request after 20 s, 267 µs after 120 s), so the warm-up goes on, in 5 s steps, until the
# compiler threads used under 5% of a core in a step, or WARM_MAX seconds have passed.
warm() {
  local seconds=${WARM%s} jit0
  wrk -t2 -c16 -d "$WARM" -s "$3" "$2" >/dev/null 2>&1
  while [ $((seconds + 5)) -le "$WARM_MAX" ]; do
    jit0=$(jit_ticks)
    wrk -t2 -c16 -d 5s -s "$3" "$2" >/dev/null 2>&1
    seconds=$((seconds + 5))
    [ $(( ($(jit_ticks) - jit0) * tick_us )) -lt 250000 ] && break
  done
  warmed[$1]=$seconds
}
# prewarm KEY URL [LUA]: runs the path, measuring nothing
prewarm() {
  wrk -t2 -c16 -d "$PREWARM" -s "${3:-bench/wrk/auth.lua}" "$2" >/dev/null 2>&1
}

sync_small_url="$BASE${small% *}/pain-logs?limit=200&cursor=$(sync_cursor "$small" 1)"
deep_large_url="$BASE${large% *}/pain-logs?limit=50&cursor=$(deep_cursor "$large")"
sync_large_url="$BASE${large% *}/pain-logs?limit=200&cursor=$(sync_cursor "$large" 50)"
# every_path STEP: STEP (prewarm or measure) over the floor and every path, in one order
every_path() {
  local step=$1
  BENCH_TOKEN=${small#* }
  $step floor "$BASE/q/health/live"
  $step me "$BASE/v1/me"
  $step patient "$BASE${small% *}"
  $step catalog "$BASE/v1/exercises?limit=50"
  $step page_small "$BASE${small% *}/pain-logs?limit=50"
  $step summary_small "$BASE${small% *}/pain-logs/summary?from=$BENCH_FROM&to=$BENCH_TO"
  $step sync_small "$sync_small_url"
  [ "$step" = measure ] && measure floor_middle "$BASE/q/health/live"
  BENCH_TOKEN=${large#* }
  $step page_large "$BASE${large% *}/pain-logs?limit=50"
  $step deep_large "$deep_large_url"
  $step sync_large "$sync_large_url"
  $step summary_large "$BASE${large% *}/pain-logs/summary?from=$BENCH_FROM&to=$BENCH_TO"
  BENCH_DIARIES=$work/one.txt $step create_one "$BASE" bench/wrk/create.lua
  BENCH_DIARIES=$work/many.txt $step create_many "$BASE" bench/wrk/create.lua
  [ "$step" = measure ] && measure floor_last "$BASE/q/health/live"
  return 0
}
# The JIT is still compiling minutes in: on two cores a path measured after 20 s of its own
# warm-up alone ran slower than the same path on a diary ten times the size measured later. One
# pass over every path first, then each path warmed again and measured.
echo "== warming every path ($PREWARM each)" >&2
every_path prewarm
echo "== measuring (warm $WARM, or until the JIT is quiet up to ${WARM_MAX}s, then $MEASURE each)" >&2
every_path measure

# One request at a time over the year's diary: the median of three, after one warm-up.
median_ms() {
  local times=()
  for _ in 1 2 3 4; do
    local answer
    answer=$(curl -s -o "$work/$1.out" -w '%{http_code} %{time_total}' -H "Authorization: Bearer ${year#* }" \
      "$BASE${year% *}/$1?from=$(date -u -d '364 days ago' +%F)&to=$BENCH_TO")
    [ "${answer% *}" = 200 ] || { echo "$1 answered ${answer% *}: $(head -c 300 "$work/$1.out")" >&2; exit 1; }
    times+=("$(awk '{ printf "%.0f", $2 * 1000 }' <<<"$answer")")
  done
  printf '%s\n' "${times[@]:1}" | sort -n | sed -n 2p
}
fhir=$(median_ms fhir)
report=$(median_ms report)

echo "== mixed load: 64 connections for $MIXED" >&2
mixed=$(BENCH_DIARIES=$work/all.txt wrk -t2 -c64 -d "$MIXED" --latency -s bench/wrk/mixed.lua "$BASE" 2>&1)
mixed_rps=$(awk '/^Requests\/sec/ { printf "%.0f", $2 }' <<<"$mixed")
ms() { awk -v p="$1" '$1 == p { v=$2; if (v ~ /us$/) { sub(/us/,"",v); v/=1000 } else if (v ~ /ms$/) sub(/ms/,"",v);
  else if (v ~ /s$/) { sub(/s/,"",v); v*=1000 } printf "%.1f", v }' <<<"$mixed"; }
p50=$(ms 50%); p99=$(ms 99%)
mixed_errors=$(awk '/Non-2xx|Socket errors/ { n += $NF } END { print n + 0 }' <<<"$mixed")
rss=$(awk '/VmRSS/ { printf "%.0f", $2 / 1024 }' "/proc/$app/status")

# The floor is measured first, midway and last; ratios use the median. On a shared 2-core VM it
# moved by a fifth between runs of one build, so one measurement of it could pass or fail a path.
floors="${rps[floor]} ${rps[floor_middle]} ${rps[floor_last]}"
floor=$(tr ' ' '\n' <<<"$floors" | sort -n | sed -n 2p)
spread=$(awk -v m="$floor" '{ lo = $1; hi = $1; for (i = 2; i <= NF; i++) { if ($i < lo) lo = $i; if ($i > hi) hi = $i }
  printf "%.0f", 100 * (hi - lo) / m }' <<<"$floors")
ratio() { awk -v a="$1" -v b="$2" 'BEGIN { printf "%.3f", a / b }'; }
verdict() { awk -v v="$1" -v g="$2" -v op="$3" 'BEGIN { ok = (op == ">=") ? v >= g : v <= g; print ok ? "PASS" : "MISS" }'; }
db_cpu() { if [ "$DB" = postgresql ]; then echo "${db_us[$1]}"; else echo "in the API"; fi; }
row() {  # row LABEL KEY GOAL
  local r; r=$(ratio "${rps[$2]}" "$floor")
  printf '| %s | %s | %s | ≥ %s | %s | %s | %s | %s | %s |\n' "$1" "${rps[$2]}" "$r" "$3" "$(verdict "$r" "$3" ">=")" \
    "${app_us[$2]}" "$(db_cpu "$2")" "${warmed[$2]}" "${jit[$2]}"
}
printf '\n%s, heap %s, wrk -c16, every path warmed %s, then each warmed %s or until the JIT was quiet (%ss at most)' \
  "$DB" "$HEAP" "$PREWARM" "$WARM" "$WARM_MAX"
printf ' and measured %s\n\n' "$MEASURE"
printf '| path | req/s | ratio to floor | goal | | API CPU µs/req | database CPU µs/req | warmed s | JIT %% of a core, measured |\n'
printf '|---|---|---|---|---|---|---|---|---|\n'
printf '| floor `GET /q/health/live`, median of first, midway, last (%s) | %s | 1 | | | %s | %s | %s | %s |\n' \
  "${floors// /, }" "$floor" "${app_us[floor]}" "$(db_cpu floor)" "${warmed[floor]}" "${jit[floor]}"
row '`GET /v1/me`' me 0.3
row '`GET /v1/patients/{id}`' patient 0.3
row '`GET /v1/exercises?limit=50`' catalog 0.3
row '`POST` pain log, one diary' create_one 0.05
row '`POST` pain log, over 32 diaries' create_many 0.15
row 'list page 1 (50), diary of 2,000' page_small 0.2
row 'list page 1 (50), diary of 20,000' page_large 0.2
row 'sync page (200 changes), diary of 2,000' sync_small 0.15
row 'sync page (200 changes), diary of 20,000' sync_large 0.15
row 'summary, 90 days holding 900' summary_small 0.05
row 'summary, 90 days holding 9,000' summary_large 0.025
printf '\nThe floor moved by %s%% of its median within this run: a ratio within that much of its goal may land on the other side of it in another run.\n' "$spread"
deep=$(ratio "${rps[page_large]}" "${rps[deep_large]}")
slower=$(ratio "${rps[summary_small]}" "${rps[summary_large]}")
printf '\n| scale | value | goal | |\n|---|---|---|---|\n'
printf '| deepest page / page 1 (time), diary of 20,000 | %s | ≤ 1.5 | %s |\n' "$deep" "$(verdict "$deep" 1.5 "<=")"
printf '| summary time, 9,000 in the window / 900 | %s | ≤ 2 | %s |\n' "$slower" "$(verdict "$slower" 2 "<=")"
printf '| FHIR export of a year at 10 a day (ms, median of 3) | %s | < 1000 | %s |\n' "$fhir" "$(verdict "$fhir" 999 "<=")"
printf '| PDF report of a year at 10 a day (ms, median of 3) | %s | < 2000 | %s |\n' "$report" "$(verdict "$report" 1999 "<=")"
p99x=$(ratio "$p99" "$p50")
printf '| mixed load, 64 connections, %s: %s req/s, p50 %s ms, p99 %s ms | p99 = %s × p50 | ≤ 10 | %s |\n' \
  "$MIXED" "$mixed_rps" "$p50" "$p99" "$p99x" "$(verdict "$p99x" 10 "<=")"
printf '| errors (non-2xx or socket) over the whole run | %s | 0 | %s |\n' "$((errors + mixed_errors))" \
  "$(verdict "$((errors + mixed_errors))" 0 "<=")"
printf '| time to first answer at start-up (s) | %s | | |\n| RSS after the load (MiB) | %s | | |\n' "$startup" "$rss"
