#!/usr/bin/env bash
# A throw-away PostgreSQL 15 cluster for the tests and benchmarks that need a real server (issue #22): made
# with Debian's own binaries, listening on 127.0.0.1 at a free port with TLS (a certificate authority made
# here), and removed by "stop". CTest starts one before the server tests (fixture "postgres") and stops it
# after the last of them.
#
# Usage: postgres-cluster.sh start|stop|restart|kill|url INFO_DIR
#   start    makes and starts the cluster; INFO_DIR then holds what a client needs:
#              admin.url  postgresql://saskati_admin:…@127.0.0.1:PORT/saskati?sslmode=verify-full&sslrootcert=…
#              ca.crt     the authority that signed the server's certificate (for sslrootcert)
#              port, data (the cluster's folder)
#   stop     stops it and removes its files
#   restart  stops the server (immediately, as a crash would) and starts it again on the same port
#   kill     stops the server immediately and leaves it stopped ("start-again" brings it back)
#   start-again  starts a cluster "kill" stopped
#   url      prints admin.url
# initdb refuses to run as root: as root the cluster belongs to the "postgres" user of Debian's package.
set -euo pipefail
action=${1:?start, stop, restart, kill, start-again or url}
info=${2:?the folder for the connection details}
bin=/usr/lib/postgresql/15/bin
[ -x "$bin/initdb" ] || { echo "PostgreSQL 15 is not installed: run ./tools/setup.sh"; exit 1; }

as_owner() {
    if [ "$(id -u)" -eq 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi
}

free_port() {
    python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])'
}

make_certificates() {
    local dir=$1
    openssl req -x509 -newkey rsa:2048 -nodes -days 2 -subj "/CN=Saskati test authority" \
        -keyout "$dir/ca.key" -out "$dir/ca.crt" 2>/dev/null
    openssl req -newkey rsa:2048 -nodes -subj "/CN=localhost" -keyout "$dir/server.key" -out "$dir/server.csr" \
        2>/dev/null
    printf 'subjectAltName=DNS:localhost,IP:127.0.0.1\n' > "$dir/san.ext"
    openssl x509 -req -in "$dir/server.csr" -CA "$dir/ca.crt" -CAkey "$dir/ca.key" -CAcreateserial -days 2 \
        -extfile "$dir/san.ext" -out "$dir/server.crt" 2>/dev/null
    chmod 600 "$dir/server.key"
}

start_server() {
    local data=$1
    as_owner "$bin/pg_ctl" -D "$data" -l "$data/server.log" -w -t 60 start >/dev/null ||
        { cat "$data/server.log"; exit 1; }
}

case $action in
start)
    mkdir -p "$info"
    [ ! -f "$info/data" ] || "$0" stop "$info"
    data=$(mktemp -d /tmp/saskati-postgres.XXXXXX)
    port=$(free_port)
    password=$(openssl rand -hex 16)
    make_certificates "$data"
    printf '%s\n' "$password" > "$data/admin.password"
    [ "$(id -u)" -ne 0 ] || chown -R postgres: "$data"
    as_owner "$bin/initdb" -D "$data/cluster" -U saskati_admin --pwfile="$data/admin.password" \
        --auth-local=scram-sha-256 --auth-host=scram-sha-256 -E UTF8 --locale=C.UTF-8 >/dev/null
    cat >> "$data/cluster/postgresql.conf" <<EOF
listen_addresses = '127.0.0.1'
port = $port
unix_socket_directories = '$data'
ssl = on
ssl_cert_file = '$data/server.crt'
ssl_key_file = '$data/server.key'
# A throw-away cluster: the tests stop the server, never the machine
fsync = off
full_page_writes = off
EOF
    # TLS for every connection over the network, as on a municipality's server (docs/server.md)
    printf 'local all all scram-sha-256\nhostssl all all 127.0.0.1/32 scram-sha-256\n' \
        > "$data/cluster/pg_hba.conf"
    start_server "$data/cluster"
    cp "$data/ca.crt" "$info/ca.crt"
    echo "$data" > "$info/data"
    echo "$port" > "$info/port"
    PGPASSWORD=$password PGSSLMODE=require "$bin/psql" -q -h 127.0.0.1 -p "$port" -U saskati_admin -d postgres \
        -c "CREATE DATABASE saskati"
    echo "postgresql://saskati_admin:$password@localhost:$port/saskati?sslmode=verify-full&sslrootcert=$info/ca.crt" \
        > "$info/admin.url"
    chmod 600 "$info/admin.url"
    echo "PostgreSQL $("$bin/postgres" --version | awk '{print $3}') on 127.0.0.1:$port ($data)"
    ;;
stop)
    [ -f "$info/data" ] || exit 0
    data=$(cat "$info/data")
    as_owner "$bin/pg_ctl" -D "$data/cluster" -m immediate stop >/dev/null 2>&1 || true
    rm -rf "$data" "$info/data" "$info/port" "$info/admin.url" "$info/ca.crt"
    ;;
restart)
    data=$(cat "$info/data")
    as_owner "$bin/pg_ctl" -D "$data/cluster" -m immediate stop >/dev/null
    start_server "$data/cluster"
    ;;
kill)
    data=$(cat "$info/data")
    as_owner "$bin/pg_ctl" -D "$data/cluster" -m immediate stop >/dev/null
    ;;
start-again)
    start_server "$(cat "$info/data")/cluster"
    ;;
url)
    cat "$info/admin.url"
    ;;
*)
    echo "usage: $0 start|stop|restart|kill|start-again|url INFO_DIR"
    exit 2
    ;;
esac
