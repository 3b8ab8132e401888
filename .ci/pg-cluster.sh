# Sourced by the PostgreSQL checks: installs the distribution's PostgreSQL (apt-get) when its
# server binaries are missing, then starts a private, throwaway cluster (initdb + pg_ctl, as the
# postgres user when run as root) listening only on a Unix socket in a temporary directory, so it
# never touches a cluster already on the machine; it is stopped and removed on exit. Gives $work
# (the cluster's folder, readable by the server), run_as_db_user, psql_base and a database
# discogskit_check. The caller defines log and fail.
# --- 1. PostgreSQL binaries -------------------------------------------------------------------
find_bindir() {
    local dir
    for dir in $(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V -r); do
        if [[ -x "$dir/initdb" && -x "$dir/pg_ctl" && -x "$dir/postgres" ]]; then echo "$dir"; return 0; fi
    done
    if command -v initdb >/dev/null && command -v pg_ctl >/dev/null; then
        dirname "$(readlink -f "$(command -v initdb)")"; return 0
    fi
    return 1
}

if ! bindir="$(find_bindir)" || ! command -v psql >/dev/null; then
    [[ "$(id -u)" == 0 ]] || fail "PostgreSQL is not installed and installing it needs root (apt-get install postgresql)"
    log "installing PostgreSQL from the distribution's packages"
    export DEBIAN_FRONTEND=noninteractive
    apt-get update -qq
    apt-get install -y -qq postgresql >/dev/null
    bindir="$(find_bindir)" || fail "postgresql was installed but initdb/pg_ctl were not found"
fi
log "using PostgreSQL binaries in $bindir"

# --- 2. A private cluster ---------------------------------------------------------------------
work="$(mktemp -d /tmp/discogskit-pg.XXXXXX)"
run_as_db_user() {
    if [[ "$(id -u)" == 0 ]]; then runuser -u postgres -- "$@"; else "$@"; fi
}
if [[ "$(id -u)" == 0 ]]; then
    getent passwd postgres >/dev/null || fail "user 'postgres' does not exist; install the postgresql package"
    chown postgres "$work"
fi
chmod 700 "$work"
cleanup() {
    if [[ -f "$work/data/postmaster.pid" ]]; then
        run_as_db_user "$bindir/pg_ctl" -D "$work/data" -m immediate stop >/dev/null 2>&1 || true
    fi
    rm -rf "$work"
}
trap cleanup EXIT

run_as_db_user "$bindir/initdb" -D "$work/data" -U postgres -A trust -E UTF8 --locale=C.UTF-8 >/dev/null \
    || run_as_db_user "$bindir/initdb" -D "$work/data" -U postgres -A trust -E UTF8 --locale=C >/dev/null
run_as_db_user "$bindir/pg_ctl" -D "$work/data" -l "$work/server.log" -w -t 60 \
    -o "-c listen_addresses='' -k $work -p 5432" start >/dev/null \
    || { cat "$work/server.log" >&2 || true; fail "the server did not start"; }

psql_base=(psql -X -q -v ON_ERROR_STOP=1 -h "$work" -p 5432 -U postgres)
run_as_db_user "${psql_base[@]}" -d postgres -c "CREATE DATABASE discogskit_check" >/dev/null
