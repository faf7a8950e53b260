#!/usr/bin/env bash
# A throwaway PostgreSQL 15 cluster on 127.0.0.1 for the tests and benchmarks.
#   scripts/postgres.sh start DIR PORT   → initdb into DIR, start, print the connection string
#   scripts/postgres.sh stop DIR         → stop the cluster started in DIR
# PostgreSQL refuses to run as root, so the cluster belongs to the 'postgres' user the Debian package creates.
set -euo pipefail
bin=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1)
[ -n "$bin" ] || { echo "PostgreSQL tidak terpasang (jalankan scripts/setup.sh --test)." >&2; exit 1; }
as_pg() { if [ "$(id -u)" -eq 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi; }

case "${1:-}" in
  start)
    dir=$2; port=$3
    mkdir -p "$dir"
    [ "$(id -u)" -eq 0 ] && chown postgres:postgres "$dir"
    as_pg "$bin/initdb" -D "$dir/data" -U sakip --auth=trust -E UTF8 --locale=C.UTF-8 >"$dir/initdb.log" 2>&1
    as_pg "$bin/pg_ctl" -D "$dir/data" -l "$dir/server.log" -w -t 60 \
      -o "-c listen_addresses=127.0.0.1 -p $port -k $dir -c fsync=off -c synchronous_commit=off -c full_page_writes=off -c max_connections=300" start >/dev/null
    echo "Host=127.0.0.1;Port=$port;Username=sakip;Database=postgres;Pooling=true;Maximum Pool Size=100"
    ;;
  stop)
    dir=$2
    [ -d "$dir/data" ] && as_pg "$bin/pg_ctl" -D "$dir/data" -m fast -w stop >/dev/null 2>&1 || true
    rm -rf "$dir"
    ;;
  *)
    echo "pakai: $0 start DIR PORT | stop DIR" >&2; exit 2 ;;
esac
