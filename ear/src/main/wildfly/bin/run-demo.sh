#!/usr/bin/env bash
# Starts the provisioned WildFly with the EAR deployed, in demo mode: the demo data is loaded at the
# first start and kept (H2 file in standalone/data) across restarts. Prints where to open the portal
# and how to sign in once it is ready. Ctrl+C stops the server.
#
#   run-demo.sh SERVER_DIR EAR_FILE
set -euo pipefail

server=$1
ear=$2
deployments="$server/standalone/deployments"
url="http://localhost:8080/"

rm -f "$deployments"/egov.ear.*
cp "$ear" "$deployments/egov.ear"

echo "Starting WildFly with the Cà Mau e-Government Platform (demo mode)..."
# standalone.sh then forwards the stop signal to the JVM instead of leaving it running
export LAUNCH_JBOSS_IN_BACKGROUND=1
"$server/bin/standalone.sh" -c standalone-demo.xml -b 127.0.0.1 \
    -Degov.demo=true -Degov.mail.delivery=log &
pid=$!
trap 'kill "$pid" 2>/dev/null; wait "$pid" 2>/dev/null; exit 0' INT TERM

for _ in $(seq 1 180); do
    if curl -fs -o /dev/null "${url}api/health/ready" 2>/dev/null; then
        break
    fi
    if ! kill -0 "$pid" 2>/dev/null; then
        echo "WildFly stopped; see $server/standalone/log/server.log" >&2
        exit 1
    fi
    sleep 1
done

cat <<BANNER

  ==========================================================================================
   Cà Mau e-Government Platform (demo) is ready:  $url

   Sign in (password for every demo account: CaMau@2026demo)
     provincial administrator   quantri.tinh
     DIC monitor                giamsat.stttt
     unit administrator         quantri.stp      (Sở Tư pháp)
     reception (one-stop shop)  tiepnhan.stp     (Sở Tư pháp)
     specialist                 chuyenvien.stp   (Sở Tư pháp)
     unit leader                lanhdao.stp      (Sở Tư pháp)
     records clerk              vanthu.stp       (Sở Tư pháp)
     citizen                    096088000001     (Nguyễn Văn An)
   Mail is written to the server log (egov.mail.delivery=log). Ctrl+C stops the server.
  ==========================================================================================

BANNER

wait "$pid"
