#!/usr/bin/env bash
# The performance harness, in one command (README, "Performance"):
#
#   bench/run.sh [--dossiers N] [--databases "h2 postgresql"] [--runs R] [--seconds S] [--skip-build]
#                [--again "SCENARIOS"]
#
# Builds the application and the harness, then for each database: starts the provisioned WildFly
# bare and with the EAR (server start), loads N dossiers through JDBC (default 1,000,000), and runs
# every scenario beside its baseline in the same run: wrk for plain GETs, Gatling for the JSF flows,
# the edXML peer over a standalone Artemis hub, `artemis perf` for the broker's own ceiling. Writes
# bench/results/<date>.md (the machine, and every figure as the median over R runs).
#
# --again "inbox statistics" measures only those scenarios again, on the servers and data of the last
# run (after a fix: build first, or pass --skip-build), replaces their figures and writes the results.
# Scenarios: web (the wrk ones), statistics, submission, inbox, edxml.
#
# Needs wrk and PostgreSQL (sudo apt-get install wrk postgresql). Loopback only. Takes about 90 minutes
# with the defaults. Never run by CI.
set -euo pipefail

here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/.." && pwd)
dossiers=1000000
databases="h2 postgresql"
runs=3
seconds=20
edxml_documents=2000
build=true
again=
while [ $# -gt 0 ]; do
    case $1 in
    --dossiers) dossiers=$2; shift 2 ;;
    --databases) databases=$2; shift 2 ;;
    --runs) runs=$2; shift 2 ;;
    --seconds) seconds=$2; shift 2 ;;
    --skip-build) build=false; shift ;;
    --again) again=$2; shift 2 ;;
    *) echo "unknown option $1" >&2; exit 2 ;;
    esac
done

