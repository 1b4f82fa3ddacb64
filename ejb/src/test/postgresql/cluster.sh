#!/usr/bin/env bash
# A throw-away PostgreSQL server for the Arquillian tests, from Debian's postgresql package: a new
# cluster in DIR listening on 127.0.0.1:PORT only, database egov_it owned by egov. Trust
# authentication on loopback: the cluster lives for one test run and holds test data only.
# As root it runs as the package's postgres user (initdb refuses root).
#
#   cluster.sh start DIR PORT [durable]     a new, empty cluster
#   cluster.sh resume DIR PORT [durable]    the cluster left in DIR, with its data
#   cluster.sh stop DIR
#
# The tests' cluster skips fsync; the performance harness (bench/run.sh) asks for a durable one, as a
# province runs it, with the memory a database server on such a machine would have.
set -euo pipefail

action=$1
dir=$2
port=${3:-5499}
mode=${4:-fast}
bin=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -1 || true)
if [ -z "$bin" ] || [ ! -x "$bin/initdb" ]; then
    echo "PostgreSQL is not installed: sudo apt-get install postgresql (the tests run on it too)" >&2
    exit 1
fi
as_owner() {
    if [ "$(id -u)" -eq 0 ]; then
        runuser -u postgres -- "$@"
    else
        "$@"
    fi
}

# no fsync for the tests: a crash loses nothing anyone needs, and they run faster
run_server() {
    settings="-c fsync=off -c synchronous_commit=off"
    if [ "$mode" = durable ]; then
        settings="-c shared_buffers=2GB -c effective_cache_size=8GB -c work_mem=32MB -c maintenance_work_mem=512MB"
    fi
    as_owner "$bin/pg_ctl" -D "$dir/data" -l "$dir/server.log" -w \
        -o "-p $port -k $dir -c listen_addresses=127.0.0.1 $settings -c max_connections=150 -c max_prepared_transactions=150" start
}

case $action in
resume)
    run_server
    ;;
start)
    if [ -f "$dir/data/postmaster.pid" ]; then
        as_owner "$bin/pg_ctl" -D "$dir/data" -m immediate -w stop || true
    fi
    rm -rf "$dir"
    mkdir -p "$dir"
    if [ "$(id -u)" -eq 0 ]; then
        chown postgres "$dir"
    fi
    as_owner "$bin/initdb" -D "$dir/data" -U egov --auth=trust -E UTF8 --locale=C.UTF-8 > "$dir/initdb.log"
    run_server
    as_owner "$bin/createdb" -h 127.0.0.1 -p "$port" -U egov egov_it
    echo "PostgreSQL for the tests on 127.0.0.1:$port (database egov_it), data in $dir"
    ;;
stop)
    if [ -f "$dir/data/postmaster.pid" ]; then
        as_owner "$bin/pg_ctl" -D "$dir/data" -m fast -w stop
    fi
    ;;
*)
    echo "usage: cluster.sh start|resume DIR PORT [durable] | stop DIR" >&2
    exit 2
    ;;
esac
