#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
# SPDX-FileCopyrightText: Rapport contributors
#
# A throwaway PostgreSQL cluster for the sync tests: `start DIR` creates one in a temporary folder,
# listening on a loopback port, and writes its address to DIR/url; `stop DIR` stops it and removes it.
# Run by ctest as a fixture around TestSyncPostgres. As root, the cluster runs as the postgres user.
set -eu
action=$1
dir=$2
bindir=$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -n 1)
if [ "$(id -u)" -eq 0 ]; then
  as_pg="runuser -u postgres --"
else
  as_pg=""
fi

stop() {
  if [ -f "$dir/pgdir" ]; then
    pgdir=$(cat "$dir/pgdir")
    $as_pg "$bindir/pg_ctl" -D "$pgdir/data" -m immediate -w stop >/dev/null 2>&1 || true
    rm -rf "$pgdir"
    rm -f "$dir/pgdir" "$dir/url"
  fi
}

case "$action" in
start)
  stop
  mkdir -p "$dir"
  pgdir=$(mktemp -d /tmp/rapport-pg.XXXXXX)
  echo "$pgdir" >"$dir/pgdir"
  [ -n "$as_pg" ] && chown postgres "$pgdir"
  $as_pg "$bindir/initdb" -D "$pgdir/data" -A trust -U rapport -E UTF8 --no-sync >"$dir/initdb.log" 2>&1
  # A port that is free now: try a few from a range that nothing standard uses.
  for attempt in 1 2 3 4 5 6 7 8; do
    port=$((40000 + ($$ * 7 + attempt * 131) % 20000))
    if $as_pg "$bindir/pg_ctl" -D "$pgdir/data" -l "$pgdir/server.log" -w -t 60 \
         -o "-p $port -k $pgdir -c listen_addresses=127.0.0.1 -c fsync=off -c max_connections=200" start >/dev/null 2>&1; then
      $as_pg "$bindir/createdb" -h 127.0.0.1 -p "$port" -U rapport rapport_test
      echo "postgresql://rapport@127.0.0.1:$port/rapport_test" >"$dir/url"
      exit 0
    fi
  done
  cat "$pgdir/server.log" >&2 || true
  echo "postgres-fixture: could not start PostgreSQL" >&2
  exit 1
  ;;
stop)
  stop
  ;;
*)
  echo "usage: $0 start|stop DIR" >&2
  exit 2
  ;;
esac
