#!/usr/bin/env bash
# Start a throw-away PostgreSQL server for the storage tests and print its URL on stdout.
#
#   url=$(bash scripts/start_postgres.sh)   # then: INNOCITE_TEST_PG_URL=$url pytest tests/storage
#
# Installs Debian's postgresql package when missing (root only; otherwise names it), creates a
# cluster in $PGTEST_DIR (default /tmp/innocite-pgtest) owned by the postgres user, listens on
# 127.0.0.1:$PGTEST_PORT (default 54329) with trust authentication, and creates the database
# innocite_test. Running it again reuses the running server.
set -euo pipefail

DIR="${PGTEST_DIR:-/tmp/innocite-pgtest}"
PORT="${PGTEST_PORT:-54329}"
URL="postgresql+psycopg://postgres@127.0.0.1:${PORT}/innocite_test"

log() { printf 'start_postgres.sh: %s\n' "$*" >&2; }

bindir=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1 || true)
if [ -z "$bindir" ]; then
    if [ "$(id -u)" -ne 0 ]; then
        log "PostgreSQL is not installed; run: sudo apt-get install -y postgresql"
        exit 1
    fi
    log "installing Debian's postgresql package"
    DEBIAN_FRONTEND=noninteractive apt-get update -qq >&2
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq postgresql >&2
    bindir=$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -n 1)
fi

as_postgres() {
    if [ "$(id -u)" -eq 0 ]; then
        runuser -u postgres -- "$@"
    else
        "$@"
    fi
}

if ! as_postgres "$bindir/pg_isready" -q -h 127.0.0.1 -p "$PORT" 2>/dev/null; then
    mkdir -p "$DIR"
    [ "$(id -u)" -eq 0 ] && chown postgres:postgres "$DIR"
    if [ ! -f "$DIR/data/PG_VERSION" ]; then
        as_postgres "$bindir/initdb" -D "$DIR/data" -U postgres --auth=trust -E UTF8 >&2
    fi
    as_postgres "$bindir/pg_ctl" -D "$DIR/data" -l "$DIR/server.log" -w -t 60 \
        -o "-c listen_addresses=127.0.0.1 -p $PORT -k $DIR -c fsync=off" start >&2
fi

if ! as_postgres "$bindir/psql" -h 127.0.0.1 -p "$PORT" -U postgres -tAc \
    "SELECT 1 FROM pg_database WHERE datname = 'innocite_test'" | grep -q 1; then
    as_postgres "$bindir/createdb" -h 127.0.0.1 -p "$PORT" -U postgres innocite_test >&2
fi
echo "$URL"