command -v wrk > /dev/null || { echo "wrk is not installed: sudo apt-get install wrk" >&2; exit 1; }
if [[ $databases == *postgresql* ]] && ! ls /usr/lib/postgresql/*/bin/initdb > /dev/null 2>&1; then
    echo "PostgreSQL is not installed: sudo apt-get install postgresql" >&2
    exit 1
fi

if $build; then
    (cd "$root" && mvn -B -q install -DskipTests)
    mvn -B -q -f "$here/pom.xml" package
fi

wildfly=$root/target/wildfly
ear=$root/ear/target/egov.ear
baseline_war=$here/target/bench-baseline.war
artemis_home=$(ls -d "$here"/target/artemis/apache-artemis-* | head -1)
work=$here/target/run
offset=300
http=$((8080 + offset))
url=http://127.0.0.1:$http
hub_port=61916
hub_user=egov-bench
hub_password=bench-only-hub-password
pg_port=5498
pg_dir=/tmp/egov-bench-postgresql-$pg_port
if [ -z "$again" ]; then
    rm -rf "$work"
fi
mkdir -p "$work"

# disk_room: stops the run while the disk holding its data is 85 % full or more. Both brokers (the
# server's and the hub) stop taking messages at 90 % (Artemis' max-disk-usage) and wait for space:
# with the disk filled to that, the edXML peer's sends waited for ever (fifteenth session), and the
# eleventh session's runs counted every document lost. Each submission stores its two files, so the
# disk fills as the run goes. Counted as Artemis counts: what is not free to use, of the file
# system's whole size (on this machine 80 % when df says 49 %, as most of its size is not available)
disk_room() {
    local used
    used=$(df -B1 --output=size,avail "$work" | awk 'NR == 2 {printf "%d", 100 - 100 * $2 / $1}')
    if [ "$used" -ge 85 ]; then
        echo "The disk holding $work is $used % full as Artemis counts it (the space not free to use, of the" \
            "file system's size): the brokers stop taking messages at 90 %, so nothing measured now would" \
            "hold. Free some space (rm -rf $work gives back the benchmark's data) and run again." >&2
        exit 1
    fi
}
disk_room
load_cp="$here/target/test-classes:$here/target/classes:$(cat "$here/target/load-classpath.txt")"
# log, load, server_base, start_server, stop_server, server_jvm
# shellcheck source=lib.sh
source "$here/lib.sh"

# wanted SCENARIO: whether this run measures it (all of them, unless --again names some)
wanted() { [ -z "$again" ] || [[ " $again " == *" $1 "* ]]; }

# --- the server -----------------------------------------------------------------------------------

cleanup() {
    stop_server
    "$here/hub.sh" stop "$work/hub" "$hub_port" > /dev/null 2>&1 || true
    "$root/ejb/src/test/postgresql/cluster.sh" stop "$pg_dir" > /dev/null 2>&1 || true
}
trap cleanup EXIT

# --- the load tools -------------------------------------------------------------------------------

# to_ms VALUE: wrk's latency (e.g. 812.00us, 4.21ms, 1.02s) in milliseconds
to_ms() {
    awk -v v="$1" 'BEGIN { n = v + 0; if (v ~ /us$/) n /= 1000; else if (v ~ /ms$/) n += 0; else if (v ~ /m$/) n *= 60000; else if (v ~ /s$/) n *= 1000; printf "%.2f", n }'
}

# wrk_scenario NAME PATH_OR_TEMPLATE [LUA_FILE_INPUT]: 32 connections, a 120 s warm-up, then runs of S
# seconds until one gains under 5 % on the one before (at most 10), then R measured runs. The JIT takes
# minutes on 2 shared cores: after a 30 s warm-up, eight more 20 s runs of the lookup page went 472,
# 755, 789, 895, 970, 1,071, 1,095, 1,137 req/s (PostgreSQL, eighth session). And a machine still busy
# after the load slows the first runs: after 120 s the twelfth session's full run measured 597, 783,
# 974 on H2 (1,401 at once when measured again right after)
wrk_scenario() {
    local name=$1 path=$2 input=${3:-} script=() out rate before=0 rates=
    if [ -n "$input" ]; then
        script=(-s "$here/wrk/pick.lua")
    fi
    log "wrk: $name ($path)"
    BENCH_PATH=$path BENCH_INPUT=$input wrk -t2 -c32 -d120s "${script[@]}" "$url${path%%\%*}" > /dev/null
    for _ in $(seq 1 10); do
        rate=$(BENCH_PATH=$path BENCH_INPUT=$input wrk -t2 -c32 -d"${seconds}s" "${script[@]}" "$url${path%%\%*}" \
            | awk '/^Requests\/sec/ {printf "%d", $2}')
        rates="$rates ${rate:-failed}"
        if [ -z "$rate" ]; then
            continue # no rate from wrk: says nothing of the server's pace
        fi
        [ "$before" -gt 0 ] && [ "$rate" -lt $((before * 105 / 100)) ] && break
        before=$rate
    done
    echo "   warm-up after the first 120 s (req/s):$rates"
    for _ in $(seq 1 "$runs"); do
        out=$(BENCH_PATH=$path BENCH_INPUT=$input wrk -t2 -c32 -d"${seconds}s" --latency "${script[@]}" "$url${path%%\%*}")
        local rps p50 p99 errors
        rps=$(awk '/^Requests\/sec/ {print $2}' <<< "$out")
        p50=$(to_ms "$(awk '$1 == "50%" {print $2}' <<< "$out")")
        p99=$(to_ms "$(awk '$1 == "99%" {print $2}' <<< "$out")")
        errors=$(awk '/Non-2xx/ {n += $NF} /Socket errors/ {gsub(",", ""); n += $4 + $6 + $8 + $10} END {print n + 0}' <<< "$out")
        printf '%s\trps\t%s\n%s\tp50_ms\t%s\n%s\tp99_ms\t%s\n%s\terrors\t%s\n' \
            "$name" "$rps" "$name" "$p50" "$name" "$p99" "$name" "$errors" >> "$BENCH_FIGURES"
        printf '   %10s req/s  p50 %8s ms  p99 %8s ms  errors %s\n' "$rps" "$p50" "$p99" "$errors"
    done
}

# timed NAME URL: R runs (after 3 warm-ups) of one GET, its time in ms, taken in turns by the caller
timed() {
    local name=$1 path=$2 ms
    ms=$(curl -fsS -o /dev/null -w '%{time_total}' "$url$path" | awk '{printf "%.1f", $1 * 1000}')
    printf '%s\tms\t%s\n' "$name" "$ms" >> "$BENCH_FIGURES"
    echo "$ms"
}

# settle: waits until the server has finished what came before (at most 10 minutes): its JVM below a
# fifth of a core over 5 s. Called before each scenario and between a warm-up and its measure. Each
# submission sends a status event that the portal's synchroniser signs and forwards one at a time, in
# order; in the tenth session's runs its backlog still took a quarter of the server's CPU
# (async-profiler) during the edXML scenario that followed, and 100-120 s to drain after the warm-up
settle() {
    local tick began=$SECONDS before after
    disk_room
    tick=$(getconf CLK_TCK)
    while [ $((SECONDS - began)) -lt 600 ]; do
        before=$(awk '{print $14 + $15}' "/proc/$jvm/stat")
        sleep 5
        after=$(awk '{print $14 + $15}' "/proc/$jvm/stat")
        if [ $((after - before)) -lt "$tick" ]; then
            echo "   the server settled after $((SECONDS - began)) s"
            return 0
        fi
    done
    echo "   the server was still busy after 600 s; measuring anyway"
}

gatling() {
    local simulation=$1; shift
    # Gatling 3.14 reflects into java.lang on Java 17
    load --add-opens=java.base/java.lang=ALL-UNNAMED -Dbench.url="$url" -Dbench.server-pid="$jvm" "$@" io.gatling.app.Gatling --simulation "vn.camau.egov.bench.gatling.$simulation" \
        --results-folder "$work/gatling" --no-reports
}

# --- the machine, once ----------------------------------------------------------------------------

if [ -z "$again" ] || [ ! -f "$work/machine.tsv" ]; then
    {
        echo "date	$(date +%Y-%m-%d)"
        echo "cpu	$(nproc) × $(awk -F': ' '/model name/ {print $2; exit}' /proc/cpuinfo)"
        echo "memory	$(awk '/MemTotal/ {printf "%.1f GiB", $2 / 1048576}' /proc/meminfo)"
        echo "java	$(java -version 2>&1 | head -1)"
        echo "wildfly	$(JBOSS_HOME=$wildfly "$wildfly/bin/standalone.sh" --version 2>/dev/null | grep -o 'WildFly [^ ]* ([^)]*)' | head -1)"
        pg_bin=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -1)
        echo "postgresql	$("$pg_bin/postgres" --version 2>/dev/null || echo none) (durable: fsync on, shared_buffers 2 GB)"
        echo "h2	2.2.224 (WildFly's module), file in the server's data folder"
        echo "dossiers	$dossiers"
        echo "runs	$runs"
        echo "seconds	$seconds"
    } > "$work/machine.tsv"
fi

# --- the central hub and the broker's ceiling ------------------------------------------------------

export BENCH_FIGURES=$work/figures-broker.tsv
export HUB_USER=$hub_user HUB_PASSWORD=$hub_password
log "the central hub: a standalone Artemis on 127.0.0.1:$hub_port"
if [ -z "$again" ]; then
    "$here/hub.sh" create "$work/hub" "$hub_port" > /dev/null
fi
"$here/hub.sh" start "$work/hub" "$hub_port"
if [ -z "$again" ]; then
    log "artemis perf: the broker's own ceiling, persistent"
    for _ in $(seq 1 "$runs"); do
        "$here/hub.sh" perf "$work/hub" "$hub_port"
    done
fi

# --- each database --------------------------------------------------------------------------------

# the figures each scenario writes, so --again can replace them
declare -A figures_of=([web]="baseline-servlet baseline-faces lookup-page lookup-rest catalogue-search"
    [statistics]="statistics statistics-sql" [submission]="submission submission-baseline" [inbox]=inbox [edxml]=edxml)

for db in $databases; do
    export BENCH_FIGURES=$work/figures-$db.tsv
    base=$work/server-$db
    if [ "$db" = postgresql ]; then
        jdbc=(--url "jdbc:postgresql://127.0.0.1:$pg_port/egov_it" --user egov --password unused)
    else
        jdbc=(--url "jdbc:h2:$base/data/egov/egov" --user sa --password "$(cat "$wildfly/standalone/data/egov/h2.password")")
    fi
    if [ -n "$again" ]; then
        for scenario in $again; do
            for name in ${figures_of[$scenario]}; do
                sed -i "/^$name\t/d" "$BENCH_FIGURES"
            done
        done
        if [ "$db" = postgresql ]; then
            "$root/ejb/src/test/postgresql/cluster.sh" resume "$pg_dir" "$pg_port" durable
        fi
        cp "$ear" "$baseline_war" "$base/deployments/"
        log "$db: measuring again: $again"
    else
        : > "$BENCH_FIGURES"
        log "$db: server start, bare"
        if [ "$db" = postgresql ]; then
            "$root/ejb/src/test/postgresql/cluster.sh" start "$pg_dir" "$pg_port" durable
        fi
        base=$(server_base "$db")
        for _ in $(seq 1 "$runs"); do
            printf 'start-bare\tms\t%s\n' "$(start_server "$db" "$base")" >> "$BENCH_FIGURES"
            stop_server
        done

        log "$db: first start with the EAR (migrations, demo data)"
        cp "$ear" "$baseline_war" "$base/deployments/"
        start_server "$db" "$base" > /dev/null
        stop_server

        log "$db: loading $dossiers dossiers through JDBC"
        load vn.camau.egov.bench.Generator "${jdbc[@]}" --dossiers "$dossiers" --codes "$work/codes-$db.tsv"

        log "$db: server start with the EAR and the data"
        for _ in $(seq 1 "$runs"); do
            printf 'start-ear\tms\t%s\n' "$(start_server "$db" "$base")" >> "$BENCH_FIGURES"
            stop_server
        done
    fi
    disk_room
    start_server "$db" "$base" > /dev/null
    jvm=$(server_jvm)

    if wanted web; then
        wrk_scenario baseline-servlet "/bench-baseline/fixed"
        wrk_scenario baseline-faces "/bench-baseline/minimal.xhtml?code=000.00.03.H12-260101-0001"
        wrk_scenario lookup-page "/lookup.xhtml?code=%s&id=%s" "$work/codes-$db.tsv"
        wrk_scenario lookup-rest "/api/tracking?code=%s&id=%s" "$work/codes-$db.tsv"
        wrk_scenario catalogue-search "/procedures.xhtml?q=%s" "$here/wrk/catalogue-queries.txt"
    fi

    if wanted statistics; then
        log "$db: a quarter's statistics for the whole province, beside the raw SQL"
        settle
        # each turn asks for another of the five whole quarters before this one (the generator spreads
        # the dossiers over the last 18 months): H2 hands back a statement's last result when it is
        # asked the same again and no table changed (measured so, both sides took 1-5 ms), which a
        # portal taking dossiers all day never sees
        this_quarter=$(( $(date +%Y) * 4 + ($(date +%-m) - 1) / 3 ))
        for turn in $(seq 0 12); do
            q=$((this_quarter - 1 - turn % 5))
            year=$((q / 4)) quarter=$((q % 4 + 1))
            from=$(printf '%02d-01' $((3 * quarter - 2)))
            to=$(date -d "$year-$(printf '%02d' $((3 * quarter)))-01 +1 month -1 day" +%m-%d)
            name=statistics sql=statistics-sql
            if [ "$turn" -lt 3 ]; then
                name=warm sql=warm
            fi
            printf '   %s Q%s: statistics %s ms, raw SQL %s ms\n' "$year" "$quarter" \
                "$(timed $name "/api/open-data/statistics.json?year=$year&quarter=$quarter")" \
                "$(timed $sql "/bench-baseline/quarter-sql?from=$year-$from&to=$year-$to")"
        done
        sed -i '/^warm\t/d' "$BENCH_FIGURES"
    fi

    if wanted submission; then
        log "$db: submissions with two 200 KB files, beside the bare upload; warm-up (120 s, not counted)"
        settle
        rm -f "$work/submitted-$db.tsv"
        # the first runs measured a server compiling its upload and submission paths: in the tenth
        # session's full run the JIT took 30 % of the server's CPU in the scenario's first 150 s (its
        # sign-ins' password hashing aside; async-profiler), and three runs went 27, 36, 43
        # submissions/s on H2. After 60 s of warm-up PostgreSQL's went 37, 42, 51 with the JIT still
        # at 17 %: 120 s, as for wrk. A province's server runs for weeks. The warm-up's codes are
        # checked for loss with the rest
        gatling UploadBaselineSimulation -Dbench.seconds=30
        gatling SubmissionSimulation -Dbench.seconds=120 -Dbench.codes-out="$work/submitted-$db.tsv"
        sed -i '/^submission\t/d; /^submission-baseline\t/d' "$BENCH_FIGURES"
        # then, as wrk does, runs of S seconds until one gains under 5 % on the one before (at most
        # five): after the 120 s the fifteenth session's three measured runs on H2 still went 48.7,
        # 56.3, 60.4 submissions/s, the server's CPU 30.9, 25.6, 24.2 ms each
        log "$db: submissions, warming up until a run gains under 5 % on the one before (not counted)"
        settle
        warm_before=0 warm_rates=
        for _ in $(seq 1 5); do
            gatling SubmissionSimulation -Dbench.seconds="$seconds" -Dbench.codes-out="$work/submitted-$db.tsv"
            rate=$(awk -F'\t' '$1 == "submission" && $2 == "per_s" {r = $3} END {printf "%d", r * 10}' "$BENCH_FIGURES")
            sed -i '/^submission\t/d' "$BENCH_FIGURES"
            warm_rates="$warm_rates $((rate / 10)).$((rate % 10))"
            [ "$warm_before" -gt 0 ] && [ "$rate" -lt $((warm_before * 105 / 100)) ] && break
            warm_before=$rate
        done
        echo "   warm-up runs (submissions/s):$warm_rates"
        log "$db: submissions, measured"
        settle
        for _ in $(seq 1 "$runs"); do
            gatling UploadBaselineSimulation -Dbench.seconds="$seconds"
            gatling SubmissionSimulation -Dbench.seconds="$seconds" -Dbench.codes-out="$work/submitted-$db.tsv"
        done
    fi

    if wanted inbox; then
        log "$db: the officials' inbox, warm-up (100 sessions, not counted)"
        settle
        # a server just started (--again) has cold caches and an unwarmed JIT: measured so, the inbox
        # looked ten times slower than in the full run, where other scenarios went first
        gatling InboxSimulation -Dbench.users=100 -Dbench.ramp=10 -Dbench.seconds=30
        sed -i '/^inbox\t/d' "$BENCH_FIGURES"
        log "$db: the officials' inbox, 300 signed-in sessions"
        jcmd "$jvm" GC.run > /dev/null
        (while kill -0 "$jvm" 2>/dev/null; do jstat -gc "$jvm" | awk 'NR == 2 {printf "%.0f\n", ($3 + $4 + $6 + $8) / 1024}'; sleep 2; done) \
            > "$work/heap-$db.txt" 2>/dev/null &
        sampler=$!
        gatling InboxSimulation -Dbench.seconds=$((seconds * 6))
        kill "$sampler" 2>/dev/null || true
        printf 'inbox\theap_mib\t%s\n' "$(sort -n "$work/heap-$db.txt" | tail -1)" >> "$BENCH_FIGURES"
    fi

    if wanted edxml; then
        log "$db: edXML end to end, through the hub; warm-up ($runs runs, not counted)"
        settle
        # as for the submissions: runs one after another on one server went 85, 134, 129 documents/s
        # on H2 (tenth session's full run), the JIT at 38 % of the server's CPU in the first of them
        for _ in $(seq 1 "$runs"); do
            load vn.camau.egov.bench.EdxmlExchange --hub-port "$hub_port" --user "$hub_user" --password "$hub_password" \
                --keystore "$base/data/egov/demo-signing.p12" --documents "$edxml_documents"
        done
        sed -i '/^edxml\t\(per_s\|p50_ms\|p99_ms\)\t/d' "$BENCH_FIGURES"  # what it lost still counts
        log "$db: edXML, measured"
        settle
        for _ in $(seq 1 "$runs"); do
            load -Dbench.server-pid="$jvm" vn.camau.egov.bench.EdxmlExchange --hub-port "$hub_port" --user "$hub_user" --password "$hub_password" \
                --keystore "$base/data/egov/demo-signing.p12" --documents "$edxml_documents"
        done
    fi

    stop_server
    if wanted submission; then
        log "$db: every submission that returned a code is in the database with its two files"
        load vn.camau.egov.bench.Submitted "${jdbc[@]}" --codes "$work/submitted-$db.tsv"
    fi
    if [ "$db" = postgresql ]; then
        "$root/ejb/src/test/postgresql/cluster.sh" stop "$pg_dir"
    fi
done

log "results"
load vn.camau.egov.bench.Results "$work" "$here/results/$(date +%Y-%m-%d).md"
cat "$here/results/$(date +%Y-%m-%d).md"
