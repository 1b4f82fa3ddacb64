#!/usr/bin/env bash
# The central hub for the edXML scenario, and the broker's own ceiling beside it.
#
#   bench/hub.sh create DIR PORT   a standalone Artemis broker instance in DIR, as a hub operator would
#                                  make it: login required, the hub's two queues, 127.0.0.1 only, no
#                                  web console, persistence on and the journal as `artemis create`
#                                  tunes it for this disk (like the tests' CentralHub)
#   bench/hub.sh start DIR PORT    runs it in the background (DIR/hub.pid, DIR/log/console.log)
#   bench/hub.sh stop DIR PORT     stops it
#   bench/hub.sh perf DIR PORT     `artemis perf client` against it: persistent messages of the size of
#                                  one edXML document of EdxmlExchange, sent and received through the
#                                  broker; prints messages/s and appends `artemis-perf<TAB>per_s<TAB>X`
#                                  to $BENCH_FIGURES
#
# Environment: HUB_USER, HUB_PASSWORD (the hub's account, also the server's EGOV_HUB_USER/PASSWORD);
# PERF_MESSAGE_SIZE (bytes, default the signed edXML document EdxmlExchange sends, see there),
# PERF_SECONDS (measured, default 30), PERF_WARMUP (seconds before, default 5), PERF_MAX_PENDING
# (messages the producer has unconfirmed, default 100: the ceiling, not one message's round trip).
set -euo pipefail

here=$(cd "$(dirname "$0")" && pwd)
home=${ARTEMIS_HOME:-$here/target/artemis/apache-artemis-2.40.0}
user=${HUB_USER:-egov-bench}
password=${HUB_PASSWORD:-bench-only-hub-password}
# the body of one document message of the scenario: EdxmlExchange prints it ("message size")
size=${PERF_MESSAGE_SIZE:-6316}

usage() { echo "usage: $0 create|start|stop|perf DIR PORT" >&2; exit 2; }
[ $# -eq 3 ] || usage
command=$1; dir=$2; port=$3

accepts() { (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null; }

case "$command" in
create)
    [ -x "$home/bin/artemis" ] || { echo "no Artemis in $home: mvn -o -f bench/pom.xml package" >&2; exit 1; }
    "$home/bin/artemis" create "$dir" --silent --force --user "$user" --password "$password" --require-login \
        --host 127.0.0.1 --default-port "$port" --no-web \
        --no-amqp-acceptor --no-mqtt-acceptor --no-stomp-acceptor --no-hornetq-acceptor \
        --java-memory 1G --queues egov.axis.inbound:anycast,egov.province.H12:anycast
    ;;
start)
    [ -x "$dir/bin/artemis" ] || { echo "no hub in $dir: $0 create $dir $port" >&2; exit 1; }
    if [ -f "$dir/hub.pid" ] && kill -0 "$(cat "$dir/hub.pid")" 2>/dev/null; then
        echo "the hub in $dir runs already (pid $(cat "$dir/hub.pid"))"; exit 0
    fi
    mkdir -p "$dir/log"
    setsid "$dir/bin/artemis" run >> "$dir/log/console.log" 2>&1 < /dev/null &
    echo $! > "$dir/hub.pid"
    for _ in $(seq 1 300); do
        accepts && { echo "hub on 127.0.0.1:$port (pid $(cat "$dir/hub.pid"))"; exit 0; }
        kill -0 "$(cat "$dir/hub.pid")" 2>/dev/null || break
        sleep 0.2
    done
    echo "the hub did not start; see $dir/log/console.log" >&2; exit 1
    ;;
stop)
    [ -f "$dir/hub.pid" ] || exit 0
    pid=$(cat "$dir/hub.pid")
    # setsid made the launcher a group leader: the group is the script and its java
    kill -TERM -- "-$pid" 2>/dev/null || true
    for _ in $(seq 1 150); do kill -0 "$pid" 2>/dev/null || break; sleep 0.2; done
    kill -KILL -- "-$pid" 2>/dev/null || true
    rm -f "$dir/hub.pid"
    ;;
perf)
    accepts || { echo "no hub on 127.0.0.1:$port: $0 start $dir $port" >&2; exit 1; }
    report=$(mktemp /tmp/artemis-perf.XXXXXX.json)
    # one producer and one consumer on one queue, like the scenario's single ordered consumer;
    # persistent, so every message is in the journal (synced) before the broker confirms it
    "$home/bin/artemis" perf client --silent --url "tcp://127.0.0.1:$port" --user "$user" --password "$password" \
        --persistent --message-size "$size" --duration "${PERF_SECONDS:-30}" --warmup "${PERF_WARMUP:-5}" \
        --max-pending "${PERF_MAX_PENDING:-100}" --producers 1 --consumers 1 --json "$report" queue://bench.perf \
        > /dev/null
    # the rate after the warm-up: the messages of the measured samples (one a second) over their span
    rate=$(python3 - "$report" <<'PY'
import json, sys
samples = [s for s in json.load(open(sys.argv[1])) if s["sampleType"] == "interval"]
warm = [s for s in samples if s["warmup"]]
measured = [s for s in samples if not s["warmup"]]
start = warm[-1]["time"] if warm else measured[0]["time"] - 1000
print(round(sum(s["received"] for s in measured) / ((measured[-1]["time"] - start) / 1000.0), 1))
PY
) || { echo "no rate in $report" >&2; cat "$report" >&2; exit 1; }
    rm -f "$report"
    echo "artemis perf: $rate messages/s received (persistent, $size bytes)"
    [ -z "${BENCH_FIGURES:-}" ] || printf 'artemis-perf\tper_s\t%s\n' "$rate" >> "$BENCH_FIGURES"
    ;;
*) usage ;;
esac
