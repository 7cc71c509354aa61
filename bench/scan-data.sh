#!/usr/bin/env bash
# Prepares the databases the scan benchmark (bench/scan.sh) reads, on the local servers:
#   PostgreSQL 127.0.0.1:5432 (user postgres, trust): bench_pagila, bench_chinook, bench_northwind and
#   bench_wide (WIDE_TABLES tables, default 10000, of 20 columns each, generated here);
#   MariaDB 127.0.0.1:3306 (root, no password): bench_sakila.
# Each database is dropped and loaded again. The sample databases come from the shared folder
# (SHARED, default ../shared beside the checkout); nothing of them is copied into the repository.
# Usage: bench/scan-data.sh [samples|wide|all]   (default all)
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
SHARED="${SHARED:-$ROOT/../shared}"
[ -d "$SHARED/datasets" ] || SHARED=/work/shared
DATA="$SHARED/datasets"
[ -d "$DATA/pagila" ] || { echo "NOT FOUND: the sample databases under $DATA" >&2; exit 1; }
WIDE_TABLES="${WIDE_TABLES:-10000}"
what="${1:-all}"

pg() { psql -X -q -h 127.0.0.1 -p 5432 -U postgres -v ON_ERROR_STOP=1 "$@"; }
fresh_pg() { pg -d postgres -c "DROP DATABASE IF EXISTS $1 WITH (FORCE)" -c "CREATE DATABASE $1"; }
maria() { mariadb -h 127.0.0.1 -P 3306 -u root "$@"; }

load_samples() {
  fresh_pg bench_pagila
  pg -d bench_pagila -f "$DATA/pagila/pagila-schema.sql" -f "$DATA/pagila/pagila-data.sql" > /dev/null
  fresh_pg bench_chinook
  # The dump creates and connects to its own database "chinook"; load it into ours instead.
  sed -e '/^DROP DATABASE IF EXISTS chinook;/d' -e '/^CREATE DATABASE chinook;/d' -e '/^\\c chinook;/d' \
    "$DATA/chinook/Chinook_PostgreSql.sql" | pg -d bench_chinook > /dev/null
  fresh_pg bench_northwind
  pg -d bench_northwind -f "$DATA/northwind/northwind.sql" > /dev/null
  for db in bench_pagila bench_chinook bench_northwind; do pg -d "$db" -c "ANALYZE"; done
  maria -e "DROP DATABASE IF EXISTS bench_sakila; CREATE DATABASE bench_sakila"
  # The dump creates and uses its own database "sakila", and its views name sakila.<table>: rename.
  cat "$DATA/sakila_mysql/sakila-schema.sql" "$DATA/sakila_mysql/sakila-data.sql" \
    | grep -v -i -E '^(DROP (SCHEMA|DATABASE) IF EXISTS|CREATE (SCHEMA|DATABASE)) sakila;' \
    | sed -E 's/^USE sakila;/USE bench_sakila;/I; s/([^A-Za-z0-9_@$])sakila\./\1bench_sakila./g' \
    | maria bench_sakila
  echo "loaded bench_pagila, bench_chinook, bench_northwind (PostgreSQL) and bench_sakila (MariaDB)"
}

# One schema of WIDE_TABLES tables t00001.. with 20 columns of mixed types and 10 rows each, so statistics
# and change tokens have something to read; created by the server itself in batches of 500 per transaction.
load_wide() {
  fresh_pg bench_wide
  pg -d bench_wide <<SQL
CREATE SCHEMA wide;
DO \$\$
DECLARE
  i integer;
BEGIN
  FOR i IN 1..$WIDE_TABLES LOOP
    EXECUTE format('CREATE TABLE wide.t%s (id bigint PRIMARY KEY, name varchar(80), email varchar(120), phone varchar(20),
      city varchar(60), country char(2), amount numeric(12,2), quantity integer, ratio double precision, active boolean,
      created_at timestamp, updated_at timestamptz, birth_date date, note text, code varchar(12), ref uuid,
      score smallint, weight real, label varchar(40), payload jsonb)', lpad(i::text, 5, '0'));
    EXECUTE format('INSERT INTO wide.t%s (id, name, email, amount, quantity, active, created_at)
      SELECT g, ''name '' || g, ''user'' || g || ''@example.org'', g * 1.5, g, g %% 2 = 0, now() FROM generate_series(1, 10) g',
      lpad(i::text, 5, '0'));
    IF i % 500 = 0 THEN
      COMMIT;
    END IF;
  END LOOP;
END
\$\$;
ANALYZE;
SQL
  echo "generated bench_wide: $WIDE_TABLES tables x 20 columns in schema wide"
}

case "$what" in
  samples) load_samples ;;
  wide) load_wide ;;
  all) load_samples; load_wide ;;
  *) echo "usage: $0 [samples|wide|all]" >&2; exit 2 ;;
esac
