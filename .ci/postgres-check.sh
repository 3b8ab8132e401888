#!/usr/bin/env bash
# Checks that SQLSink output loads into a real PostgreSQL and that loading it again updates rows
# instead of duplicating them.
#
# Usage: .ci/postgres-check.sh [SQL_FILE [EXPECTATIONS_FILE]]
#
#   SQL_FILE           a script written by SQLSink. Without it, the script generates one by running
#                      `swift test --filter SQLSinkPostgresExportTests` with DISCOGSKIT_SQL_OUT set.
#   EXPECTATIONS_FILE  optional; defaults to SQL_FILE.expected when that exists. One check per line:
#                      table<TAB>item_key as hex<TAB>SQL expression<TAB>expected UTF-8 text as hex
#                      (or NULL). Hex keeps the comparison independent of SQL string escaping.
#                      The file is trusted input: its expressions are run as written.
#
# What it does:
#   1. Installs the distribution's PostgreSQL (apt-get) when its server binaries are missing.
#   2. Starts a private, throwaway cluster (initdb + pg_ctl, as the postgres user when run as
#      root) listening only on a Unix socket in a temporary directory, so it never touches a
#      cluster already installed or running on the machine. It is stopped and removed on exit.
#   3. Loads SQL_FILE, records each table's row count and a checksum of its rows, then damages
#      one column per table, loads SQL_FILE again and checks that the counts did not change and
#      that every damaged value was restored (ON CONFLICT … DO UPDATE applied).
#   4. Runs the expectations, if any.
#
# Environment:
#   DISCOGSKIT_SQL_SCHEMA   schema the tables are in (default: discogs)
#   DISCOGSKIT_SCRATCH_PATH swift build scratch path when generating (default: .build)
set -euo pipefail

schema="${DISCOGSKIT_SQL_SCHEMA:-discogs}"
tables=(tracks artists labels track_artists credits)
package_root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"

log() { printf 'postgres-check: %s\n' "$*" >&2; }
fail() { log "FAILED: $*"; exit 1; }

[[ "$schema" =~ ^[A-Za-z_][A-Za-z0-9_]*$ ]] || fail "DISCOGSKIT_SQL_SCHEMA '$schema' is not a plain identifier"

# --- 1, 2. PostgreSQL binaries and a private cluster (.ci/pg-cluster.sh) -----------------------
source "$package_root/.ci/pg-cluster.sh"
sql() { run_as_db_user "${psql_base[@]}" -d discogskit_check -At -c "$1"; }
load() { run_as_db_user "${psql_base[@]}" -d discogskit_check -f "$1" >/dev/null; }

# --- The SQL file -----------------------------------------------------------------------------
sql_file="${1:-}"
expectations="${2:-}"
if [[ -z "$sql_file" ]]; then
    sql_file="$work/items.sql"
    log "generating $sql_file with swift test"
    (cd "$package_root" && DISCOGSKIT_SQL_OUT="$sql_file" swift test \
        --scratch-path "${DISCOGSKIT_SCRATCH_PATH:-.build}" --filter SQLSinkPostgresExportTests >"$work/swift-test.log" 2>&1) \
        || { tail -50 "$work/swift-test.log" >&2; fail "swift test did not pass while generating the SQL file"; }
    [[ -s "$sql_file" ]] || fail "swift test passed but did not write $sql_file (is DISCOGSKIT_SQL_OUT read?)"
fi
[[ -r "$sql_file" ]] || fail "cannot read SQL file '$sql_file'"
[[ -n "$expectations" || ! -f "$sql_file.expected" ]] || expectations="$sql_file.expected"
# The postgres user must be able to read the files.
cp "$sql_file" "$work/load.sql"
[[ "$(id -u)" != 0 ]] || chown postgres "$work/load.sql"

# --- 3. Load twice ----------------------------------------------------------------------------
counts() {
    local table
    for table in "${tables[@]}"; do
        printf '%s=%s ' "$table" "$(sql "SELECT count(*) FROM \"$schema\".\"$table\"")"
    done
}
checksum() {
    sql "SELECT coalesce(md5(string_agg(t::text, E'\\n' ORDER BY t::text)), 'empty') FROM \"$schema\".\"$1\" t"
}

log "loading $sql_file"
load "$work/load.sql" || fail "the first load failed"
first_counts="$(counts)"
log "after the first load: $first_counts"
sql "SELECT 1 FROM \"$schema\".tracks LIMIT 1" | grep -q 1 || fail "the SQL file loaded no tracks"
declare -A first_sums
for table in "${tables[@]}"; do first_sums[$table]="$(checksum "$table")"; done

sql "UPDATE \"$schema\".tracks SET track_name = track_name || ' (stale)', is_remix = NOT is_remix, metadata = '{}'::jsonb;
     UPDATE \"$schema\".artists SET artist_name = artist_name || ' (stale)';
     UPDATE \"$schema\".labels SET label_name = label_name || ' (stale)';
     UPDATE \"$schema\".track_artists SET artist_name = artist_name || ' (stale)';
     UPDATE \"$schema\".credits SET role = role || ' (stale)';" >/dev/null
for table in "${tables[@]}"; do
    if [[ "${first_sums[$table]}" != empty && "$(checksum "$table")" == "${first_sums[$table]}" ]]; then
        fail "damaging $table did not change it; the check would prove nothing"
    fi
done

log "loading $sql_file again"
load "$work/load.sql" || fail "the second load failed"
second_counts="$(counts)"
log "after the second load: $second_counts"
[[ "$second_counts" == "$first_counts" ]] || fail "row counts changed on reload: before [$first_counts] after [$second_counts]"
for table in "${tables[@]}"; do
    [[ "$(checksum "$table")" == "${first_sums[$table]}" ]] \
        || fail "$table differs after reloading: ON CONFLICT … DO UPDATE did not restore its rows"
done
log "reload kept the row counts and restored every damaged value"

# --- 4. Expectations --------------------------------------------------------------------------
if [[ -n "$expectations" ]]; then
    [[ -r "$expectations" ]] || fail "cannot read expectations file '$expectations'"
    checked=0
    while IFS=$'\t' read -r table key_hex expression expected_hex; do
        [[ -n "$table" ]] || continue
        [[ "$table" =~ ^(tracks|artists|labels)$ ]] || fail "expectation table '$table' is not tracks, artists or labels"
        [[ "$key_hex" =~ ^[0-9a-f]+$ ]] || fail "expectation key '$key_hex' is not lower-case hex"
        actual="$(sql "SELECT coalesce(encode(convert_to(($expression)::text, 'UTF8'), 'hex'), 'NULL')
                       FROM \"$schema\".\"$table\" WHERE encode(convert_to(item_key, 'UTF8'), 'hex') = '$key_hex'")"
        [[ -n "$actual" ]] || fail "no $table row has the key $(printf '%s' "$key_hex" | xxd -r -p 2>/dev/null || echo "$key_hex")"
        if [[ "$actual" != "$expected_hex" ]]; then
            fail "$table.$expression: expected hex $expected_hex, found $actual"
        fi
        checked=$((checked + 1))
    done <"$expectations"
    log "$checked expectation(s) matched"
fi

log "passed"
