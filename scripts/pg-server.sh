#!/usr/bin/env bash
# Throwaway PostgreSQL cluster on 127.0.0.1 for tests and migration authoring.
# Usage: scripts/pg-server.sh start DIR PORT   (prints the connection URL)  |  scripts/pg-server.sh stop DIR
# As root it runs the server as user postgres (PostgreSQL refuses to run as root).
set -euo pipefail
BIN=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -1)
[ -n "$BIN" ] || { echo "PostgreSQL server binaries not found: install Debian's postgresql package (apt-get install -y postgresql)" >&2; exit 1; }
DIR=${2:?give the cluster folder}
if [ "$(id -u)" = 0 ]; then RUN=(runuser -u postgres --); else RUN=(); fi
case "$1" in
  start)
    PORT=${3:?give a port}
    mkdir -p "$DIR"
    [ "$(id -u)" = 0 ] && chown postgres:postgres "$DIR"
    "${RUN[@]}" "$BIN/initdb" -D "$DIR/data" -U postgres --auth=trust -E UTF8 --locale=C.UTF-8 --no-sync >/dev/null
    "${RUN[@]}" "$BIN/pg_ctl" -D "$DIR/data" -l "$DIR/log" -w -t 30 \
      -o "-c listen_addresses=127.0.0.1 -p $PORT -k $DIR -c fsync=off -c synchronous_commit=off -c full_page_writes=off -c max_connections=300" start >/dev/null
    echo "postgresql://postgres@127.0.0.1:$PORT/postgres" ;;
  stop)
    "${RUN[@]}" "$BIN/pg_ctl" -D "$DIR/data" -m fast -w stop >/dev/null || true
    rm -rf "$DIR" ;;
  *) echo "usage: $0 start DIR PORT | stop DIR" >&2; exit 2 ;;
esac
