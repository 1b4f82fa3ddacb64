#!/usr/bin/env bash
# Starts the provisioned WildFly in the foreground with the EAR deployed, in demo mode: the demo
# data is loaded at the first start and kept (H2 file in standalone/data) across restarts.
# Ctrl+C stops the server.
#
#   run-demo.sh SERVER_DIR EAR_FILE
set -euo pipefail

server=$1
ear=$2
deployments="$server/standalone/deployments"

rm -f "$deployments"/egov.ear.*
cp "$ear" "$deployments/egov.ear"

cat <<'BANNER'

  ==========================================================================================
   Cà Mau e-Government Platform (demo)  —  http://localhost:8080/
   Wait for "WFLYSRV0025 ... started" below, then open the address above.

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

exec "$server/bin/standalone.sh" -c standalone-full.xml -b 127.0.0.1 \
    -Degov.demo=true -Degov.mail.delivery=log
