#!/usr/bin/env bash
# Where one path spends its time: seeds a diary of 2,000 entries (10 a day) through the packaged
# jar (into an H2 file, or a local PostgreSQL with BENCH_DB=postgresql), restarts the jar under
# async-profiler (tools.profiler:async-profiler from Maven Central, as a -agentpath), runs the path
# with wrk, stops the jar, and prints where the time goes by library and our hottest frames, from
# the collapsed stacks it writes (also a flame-graph input).
# Usage: bench/profile.sh me|patient|catalog|page|sync|summary|create|create-many|fhir|report [OUT_DIR]
# (create writes into the seeded diary; create-many into 32 new ones in turn, as bench/run.sh does)
set -euo pipefail
cd "$(dirname "$0")/.."
what=${1:?which path}
out=$(realpath -m "${2:-target/profile}")
PORT=${BENCH_PORT:-8089}
BASE="http://127.0.0.1:$PORT"
AP_VERSION=4.3
mkdir -p "$out"
ap="$out/async-profiler/linux-x64/libasyncProfiler.so"
if [ ! -f "$ap" ]; then
  jar="$out/async-profiler.jar"
  curl -sfL -o "$jar" "https://repo.maven.apache.org/maven2/tools/profiler/async-profiler/$AP_VERSION/async-profiler-$AP_VERSION-linux-x64.jar"
  (mkdir -p "$out/async-profiler" && cd "$out/async-profiler" && unzip -q -o "../async-profiler.jar")
fi
for tool in wrk jq; do command -v "$tool" >/dev/null || { apt-get update -qq && apt-get install -y -qq "$tool" >/dev/null; }; done
work=$(mktemp -d)
. bench/datasource.sh
. bench/diaries.sh
bench_datasource "$work"
# Rate limiting stays on (its cost is part of each path); the budgets are lifted so that one user
# and one address can drive the path. Logging as in bench/run.sh: no access line per request.
lifted_limits=()
for tier in per-user per-client anonymous dev-tokens; do lifted_limits+=("-Dbackcare.rate-limits.$tier=1000000000/PT1M"); done
collapsed="$out/$what.collapsed"
start() {  # start [JVM options...]
  java -Xmx512m "$@" -Dbackcare.dev-tokens.enabled=true -Dquarkus.http.port="$PORT" "${lifted_limits[@]}" \
    -Dquarkus.log.level=WARN -Dquarkus.log.category.\"org.backcare.access-log\".level=WARN "${DATASOURCE[@]}" \
    -jar target/quarkus-app/quarkus-run.jar >>"$work/app.log" 2>&1 &
  app=$!
  until curl -sf "$BASE/q/health/ready" >/dev/null; do
    kill -0 "$app" 2>/dev/null || { tail -n 20 "$work/app.log" >&2; exit 1; }
    sleep 0.2
  done
}
stop() { kill "$app" 2>/dev/null || true; wait "$app" 2>/dev/null || true; }
trap 'stop; rm -rf "$work"; declare -F postgres_down >/dev/null && postgres_down' EXIT
start
read -r diary < <(bench_diary profile)
token=${diary#* }
patient=$(basename "${diary% *}")
python3 bench/seed.py "$BASE" "$token" "$patient" 2000 0 200 >/dev/null
export BENCH_TOKEN=$token BENCH_RECORDED_AT BENCH_DIARIES=$work/diaries.txt
BENCH_RECORDED_AT=$(date -u -d '1 hour ago' +%FT%TZ)
echo "/v1/patients/$patient $token" > "$BENCH_DIARIES"
script=bench/wrk/auth.lua
case "$what" in
  me) url="$BASE/v1/me" ;;
  patient) url="$BASE/v1/patients/$patient" ;;
  catalog) url="$BASE/v1/exercises?limit=50" ;;
  page) url="$BASE/v1/patients/$patient/pain-logs?limit=50" ;;
  sync) cursor=$(curl -sf -H "Authorization: Bearer $token" \
          "$BASE/v1/patients/$patient/pain-logs?limit=200&updatedSince=2000-01-01T00:00:00Z" | jq -r .nextCursor)
        url="$BASE/v1/patients/$patient/pain-logs?limit=200&cursor=$cursor" ;;
  summary) url="$BASE/v1/patients/$patient/pain-logs/summary?from=$(date -u -d '89 days ago' +%F)&to=$(date -u +%F)" ;;
  create) url=$BASE; script=bench/wrk/create.lua ;;
  create-many) url=$BASE; script=bench/wrk/create.lua
        for i in $(seq 1 32); do bench_diary "many-$i"; done > "$BENCH_DIARIES" ;;
  fhir) url="$BASE/v1/patients/$patient/fhir" ;;
  report) url="$BASE/v1/patients/$patient/report" ;;
  *) echo "unknown path $what" >&2; exit 2 ;;
