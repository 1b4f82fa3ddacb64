# The harness's shared shell functions (sourced by bench/run.sh and bench/reliability.sh). The
# caller sets: wildfly (the provisioned server), work (its work folder), offset (port offset), url,
# hub_port, hub_user, hub_password, pg_port, load_cp (the load side's class path).

log() { printf '\n== %s  %s\n' "$(date +%H:%M:%S)" "$*"; }

# load [JVM OPTIONS] CLASS ARGS: runs a class of the load side
load() {
    local options=()
    while [[ ${1:-} == -* ]]; do options+=("$1"); shift; done
    java -Xmx2g "${options[@]}" -cp "$load_cp" "$@"
}

# server_base DB: a fresh base folder with the provisioned configuration
server_base() {
    local base=$work/server-$1
    rm -rf "$base"
    mkdir -p "$base/deployments"
    cp -r "$wildfly/standalone/configuration" "$base/"
    echo "$base"
}

# start_server DB BASE: starts WildFly in the background, waits until it has started, prints the
# start time WildFly reports itself (WFLYSRV0025 "started in N ms", after the boot deployments).
# The caller's array server_options, when set, adds its own options to the server's command line;
# server_hub_port, when set, is where the server finds the hub (a proxy in front of it).
start_server() {
    local db=$1 base=$2 config=standalone-full.xml db_args=()
    if [ "$db" = postgresql ]; then
        config=standalone-postgresql.xml
        db_args=(-Degov.db.url="jdbc:postgresql://127.0.0.1:$pg_port/egov_it" -Degov.db.user=egov)
    fi
    : > "$base/console.log"
    # the heap the target allows (1 GiB), fixed so the figures do not depend on the JVM's sizing;
    # demo mode for the demo's units, officials and citizens; the sandbox peer off: the harness plays it
    JAVA_OPTS="-Xms1g -Xmx1g -XX:MetaspaceSize=96M -XX:MaxMetaspaceSize=512m -Djava.net.preferIPv4Stack=true" \
    EGOV_PUBLIC_URL=$url/ EGOV_HUB_HOST=127.0.0.1 EGOV_HUB_PORT=${server_hub_port:-$hub_port} EGOV_HUB_USER=$hub_user \
    EGOV_HUB_PASSWORD=$hub_password EGOV_DB_PASSWORD=unused-with-trust-authentication LAUNCH_JBOSS_IN_BACKGROUND=1 \
        setsid "$wildfly/bin/standalone.sh" -c "$config" -Djboss.server.base.dir="$base" \
        -Djboss.socket.binding.port-offset=$offset -b 127.0.0.1 -Degov.demo=true -Degov.demo.sandbox-answers=false \
        -Degov.mail.delivery=log "${db_args[@]}" ${server_options[@]+"${server_options[@]}"} >> "$base/console.log" 2>&1 &
    local server_pid=$!
    for _ in $(seq 1 600); do
        if grep -q 'WFLYSRV0025\|WFLYSRV0026' "$base/console.log"; then
            grep -o 'started.* in [0-9]*ms' "$base/console.log" | grep -o '[0-9]*ms' | tr -d ms
            return 0
        fi
        kill -0 "$server_pid" 2>/dev/null || { tail -50 "$base/console.log" >&2; echo "WildFly stopped" >&2; exit 1; }
        sleep 0.2
    done
    echo "WildFly did not start in 120 s" >&2
    exit 1
}

# stops whatever server of this work folder is up (start_server runs in a subshell when its time is taken)
stop_server() {
    pkill -TERM -f "jboss.server.base.dir=$work/server-" || true
    for _ in $(seq 1 150); do
        pgrep -f "jboss.server.base.dir=$work/server-" > /dev/null || break
        sleep 0.2
    done
    pkill -KILL -f "jboss.server.base.dir=$work/server-" || true
}

# the server's JVM (not the standalone.sh script that started it)
server_jvm() { pgrep -f "D\[Standalone\].*jboss.server.base.dir=$work/server-" | head -1; }
