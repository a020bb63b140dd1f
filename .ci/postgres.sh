#!/usr/bin/env bash
# Starts a real PostgreSQL (Debian's package) on 127.0.0.1:5432 for the store's integration tests
# and prints the export line that points the tests at it:
#   eval "$(bash .ci/postgres.sh)"
# Progress goes to stderr so that stdout is only the export line.
set -euo pipefail

if ! ls /usr/lib/postgresql/*/bin/postgres >/dev/null 2>&1; then
  echo "postgres.sh: installing Debian's postgresql ..." >&2
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -q >&2
  apt-get install -y -q postgresql >&2
fi

ver="$(ls /usr/lib/postgresql | sort -V | tail -1)"
if ! pg_lsclusters -h 2>/dev/null | awk '{print $1" "$2}' | grep -qx "$ver main"; then
  pg_createcluster "$ver" main >&2
fi
# The cluster may be down (fresh machine, container without systemd): start it if so.
if ! pg_lsclusters -h | awk -v v="$ver" '$1==v && $2=="main" {print $4}' | grep -qx online; then
  pg_ctlcluster "$ver" main start >&2 || service postgresql start >&2
fi
for _ in $(seq 1 30); do
  pg_isready -q -h 127.0.0.1 -p 5432 && break
  sleep 1
done
pg_isready -h 127.0.0.1 -p 5432 >&2

psql_as_postgres() { su postgres -c "psql -v ON_ERROR_STOP=1 -qAt -c \"$1\"" ; }
if [ "$(psql_as_postgres "SELECT 1 FROM pg_roles WHERE rolname='vigil'")" != "1" ]; then
  psql_as_postgres "CREATE ROLE vigil LOGIN PASSWORD 'vigil'" >&2
fi
if [ "$(psql_as_postgres "SELECT 1 FROM pg_database WHERE datname='vigil_test'")" != "1" ]; then
  psql_as_postgres "CREATE DATABASE vigil_test OWNER vigil" >&2
fi

echo "export VIGIL_TEST_PG_URL='jdbc:postgresql://127.0.0.1:5432/vigil_test?user=vigil&password=vigil'"
