#!/usr/bin/env bash
# Events benchmark (issue 12), on MariaDB: builds Totem, starts it on a fresh database totem_bench
# with the demo data, guest limit 0 and its mails sent to a GreenMail sink in the bench's JVM, then
# runs eu.lorntech.totem.bench.EventBench, which prints: the floor (a registration refused before any
# database work), the rush of 2,500 guest registrations for the 2,000-seat seminar from 64 clients
# (exactly 2,000 confirmed and 500 waitlisted in order, no session cookie; rate and p50/p95), the
# public event page's p95 quiet and during the rush, 2,000 check-ins from 4 stations (p95), the
# attendees page at 200 and 2,000 registrants (rounds of the same warm-up, order alternating), and the
# time until every confirmation has left the outbox. Any unexpected status fails the run.
# Settings as bench-coworking.sh: BENCH_PORT, BENCH_DB, BENCH_SKIP_BUILD, BENCH_PAGE_ROUNDS;
# BENCH_ENFORCE=true exits non-zero on a missed goal. Stops only the server it started (its process group).
set -euo pipefail
cd "$(dirname "$0")/.."
port=${BENCH_PORT:-8080}
db=${BENCH_DB:-totem_bench}
offset=$((port - 8080))
smtp=$((2525 + offset))
curl -s -o /dev/null --max-time 2 "http://localhost:$port/" && { echo "port $port busy: stop that server first"; exit 2; }
if ! mysqladmin -h127.0.0.1 -uroot ping >/dev/null 2>&1; then
  start-stop-daemon --start --oknodo --background --exec /usr/sbin/mariadbd
  for _ in $(seq 1 60); do mysqladmin -h127.0.0.1 -uroot ping >/dev/null 2>&1 && break; sleep 1; done
fi
mysql -h127.0.0.1 -uroot -e "DROP DATABASE IF EXISTS $db;
  CREATE DATABASE $db CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci;
  CREATE USER IF NOT EXISTS 'totem_bench'@'localhost' IDENTIFIED BY 'totem_bench';
  CREATE USER IF NOT EXISTS 'totem_bench'@'127.0.0.1' IDENTIFIED BY 'totem_bench';
  GRANT ALL ON $db.* TO 'totem_bench'@'localhost'; GRANT ALL ON $db.* TO 'totem_bench'@'127.0.0.1';"

if [ "${BENCH_SKIP_BUILD:-false}" != true ]; then
  # the bench builds the WAR it measures; the tests are CI's job (.ci/run), not the bench's
  echo "== mvn package (tests skipped: a bench measures the built WAR; .ci/run runs the tests)"
  mvn -B -q -ntp ${BENCH_MVN_ARGS:-} package -DskipTests
fi
mvn -B -q -ntp ${BENCH_MVN_ARGS:-} dependency:build-classpath -Dmdep.outputFile=target/bench.cp -Dmdep.includeScope=test
cp target/totem.war target/server/standalone/deployments/

url="jdbc:mysql://127.0.0.1:3306/$db?useSSL=false&allowPublicKeyRetrieval=true&serverTimezone=UTC&rewriteBatchedStatements=true"
TOTEM_DB_DRIVER=mysql TOTEM_DB_URL="$url${BENCH_SERVER_URL_OPTIONS:-}" TOTEM_DB_USER=totem_bench TOTEM_DB_PASSWORD=totem_bench TOTEM_DEMO=true TOTEM_EVENTS_GUEST_LIMIT=0 TOTEM_SMTP_PORT=$smtp TOTEM_SMTP_HOST=127.0.0.1 \
  JAVA_OPTS="-Xms512m -Xmx1g ${BENCH_JAVA_OPTS:-}" setsid target/server/bin/standalone.sh \
  -Djboss.socket.binding.port-offset=$offset > target/bench-server.log 2>&1 &
server=$!
# the server's JVM is a child of standalone.sh, in the process group setsid gave it: stop that group only
stop() {
  kill -- -"$server" 2>/dev/null || true
  for _ in $(seq 1 20); do pgrep -g "$server" >/dev/null || break; sleep 0.5; done
  kill -9 -- -"$server" 2>/dev/null || true
}
trap stop EXIT
code=000
for _ in $(seq 1 180); do
  code=$(curl -s -o /dev/null -w '%{http_code}' --max-time 5 "http://localhost:$port/login.xhtml" || true)
  [ "$code" = 200 ] && break
  kill -0 "$server" 2>/dev/null || break
  sleep 1
done
if [ "$code" != 200 ]; then
  echo "FAILED: no 200 on http://localhost:$port/login.xhtml (last status $code); end of target/bench-server.log:"
  tail -40 target/bench-server.log
  exit 1
fi
jvm=$(pgrep -g "$server" -x java | head -1)
mariadb=$(pgrep -x mariadbd | head -1 || true)
echo "Totem up on MariaDB (database $db), http://localhost:$port, server JVM pid $jvm"
java -Xmx512m -Dbench.pageRounds="${BENCH_PAGE_ROUNDS:-5}" -Dbench.enforce="${BENCH_ENFORCE:-false}" \
  -cp "target/test-classes:target/classes:$(cat target/bench.cp)" eu.lorntech.totem.bench.EventBench \
  "http://127.0.0.1:$port" "$url" totem_bench totem_bench "$smtp"
