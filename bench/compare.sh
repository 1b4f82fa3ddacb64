#!/usr/bin/env bash
# Two builds of the application on the same server and data, in turns (README, "Performance"):
#
#   bench/compare.sh BEFORE.ear AFTER.ear [lookup|rest|catalogue] [ROUNDS]
#
# For a change smaller than what the figures vary by from one run of bench/run.sh to the next: on
# the H2 server and data the last run left in bench/target/run, deploys BEFORE, then AFTER, ROUNDS
# times each (2 by default). For each it warms the page up with wrk (120 s, then 20 s runs until one
# gains under 5 % on the one before), then prints three runs of 20 s, each with its rate and the
# server's CPU per request (from /proc: what the server itself spent, whatever else the machine did).
# Copy the EAR of each build aside first (ear/target/egov.ear). Loopback only; the hub need not run.
set -euo pipefail

if [ $# -lt 2 ]; then
    echo "usage: bench/compare.sh BEFORE.ear AFTER.ear [lookup|rest|catalogue] [ROUNDS]" >&2
    exit 2
fi
before=$(realpath "$1") after=$(realpath "$2") page=${3:-lookup} rounds=${4:-2}
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/.." && pwd)
wildfly=$root/target/wildfly
work=$here/target/run
offset=300
url=http://127.0.0.1:$((8080 + offset))
hub_port=61916 hub_user=egov-bench hub_password=bench-only-hub-password pg_port=5498
base=$work/server-h2
[ -d "$base/data/egov" ] || { echo "no H2 server and data in $base: run bench/run.sh --databases h2 first" >&2; exit 1; }
# shellcheck source=lib.sh
source "$here/lib.sh"
trap stop_server EXIT

case $page in
lookup) path="/lookup.xhtml?code=%s&id=%s" input=$work/codes-h2.tsv ;;
rest) path="/api/tracking?code=%s&id=%s" input=$work/codes-h2.tsv ;;
catalogue) path="/procedures.xhtml?q=%s" input=$here/wrk/catalogue-queries.txt ;;
*) echo "unknown page $page: lookup, rest or catalogue" >&2; exit 2 ;;
esac

# measure SECONDS: one wrk run; prints "RATE/s CPU ms"
measure() {
    local began ended out
    began=$(awk '{print $14 + $15}' "/proc/$jvm/stat")
    out=$(BENCH_PATH=$path BENCH_INPUT=$input wrk -t2 -c32 -d"$1s" -s "$here/wrk/pick.lua" "$url${path%%\?*}")
    ended=$(awk '{print $14 + $15}' "/proc/$jvm/stat")
    awk -v cpu=$((ended - began)) -v tick="$(getconf CLK_TCK)" -v n="$(awk '/requests in/ {print $1}' <<< "$out")" \
        -v rate="$(awk '/^Requests\/sec/ {print $2}' <<< "$out")" \
        'BEGIN { if (n > 0) printf "%d/s %.3f ms", rate, cpu * 1000 / tick / n; else printf "failed" }'
}

for round in $(seq 1 "$rounds"); do
    for build in before after; do
        ear=$before
        [ $build = after ] && ear=$after
        cp "$ear" "$base/deployments/egov.ear"
        start_server h2 "$base" > /dev/null
        jvm=$(server_jvm)
        measure 120 > /dev/null
        last=0
        for _ in $(seq 1 10); do
            rate=$(measure 20)
            rate=${rate%%/*}
            [[ $rate =~ ^[0-9]+$ ]] || continue
            [ "$last" -gt 0 ] && [ "$rate" -lt $((last * 105 / 100)) ] && break
            last=$rate
        done
        echo "round $round, $build ($page): $(measure 20); $(measure 20); $(measure 20)"
        stop_server
    done
done
