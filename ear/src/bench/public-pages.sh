#!/usr/bin/env bash
# Throughput of the public pages on a running portal, with wrk (apt-get install wrk).
#
#   ear/src/bench/public-pages.sh [base-url] [seconds]
#
# The first line is the baseline of the same run: /api/health/live, a JSON answer with no page to
# render and no database, the ceiling of the server on this machine. Each page after it is read
# against that ceiling. Anonymous GETs, as the public sends them: no cookies, so no session.
set -euo pipefail
base=${1:-http://localhost:8080}
seconds=${2:-15}
threads=2
connections=32
command -v wrk > /dev/null || { echo "wrk is not installed (apt-get install wrk)" >&2; exit 1; }

pages=(
    "/api/health/live"
    "/"
    "/procedures.xhtml"
    "/procedures.xhtml?q=cap+giay+phep+xay+dung"
    "/procedures.xhtml?level=4&page=0"
    "/procedure.xhtml?code=1.001005.000.00.00.H12"
    "/units.xhtml"
    "/lookup.xhtml?code=000.00.03.H12-260101-0001&id=096088000001"
)
printf '%-66s %12s %10s %10s\n' "page" "requests/s" "p50" "p99"
for page in "${pages[@]}"; do
    # a warm-up so the JIT has compiled the page's code, then the measured run
    wrk -t"$threads" -c"$connections" -d10s "$base$page" > /dev/null
    out=$(wrk -t"$threads" -c"$connections" -d"${seconds}s" --latency "$base$page")
    rps=$(awk '/^Requests\/sec/ {print $2}' <<< "$out")
    p50=$(awk '$1 == "50%" {print $2}' <<< "$out")
    p99=$(awk '$1 == "99%" {print $2}' <<< "$out")
    errors=$(grep -E "Non-2xx|Socket errors" <<< "$out" || true)
    printf '%-66s %12s %10s %10s %s\n' "$page" "$rps" "$p50" "$p99" "$errors"
done
