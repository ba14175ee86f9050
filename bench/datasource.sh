# Sourced by bench/run.sh and bench/profile.sh: the database a benchmark runs against.
#   bench_datasource DIR   sets the array DATASOURCE to the JVM options for $BENCH_DB (h2, the
#                          default, as a file under DIR; or postgresql, a local server started as
#                          .ci/postgres-tests does) and builds the jar for that database if needed
bench_datasource() {
  local work=$1 db=${BENCH_DB:-h2}
  if [ "$db" = postgresql ]; then
    . .ci/lib/postgres.sh
    postgres_up
    postgres_fresh_db backcare_bench
    DATASOURCE=("-Dquarkus.datasource.jdbc.url=$(postgres_url backcare_bench)" -Dquarkus.datasource.username=backcare_bench
      -Dquarkus.datasource.password=backcare_bench)
  elif [ "$db" = h2 ]; then
    DATASOURCE=("-Dquarkus.datasource.jdbc.url=jdbc:h2:file:$work/db;DB_CLOSE_ON_EXIT=FALSE;LOCK_TIMEOUT=10000")
  else
    echo "BENCH_DB must be h2 or postgresql" >&2; exit 2
  fi
  if [ ! -f target/quarkus-app/quarkus-run.jar ] || [ "$(cat target/bench-db-kind 2>/dev/null)" != "$db" ]; then
    echo "== building the jar for $db" >&2
    BACKCARE_DB_KIND=$db ./mvnw -B -q -ntp package -DskipTests
    echo "$db" > target/bench-db-kind
  fi
}
