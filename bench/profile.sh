#!/usr/bin/env bash
# Profiles the server bench/run.sh started, while a scenario runs (README, "Performance"):
#
#   bench/profile.sh SECONDS OUT [PATTERN...]
#
# Attaches async-profiler's agent (unpacked into bench/target/async-profiler by the harness's build)
# to the running WildFly, samples every thread's stack at each 5 ms of the process's CPU (itimer: no
# perf events needed) for SECONDS, and writes OUT.html (a flame graph) and OUT.collapsed (a line per
# stack: its frames, then how often it was seen). Prints the 25 frames most often on top of a stack
# and, for each PATTERN, the share of the samples whose stack holds it (e.g. CompileBroker for the
# JIT, FacesServlet, DossierService.track). Costs the server little: unlike JFR, which made these
# deep Faces stacks three to four times slower, and unlike jstack, which sees threads only where they
# stop for a safepoint.
set -euo pipefail

if [ $# -lt 2 ]; then
    echo "usage: bench/profile.sh SECONDS OUT [PATTERN...]" >&2
    exit 2
fi
here=$(cd "$(dirname "$0")" && pwd)
seconds=$1 out=$2
shift 2
lib=$here/target/async-profiler/linux-x64/libasyncProfiler.so
[ -f "$lib" ] || { echo "no $lib: build the harness first (mvn -f bench/pom.xml package)" >&2; exit 1; }
pid=$(pgrep -f "D\[Standalone\].*jboss.server.base.dir=$here/target/run/server-" | head -1 || true)
[ -n "$pid" ] || { echo "no server of bench/run.sh is running" >&2; exit 1; }
out=$(realpath -m "$out")

# jcmd splits key=value arguments itself: the agent's options go through in quotes
agent() { jcmd "$pid" JVMTI.agent_load "$lib" "\"$1\"" | grep -q "return code: 0" || { echo "async-profiler: $1 failed" >&2; exit 1; }; }
agent "start,event=itimer,interval=5ms"
sleep "$seconds"
agent "dump,file=$out.html"
agent "stop,file=$out.collapsed,collapsed"

echo "async-profiler: $out.html, $out.collapsed"
awk '{ n = $NF; sub(/ [0-9]+$/, ""); k = split($0, f, ";"); top[f[k]] += n; total += n }
     END { for (t in top) printf "%5.1f %%  %s\n", top[t] * 100 / total, t }' "$out.collapsed" | sort -rn | head -25 || true  # head stops sort early
for pattern in "$@"; do
    awk -v p="$pattern" '{ n = $NF; total += n; if (index($0, p)) hit += n }
         END { printf "%5.1f %%  of the samples hold %s\n", hit * 100 / total, p }' "$out.collapsed"
done
