#!/usr/bin/env bash
# Runs a command with a throw-away PostgreSQL cluster on loopback, its URL in
# BUDGETBENCH_TEST_POSTGRES (a maintenance database the tests create their own databases from),
# and stops and removes the cluster afterwards, whatever the command's outcome.
#   scripts/with-postgres.sh swift test
# The server's binaries come from Debian's postgresql package (scripts/setup.sh installs it).
# initdb refuses to run as root, so as root the cluster belongs to the `postgres` user.
set -euo pipefail
bin=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -1)
[ -x "$bin/initdb" ] || { echo "PostgreSQL's server is not installed (run scripts/setup.sh)" >&2; exit 1; }
as_owner=()
if [ "$(id -u)" -eq 0 ]; then
  as_owner=(runuser -u postgres --)
fi
folder=$(mktemp -d /tmp/budgetbench-pg-XXXXXX)
[ ${#as_owner[@]} -eq 0 ] || chown postgres "$folder"
port=$(python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
stop() {
  "${as_owner[@]}" "$bin/pg_ctl" -D "$folder/data" -m immediate stop >/dev/null 2>&1 || true
  rm -rf "$folder"
}
trap stop EXIT
"${as_owner[@]}" "$bin/initdb" -D "$folder/data" -U budgetbench -A trust -E UTF8 --locale=C.UTF-8 >"$folder/initdb.log" 2>&1 \
  || { cat "$folder/initdb.log" >&2; exit 1; }
settings="-h 127.0.0.1 -p $port -k $folder -c max_connections=200"
# Durability off for tests: the cluster is thrown away, and fsyncs would only slow them.
# POSTGRES_DURABLE=1 (the benchmark) keeps the server's defaults.
[ "${POSTGRES_DURABLE:-0}" = 1 ] || settings+=" -c fsync=off -c synchronous_commit=off -c full_page_writes=off"
"${as_owner[@]}" "$bin/pg_ctl" -D "$folder/data" -l "$folder/server.log" -w -o "$settings" start >/dev/null
export BUDGETBENCH_TEST_POSTGRES="postgres://budgetbench@127.0.0.1:$port/postgres"
echo "PostgreSQL test cluster at $BUDGETBENCH_TEST_POSTGRES"
"$@"
