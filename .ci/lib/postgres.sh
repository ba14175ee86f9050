# Sourced by the .ci scripts that need a real PostgreSQL server (Debian's packages, no Docker).
#   postgres_up            installs PostgreSQL if absent, creates and starts the "main" cluster on
#                          loopback; sets PG_PORT; stops the cluster on exit if this script started it
#   postgres_fresh_db NAME drops and recreates database NAME owned by role NAME (password NAME)
# Needs root (apt, and su to the postgres user).

postgres_up() {
    if ! ls /usr/lib/postgresql/*/bin/pg_ctl >/dev/null 2>&1; then
        apt-get update -qq
        DEBIAN_FRONTEND=noninteractive apt-get install -y -qq postgresql >/dev/null
    fi
    PG_VERSION=$(ls /usr/lib/postgresql | sort -n | tail -n 1)
    if ! pg_lsclusters -h | awk '{print $1, $2}' | grep -qx "$PG_VERSION main"; then
        pg_createcluster "$PG_VERSION" main >/dev/null
    fi
    PG_STARTED_HERE=false
    if ! pg_lsclusters -h | awk -v v="$PG_VERSION" '$1 == v && $2 == "main" {print $4}' | grep -qx online; then
        pg_ctlcluster "$PG_VERSION" main start
        PG_STARTED_HERE=true
    fi
    PG_PORT=$(pg_lsclusters -h | awk -v v="$PG_VERSION" '$1 == v && $2 == "main" {print $3}')
    export PG_VERSION PG_PORT
    trap postgres_down EXIT
}

postgres_down() {
    if [ "${PG_STARTED_HERE:-false}" = true ]; then
        pg_ctlcluster "$PG_VERSION" main stop || true
    fi
}

postgres_fresh_db() {
    local name=$1
    local psql="psql -v ON_ERROR_STOP=1 -q -p $PG_PORT"
    export PGOPTIONS='-c client_min_messages=warning'   # no "does not exist, skipping" notices
    su postgres -c "$psql -c \"drop database if exists $name with (force)\""
    su postgres -c "$psql -c \"drop role if exists $name\""
    su postgres -c "$psql -c \"create role $name login password '$name'\""
    su postgres -c "$psql -c \"create database $name owner $name\""
}

# The JDBC URL of database NAME on the local server.
postgres_url() {
    echo "jdbc:postgresql://127.0.0.1:$PG_PORT/$1"
}
