#!/usr/bin/env bash
# The crash and outage test (README, "Reliability and security"). While the other province sends N
# edXML documents through the central hub at a steady rate, and citizens submit S level-4 dossiers
# with two files each and start paying them while their bank sends its payment notices in bursts:
#   1. the hub is stopped for a minute, then started again;
#   2. the network between the server and the hub (a proxy, FaultProxy) adds 500 ms each way for
#      30 s, then cuts every connection five times, then goes half-open for a minute;
#   3. on PostgreSQL, the database is stopped for 30 seconds, then started again;
#   4. WildFly is killed with kill -9 at a random moment and started again, C times.
# The server's readiness is read every second through each outage. Afterwards every document the
# hub confirmed must be registered exactly once, with its file, logged once and answered 01 once;
# every dossier answered with a code must be whole, every payment confirmed to the bank paid, none
# twice; no stored file may belong to nothing, and no XA transaction be left in doubt.
#
#   bench/reliability.sh [--database h2|postgresql (h2)] [--documents N (10000)] [--submissions S (1000)]
#                        [--cycles C (10)] [--skip-build]
#
# Loopback only (hub 127.0.0.1:62016, its proxy 62017, HTTP 8480, PostgreSQL 5598). Takes about 10 minutes; never
# run by CI. The summary ends up in bench/target/reliability/result.txt.
set -euo pipefail

here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/.." && pwd)
database=h2
documents=10000
submissions=1000
cycles=10
build=true
while [ $# -gt 0 ]; do
    case $1 in
    --database) database=$2; shift 2 ;;
    --documents) documents=$2; shift 2 ;;
    --submissions) submissions=$2; shift 2 ;;
    --cycles) cycles=$2; shift 2 ;;
    --skip-build) build=false; shift ;;
    *) echo "unknown option $1" >&2; exit 2 ;;
    esac
done

if $build; then
    (cd "$root" && mvn -B -q install -DskipTests)
    mvn -B -q -f "$here/pom.xml" package
fi

wildfly=$root/target/wildfly
ear=$root/ear/target/egov.ear
work=$here/target/reliability
offset=400
url=http://127.0.0.1:$((8080 + offset))
hub_port=62016
# the server reaches the hub through the fault proxy
server_hub_port=62017
# the loopback test broker's account, like the tests' CentralHub: not a secret of any installation
hub_user=egov-reliability
hub_password=reliability-only-hub-password
pg_port=5598
pg_dir=/tmp/egov-reliability-postgresql-$pg_port
cluster=$root/ejb/src/test/postgresql/cluster.sh
load_cp="$here/target/test-classes:$here/target/classes:$(cat "$here/target/load-classpath.txt")"
# shellcheck source=lib.sh
source "$here/lib.sh"
export HUB_USER=$hub_user HUB_PASSWORD=$hub_password
# the secret the citizens' bank signs its payment notices with: drawn for this run only
payment_secret=$(head -c 24 /dev/urandom | od -An -tx1 | tr -d ' \n')
server_options=(-Degov.payment.secret="$payment_secret")

cleanup() {
    jobs -p | xargs -r kill 2> /dev/null || true
    stop_server
    "$here/hub.sh" stop "$work/hub" "$hub_port" > /dev/null 2>&1 || true
    [ "$database" != postgresql ] || "$cluster" stop "$pg_dir" > /dev/null 2>&1 || true
}
trap cleanup EXIT
rm -rf "$work"
mkdir -p "$work"

# ready_for SECONDS [CHECK]: the answer (HTTP status) of /api/health/CHECK (ready) once a second,
# counted: "200×12 503×18"
ready_for() {
    for _ in $(seq 1 "$1"); do
        curl -s -o /dev/null -m 4 -w '%{http_code}\n' "$url/api/health/${2:-ready}" || true
        sleep 1
    done | sort | uniq -c | awk '{printf "%s×%s ", $2, $1}'
}

# recovered: seconds until readiness answers 200 again
recovered() {
    local t0=$SECONDS
    until [ "$(curl -s -o /dev/null -m 1 -w '%{http_code}' "$url/api/health/ready")" = 200 ]; do
        sleep 0.5
        [ $((SECONDS - t0)) -lt 300 ] || { echo "never"; return; }
    done
    echo "$((SECONDS - t0)) s"
}

log "the central hub on 127.0.0.1:$hub_port"
"$here/hub.sh" create "$work/hub" "$hub_port" > /dev/null
"$here/hub.sh" start "$work/hub" "$hub_port"
if [ "$database" = postgresql ]; then
    log "PostgreSQL on 127.0.0.1:$pg_port (durable)"
    "$cluster" start "$pg_dir" "$pg_port" durable
    jdbc=(--url "jdbc:postgresql://127.0.0.1:$pg_port/egov_it" --user egov --password unused)
fi

log "the network to the hub: a proxy on 127.0.0.1:$server_hub_port"
mkfifo "$work/proxy.in"
load vn.camau.egov.bench.reliability.FaultProxy --listen "$server_hub_port" --to "$hub_port" < "$work/proxy.in" \
    > "$work/proxy.log" 2>&1 &
