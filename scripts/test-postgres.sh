#!/usr/bin/env bash
# Runs a command against a throwaway PostgreSQL cluster: temp folder, free port, 127.0.0.1 only.
# If DATABASE_URL is already set, the command runs against that database instead.
set -euo pipefail

if [[ -n "${DATABASE_URL:-}" ]]; then
    exec "$@"
fi

PG_BIN="${PG_BIN:-$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n1)}"
if [[ -z "$PG_BIN" || ! -x "$PG_BIN/initdb" ]]; then
    echo "PostgreSQL server programs not found. Install them with: apt-get install -y postgresql" >&2
    exit 1
fi

DATA_DIR="$(mktemp -d /tmp/shop-pg.XXXXXX)"
PORT="$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1]); s.close()')"
AS=()
if [[ "$(id -u)" == "0" ]]; then
    chown postgres:postgres "$DATA_DIR"
    AS=(runuser -u postgres --)
fi

cleanup() {
    "${AS[@]}" "$PG_BIN/pg_ctl" -D "$DATA_DIR/data" -m immediate stop >/dev/null 2>&1 || true
    rm -rf "$DATA_DIR"
}
trap cleanup EXIT INT TERM

"${AS[@]}" "$PG_BIN/initdb" -D "$DATA_DIR/data" -U postgres -A trust -E UTF8 >/dev/null
"${AS[@]}" "$PG_BIN/pg_ctl" -D "$DATA_DIR/data" -l "$DATA_DIR/server.log" -w \
    -o "-h 127.0.0.1 -p $PORT -k $DATA_DIR -c fsync=off -c synchronous_commit=off -c full_page_writes=off -c max_connections=200" \
    start >/dev/null

export DATABASE_URL="postgres://postgres@127.0.0.1:$PORT/shop"
"$@"
