#!/usr/bin/env bash
# Loads the shared dump samples into a real PostgreSQL through `discogs dump KIND FILE --format
# pgcopy`, twice, and checks that every table holds exactly the rows the XML has (counted by
# .ci/dump-xml-counts.py, an independent reading) after each load, and that the second load
# leaves the same rows (truncate-and-load is idempotent).
#
# Usage: .ci/dump-pgcopy-check.sh DISCOGS_BINARY SAMPLES_FOLDER
set -euo pipefail
discogs="$1"
samples="$2"
package_root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"

log() { printf 'dump-pgcopy-check: %s\n' "$*" >&2; }
fail() { log "FAILED: $*"; exit 1; }

source "$package_root/.ci/pg-cluster.sh"
sql() { run_as_db_user "${psql_base[@]}" -d discogskit_check -At -c "$1"; }

out="$work/pgcopy"
for kind in releases masters artists labels; do
    file="$(ls "$samples"/*_"$kind".xml.gz | head -n 1)"
    "$discogs" dump "$kind" "$file" --format pgcopy --out "$out" 2>"$work/$kind.log" \
        || { cat "$work/$kind.log" >&2; fail "discogs dump $kind --format pgcopy failed"; }
    python3 "$package_root/.ci/dump-xml-counts.py" "$kind" "$file" >"$work/$kind.expected"
done
[[ "$(id -u)" != 0 ]] || chown -R postgres "$out"

check_counts() {
    local kind="$1" table expected actual tables
    tables="$(sed -n 's/^\\copy \([a-z_]*\) .*/\1/p' "$out/load-$kind.sql")"
    [[ -n "$tables" ]] || fail "load-$kind.sql copies no table"
    for table in $tables; do
        expected="$(awk -v t="$table" '$1 == t { print $2 }' "$work/$kind.expected")"
        actual="$(sql "SELECT count(*) FROM $table")"
        [[ "$actual" == "${expected:-0}" ]] || fail "$table holds $actual rows; the XML has ${expected:-0}"
    done
    echo "$tables"
}
checksum() { sql "SELECT coalesce(md5(string_agg(t::text, E'\\n' ORDER BY t::text)), 'empty') FROM $1 t"; }

for kind in releases masters artists labels; do
    (cd "$out" && run_as_db_user "${psql_base[@]}" -d discogskit_check -f "load-$kind.sql" >/dev/null) \
        || fail "the first load of $kind failed"
    tables="$(check_counts "$kind")"
    declare -A sums=()
    for table in $tables; do sums[$table]="$(checksum "$table")"; done
    (cd "$out" && run_as_db_user "${psql_base[@]}" -d discogskit_check -f "load-$kind.sql" >/dev/null) \
        || fail "the second load of $kind failed"
    check_counts "$kind" >/dev/null
    for table in $tables; do
        [[ "$(checksum "$table")" == "${sums[$table]}" ]] || fail "$table differs after the second load"
    done
    indexes="$(sql "SELECT count(*) FROM pg_indexes WHERE tablename IN ($(printf "'%s'," $tables | sed 's/,$//'))")"
    log "$kind: $(tr '\n' ' ' <"$work/$kind.expected")— exact after each of two loads, $indexes indexes"
    unset sums
done
log "passed"