exec 3> "$work/proxy.in"

log "the server on $database (first start: migrations, demo data)"
base=$(server_base "$database")
[ "$database" = postgresql ] || jdbc=(--url "jdbc:h2:$base/data/egov/egov" --user sa --password "$(cat "$wildfly/standalone/data/egov/h2.password")")
cp "$ear" "$base/deployments/"
start_server "$database" "$base" > /dev/null

# spread over the faults: about 60 s of hub outage, 130 s of network faults, 30 s of database
# outage and C cycles of 5-20 s
# of work and a restart each
seconds=$((250 + cycles * 25))
log "the other province sends $documents documents over about $seconds s"
load vn.camau.egov.bench.reliability.CrashPeer --hub-port "$hub_port" --user "$hub_user" --password "$hub_password" \
    --keystore "$base/data/egov/demo-signing.p12" --documents "$documents" --tag-file "$work/tag.txt" \
    --rate "$(awk -v n="$documents" -v s="$seconds" 'BEGIN {printf "%.1f", n / s}')" > "$work/peer.log" 2>&1 &
peer=$!
load vn.camau.egov.bench.reliability.CrashCitizens --url "$url" --secret "$payment_secret" --submissions "$submissions" \
    --rate "$(awk -v n="$submissions" -v s="$seconds" 'BEGIN {printf "%.2f", n / s}')" --out "$work/dossiers.txt" \
    > "$work/citizens.log" 2>&1 &
citizens=$!
summary=$work/result.txt
echo "$(date +%Y-%m-%d) on $database: $documents edXML documents, $submissions dossiers submitted and paid; the hub" \
    "stopped for 60 s, network faults to the hub$([ "$database" = h2 ] || echo ", the database stopped for 30 s"); $cycles kill -9 cycles" > "$summary"

# the faults begin once the documents are signed and the peer is sending
until grep -q "crash peer: connected" "$work/peer.log" 2> /dev/null; do
    kill -0 "$peer" 2> /dev/null || { cat "$work/peer.log"; exit 1; }
    sleep 0.5
done
sleep 15
log "the hub stops for 60 s"
"$here/hub.sh" stop "$work/hub" "$hub_port"
# the server reaches the hub through the proxy: with the hub away, the proxy refuses as the hub would
echo refuse >&3
ready_for 60 > "$work/ready-during-hub-outage.txt" &
echo "hub stopped 60 s: its link (/api/health/hub) $(ready_for 60 hub)" | tee -a "$summary"
wait $!
echo "hub stopped 60 s: readiness $(cat "$work/ready-during-hub-outage.txt")" | tee -a "$summary"
echo normal >&3
"$here/hub.sh" start "$work/hub" "$hub_port"

sleep 10
log "the network to the hub: 500 ms late each way for 30 s"
echo "latency 500" >&3
echo "network 500 ms late each way for 30 s: readiness $(ready_for 30)" | tee -a "$summary"
echo normal >&3
sleep 10
log "the network to the hub: every connection cut, five times 5 s apart"
for _ in 1 2 3 4 5; do
    echo cut >&3
    sleep 5
done
echo "network: every connection to the hub cut five times, 5 s apart" >> "$summary"
log "the network to the hub: half-open for 60 s"
echo hold >&3
echo "network half-open for 60 s: readiness $(ready_for 60)" | tee -a "$summary"
echo normal >&3

if [ "$database" = postgresql ]; then
    sleep 15
    log "the database stops for 30 s"
    "$cluster" stop "$pg_dir"
    during=$(ready_for 30)
    "$cluster" resume "$pg_dir" "$pg_port" durable
    echo "database stopped 30 s: readiness $during; ready again after $(recovered)" | tee -a "$summary"
fi

for cycle in $(seq 1 "$cycles"); do
    # a random moment 5 to 20 s into the server's work
    sleep $((5 + RANDOM % 16))
    jvm=$(server_jvm)
    kill -KILL "$jvm"
    while kill -0 "$jvm" 2>/dev/null; do sleep 0.1; done
    log "cycle $cycle: killed WildFly (pid $jvm) with kill -9; starting it again"
    start_server "$database" "$base" > /dev/null
done

log "waiting for the other province's answers, and for the citizens and their bank"
peer_status=0
wait "$peer" || peer_status=$?
cat "$work/peer.log"
citizens_status=0
wait "$citizens" || citizens_status=$?
cat "$work/citizens.log"
stop_server

log "what the database holds"
check_status=0
load vn.camau.egov.bench.reliability.CrashCheck "${jdbc[@]}" --tag-file "$work/tag.txt" --documents "$documents" \
    --dossiers "$work/dossiers.txt" > "$work/check.log" 2>&1 || check_status=$?
cat "$work/check.log"
grep -h "crash peer: .*01 once\|crash peer: .*confirmed\|crash citizens: .*answered with\|crash citizens: .*payments started,\|crash check:" \
    "$work/peer.log" "$work/citizens.log" "$work/check.log" >> "$summary"
log "summary"
cat "$summary"
[ "$peer_status" -eq 0 ] && [ "$citizens_status" -eq 0 ] && [ "$check_status" -eq 0 ]
