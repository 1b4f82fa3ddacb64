#!/usr/bin/env bash
# Installs EclipseLink into WildFly's org.eclipse.persistence module, beside WildFly's own
# integration jar. Used by the build and, unchanged, on a production WildFly.
#
#   install-eclipselink.sh JBOSS_HOME ECLIPSELINK_JAR
set -euo pipefail

if [ $# -ne 2 ]; then
    echo "usage: $0 JBOSS_HOME ECLIPSELINK_JAR" >&2
    exit 2
fi
home=$1
jar=$2
here=$(cd "$(dirname "$0")/.." && pwd)
module="$home/modules/system/layers/base/org/eclipse/persistence/main"

[ -d "$module" ] || { echo "no org.eclipse.persistence module under $home" >&2; exit 1; }
[ -f "$jar" ] || { echo "no EclipseLink jar at $jar" >&2; exit 1; }

integration=$(cd "$module" && ls jipijapa-eclipselink-*.jar | head -n 1)
[ -n "$integration" ] || { echo "WildFly's jipijapa-eclipselink jar is missing from $module" >&2; exit 1; }

name=$(basename "$jar")
cp "$jar" "$module/$name"
sed -e "s/@INTEGRATION_JAR@/$integration/" -e "s/@ECLIPSELINK_JAR@/$name/" \
    "$here/modules/org.eclipse.persistence.module.xml" > "$module/module.xml"
echo "EclipseLink $name installed into $module"
