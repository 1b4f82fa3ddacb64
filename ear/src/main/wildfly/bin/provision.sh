#!/usr/bin/env bash
# Provisions the WildFly that the demo and the tests run: unpacks WildFly, installs EclipseLink and
# applies the CLI scripts in an embedded (offline) server. Skips all of it when the server is
# already provisioned from the same scripts and downloads; the data folder (the demo database) is
# kept when the server is provisioned again.
#
#   provision.sh SERVER_DIR DOWNLOADS_DIR
#
# DOWNLOADS_DIR holds wildfly-dist.tar.gz, eclipselink.jar, ojdbc11.jar and postgresql.jar (the
# build copies them there from Maven Central).
set -euo pipefail

server=$1
downloads=$2
here=$(cd "$(dirname "$0")/.." && pwd)

stamp="$server/.egov-provisioned"
fingerprint=$( (cat "$here"/bin/*.sh "$here"/cli/*.cli "$here"/modules/*; \
    sha256sum "$downloads"/wildfly-dist.tar.gz "$downloads"/eclipselink.jar | cut -d' ' -f1) | sha256sum | cut -d' ' -f1)
if [ -f "$stamp" ] && [ "$(cat "$stamp")" = "$fingerprint" ]; then
    echo "WildFly at $server is up to date"
    exit 0
fi

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

if [ -d "$server/standalone/data" ]; then
    echo "Keeping the data folder of the previous server"
    mv "$server/standalone/data" "$work/data"
fi
rm -rf "$server"
mkdir -p "$server"
tar xzf "$downloads/wildfly-dist.tar.gz" -C "$server" --strip-components=1

# The embedded database's password (datasource-h2.cli says why it has one): generated once per
# installation and kept beside the database, so a server provisioned again still opens it. A
# database kept from before it had one gets it set now.
h2_password_file=$work/data/egov/h2.password
if [ ! -s "$h2_password_file" ]; then
    mkdir -p "$work/data/egov"
    (umask 077 && head -c 24 /dev/urandom | od -An -tx1 | tr -d ' \n' > "$h2_password_file")
    if [ -f "$work/data/egov/egov.mv.db" ]; then
        java -cp "$(ls "$server"/modules/system/layers/base/com/h2database/h2/main/h2-*.jar)" org.h2.tools.Shell \
            -url "jdbc:h2:$work/data/egov/egov" -user sa -password "" \
            -sql "ALTER USER SA SET PASSWORD '$(cat "$h2_password_file")'" > /dev/null
    fi
fi
echo "set h2password=$(cat "$h2_password_file")" > "$work/h2-password.cli"

"$here/bin/install-eclipselink.sh" "$server" "$downloads/eclipselink.jar"

# The production scripts, run in an embedded server.
embedded() {
    local file=$1; shift
    {
        echo "embed-server --server-config=standalone-full.xml --std-out=discard"
        cat "$@"
        echo "stop-embedded-server"
    } > "$file"
}
# The Oracle and PostgreSQL scripts are applied too, on throw-away copies of the configuration, so
# a mistake in them fails the build rather than a province's installation. Their driver modules
# stay installed in the server.
for db in oracle postgresql; do
    mkdir -p "$work/check-$db"
    cp -r "$server/standalone" "$work/check-$db/standalone"
done
mkdir -p "$work/check-level4"
cp -r "$server/standalone" "$work/check-level4/standalone"

embedded "$work/configure.cli" "$here/cli/egov.cli" "$here/cli/exchange.cli" "$work/h2-password.cli" "$here/cli/datasource-h2.cli"
"$server/bin/jboss-cli.sh" --file="$work/configure.cli"

for db in oracle postgresql; do
    check="$work/check-$db"
    embedded "$work/check-$db.cli" "$here/cli/egov.cli" "$here/cli/exchange.cli" "$here/cli/datasource-$db.cli"
    printf 'egov.ojdbc.jar=%s\negov.pgjdbc.jar=%s\n' "$downloads/ojdbc11.jar" "$downloads/postgresql.jar" \
        > "$work/check.properties"
    JAVA_OPTS="-Djboss.server.base.dir=$check/standalone" \
        "$server/bin/jboss-cli.sh" --file="$work/check-$db.cli" --properties="$work/check.properties" > "$work/check-$db.log" 2>&1 \
        || { cat "$work/check-$db.log"; echo "datasource-$db.cli does not apply" >&2; exit 1; }
done

# The tests' PostgreSQL configuration is that checked copy, as a province would have it: the ejb
# module's Arquillian tests run once on it against a real PostgreSQL server (see ejb/pom.xml).
cp "$work/check-postgresql/standalone/configuration/standalone-full.xml" \
    "$server/standalone/configuration/standalone-postgresql.xml"

# the production level-4 settings, on a copy too, with stand-in values for the environment the
# server resolves them from
embedded "$work/check-level4.cli" "$here/cli/egov.cli" "$here/cli/exchange.cli" "$work/h2-password.cli" "$here/cli/datasource-h2.cli" \
    "$here/cli/level4.cli"
EGOV_PAYMENT_GATEWAY_URL=https://gateway.example/pay EGOV_PAYMENT_MERCHANT_CODE=CHECK EGOV_PAYMENT_SECRET=check \
EGOV_SIGNING_KEYSTORE=/nonexistent.p12 EGOV_SIGNING_KEYSTORE_PASSWORD=check \
JAVA_OPTS="-Djboss.server.base.dir=$work/check-level4/standalone" \
    "$server/bin/jboss-cli.sh" --file="$work/check-level4.cli" > "$work/check-level4.log" 2>&1 \
    || { cat "$work/check-level4.log"; echo "level4.cli does not apply" >&2; exit 1; }

# The demo's configuration: the same, plus a sandbox hub on the embedded broker (sandbox-hub.cli),
# so the demo exchanges documents without a central hub. The tests use standalone-full.xml.
cp "$server/standalone/configuration/standalone-full.xml" "$server/standalone/configuration/standalone-demo.xml"
{
    echo "embed-server --server-config=standalone-demo.xml --std-out=discard"
    cat "$here/cli/sandbox-hub.cli"
    echo "stop-embedded-server"
} > "$work/demo.cli"
"$server/bin/jboss-cli.sh" --file="$work/demo.cli"

# over what the embedded server made of the data folder (a plain mv would nest it inside)
mkdir -p "$server/standalone/data"
cp -a "$work/data/." "$server/standalone/data/"
echo "$fingerprint" > "$stamp"
echo "WildFly provisioned at $server"