esac
stop
start "-agentpath:$ap=start,event=itimer,interval=1ms,file=$collapsed,collapsed"
wrk -t2 -c16 -d"${PROFILE_SECONDS:-60}s" -s "$script" "$url" | grep -E "Requests/sec|Non-2xx" || true
stop
python3 - "$collapsed" <<'PY'
# Each sample is charged to the innermost frame that belongs to a known library (or our code), so
# the JDK work a library asks for is the library's; JIT compiler threads are left out, so the
# shares are of the work serving requests.
import collections, sys
LIBRARIES = [
    ("our code", ("org/backcare/",)), ("JWT verification", ("org/jose4j/", "io/smallrye/jwt/")),
    ("logging", ("org/jboss/logmanager/", "org/jboss/logging/")), ("JTA", ("com/arjuna/", "io/quarkus/narayana/")),
    ("PDFBox", ("org/apache/pdfbox/", "org/apache/fontbox/", "org/apache/xmpbox/")),
    ("Hibernate", ("org/hibernate/",)), ("H2", ("org/h2/",)), ("PostgreSQL driver", ("org/postgresql/",)),
    ("Agroal pool", ("io/agroal/",)), ("Jackson", ("com/fasterxml/",)), ("Bean Validation", ("org/hibernate/validator",)),
    ("REST layer", ("org/jboss/resteasy/reactive/", "io/quarkus/resteasy/reactive/")),
    ("security", ("io/quarkus/security/", "io/quarkus/smallrye/jwt/", "io/quarkus/vertx/http/runtime/security/")),
    ("CDI", ("io/quarkus/arc/",)), ("Vert.x", ("io/vertx/",)), ("Netty", ("io/netty/",)),
    ("JDK crypto", ("sun/security/", "java/math/", "javax/crypto/")),
]
charged, top, samples = collections.Counter(), collections.Counter(), 0
for line in open(sys.argv[1]):
    stack, count = line.rsplit(" ", 1)
    count, frames = int(count), stack.split(";")
    if any("Compile" in f or "C2Compiler" in f or "C1Compiler" in f for f in frames):
        continue
    samples += count
    name = "JDK, native or VM only"
    for frame in reversed(frames):
        hit = next((n for n, keys in LIBRARIES if n != "our code" and any(k in frame for k in keys)), None)
        if hit:
            # Hibernate Validator frames also match Hibernate; the longer key decides
            name = "Bean Validation" if "org/hibernate/validator" in frame else hit
            break
    charged[name] += count
    ours = next((f for f in reversed(frames) if "org/backcare/" in f and "Subclass" not in f and "ClientProxy" not in f), None)
    if ours:
        top[ours] += count
print(f"{samples} samples outside the JIT compiler")
print("-- where the time goes (innermost library frame)")
for name, c in charged.most_common():
    print(f"{100 * c / samples:5.1f}%  {name}")
print("-- our innermost frames on the stack")
for f, c in top.most_common(20):
    print(f"{100 * c / samples:5.1f}%  {f}")
PY
